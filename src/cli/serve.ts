import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { connect } from '../neo4j/connect';
import { graphIsEmpty, loadSeed } from '../graph/seed';
import { compactGraphChanges } from '../graph/curation/version';
import { startServer } from '../server';
import { localRestarts } from '../observe/metrics';
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
    // Listen for Ctrl-C from the start: a signal during the Neo4j start-up must still stop it.
    const stop = shutdownSignal();
    const conn = await connect(config, say, log, {
      supervise:
        config.local.restartAttempts > 0
          ? { maxAttempts: config.local.restartAttempts, onRestart: (reason) => localRestarts.inc({ reason: restartReason(reason) }) }
          : undefined,
    });
    try {
      if (stop.received) return;
      // Keeps the write log behind the graph version small (curation/version.ts); the version does not move.
      await compactGraphChanges((work) => conn.db.write(work));
      if (await graphIsEmpty(conn.db)) {
        say(`The graph is empty: loading the seed from ${config.seedDir} …`);
        // One transaction for the whole seed: on a busy machine it may take longer than a request may.
        const report = await loadSeed(conn.db.withTimeout(Math.max(config.limits.txTimeoutMs, 600_000)), config.seedDir);
        say(`Seeded ${report.nodes.created} nodes and ${report.relationships.created} relationships.`);
      }
      if (stop.received) return;
      const server = await startServer({ config, db: conn.db, log, warm: true });
      say(`GraphQL ready at ${server.url}/graphql · explorer at ${server.url}/ · health ${server.url}/healthz, ${server.url}/readyz`);
      if (conn.local?.startedHere) say('Press Ctrl-C to stop the API and the local Neo4j.');
      say('Warming the peer finder, search and cascade queries (/readyz answers 503 "warming" until done) …');
      void server.warmed.then((ms) => say(`Warm in ${(ms / 1000).toFixed(1)} s: the first peer search is no slower than the next.`));
      // Runs until Ctrl-C, or until the local Neo4j keeps dying and the supervisor gives up (exit non-zero).
      try {
        await Promise.race([stop.promise, conn.supervisor?.failed ?? new Promise<never>(() => {})]);
      } finally {
        say(stop.received ? 'Shutting down …' : 'Shutting down: the local Neo4j cannot be kept running …');
        await server.close();
      }
    } finally {
      await conn.close();
      if (conn.local?.startedHere) say('Stopped the local Neo4j.');
    }
  },
};

/** A bounded metric label for why Neo4j died: the signal, or "exited". */
function restartReason(reason: string): string {
  const signal = /killed by (SIG[A-Z]+)/.exec(reason)?.[1];
  return signal ?? 'exited';
}

/**
 * Resolves on the first SIGINT/SIGTERM and keeps handling later ones: `npm start` forwards
 * the signal it gets, so the process often receives two, and the default action of the
 * second would kill it before the local Neo4j is stopped.
 */
function shutdownSignal(): { promise: Promise<void>; readonly received: boolean } {
  let received = false;
  const promise = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        say(`${signal} again: still shutting down (stopping Neo4j cleanly takes a few seconds) …`);
        return;
      }
      received = true;
      say(`${signal} received.`);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return {
    promise,
    get received() {
      return received;
    },
  };
}
