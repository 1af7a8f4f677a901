import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/*
 * Prometheus metrics of this process (GET /metrics). One registry per process: counters
 * keep counting across the servers a test starts, so tests compare before and after.
 * Label values are bounded: operation names are the client's, so only well-formed names
 * are used, and only the first MAX_OPERATIONS distinct ones (then "other").
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'pg_' });

export const requests = new Counter({
  name: 'pg_http_requests_total',
  help: 'HTTP requests answered, by route, GraphQL operation name and HTTP status',
  labelNames: ['route', 'operation', 'status'] as const,
  registers: [registry],
});

export const latency = new Histogram({
  name: 'pg_http_request_duration_seconds',
  help: 'Time from receiving a request to the end of its response, by route and GraphQL operation name',
  labelNames: ['route', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const errors = new Counter({
  name: 'pg_errors_total',
  help: 'Errors sent to clients, by code (extensions.code; one per error in a response)',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const statements = new Counter({
  name: 'pg_neo4j_statements_total',
  help: 'Cypher statements run for requests',
  registers: [registry],
});

export const answers = new Counter({
  name: 'pg_answer_cache_total',
  help: 'Read questions the answer cache saw (src/answer-cache.ts), by outcome: hit (answered from memory) or miss (computed)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const localRestarts = new Counter({
  name: 'pg_local_neo4j_restarts_total',
  help: 'Restarts of the local Neo4j by `serve` after it died, by reason',
  labelNames: ['reason'] as const,
  registers: [registry],
});

/** Pool gauges read the Db at scrape time (see http/ops.ts). */
export const poolInUse = new Gauge({
  name: 'pg_neo4j_sessions_in_use',
  help: 'Neo4j sessions (pooled connections) in use now',
  registers: [registry],
});
export const poolMax = new Gauge({ name: 'pg_neo4j_pool_max', help: 'Largest Neo4j connection pool allowed', registers: [registry] });
export const breakerOpen = new Gauge({
  name: 'pg_neo4j_unavailable',
  help: '1 while the circuit breaker answers DATABASE_UNAVAILABLE without asking Neo4j',
  registers: [registry],
});
export const txRetries = new Gauge({
  name: 'pg_neo4j_transaction_retries',
  help: 'Transactions re-run after a transient error (deadlock, lock wait) since start',
  registers: [registry],
});

const MAX_OPERATIONS = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const seen = new Set<string>();

/** A bounded label value for a client-supplied operation name. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATIONS) return 'other';
  seen.add(name);
  return name;
}
