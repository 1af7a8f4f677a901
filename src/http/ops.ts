import type express from 'express';
import type { Db } from '../neo4j/db';
import { breakerOpen, poolInUse, poolMax, registry, txRetries } from '../observe/metrics';

/**
 * GET /healthz (200 while the process is up), /readyz (200 only while Neo4j answers a
 * statement within a second; 503 otherwise, in about a second at most) and /metrics
 * (Prometheus text format: requests, latency, errors by code, Neo4j pool use, restarts).
 */
export function installOpsRoutes(app: express.Express, db: Db, warming: () => boolean = () => false): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await db.ping(1_000);
    // Up, but still warming the explorer's queries (src/http/warm-up.ts): not ready for traffic yet.
    if (ok && warming()) return void res.status(503).set('Cache-Control', 'no-store').json({ status: 'warming', database: 'up' });
    res
      .status(ok ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ok ? 'ready' : 'unavailable', database: ok ? 'up' : 'down' });
  });
  app.get('/metrics', async (_req, res) => {
    const s = db.stats();
    poolInUse.set(s.sessionsInUse);
    poolMax.set(s.maxPoolSize);
    breakerOpen.set(s.breakerOpen ? 1 : 0);
    txRetries.set(s.retries);
    res
      .set('Content-Type', registry.contentType)
      .set('Cache-Control', 'no-store')
      .send(await registry.metrics());
  });
}
