import { getNamedType, getNullableType, isCompositeType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../model/connection';

/**
 * What an operation costs, in records read (graphql-query-complexity): every object costs 1
 * and scalars nothing (reads project the selected properties, so a property arrives in a
 * record already counted); a list costs its page size times (its item: 1, or 2 in
 * relationship lists, a relationship and a node; plus what is under it). Aliases add up:
 * each alias is resolved on its own.
 *
 * - Paged lists (a `first` or `limit` argument: the connections and every relationship
 *   list) count `first` items; when `first` is left out they count MAX_PAGE_SIZE, the most
 *   the server may return, so a client that wants a cheap query says how many it wants
 *   (GitHub's API refuses connections without `first`; here the default still applies).
 * - Lists without a page argument are computed values of bounded size (citations of one
 *   fact, reasons of a peer match, buckets of a panel): they count UNPAGED_FANOUT items.
 * - A field may set its own cost with type-graphql's `complexity` option (read first):
 *   whole-graph panels cost WHOLE_GRAPH_COST however they are asked.
 */
export const UNPAGED_FANOUT = 5;

/** An item of a relationship list reads a relationship and the node at its other end. */
export const RELATIONSHIP_ITEM_COST = 2;

/** Fields that read the whole graph (the network panel): shared per graph version, but still the dearest thing to ask for. */
export const WHOLE_GRAPH_COST = 1_000;

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
        violations.push({
          field: `${type.name}.${field.name}(${name})`,
          message: `is ${v}; pages hold at most ${MAX_PAGE_SIZE}. Page with "after".`,
        });
      }
    }
    for (const arg of field.args) {
      if (getNamedType(arg.type).name !== 'ID') continue;
      const v: unknown = args[arg.name];
      if ([v].flat().some((x) => typeof x === 'string' && x.length > MAX_ID_LENGTH)) {
        violations.push({
          field: `${type.name}.${field.name}(${arg.name})`,
          message: `is longer than any id (${MAX_ID_LENGTH} characters).`,
        });
      }
    }
    return undefined;
  };
}

const pagedListEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  const pageArg = field.args.find((a) => a.name === 'first' || a.name === 'limit');
  const list = isListType(getNullableType(field.type));
  if (pageArg) {
    const given = args[pageArg.name];
    const fallback = typeof pageArg.defaultValue === 'number' ? pageArg.defaultValue : MAX_PAGE_SIZE;
    const n = Math.max(0, Math.min(typeof given === 'number' ? given : fallback, MAX_PAGE_SIZE * 10));
    // A connection's items are its edges (counted below it); a list's items are its own, and
    // an item of a relationship list (paged with `after`) reads a relationship and a node.
    const item = !list ? 0 : field.args.some((a) => a.name === 'after') ? RELATIONSHIP_ITEM_COST : 1;
    return 1 + n * (item + childComplexity);
  }
  // The edges of a connection are already counted by the connection's `first`.
  if (list && !/(Connection|Edge)$/.test(type.name)) return 1 + UNPAGED_FANOUT * (1 + childComplexity);
  if (list) return 1 + childComplexity;
  return undefined;
};

/**
 * Anything else: an object costs 1 (a record to read or build) plus what is under it; a
 * scalar costs nothing — reads project the selected properties, so a property arrives in
 * the record that is already counted.
 */
const recordEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isCompositeType(getNamedType(field.type)) ? 1 + childComplexity : 0;

export interface Cost {
  complexity: number;
  violations: ArgumentViolation[];
}

/** The cost of one operation of `document` with these variables (throws GraphQLError on bad variables). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): Cost {
  const violations: ArgumentViolation[] = [];
  const complexity = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [argumentCheck(violations), fieldExtensionsEstimator(), pagedListEstimator, recordEstimator],
  });
  return { complexity, violations };
}
