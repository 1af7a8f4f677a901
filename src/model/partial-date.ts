import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate, type PartialDate } from '../domain/partial-date';

/** The GraphQL face of domain/partial-date.ts. */
export const PartialDateScalar = new GraphQLScalarType<PartialDate, string>({
  name: 'PartialDate',
  description:
    'A date with the precision the source gives: "YYYY", "YYYY-MM" or "YYYY-MM-DD". Sorted by start; "2023" and "2023-05" are "same year, unknown order".',
  serialize(value) {
    if (!isPartialDate(value)) throw new TypeError(`PartialDate cannot represent ${JSON.stringify(value)}`);
    return value;
  },
  parseValue(value) {
    if (!isPartialDate(value))
      throw new TypeError(`Expected a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got ${JSON.stringify(value)}.`);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isPartialDate(ast.value)) {
      throw new TypeError('Expected a partial date string "YYYY", "YYYY-MM" or "YYYY-MM-DD".');
    }
    return ast.value;
  },
});
