import path from 'node:path';
import { loadConfig } from '../config';
import { connect } from '../neo4j/connect';
import { clearGraph, loadSeed } from '../graph/seed';
import { CliError, say, type Command } from './command';

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
    const config = loadConfig({ NEO4J_TX_TIMEOUT_MS: '3600000', ...process.env });
    const dir = typeof values.dir === 'string' ? path.resolve(values.dir) : config.seedDir;
    const conn = await connect(config, say, undefined, { detached: true });
    try {
      if (values.reset) say(`Cleared ${await clearGraph(conn.db)} nodes.`);
      say(`Loading ${dir} …`);
      const r = await loadSeed(conn.db, dir);
      say(`nodes: ${r.nodes.created} created, ${r.nodes.updated} updated, ${r.nodes.unchanged} unchanged`);
      say(`relationships: ${r.relationships.created} created, ${r.relationships.updated} updated, ${r.relationships.unchanged} unchanged`);
    } finally {
      await conn.db.close();
    }
  },
};
