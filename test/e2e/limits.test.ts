import type { ApolloServerPlugin } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context';
import type { RunningServer } from '../../src/server';
import { testServer } from '../helpers/server';

type Body = { data?: unknown; errors?: { message: string; extensions: { code: string; field?: string } }[] };

/** `{ city(id: "kumanovo") { influenced(first: 2) { target { … id } } } }`, `levels` fields deep (even). */
function nested(levels: number): string {
  let inner = 'id';
  for (let depth = 2; depth < levels; depth += 2) inner = `influenced(first: 2) { target { ... on City { ${inner} } } }`;
  return `{ city(id: "kumanovo") { ${inner} } }`;
}

/** Throws a raw error naming Cypher for the operation "Boom": what a bug below the resolvers looks like. */
const boom: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async executionDidStart({ operationName }) {
        if (operationName === 'Boom') throw new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n');
      },
    };
  },
};

describe('safety limits over HTTP', () => {
  const server = testServer({ env: { BODY_LIMIT: '512kb' } });
  const prod = testServer({ env: { NODE_ENV: 'production' }, plugins: [boom] });

  const send = async (s: RunningServer, body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) as Body };
  };
  const post = (s: RunningServer, query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
    send(s, JSON.stringify({ query, variables, operationName }));

  it('refuses a query nested 20 deep with QUERY_TOO_COMPLEX, naming the limit, before running it', async () => {
    const r = await post(server, nested(20));
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.body.errors![0]!.message).toMatch(/20 levels deep; the limit is 12/);
    expect(r.body.data).toBeUndefined();
    expect((await post(server, nested(12))).body.errors).toBeUndefined();
    // Far deeper documents are refused while parsing (token limit), before any depth count:
    // a parse error, so 200 under application/json (GraphQL over HTTP) and 400 under the new media type.
    const huge = await post(server, nested(8_000));
    expect(huge.status).toBe(200);
    expect((await send(server, JSON.stringify({ query: nested(8_000) }), { accept: 'application/graphql-response+json' })).status).toBe(
      400,
    );
    expect(huge.body.errors![0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a query that would resolve too many fields (pages of pages)', async () => {
    const q = `{ a: cities(first: 100) { edges { node { adoptions { practice { adoptions { city { attended { event { attendees { attendee { id } } } } } } } } } } } }`;
    const r = await post(server, q);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.body.errors![0]!.message).toMatch(/complexity is \d+; the limit is 15000/);
  });

  it('refuses pages larger than the maximum on any list argument, and ids longer than any id, naming them', async () => {
    // The same texts first pass with fitting values: the checks kept for a text must still tell these apart.
    const search = 'query($n: Int!) { search(text: "city", first: $n) { id } }';
    expect((await post(server, search, { n: 5 })).body.errors).toBeUndefined();
    const r = await post(server, search, { n: 500 });
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Query.search(first)' });
    const node = 'query($id: ID!) { node(id: $id) { id } }';
    expect((await post(server, node, { id: 'kumanovo' })).body).toEqual({ data: { node: { id: 'kumanovo' } } });
    expect((await post(server, node, { id: 'x'.repeat(200) })).body).toEqual({ data: { node: null } });
    const long = await post(server, node, { id: 'x'.repeat(300_000) });
    expect(long.status).toBe(400);
    expect(long.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Query.node(id)' });
    expect(long.text.length).toBeLessThan(1_000);
  });

  it('answers a body over the limit (a 1 MB string) with 413 and a clean JSON error', async () => {
    const r = await post(server, 'query($t: String!) { search(text: $t) { id } }', { t: 'x'.repeat(1 << 20) });
    expect(r.status).toBe(413);
    expect(r.body.errors![0]).toEqual({
      message: expect.stringMatching(/larger than the limit of 512kb/),
      extensions: { code: 'BAD_REQUEST' },
    });
    const bad = await send(server, '{"query": "{ stats');
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0]!.message).toBe('The request body is not valid JSON.');
    expect(bad.text).not.toMatch(/<html|\n\s+at /i);
  });

  it('in production: masks internal errors, hides introspection and schema hints, and embeds no sandbox', async () => {
    const boomed = await post(prod, 'query Boom { stats { __typename } }', {}, 'Boom');
    expect(boomed.body.errors![0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(boomed.text).not.toMatch(/MATCH|Secret|Neo\.|stacktrace|\.ts:\d/);

    const intro = await post(prod, '{ __schema { types { name } } }');
    expect(intro.body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(prod, '{ citi(id: "kumanovo") { name } }');
    expect(typo.text).not.toMatch(/Did you mean/);
    expect((await post(server, '{ citi(id: "kumanovo") { name } }')).text).toMatch(/Did you mean/);

    const page = async (s: RunningServer) => (await fetch(`${s.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(await page(server)).toMatch(/EmbeddedSandbox/);
    expect(await page(prod)).not.toMatch(/EmbeddedSandbox/);
  });
});
