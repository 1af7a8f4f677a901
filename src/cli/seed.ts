import path from 'node:path';
import { clearGraph, loadSeed } from '../graph/seed';
import { CliError, say, withDb, type Command } from './command';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'load the curated seed (idempotent); --reset --yes clears the graph first',
  usage: 'prevention-graph seed [--dir DIR] [--reset --yes]',
  options: { dir: { type: 'string' }, reset: { type: 'boolean' }, yes: { type: 'boolean' } },
  async run({ values }) {
    if (values.reset && !values.yes) {
      throw new CliError(
        '--reset deletes every node and relationship in the graph.',
        'Run again with --reset --yes if that is what you want.',
      );
    }
    // Loading a large seed folder may take minutes: the API's per-transaction limit applies only if set explicitly.
    await withDb(
      async (db, config) => {
        const dir = typeof values.dir === 'string' ? path.resolve(values.dir) : config.seedDir;
        if (values.reset) say(`Cleared ${await clearGraph(db)} nodes.`);
        say(`Loading ${dir} …`);
        const r = await loadSeed(db, dir);
        say(`nodes: ${r.nodes.created} created, ${r.nodes.updated} updated, ${r.nodes.unchanged} unchanged`);
        say(
          `relationships: ${r.relationships.created} created, ${r.relationships.updated} updated, ${r.relationships.unchanged} unchanged`,
        );
      },
      { longWrite: true },
    );
  },
};
