import { beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { Kind, parse, print, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { pino } from 'pino';
import * as generated from '../../src/generated/graphql';
import { createContext } from '../../src/context';
import { getSchema } from '../../src/schema';
import { executeCompiled, whyNotCompiled } from '../../src/compile/run';
import { fixturePrefix } from '../helpers/fixtures';
import { gql, testDb } from '../helpers/graphql';
import { testServer } from '../helpers/server';
import { CityCardDocument } from '../../src/generated/graphql';

/*
 * The compiled read path (src/compile) must answer exactly what the resolvers answer. Every
 * operation below runs both ways — compiled into one statement, and through graphql-js and
 * the resolvers — on the seed and on a small synthetic graph built here, and the JSON must be
 * deeply equal. Operations the compiler does not handle answer null there and are not compared.
 */

const db = testDb();

interface Run {
  compiled: unknown;
  normal: unknown;
  statements: number;
}

async function both(document: DocumentNode | string, variables: Record<string, unknown> = {}): Promise<Run> {
  const doc = typeof document === 'string' ? parse(document) : document;
  const invalid = validate(await getSchema(), doc);
  if (invalid.length) throw new Error(`invalid operation: ${invalid.map((e) => e.message).join('; ')}`);
  const context = createContext(db);
  const result = await executeCompiled({ schema: await getSchema(), document: doc, variables, context });
  const normal = await gql(doc, variables);
  if (normal.errors?.length) throw new Error(`the resolvers failed: ${JSON.stringify(normal.errors)}`);
  return { compiled: result?.data ?? null, normal: normal.data, statements: context.queries.count };
}

/** Runs both ways, expects the compiled path to answer (in one statement) and the answers to be equal. */
async function same(document: DocumentNode | string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const run = await both(document, variables);
  const doc = typeof document === 'string' ? parse(document) : document;
  expect(await whyNotCompiled(await getSchema(), doc)).toBeNull();
  expect(run.compiled, 'the compiled path answered').not.toBeNull();
  expect(run.statements).toBe(1);
  expect(JSON.parse(JSON.stringify(run.compiled))).toEqual(JSON.parse(JSON.stringify(run.normal)));
  // Same keys in the same order (graphql-js's order).
  expect(JSON.stringify(run.compiled)).toBe(JSON.stringify(run.normal));
  return run.compiled;
}

/** Every named query operation of schema/operations with variables that reach data in the seed. */
const SEED_VARIABLES: Record<string, Record<string, unknown>[]> = {
  Cities: [{ first: 100 }, { first: 3 }, { first: 5, orderBy: { field: 'ID', direction: 'DESC' } }, { first: 0 }],
  CityCard: [{ id: 'kumanovo' }, { id: 'nansana' }, { id: 'no-such-city' }, { id: 'strong-cities-network' }],
  WebCityKeyFacts: [{ id: 'kumanovo' }, { id: 'nansana' }],
  CityNetwork: [{ id: 'nansana' }, { id: 'kumanovo' }],
  EventCard: [{ id: 'nairobi-regional-workshop' }],
  OrganisationCard: [{ id: 'strong-cities-network' }],
  PracticeCard: [{ id: 'local-safety-council' }],
  WebArea: [{ id: 'north-macedonia' }, { id: 'east-africa' }],
  WebLookups: [{}],
};

/** Operations that must compile (the page and dashboard reads this path exists for). */
const MUST_COMPILE = ['Cities', 'CityCard'];

const operations = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .map(([, doc]) => doc as DocumentNode)
  .map((doc) => ({ doc, op: doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)! }))
  .filter(({ op }) => op.operation === 'query');

describe('the compiled read path answers what the resolvers answer', () => {
  describe('named operations on the seed', () => {
    for (const { doc, op } of operations) {
      const name = op.name!.value;
      const runs = SEED_VARIABLES[name];
      if (!runs) continue;
      it(`${name}`, async () => {
        for (const variables of runs) {
          const run = await both(doc, variables);
          if (MUST_COMPILE.includes(name)) expect(run.compiled, `${name} compiles`).not.toBeNull();
          if (run.compiled === null) continue;
          expect(run.statements, `${name} in one statement`).toBe(1);
          expect(JSON.stringify(run.compiled), `${name} ${JSON.stringify(variables)}`).toBe(JSON.stringify(run.normal));
        }
      });
    }
  });

  it('audit stamps as stored by the curation path (DateTime values), on nodes and at link ends', async () => {
    await same('{ city(id: "kumanovo") { createdAt updatedAt updatedBy adoptions(first: 3) { practice { createdAt updatedBy } } } }');
  });

  it('pages every link list of a city across pages, with cursors that work on either path', async () => {
    const lists = [
      'leaders',
      'adoptions',
      'attended',
      'hosted',
      'influencedBy',
      'influenced',
      'challenges',
      'memberships',
      'partnerships',
      'funding',
      'coverage',
      'partOf',
      'parts',
    ];
    for (const list of lists) {
      const q = `query($id: ID!, $first: Int, $after: String) { city(id: $id) { ${list}(first: $first, after: $after) { cursor __typename } } }`;
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const data = (await same(q, { id: 'kumanovo', first: 2, after })) as { city: Record<string, { cursor: string }[]> };
        const items = data.city[list]!;
        if (items.length < 2) break;
        after = items.at(-1)!.cursor;
      }
    }
  });
});

