/*
 * What the three benchmarked servers share: a count of the Cypher statements this process
 * sends (every `run` of the driver, whichever library calls it), a `/__bench` route that
 * reports and resets it, and the one line on stdout that tells the parent where to connect.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Express } from 'express';
import neo4j from 'neo4j-driver';

let statements = 0;

/** Counts every statement sent through neo4j-driver in this process (auto-commit and in transactions). */
export function countStatements(): void {
  for (const proto of [neo4j.Session.prototype, neo4j.Transaction.prototype] as unknown as { run: (...args: unknown[]) => unknown }[]) {
    const run = proto.run;
    proto.run = function counted(this: unknown, ...args: unknown[]) {
      statements += 1;
      return run.apply(this, args);
    };
  }
}

let gc: (() => void) | undefined;

/** The heap this process still uses after a full garbage collection, in MiB. */
function liveHeapMiB(): number {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  gc(); // the second also takes what the first left for finalisers
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * GET /__bench → { statements }; POST /__bench/reset zeroes the count. GET /__bench/heap →
 * { liveMiB }: the JavaScript heap left after a full collection, what the process holds as
 * opposed to the garbage its collector had not yet reclaimed (peak RSS counts both).
 */
export function installBenchRoutes(app: Express): void {
  app.get('/__bench/heap', (_req, res) => {
    res.json({ liveMiB: liveHeapMiB() });
  });
  app.get('/__bench', (_req, res) => {
    res.json({ statements });
  });
  app.post('/__bench/reset', (_req, res) => {
    statements = 0;
    res.json({ statements });
  });
}

/** The connection the parent passes in the environment. */
export function connection(): { uri: string; username: string; password: string; database: string } {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: this server is started by scripts/bench/main.ts.');
  return {
    uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
}

/** Tells the parent where to connect; `benchUrl` when /__bench is served on its own port. */
export function announce(url: string, benchUrl?: string): void {
  process.stdout.write(`${JSON.stringify({ url, benchUrl })}\n`);
}
