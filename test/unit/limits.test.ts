import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { operationCost } from '../../src/limits/complexity';
import { operationDepth } from '../../src/limits/depth';
import { operationAliases, sourceAliases } from '../../src/limits/aliases';
import { aliasGuard } from '../../src/limits/plugin';
import { getSchema } from '../../src/schema';

const opOf = (doc: ReturnType<typeof parse>) =>
  doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
const depth = (q: string) => {
  const doc = parse(q);
  return operationDepth(opOf(doc), doc);
};

/** `{ city(id: "x") { influenced { target { influenced { target { … } } } } } }`, `levels` fields deep. */
function nested(levels: number): string {
  let inner = 'id';
  let fields = 1;
  while (fields + 2 <= levels) {
    inner = `influenced { target { ${inner} } }`;
    fields += 2;
  }
  return `{ city(id: "kumanovo") { ${inner} } }`;
}

const SCALARS: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, PartialDate: '2023', DateTime: '2024-01-01T00:00:00Z' };

/** A valid value of an input type: the first enum value, required fields of input objects. */
function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0]!.name;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  return SCALARS[(t as { name: string }).name] ?? 'x';
}

/** Values for an operation's required variables (the cost depends on `first`-like ones, which default). */
function requiredVariables(schema: GraphQLSchema, op: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const type = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
    if (type && isNonNullType(type) && !v.defaultValue) values[v.variable.name.value] = sample(type);
  }
  return values;
}

