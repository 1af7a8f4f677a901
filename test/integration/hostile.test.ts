import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import type { Viewer } from '../../src/context';
import { getSchema } from '../../src/schema';
import { gql, testDb } from '../helpers/graphql';
import { fixturePrefix, writeFixture } from '../helpers/fixtures';

/*
 * Every text argument of every Query and Mutation field (and the text fields of their input
 * objects, two levels down so that citations are covered) gets each hostile string in turn,
 * the other arguments holding valid values. Run as an admin, so that mutations run. Every
 * answer must be data or an error with a client code and a short message, and the seed must
 * be exactly as it was. The 1 MB body over HTTP is in test/e2e/limits.test.ts.
 */
const HOSTILE: [string, string][] = [
  ['quotes and Cypher', `'"\`\\ ") MATCH (n) DETACH DELETE n // $param {}`],
  ['Cypher in a map', "x'}) WITH 1 AS x CALL db.labels() YIELD label RETURN label //"],
  ['1 MB', 'x'.repeat(1 << 20)],
  ['control characters', '\u0000\u0007\u001b[31m'],
  ['right-to-left override', '\u202etxt.exe'],
  ['emoji and CJK', '🏙️ 城市 👩🏽‍⚕️'],
  ['lone surrogate', 'a\ud800b'],
  ['empty', ''],
];
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);
const admin: Viewer = { name: 'hostile-test', role: 'admin' };

type Path = (string | number)[];

