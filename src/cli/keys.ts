import { Authenticator } from '../auth/authenticator';
import { listStoredKeys } from '../graph/keys';
import { CliError, say, withDb, type Command } from './command';

const USAGE = [
  'prevention-graph keys create --name NAME --role reader|editor|admin',
  'prevention-graph keys list',
  'prevention-graph keys revoke --name NAME',
].join('\n');

/** `keys create|list|revoke`: API keys stored hashed in Neo4j (keys in API_KEYS are listed too). */
export const keysCommand: Command = {
  name: 'keys',
  summary: 'manage API keys: create (prints the key once), list, revoke',
  usage: USAGE,
  options: { name: { type: 'string' }, role: { type: 'string' } },
  async run({ values, positionals }) {
    const action = positionals[0];
    if (!['create', 'list', 'revoke'].includes(action ?? ''))
      throw new CliError(`Unknown keys action "${action ?? ''}".`, `Use:\n${USAGE}`);
    const name = typeof values.name === 'string' ? values.name : undefined;
    if (action !== 'list' && !name) throw new CliError(`keys ${action} needs --name NAME.`, USAGE);
    await withDb(async (db, config) => {
      const auth = new Authenticator(db, { apiKeys: config.apiKeys, requireApiKey: config.requireApiKey });
      if (action === 'create') {
        const role = typeof values.role === 'string' ? values.role : undefined;
        if (!role) throw new CliError('keys create needs --role reader|editor|admin.', USAGE);
        const created = await auth.issue({ name: name!, role, by: 'cli' });
        process.stdout.write(`${created.key}\n`);
        say(`Created the ${created.role} key "${created.name}". It is printed above and nowhere else: store it now.`);
      } else if (action === 'revoke') {
        await auth.revoke(name!);
        say(`Revoked the key "${name}". Running API servers stop accepting it within a few seconds.`);
      } else {
        const rows = [
          ...auth.envKeys.map((k) => [k.name, k.role, 'environment', '', '']),
          ...(await listStoredKeys(db)).map((k) => [k.name, k.role, 'stored', k.createdAt, k.createdBy]),
        ];
        process.stdout.write(rows.map((r) => r.join('\t')).join('\n') + (rows.length ? '\n' : ''));
        if (!rows.length) say('No API keys yet: create one with "prevention-graph keys create --name NAME --role admin".');
      }
    });
  },
};
