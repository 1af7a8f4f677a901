import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Context } from '../context';
import { errors, latency, operationLabel, requests, statements } from './metrics';

/** What one request did, filled in by whoever knows (the GraphQL plugin, the routes, the error handler). */
export interface RequestRecord {
  route: string;
  operation?: string;
  statements: number;
  codes: string[];
}

/*
 * Each response's record, on the response itself. (An AsyncLocalStorage would find it without
 * passing anything, but on Node 20 it turns on promise hooks for every promise of every request:
 * a measurable share of the CPU of a busy API. A WeakMap keyed by the response kept every
 * response from V8's young-generation collector: under load each request's objects were promoted
 * and left for full collections, which halved the requests a second and raised peak RSS.)
 */
const RECORD = Symbol('request record');
type Recorded = { [RECORD]?: RequestRecord };

/** The record of the request `res` answers (the GraphQL context keeps it for the plugin below). */
export const recordOf = (res: object): RequestRecord | undefined => (res as Recorded)[RECORD];

/** Notes an error code for the request `res` answers (routes outside GraphQL call this). */
export function noteErrorCode(res: object, code: string): void {
  recordOf(res)?.codes.push(code);
}

const ROUTES = ['/graphql', '/export', '/healthz', '/readyz', '/metrics'];

/** A bounded route label: the first path segment the app knows, else "page" (the web page and its assets). */
function routeOf(path: string): string {
  return ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'page';
}

/** The code a response without a coded body stands for (e.g. 401 from the GraphQL context). */
function codeForStatus(status: number): string | undefined {
  if (status < 400) return undefined;
  const byStatus: Record<number, string> = {
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    503: 'DATABASE_UNAVAILABLE',
    504: 'DATABASE_TIMEOUT',
  };
  return byStatus[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
}

/**
 * One structured log line per request, and the request metrics: route, GraphQL operation,
 * HTTP status, duration, Cypher statements and the first error code ("OK" when none).
 * Mounted before every route, so it sees every response, including refused ones.
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const record: RequestRecord = { route: routeOf(req.path), statements: 0, codes: [] };
    let done = false;
    const finish = (aborted: boolean) => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = aborted && !res.headersSent ? 499 : res.statusCode;
      const codes = record.codes.length ? record.codes : [codeForStatus(status)].filter((c): c is string => !!c);
      const operation = record.route === '/graphql' ? operationLabel(record.operation) : '';
      requests.inc({ route: record.route, operation, status: String(status) });
      latency.observe({ route: record.route, operation }, seconds);
      statements.inc(record.statements);
      for (const code of codes) errors.inc({ code });
      const line = {
        method: req.method,
        route: record.route,
        ...(record.route === '/graphql' ? { operation: record.operation ?? null } : {}),
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        statements: record.statements,
        code: codes[0] ?? 'OK',
        ...(aborted ? { aborted: true } : {}),
      };
      if (status >= 500) log.warn(line, 'request');
      else log.info(line, 'request');
    };
    res.once('finish', () => finish(false));
    res.once('close', () => finish(!res.writableFinished));
    (res as Recorded)[RECORD] = record;
    next();
  };
}

/** Tells the request log which operation ran, how many statements it cost and which codes it answered. */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, operationName, contextValue, response }) {
          const record = contextValue?.record;
          if (!record) return;
          record.operation = operationName ?? request.operationName ?? undefined;
          record.statements = contextValue?.queries?.count ?? 0;
          if (response.body.kind === 'single') {
            for (const e of response.body.singleResult.errors ?? []) {
              const code = e.extensions?.code;
              record.codes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
            }
          }
        },
      };
    },
  };
}