describe('hostile strings in every text argument', async () => {
  const db = testDb();
  const p = fixturePrefix(db);
  const schema = await getSchema();
  const c = [{ source: `${p}-src`, excerpt: 'a fixture fact' }];

  /** Valid values for ids and texts, by `<InputType>.<field>` or by field / argument name. */
  const TEMPLATE: Record<string, string> = {
    'InfluenceInput.source': `${p}-city2`,
    'RelationshipInput.to': `${p}-land`,
    'RelationshipRefInput.to': `${p}-land`,
    'CitationInput.source': `${p}-src`,
    'Query.id': `${p}-city`,
    'Mutation.deleteNode.id': `${p}-absent`,
    from: `${p}-city2`,
    to: `${p}-city`,
    source: `${p}-src`,
    excerpt: 'a hostile-test excerpt',
    name: `${p}-name`,
    title: 'Hostile test source',
    text: 'kumanovo',
    country: `${p}-land`,
    region: `${p}-region`,
    place: `${p}-city`,
    practice: `${p}-practice`,
    practiceId: `${p}-practice`,
    via: `${p}-event`,
    city: `${p}-city`,
    cityId: `${p}-city`,
    forCity: `${p}-city`,
    attendee: `${p}-city`,
    target: `${p}-city`,
    event: `${p}-event`,
    organisation: `${p}-org`,
    hub: `${p}-hub`,
  };
  const SCALARS: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, PartialDate: '2023', DateTime: '2024-01-01T00:00:00Z' };

  function textValue(owner: string, name: string): string {
    if (owner.endsWith('Input') && name === 'id') return `${p}-h-${owner.replace(/Input$/, '').toLowerCase()}`;
    return TEMPLATE[`${owner}.${name}`] ?? TEMPLATE[name] ?? `${p}-x`;
  }

  /** A valid value of `type`; input objects get their required fields (and citations). */
  function valueOf(type: GraphQLInputType, owner: string, name: string, depth = 0): unknown {
    const t = getNullableType(type);
    if (isListType(t)) return [valueOf(t.ofType, owner, name, depth)];
    if (isEnumType(t)) return t.getValues()[0]!.name;
    if (isScalarType(t)) {
      if (t.name === 'String' || t.name === 'ID') return textValue(owner, name);
      if (!(t.name in SCALARS)) throw new Error(`hostile.test.ts: add a template value for the scalar ${t.name} (${owner}.${name})`);
      return SCALARS[t.name];
    }
    if (isInputObjectType(t)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(t.getFields())) {
        if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = valueOf(f.type, t.name, f.name, depth + 1);
      }
      return out;
    }
    throw new Error(`unexpected input type ${String(type)}`);
  }

  /** Where text can go: the argument itself, or a String/ID field up to two input objects down. */
  function textSlots(type: GraphQLInputType, path: Path, depth = 0): Path[] {
    const t = getNullableType(type);
    if (isListType(t)) return textSlots(t.ofType, [...path, 0], depth);
    if (isScalarType(t)) return t.name === 'String' || t.name === 'ID' ? [path] : [];
    if (isInputObjectType(t) && depth < 2)
      return Object.values(t.getFields()).flatMap((f: GraphQLInputField) => textSlots(f.type, [...path, f.name], depth + 1));
    return [];
  }

  /** `arg`'s valid value with `value` put at `path` inside it (containers on the way made valid first). */
  function withTextAt(arg: GraphQLArgument, owner: string, path: Path, value: string): unknown {
    if (!path.length) return value;
    const top = valueOf(arg.type, owner, arg.name) as Record<string | number, unknown>;
    let node = top;
    let type: GraphQLInputType = arg.type;
    for (const [i, key] of path.entries()) {
      const nt = getNullableType(type);
      if (isListType(nt)) type = nt.ofType;
      else if (isInputObjectType(nt)) [owner, type] = [nt.name, nt.getFields()[key as string]!.type];
      if (i === path.length - 1) node[key] = value;
      else node = (node[key] ??= valueOf(type, owner, String(key))) as Record<string | number, unknown>;
    }
    return top;
  }

  const checksum = async () => {
    const [row] = await db.query<{ nodes: number; rels: number; keys: number; ids: string[]; links: string[] }>(
      `MATCH (n:Entity) WHERE NOT n.id STARTS WITH $p
       WITH count(n) AS nodes, collect(n.id + '|' + coalesce(n.name, '') + '|' + coalesce(n.updatedAt, '')) AS ids
       OPTIONAL MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a.id STARTS WITH $p AND NOT b.id STARTS WITH $p
       WITH nodes, ids, count(r) AS rels, collect(type(r) + a.id + '>' + b.id + '|' + coalesce(r.updatedAt, '')) AS links
       OPTIONAL MATCH (k:ApiKey) WHERE NOT k.name STARTS WITH $p
       RETURN nodes, rels, count(k) AS keys, ids, links`,
      { p: `${p}-` },
    );
    const hash = createHash('sha256')
      .update([...row!.ids].sort().join('\n'))
      .update([...row!.links].sort().join('\n'))
      .digest('hex');
    return { nodes: row!.nodes, relationships: row!.rels, keys: row!.keys, hash };
  };

  let before: Awaited<ReturnType<typeof checksum>>;
  beforeAll(async () => {
    before = await checksum();
    await writeFixture(
      db,
      [
        ['Source', { id: `${p}-src`, title: 'Hostile fixture source' }],
        ['Region', { id: `${p}-region`, name: 'Hostile region', citations: c }],
        ['Country', { id: `${p}-land`, name: 'Hostile land', region: `${p}-region`, citations: c }],
        ['City', { id: `${p}-city`, name: 'Hostile city', kind: 'CITY', country: `${p}-land`, citations: c }],
        ['City', { id: `${p}-city2`, name: 'Hostile city two', kind: 'CITY', country: `${p}-land`, citations: c }],
        ['Practice', { id: `${p}-practice`, name: 'Hostile practice', category: 'OTHER', citations: c }],
        ['Organisation', { id: `${p}-org`, name: 'Hostile org', kind: 'NGO', citations: c }],
        ['Event', { id: `${p}-event`, name: 'Hostile event', kind: 'WORKSHOP', date: '2023', place: `${p}-city`, citations: c }],
        ['Hub', { id: `${p}-hub`, name: 'Hostile hub', citations: c }],
      ],
      [{ type: 'IN_COUNTRY', from: `${p}-city`, to: `${p}-land`, citations: c }],
    );
  });
  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DELETE k', { p: `${p}-` }));
    await db.write((tx) => tx.run('MATCH (d:Deletion) WHERE d.id STARTS WITH $p OR d.from STARTS WITH $p DELETE d', { p: `${p}-` }));
  });

  const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
    Object.values(root.getFields()).map((field) => ({ root: root.name, field })),
  );

  it.each(operations.map((o) => [`${o.root}.${o.field.name}`, o] as const))('%s', async (_name, { root, field }) => {
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
    const slots = field.args.flatMap((arg) => textSlots(arg.type, []).map((path) => ({ arg, path })));
    const owner = root === 'Mutation' && field.name === 'deleteNode' ? 'Mutation.deleteNode' : root;
    for (const { arg, path } of slots) {
      const args = new Set([...required, arg]);
      const doc = `${root === 'Query' ? 'query' : 'mutation'}(${[...args].map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) {
        ${field.name}(${[...args].map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
      const call = async ([label, hostile]: [string, string]) => {
        const vars: Record<string, unknown> = {};
        for (const a of args) vars[a.name] = a === arg ? withTextAt(arg, owner, path, hostile) : valueOf(a.type, owner, a.name);
        const r = await gql(doc, vars, admin);
        const where = `${root}.${field.name}(${[arg.name, ...path].join('.')}) with ${label}`;
        for (const e of r.errors ?? []) {
          expect(CLIENT_CODES.has(String(e.extensions?.code)), `${where}: ${e.extensions?.code} ${e.message.slice(0, 300)}`).toBe(true);
          expect(e.message.length, `${where}: message of ${e.message.length} characters`).toBeLessThan(2_000);
          expect(e.message, where).not.toMatch(/\n\s+at |Neo4jError|Neo\.ClientError/);
        }
        if (!r.errors?.length) expect(r.data?.[field.name], where).toBeDefined();
      };
      // Reads run side by side; writes one after another (as clients' would, without deadlocks).
      if (root === 'Query') await Promise.all(HOSTILE.map(call));
      else for (const h of HOSTILE) await call(h);
    }
  });

  it('leaves the seed graph exactly as it was', async () => {
    expect(await checksum()).toEqual(before);
  });
});
