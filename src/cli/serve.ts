import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { connect } from '../neo4j/connect';
import { graphIsEmpty, loadSeed } from '../graph/seed';
import { startServer } from '../server';
import { say, type Command } from './command';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start Neo4j if needed, migrate, seed an empty graph, serve GraphQL and the web page',
  usage: 'prevention-graph serve [--port N] [--host H]',
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run({ values }) {
    const env = { ...process.env };
    if (typeof values.port === 'string') env.PORT = values.port;
    if (typeof values.host === 'string') env.HOST = values.host;
    const config = loadConfig(env);
    const log = createLogger(config.logLevel);
    const conn = await connect(config, say, log);
    try {
      if (await graphIsEmpty(conn.db)) {
        say(`The graph is empty: loading the seed from ${config.seedDir} …`);
        const report = await loadSeed(conn.db, config.seedDir);
        say(`Seeded ${report.nodes.created} nodes and ${report.relationships.created} relationships.`);
      }
      const server = await startServer({ config, db: conn.db, log });
      say(`GraphQL ready at ${server.url}/graphql · explorer at ${server.url}/ · health ${server.url}/healthz, ${server.url}/readyz`);
      if (conn.local?.startedHere) say('Press Ctrl-C to stop the API and the local Neo4j.');
      await waitForSignal();
      say('Shutting down …');
      await server.close();
    } finally {
      await conn.close();
    }
  },
};

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