async function namedOperations(): Promise<{ file: string; doc: ReturnType<typeof parse> }[]> {
  const root = path.join(PROJECT_ROOT, 'schema', 'operations');
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.graphql'));
  const texts = await Promise.all(files.map((f) => readFile(path.join(root, f), 'utf8')));
  // Operations may use fragments from other files of the same folder (codegen joins them).
  const all = texts.join('\n');
  const fragments = parse(all).definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return files.map((file, i) => {
    const own = parse(texts[i]!);
    const ownNames = new Set(own.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
    return {
      file,
      doc: {
        ...own,
        definitions: [...own.definitions, ...fragments.filter((f) => !ownNames.has((f as { name: { value: string } }).name.value))],
      },
    };
  });
}

describe('query depth', () => {
  it('counts nested fields, through fragments and inline fragments, but not introspection', () => {
    expect(depth('{ city(id: "x") { id } }')).toBe(2);
    expect(depth('{ city(id: "x") { ...F } } fragment F on City { country { name } }')).toBe(3);
    expect(depth('{ node(id: "x") { ... on City { country { name } } } }')).toBe(3);
    expect(depth('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toBe(0);
    expect(depth(nested(20))).toBe(20);
  });

  it('measures each fragment once, so spreading fragments many times over stays cheap', () => {
    const defs = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on City { ${i < 39 ? `...F${i + 1} a: influenced { target { ...F${i + 1} } }` : 'id'} }`,
    );
    expect(depth(`{ city(id: "x") { ...F0 } } ${defs.join(' ')}`)).toBe(1 + 2 * 39 + 1);
  });
});

describe('query complexity', () => {
  it('counts records: objects 1, scalars 0, pages by their size, and a list without `first` as the largest page', async () => {
    const schema = await getSchema();
    const cost = (q: string, v?: Record<string, unknown>) => operationCost(schema, parse(q), v).complexity;
    expect(cost('{ city(id: "x") { id name } }')).toBe(1);
    expect(cost('{ city(id: "x") { id name country { id name } } }')).toBe(2);
    expect(cost('query($n: Int) { cities(first: $n) { edges { node { id } } } }', { n: 50 })).toBeGreaterThan(
      cost('{ cities(first: 5) { edges { node { id } } } }') * 5,
    );
    expect(cost('{ city(id: "x") { adoptions { status } } }')).toBeGreaterThan(cost('{ city(id: "x") { country { id } } }'));
    // A relationship list: its page times (a relationship and a node + the fields under it).
    expect(cost('{ city(id: "x") { adoptions(first: 10) { status practice { name } } } }')).toBe(1 + 1 + 10 * (2 + 1));
    expect(cost('{ city(id: "x") { adoptions { status } } }')).toBe(cost('{ city(id: "x") { adoptions(first: 100) { status } } }'));
    // Aliases add up.
    expect(cost('{ a: city(id: "x") { id } b: city(id: "y") { id } }')).toBe(2 * cost('{ city(id: "x") { id } }'));
  });

  it('refuses lists of lists nobody bounded, and prices whole-graph panels high', async () => {
    const schema = await getSchema();
    const { limits } = loadConfig({});
    const cost = (q: string) => operationCost(schema, parse(q), {}).complexity;
    for (const leaf of ['id', '__typename'])
      expect(cost(`{ country(id: "x") { cities { country { cities { ${leaf} } } } } }`)).toBeGreaterThan(limits.maxComplexity);
    expect(cost('{ country(id: "x") { cities(first: 100) { country { cities(first: 3) { id } } } } }')).toBeLessThan(
      limits.maxComplexity / 10,
    );
    expect(cost('{ stats { network { nodes } } }')).toBeGreaterThan(1_000);
    // A catalogue page of 100 cities with their places, 20 adoptions and 20 events each fits.
    const page = `{ cities(first: 100) { totalCount edges { cursor node { id name country { name } region { name }
      adoptions(first: 20) { status practice { name } } attended(first: 20) { role event { name date } } } } } }`;
    expect(cost(page)).toBeLessThanOrEqual(limits.maxComplexity);
  });

  it('counts aliases in the text before parsing, and exactly after, fragments included', () => {
    const text = `query($id: ID!) { a: city(id: $id) { n: name } b: cities(where: { ids: ["x"] }, first: 2) { totalCount } ...F } fragment F on Query { c: search(text: "x") { id } }`;
    expect(sourceAliases(text)).toBe(4);
    const doc = parse(text);
    expect(operationAliases(opOf(doc), doc)).toBe(4);
    const spread = parse('{ ...F ...F } fragment F on Query { a: city(id: "x") { id } }');
    expect(operationAliases(opOf(spread), spread)).toBe(2);
    expect(sourceAliases(Array.from({ length: 1000 }, (_, i) => `a${i}: stats { network { nodes } }`).join(' '), 30)).toBe(31);
  });

  it('refuses a text with too many aliases every time it comes, and lets a fitting text through every time', () => {
    const guard = aliasGuard(2);
    const send = (query: string) => {
      let status = 200;
      let passed = false;
      const res = { status: (s: number) => ((status = s), res), json: () => res };
      guard({ body: { query } } as never, res as never, () => (passed = true));
      return passed ? 'passed' : status;
    };
    const fitting = '{ a: city(id: "x") { id } b: city(id: "y") { id } }';
    const over = '{ a: city(id: "x") { id } b: city(id: "y") { id } c: city(id: "z") { id } }';
    for (let i = 0; i < 3; i++) {
      expect(send(fitting)).toBe('passed');
      expect(send(over)).toBe(400);
    }
  });

  it('notes page sizes above the maximum and ids longer than any id', async () => {
    const schema = await getSchema();
    expect(operationCost(schema, parse('{ cities(first: 500) { totalCount } }'), {}).violations).toEqual([
      { field: 'Query.cities(first)', message: expect.stringMatching(/is 500; pages hold at most 100/) },
    ]);
    const long = 'x'.repeat(201);
    expect(operationCost(schema, parse('query($id: ID!) { city(id: $id) { id } }'), { id: long }).violations).toEqual([
      { field: 'Query.city(id)', message: expect.stringMatching(/longer than any id/) },
    ]);
    expect(operationCost(schema, parse(`{ cities(where: { ids: ["${long}"] }) { totalCount } }`), {}).violations).toEqual([]);
  });

  it('lets every named client operation through the default limits', async () => {
    const schema = await getSchema();
    const { limits } = loadConfig({});
    for (const { file, doc } of await namedOperations()) {
      for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const { complexity, violations } = operationCost(schema, doc, requiredVariables(schema, op), op.name?.value);
        expect(complexity, `${file} ${op.name?.value}`).toBeLessThanOrEqual(limits.maxComplexity);
        expect(violations, file).toEqual([]);
        expect(operationDepth(op, doc), `${file} ${op.name?.value}`).toBeLessThanOrEqual(limits.maxDepth);
      }
    }
  });
});

describe('limit settings', () => {
  it('has defaults, turns introspection off in production unless asked, and names bad values', () => {
    expect(loadConfig({}).limits).toEqual({ maxDepth: 12, maxComplexity: 15_000, maxAliases: 30, bodyLimit: '2mb', txTimeoutMs: 30_000 });
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '1' })).toThrow(/MAX_QUERY_DEPTH must be a whole number from 2/);
  });
});
