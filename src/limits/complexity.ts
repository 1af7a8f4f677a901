import { getNamedType, getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../model/connection';

/**
 * What an operation costs, in "fields resolved" (graphql-query-complexity): every field
 * costs 1, and what is under a list costs as many times as the list is long. Lists with a
 * page argument (`first`, `limit`) count that many items; lists without one count
 * UNPAGED_FANOUT, a typical number of relationships of one type at a node in this graph.
 * A field may set its own cost with type-graphql's `complexity` option (read first).
 */
export const UNPAGED_FANOUT = 5;

/** Ids are slugs of at most 120 characters; anything much longer is refused before any resolver sees it. */
export const MAX_ID_LENGTH = 200;

/** Arguments refused before execution: pages above MAX_PAGE_SIZE, ids longer than MAX_ID_LENGTH. */
export interface ArgumentViolation {
  field: string;
  message: string;
}

/** Not an estimate: notes arguments out of bounds, for every field, then passes. */
function argumentCheck(violations: ArgumentViolation[]): ComplexityEstimator {
  return ({ type, field, args }) => {
    for (const name of ['first', 'last'] as const) {
      const v = args[name];
      if (typeof v === 'number' && v > MAX_PAGE_SIZE) {
        violations.push({ field: `${type.name}.${field.name}(${name})`, message: `is ${v}; pages hold at most ${MAX_PAGE_SIZE}. Page with "after".` });
      }
    }
    for (const arg of field.args) {
      if (getNamedType(arg.type).name !== 'ID') continue;
      const v: unknown = args[arg.name];
      if ([v].flat().some((x) => typeof x === 'string' && x.length > MAX_ID_LENGTH)) {
        violations.push({ field: `${type.name}.${field.name}(${arg.name})`, message: `is longer than any id (${MAX_ID_LENGTH} characters).` });
      }
    }
    return undefined;
  };
}

const pagedListEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  const pageArg = field.args.find((a) => a.name === 'first' || a.name === 'limit');
  if (pageArg) {
    const n = typeof args[pageArg.name] === 'number' ? (args[pageArg.name] as number) : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(0, Math.min(n, MAX_PAGE_SIZE * 10));
  }
  // The edges of a connection are already counted by the connection's `first`.
  if (isListType(getNullableType(field.type)) && !/(Connection|Edge)$/.test(type.name)) return 1 + childComplexity * UNPAGED_FANOUT;
  return undefined;
};

export interface Cost {
  complexity: number;
  violations: ArgumentViolation[];
}

/** The cost of one operation of `document` with these variables (throws GraphQLError on bad variables). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): Cost {
  const violations: ArgumentViolation[] = [];
  const complexity = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [argumentCheck(violations), fieldExtensionsEstimator(), pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  return { complexity, violations };
}
