import http from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { testDb } from '../helpers/graphql';
import { testServer } from '../helpers/server';

/** A raw request: the path goes on the wire exactly as written (fetch would normalise it). */
function raw(
  url: string,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port, method, path, headers: body ? { 'content-type': 'application/json', ...headers } : headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** What no response may carry: a stack frame, a source path, the project's folder, an HTML error page. */
const LEAK = new RegExp(
  [
    String.raw`\n\s+at `,
    String.raw`\.ts:\d`,
    String.raw`\.js:\d`,
    'node_modules',
    '<pre>',
    '<html',
    'stacktrace',
    PROJECT_ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  ].join('|'),
  'i',
);

const ODD_PATHS = [
  '/export/%E0%A4%A',
  '/export/%',
  '/export/%00',
  '/export/%ff%fe',
  '/export/graphml%2F..%2F..%2Fpackage.json',
  '/export/graphml?scope=%E0%A4%A',
  '/export/graphml?scope[a]=b&id[]=x',
  '/export/csv?part=nodes&part=edges',
  `/export/${'a'.repeat(4_000)}`,
  '/graphql/%E0%A4%A',
  '/graphql?query=%E0%A4%A',
  '/graphql?query=%7B__typename%7D&variables=%7B',
  '/graphql?extensions=%7B%22persistedQuery%22%3A1%7D',
  '/healthz/%ff',
  '/readyz?%E0%A4%A=1',
  '/metrics?x=%',
  '/%E0%A4%A',
  '/..%2f..%2fpackage.json',
  '/index.html%00',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/%F0%9F%92%A9',
  '//graphql',
  '/.env',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

describe('HTTP edges: odd URLs, long URLs, media types, metrics and the request log', () => {
  const db = testDb();
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const dev = testServer({ db, env: { NODE_ENV: 'development' }, log: pino({ level: 'info' }, sink) });
  const prod = testServer({ db, env: { NODE_ENV: 'production' } });

  it('answers odd URLs on every route, in every mode, with JSON and no stack, path or HTML page', async () => {
    const failures: string[] = [];
    for (const server of [dev, prod]) {
      for (const path of ODD_PATHS) {
        for (const method of METHODS) {
          const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? '{"query":"{ __typename }"}' : undefined;
          const r = await raw(server.url, method, path, body);
          const where = `${method} ${path.slice(0, 60)} → ${r.status}`;
          if (r.status >= 500) failures.push(`${where}: server error`);
          if (LEAK.test(r.text)) failures.push(`${where}: leaks ${r.text.slice(0, 120)}`);
          if (
            r.status >= 400 &&
            r.text &&
            !r.type.startsWith('application/json') &&
            !r.type.startsWith('application/graphql-response+json')
          ) {
            failures.push(`${where}: ${r.type} instead of JSON`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers a malformed percent-escape in the export path with 400 and a coded JSON error', async () => {
    const r = await raw(dev.url, 'GET', '/export/%E0%A4%A');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(/percent-encoded/) } });
  });

  it('answers a 16 KB URL with 431 and a JSON body that says what to do', async () => {
    const r = await raw(dev.url, 'GET', `/graphql?query=${'x'.repeat(16 * 1024)}`);
    expect(r.status).toBe(431);
    expect(r.type).toMatch(/application\/json/);
    expect(JSON.parse(r.text)).toMatchObject({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(/POST/) } });
  });

  describe('GraphQL over HTTP status codes', () => {
    const post = (query: string, variables: Record<string, unknown> | undefined, accept?: string) =>
      fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const cases: [string, string, Record<string, unknown> | undefined, string][] = [
      ['a document that does not parse', '{ cities(first: 1) { totalCount }', undefined, 'GRAPHQL_PARSE_FAILED'],
      ['a document that does not validate', '{ citi(id: "kumanovo") { name } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
      ['variables that do not fit their types', 'query($n: Int!) { cities(first: $n) { totalCount } }', { n: 'five' }, 'BAD_USER_INPUT'],
    ];

    it.each(cases)("%s: 200 with errors under application/json (the spec's SHOULD)", async (_what, query, variables, code) => {
      for (const accept of [undefined, 'application/json', '*/*']) {
        const res = await post(query, variables, accept);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe(code);
        expect(body.data).toBeUndefined();
      }
    });

    it.each(cases)('%s: still 400 under application/graphql-response+json', async (_what, query, variables, code) => {
      const res = await post(query, variables, 'application/graphql-response+json');
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(code);
    });

    it('keeps 400 for a query over the limits and 401 for an unknown key under application/json', async () => {
      const deep = await post(
        `{ a: cities(first: 100) { edges { node { adoptions { practice { adoptions { city { attended { event { attendees { attendee { id } } } } } } } } } } } }`,
        undefined,
      );
      expect(deep.status).toBe(400);
      const res = await fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
        body: '{"query":"{ __typename }"}',
      });
      expect(res.status).toBe(401);
    });
  });

  it('counts requests by operation, errors by code and Neo4j pool use on GET /metrics', async () => {
    const metric = async (name: string): Promise<number> => {
      const text = await (await fetch(`${dev.url}/metrics`)).text();
      return text
        .split('\n')
        .filter((l) => l.startsWith(name))
        .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
    };
    const before = await metric('pg_http_requests_total{route="/graphql",operation="MetricsProbe"');
    const errorsBefore = await metric('pg_errors_total{code="GRAPHQL_VALIDATION_FAILED"}');
    for (let i = 0; i < 3; i++) {
      await fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query MetricsProbe { cities(first: 2) { totalCount } }' }),
      });
    }
    await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(await metric('pg_http_requests_total{route="/graphql",operation="MetricsProbe"')).toBe(before + 3);
    expect(await metric('pg_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(errorsBefore + 1);
    const res = await fetch(`${dev.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    for (const name of [
      'pg_http_request_duration_seconds_bucket',
      'pg_neo4j_sessions_in_use',
      'pg_neo4j_pool_max',
      'pg_neo4j_unavailable',
      'pg_local_neo4j_restarts_total',
      'pg_process_resident_memory_bytes',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('logs one structured line per request: operation, duration, statements and code', async () => {
    lines.length = 0;
    await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query LogProbe { cities(first: 2) { totalCount } }' }),
    });
    await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query LogBad { cities(first: 500) { totalCount } }' }),
    });
    await fetch(`${dev.url}/export/pdf`);
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      route: '/graphql',
      operation: 'LogProbe',
      status: 200,
      code: 'OK',
      statements: expect.any(Number),
      durationMs: expect.any(Number),
    });
    expect(requests[0]!.statements as number).toBeGreaterThan(0);
    expect(requests[1]).toMatchObject({ operation: 'LogBad', status: 400, code: 'BAD_USER_INPUT' });
    expect(requests[2]).toMatchObject({ route: '/export', status: 400, code: 'BAD_USER_INPUT' });
  });
});
