import { describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLArgument } from 'graphql';
import { getSchema } from '../../src/schema';
import { expectError, gql } from '../helpers/graphql';

/** A value of the argument's type that passes parsing (the page size is what is under test). */
function filler(arg: GraphQLArgument): unknown {
  if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) return [];
  const t = getNamedType(arg.type);
  if (isEnumType(t)) return t.getValues()[0]!.name;
  if (isInputObjectType(t)) return undefined;
  return (
    ({ Int: 1, Float: 1, Boolean: true, DateTime: '2024-01-01T00:00:00Z', PartialDate: '2024' } as Record<string, unknown>)[t.name] ?? 'x'
  );
}

describe('page sizes', async () => {
  const schema = await getSchema();
  const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'first'));

  it('are taken by every list query', () => {
    expect(lists.map((f) => f.name)).toEqual(
      expect.arrayContaining(['cities', 'search', 'changes', 'influencePaths', 'influenceReach', 'topInfluencers', 'peerCities']),
    );
  });

  it.each(lists.map((f) => [f.name, f] as const))('%s refuses first: -1 and first: 1000000 naming "first"', async (_name, field) => {
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && a.name !== 'first');
    const args = [...required, field.args.find((a) => a.name === 'first')!];
    const doc = `query(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')}) { __typename } }`;
    for (const first of [-1, 1_000_000]) {
      const vars = Object.fromEntries([...required.map((a) => [a.name, filler(a)]), ['first', first]]);
      const err = expectError(await gql(doc, vars), 'BAD_USER_INPUT');
      expect(err.extensions?.field).toBe('first');
      expect(err.message).toMatch(/first/);
    }
  });
});