/*
 * A small graph made for the edge cases: missing and empty properties, citations whose source
 * is missing or whose excerpt is, influences without a kind or with a practice that does not
 * exist, partnerships in both directions, two adoptions of one practice (the element id breaks
 * the tie), lists long enough to page, events and organisations at interface ends.
 */
describe('on a synthetic graph', () => {
  const p = fixturePrefix(db);
  const id = (s: string) => `${p}-${s}`;
  beforeAll(async () => {
    await db.write((tx) =>
      tx.run(
        `CREATE (r1:Region:Entity {id: $p + '-r1', name: 'Synthregion'})
         CREATE (c1:Country:Entity {id: $p + '-c1', name: 'Synthland', citationSources: [$p + '-s1'], citationExcerpts: ['land']})-[:IN_REGION]->(r1)
         CREATE (h1:Hub:Entity {id: $p + '-h1', name: 'Synthhub', launched: '2019'})
         CREATE (r1)-[:COVERED_BY]->(h1)
         CREATE (s1:Source:Entity {id: $p + '-s1', title: 'A document', publisher: 'P', date: '2021-03'})
         CREATE (s2:Source:Entity {id: $p + '-s2', name: '', title: 'Second document'})
         CREATE (a:City:Entity {id: $p + '-a', name: 'Alpha', kind: 'CITY', lat: 1.5, lon: 2,
                 citationSources: [$p + '-s1', $p + '-missing', $p + '-s2'], citationExcerpts: ['one', 'two']})-[:IN_COUNTRY {citationSources: [$p + '-s1'], citationExcerpts: ['in']}]->(c1)
         CREATE (b:City:Entity {id: $p + '-b', name: 'Beta', kind: 'MUNICIPALITY', description: 'No country'})
         CREATE (d:City:Entity {id: $p + '-d', name: 'Delta division', kind: 'DIVISION'})-[:PART_OF]->(a)
         CREATE (o1:Organisation:Entity {id: $p + '-o1', name: 'Synth Network', kind: 'NETWORK', country: $p + '-c1'})
         CREATE (ch:Challenge:Entity {id: $p + '-ch', name: 'A challenge'})
         CREATE (e1:Event:Entity {id: $p + '-e1', name: 'First event', kind: 'WORKSHOP', date: '2020-05', place: $p + '-a'})
         CREATE (e2:Event:Entity {id: $p + '-e2', name: 'Second event', kind: 'SUMMIT', date: '2021', country: $p + '-c1'})
         CREATE (l1:Leader:Entity {id: $p + '-l1', name: 'Lea Der', title: 'Mayor'})
         CREATE (l2:Leader:Entity {id: $p + '-l2', name: 'Another Leader'})
         CREATE (l1)-[:LEADS {role: 'mayor', since: '2020', citationSources: [$p + '-s1'], citationExcerpts: ['mayor']}]->(a)
         CREATE (l2)-[:LEADS]->(a)
         CREATE (a)-[:ATTENDED {role: 'host city'}]->(e1)
         CREATE (a)-[:ATTENDED]->(e2)
         CREATE (b)-[:ATTENDED {role: 'guest'}]->(e1)
         CREATE (l1)-[:ATTENDED]->(e1)
         CREATE (o1)-[:ATTENDED]->(e1)
         CREATE (a)-[:HOSTED {citationSources: [$p + '-s2'], citationExcerpts: ['hosted']}]->(e1)
         CREATE (o1)-[:ORGANISED]->(e1)
         CREATE (b)-[:INSPIRED {practice: $p + '-p1', via: $p + '-e1', date: '2020-06', citationSources: [$p + '-s1'], citationExcerpts: ['learned']}]->(a)
         CREATE (a)-[:INSPIRED {kind: 'SUPPORTED', practice: $p + '-nonexistent', description: 'helped'}]->(b)
         CREATE (e1)-[:INSPIRED {kind: 'LED_TO', date: '2020-05'}]->(a)
         CREATE (o1)-[:INSPIRED]->(a)
         CREATE (a)-[:PARTNERED {date: '2018', description: 'twinning'}]->(o1)
         CREATE (b)-[:PARTNERED]->(a)
         CREATE (a)-[:FACES]->(ch)
         CREATE (a)-[:MEMBER_OF {since: '2019', after: $p + '-e1'}]->(o1)
         CREATE (o1)-[:FUNDED {date: '2022', description: 'grant'}]->(a)
         CREATE (a)-[:COVERED_BY]->(h1)
         WITH a
         UNWIND range(1, 7) AS i
         CREATE (pr:Practice:Entity {id: $p + '-p' + i, name: 'Practice ' + (8 - i), category: 'OTHER'})
         CREATE (a)-[:ADOPTED {status: CASE i % 3 WHEN 0 THEN 'PLANNED' WHEN 1 THEN 'IMPLEMENTED' ELSE 'PILOTING' END,
                               date: CASE WHEN i < 4 THEN '202' + i ELSE null END}]->(pr)
         WITH a, pr WHERE pr.id = $p + '-p2'
         CREATE (a)-[:ADOPTED {status: 'COMMITTED', date: '2022'}]->(pr)`,
        { p },
      ),
    );
  });

  const NODE = `__typename id name description cursor createdAt updatedBy
    citations { excerpt source { __typename id name title publisher date } }
    ... on City { cityKind: kind lat lon } ... on Event { eventKind: kind date } ... on Organisation { orgKind: kind } ... on Leader { title }`;
  const CITED = 'citations { excerpt source { id name } }';
  const CITY = `
    __typename id name kind lat lon description cursor createdAt updatedAt updatedBy
    ${CITED}
    country { id name region { id name } } location { __typename city { id } country { name } ${CITED} }
    region { id name cursor } hubs(first: 5) { id name launched cursor }
    leaders(first: 10) { __typename cursor role since until leader { id name title } of { ${NODE} } ${CITED} }
    adoptions(first: 20) { cursor status date adopter { __typename id } practice { id name category cursor } ${CITED} }
    attended(first: 10) { cursor role attendee { id } event { id name date kind place { id name } country { id } region { id } attendees(first: 10) { role attendee { ${NODE} } } } }
    hosted(first: 10) { cursor host { id } event { id } ${CITED} }
    influencedBy(first: 10) { cursor kind date description source { ${NODE} } target { id } practice { id name } via { id name date } ${CITED} }
    influenced(first: 10) { cursor kind date description source { id } target { ${NODE} } practice { id } via { id } }
    challenges(first: 10) { cursor actor { id } challenge { id name } }
    memberships(first: 10) { cursor since member { id } of { ${NODE} } after { __typename id name } }
    partnerships(first: 10) { cursor date description from { ${NODE} } to { ${NODE} } }
    funding(first: 10) { cursor date description funder { id name kind } recipient { id } }
    coverage(first: 10) { cursor area { id } hub { id name } }
    partOf(first: 10) { cursor part { id } whole { ${NODE} } }
    parts(first: 10) { cursor part { id name } whole { id } }`;

  it('every field kind of a city, with nulls, empty lists, interface ends and citations', async () => {
    for (const city of ['a', 'b', 'd']) {
      const data = (await same(`query($id: ID!) { city(id: $id) { ${CITY} } }`, { id: id(city) })) as { city: unknown };
      expect(data.city).not.toBeNull();
    }
    const a = (await same(
      `{ city(id: "${id('a')}") { citations { excerpt source { id name } } influenced(first: 5) { kind practice { id } } } }`,
    )) as {
      city: { citations: { excerpt: string; source: { name: string } | null }[]; influenced: { kind: string; practice: unknown }[] };
    };
    // The cases this graph is for: a missing source, a missing excerpt, a source named by its title, a default kind.
    expect(a.city.citations.map((c) => [c.excerpt, c.source?.name ?? null])).toEqual([
      ['one', 'A document'],
      ['two', null],
      ['', 'Second document'],
    ]);
    expect(a.city.influenced).toEqual([{ kind: 'SUPPORTED', practice: null }]);
    // One field name, different resolvers per type behind an interface (a city's country is a link, an organisation's a reference).
    await same(`query($first: Int = 1) { city(id: "${id('a')}") {
      partnerships(first: 10) { from { ... on City { country { id } } ... on Organisation { country { id name } } } }
      influencedBy(first: $first) { source { __typename ... on Event { place { id } region { id } } ... on City { region { id } } } }
      x: adoptions(first: $first) { status } y: adoptions(first: 2) { status date } } }`);
  });

  it('pages with first/after across pages, both ways, with cursors that work on either path', async () => {
    const q = `query($id: ID!, $first: Int, $after: String) { city(id: $id) { adoptions(first: $first, after: $after) { cursor status practice { id } } } }`;
    const all = (await same(q, { id: id('a'), first: 100 })) as { city: { adoptions: { cursor: string; practice: { id: string } }[] } };
    expect(all.city.adoptions).toHaveLength(8);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data = (await same(q, { id: id('a'), first: 3, after })) as typeof all;
      seen.push(...data.city.adoptions.map((x) => x.cursor));
      if (data.city.adoptions.length < 3) break;
      after = data.city.adoptions.at(-1)!.cursor;
    }
    expect(seen).toEqual(all.city.adoptions.map((x) => x.cursor));
    // A cursor from the compiled answer, given to the resolvers (and the other way round), reads the same page.
    const middle = all.city.adoptions[3]!.cursor;
    const viaResolvers = await gql(q, { id: id('a'), first: 2, after: middle });
    const compiled = await executeCompiled({
      schema: await getSchema(),
      document: parse(q),
      variables: { id: id('a'), first: 2, after: middle },
      context: createContext(db),
    });
    expect(compiled?.data).toEqual(viaResolvers.data);
    expect((compiled?.data as typeof all).city.adoptions.map((x) => x.practice.id)).toEqual(
      all.city.adoptions.slice(4, 6).map((x) => x.practice.id),
    );
  });

  it('connections: totalCount, pageInfo and edge cursors across pages, aliases, fragments, __typename', async () => {
    const q = `query($first: Int, $after: String) {
      __typename
      page: cities(first: $first, after: $after, orderBy: { field: ID }) {
        __typename total: totalCount
        info: pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
        edges { __typename cursor node { ...Card } }
      }
      one: city(id: "${id('b')}") { ...Card aliasName: name }
      missing: city(id: "${id('nope')}") { id }
      notACity: city(id: "${id('o1')}") { id }
    }
    fragment Card on City { id name ... on Node { description } ... on City { kind country { id } } }`;
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data = (await same(q, { first: 100, after })) as { page: { info: { hasNextPage: boolean; endCursor: string } } };
      pages += 1;
      if (!data.page.info.hasNextPage || pages > 20) break;
      after = data.page.info.endCursor;
    }
    expect(pages).toBeGreaterThan(0);
    await same(q, { first: 0 });
    await same(`{ cities(first: 2, orderBy: { field: NAME, direction: DESC }) { totalCount edges { node { name } } } }`);
    await same(`{ events(first: 5) { pageInfo { hasNextPage } edges { cursor node { id place { id } hubs(first: 3) { id } } } } }`);
    // Filters: each kind of clause, alone and together, on the compiled statement as on the resolvers'.
    const filtered = `query($w: CityWhere, $first: Int, $after: String) {
      cities(where: $w, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;
    for (const w of [
      { text: 'alpha' },
      { nameStartsWith: 'Be' },
      { kind: ['CITY', 'DIVISION'] },
      { country: id('c1') },
      { region: id('r1') },
      { hub: id('h1') },
      { practice: id('p2') },
      { ids: [id('a'), id('b'), id('d')] },
      { ids: [id('a'), id('b'), id('d')], kind: ['MUNICIPALITY'] },
    ]) {
      await same(filtered, { w, first: 2 });
    }
    const firstPage = (await same(filtered, { w: { ids: [id('a'), id('b'), id('d')] }, first: 2 })) as {
      cities: { pageInfo: { endCursor: string } };
    };
    await same(filtered, { w: { ids: [id('a'), id('b'), id('d')] }, first: 2, after: firstPage.cities.pageInfo.endCursor });
    await same(`{ events(where: { dateFrom: "2021", city: "${id('a')}" }, first: 5) { totalCount edges { node { id date } } } }`);
    // Nothing that reads the graph: answered without a statement (it used to send `RETURN 1`).
    const bare = await both('{ __typename again: __typename }');
    expect(bare.compiled).toEqual({ __typename: 'Query', again: 'Query' });
    expect(JSON.stringify(bare.compiled)).toBe(JSON.stringify(bare.normal));
    expect(bare.statements).toBe(0);
  });

  it('falls back to the resolvers for what it does not compile, and for every error', async () => {
    const schema = await getSchema();
    const run = (query: string, variables: Record<string, unknown> = {}) =>
      executeCompiled({ schema, document: parse(query), variables, context: createContext(db) });
    const cityQ = (sel: string) => `{ city(id: "${id('a')}") { ${sel} } }`;
    // Not compiled: post-processed lists, statements, directives, filters, other root fields, mutations.
    expect(await run(cityQ('within { id }'))).toBeNull();
    expect(await run(cityQ('statements { property }'))).toBeNull();
    expect(await run(cityQ('name @include(if: true)'))).toBeNull();
    expect(await run('{ cities(first: 2, where: { text: "" }) { totalCount } }')).toBeNull();
    expect(await run('query($w: CityWhere) { cities(first: 2, where: $w) { totalCount } }', { w: { ids: ['Not A Slug'] } })).toBeNull();
    expect(await run('{ search(text: "alpha") { id } }')).toBeNull();
    // Errors are the resolvers' to report: a forged cursor, a page too large, a variable of the wrong type.
    expect(await run(cityQ('adoptions(after: "bm9wZQ.x") { status }'))).toBeNull();
    expect(await run(cityQ('adoptions(first: 101) { status }'))).toBeNull();
    expect(await run('query($id: ID!) { city(id: $id) { id } }', { id: { no: 1 } })).toBeNull();
    // A stored value the schema refuses (not an AdoptionStatus): the resolvers' error, not a compiled answer.
    await db.write((tx) =>
      tx.run(`MATCH (a:City {id: $id}) CREATE (a)-[:ADOPTED {status: 'BOGUS'}]->(:Practice:Entity {id: $pid, name: 'Bogus'})`, {
        id: id('b'),
        pid: id('bogus'),
      }),
    );
    expect(await run(`{ city(id: "${id('b')}") { adoptions { status } } }`)).toBeNull();
    expect((await gql(`{ city(id: "${id('b')}") { adoptions { status } } }`)).errors?.length).toBeGreaterThan(0);
    expect(await run(`{ city(id: "${id('b')}") { adoptions { practice { id } } } }`)).not.toBeNull();
  });
});

describe('through the server', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  // ANSWER_CACHE_LAG_MS=0: the graph version is read for each request, so the statements below do not depend on the requests before.
  const server = testServer({ db, log: pino({ level: 'info' }, sink), env: { ANSWER_CACHE_LAG_MS: '0' } });
  const post = (body: unknown) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers a compiled operation in one statement (beside the graph version) with the same body, headers and log line as before', async () => {
    lines.length = 0;
    const ask = async () => {
      const res = await post({ query: print(CityCardDocument), variables: { id: 'kumanovo' }, operationName: 'CityCard' });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('max-age=60, public');
      const body = (await res.json()) as { data: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual((await gql(CityCardDocument, { id: 'kumanovo' })).data);
    };
    await ask();
    // Asked again at the same graph version, the answer kept (src/answer-cache.ts) costs the version read only.
    await ask();
    expect(lines.filter((l) => l.msg === 'request')).toMatchObject([
      { operation: 'CityCard', status: 200, statements: 2, code: 'OK' },
      { operation: 'CityCard', status: 200, statements: 1, code: 'OK' },
    ]);
  });

  it('leaves errors to the resolvers: a forged cursor is BAD_USER_INPUT naming after, uncached', async () => {
    const res = await post({ query: '{ city(id: "kumanovo") { adoptions(after: "bm9wZQ") { status } } }' });
    const body = (await res.json()) as { errors: { extensions: { code: string; field?: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('still refuses over-complex operations before compiling them', async () => {
    const res = await post({
      query: '{ cities(first: 100) { edges { node { adoptions(first: 100) { practice { adoptions(first: 100) { status } } } } } } }',
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
