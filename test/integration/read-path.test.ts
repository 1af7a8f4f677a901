import { describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CitiesDocument,
  CityCardDocument,
  CityNetworkDocument,
  EventCardDocument,
  OrganisationCardDocument,
  PracticeCardDocument,
  SearchDocument,
  WebCityKeyFactsDocument,
} from '../../src/generated/graphql';
import { dataOf, expectError, gql, gqlServed } from '../helpers/graphql';

/*
 * The read path: operations the compiler handles (src/compile) are one statement; the others
 * run through the resolvers with one Cypher statement per level of the selection (every
 * relationship of a level in one statement), only the properties the selection asks for, and
 * paged lists.
 */
describe('reads fetch what the selection needs, in few statements', () => {
  // Statements per named operation on the seed as the server answers it (a regression here is a slower page).
  const SERVED: [string, TypedDocumentNode<unknown, Record<string, unknown>>, Record<string, unknown>, number, boolean][] = [
    ['CityCard', CityCardDocument as never, { id: 'kumanovo' }, 1, true],
    ['Cities', CitiesDocument as never, { first: 100 }, 1, true],
    ['Search', SearchDocument as never, { text: 'nans' }, 1, false],
    ['WebCityKeyFacts', WebCityKeyFactsDocument as never, { id: 'kumanovo' }, 1, true],
    ['EventCard', EventCardDocument as never, { id: 'nairobi-regional-workshop' }, 1, true],
    // Members in join order are sorted in Node (inJoinOrder): not compiled.
    ['OrganisationCard', OrganisationCardDocument as never, { id: 'strong-cities-network' }, 5, false],
    ['PracticeCard', PracticeCardDocument as never, { id: 'local-safety-council' }, 1, true],
    ['CityNetwork', CityNetworkDocument as never, { id: 'nansana' }, 1, true],
  ];
  for (const [name, doc, variables, statements, compiled] of SERVED) {
    it(`serves ${name} in ${statements} statement${statements > 1 ? 's' : ''}${compiled ? ', compiled' : ''}`, async () => {
      const r = await gqlServed(doc, variables);
      dataOf(r);
      expect(r.compiled).toBe(compiled);
      expect(r.queries, r.context.queries.statements.join('\n----\n')).toBe(statements);
    });
  }

  // Through the resolvers (what every operation the compiler leaves alone costs): statements per level.
  const BUDGET: [string, TypedDocumentNode<unknown, Record<string, unknown>>, Record<string, unknown>, number][] = [
    ['CityCard', CityCardDocument as never, { id: 'kumanovo' }, 3],
    ['Cities', CitiesDocument as never, { first: 100 }, 2],
    ['Search', SearchDocument as never, { text: 'nans' }, 1],
    ['WebCityKeyFacts', WebCityKeyFactsDocument as never, { id: 'kumanovo' }, 5],
    ['EventCard', EventCardDocument as never, { id: 'nairobi-regional-workshop' }, 3],
    // 5 since the model of issue 12: members of any kind and the `after` references of memberships are levels of their own.
    ['OrganisationCard', OrganisationCardDocument as never, { id: 'strong-cities-network' }, 5],
    ['PracticeCard', PracticeCardDocument as never, { id: 'local-safety-council' }, 3],
    ['CityNetwork', CityNetworkDocument as never, { id: 'nansana' }, 6],
  ];
  for (const [name, doc, variables, budget] of BUDGET) {
    it(`runs ${name} through the resolvers in at most ${budget} statements`, async () => {
      const r = await gql(doc, variables);
      dataOf(r);
      expect(r.queries, r.context.queries.statements.join('\n----\n')).toBeLessThanOrEqual(budget);
    });
  }

  it('reads only the asked-for properties: no descriptions or citations for a list of names', async () => {
    const r = await gql(CitiesDocument, { first: 100 });
    dataOf(r);
    const asked = r.context.queries.params.flatMap((p) =>
      Object.entries(p)
        .filter(([k, v]) => /props|near|far|rel$/.test(k) && Array.isArray(v))
        .flatMap(([, v]) => v as string[]),
    );
    expect(asked).toContain('name');
    expect(asked).not.toContain('description');
    expect(asked).not.toContain('citationExcerpts');
    const withCitations = await gql('{ city(id: "kumanovo") { citations { excerpt } } }');
    expect(JSON.stringify(withCitations.context.queries.params)).toContain('citationExcerpts');
  });

  it('compiled: reads only the asked-for properties, and counts only when totalCount is asked', async () => {
    const page = await gqlServed(CitiesDocument, { first: 100 });
    expect(page.compiled).toBe(true);
    const [statement] = page.context.queries.statements;
    expect(statement).toMatch(/count\(n\)/);
    expect(statement).toMatch(/\.`name`/);
    expect(statement).not.toMatch(/description|citationExcerpts/);
    const noCount = await gqlServed('{ cities(first: 5) { edges { node { id } } } }');
    expect(noCount.compiled).toBe(true);
    expect(noCount.context.queries.statements[0]).not.toMatch(/count\(n\)/);
  });

  it('counts with count() and pages relationship lists with cursors', async () => {
    const r = await gql(CitiesDocument, { first: 1 });
    expect(r.context.queries.statements.join('\n')).toMatch(/count\(n\)/);
    expect(r.context.queries.statements.join('\n')).not.toMatch(/size\(matched\)/);
    const all = dataOf(
      await gql<{ city: { adoptions: { cursor: string; practice: { id: string } }[] } }>(
        '{ city(id: "kumanovo") { adoptions(first: 100) { cursor practice { id } } } }',
      ),
    );
    const ids = all.city.adoptions.map((a) => a.practice.id);
    expect(ids.length).toBeGreaterThan(1);
    const head = dataOf(
      await gql<{ city: { adoptions: { cursor: string; practice: { id: string } }[] } }>(
        '{ city(id: "kumanovo") { adoptions(first: 1) { cursor practice { id } } } }',
      ),
    );
    const rest = dataOf(
      await gql<{ city: { adoptions: { practice: { id: string } }[] } }>(
        'query($after: String) { city(id: "kumanovo") { adoptions(first: 100, after: $after) { practice { id } } } }',
        {
          after: head.city.adoptions[0]!.cursor,
        },
      ),
    );
    expect([head.city.adoptions[0]!.practice.id, ...rest.city.adoptions.map((a) => a.practice.id)]).toEqual(ids);
  });

  it('refuses forged cursors and cursors of another list with BAD_USER_INPUT naming after', async () => {
    const head = dataOf(
      await gql<{ city: { adoptions: { cursor: string }[] } }>('{ city(id: "kumanovo") { adoptions(first: 1) { cursor } } }'),
    );
    const cursor = head.city.adoptions[0]!.cursor;
    const q = 'query($after: String) { city(id: "kumanovo") { attended(after: $after) { role } } }';
    for (const after of ['bm9wZQ', `${cursor}x`, cursor, 'eyJ4IjoxfQ.AAAAAAAAAA']) {
      expect(expectError(await gql(q, { after }), 'BAD_USER_INPUT').extensions?.field).toBe('after');
    }
    expect(expectError(await gql(CitiesDocument, { after: cursor }), 'BAD_USER_INPUT').extensions?.field).toBe('after');
  });
});
