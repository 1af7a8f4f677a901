import { describe, expect, it } from 'vitest';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as generated from '../../src/generated/graphql';
import { createContext } from '../../src/context';
import { getSchema } from '../../src/schema';
import { executeCompiled } from '../../src/compile/run';
import { gql, testDb } from '../helpers/graphql';

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
  const context = createContext(db);
  const result = await executeCompiled({ schema: await getSchema(), document: doc, variables, context });
  const normal = await gql(doc, variables);
  if (normal.errors?.length) throw new Error(`the resolvers failed: ${JSON.stringify(normal.errors)}`);
  return { compiled: result?.data ?? null, normal: normal.data, statements: context.queries.count };
}

/** Runs both ways, expects the compiled path to answer (in one statement) and the answers to be equal. */
async function same(document: DocumentNode | string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const run = await both(document, variables);
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
