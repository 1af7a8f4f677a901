import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';
import type { Context } from '../context';
import { AppError } from '../errors';
import { MAX_ID_LENGTH, operationCost, type Cost } from './complexity';
import { operationDepth } from './depth';
import { operationAliases, sourceAliases } from './aliases';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
}

/** A refused operation is the client's doing: HTTP 400, not Apollo's default 500 for plugin errors. */
const http400 = { http: { status: 400 } };

const tooManyAliases = (aliases: number, limit: number) =>
  new AppError('QUERY_TOO_COMPLEX', aliasMessage(limit), { aliases, limit, ...http400 });

const aliasMessage = (limit: number) =>
  `This query has more than ${limit} aliased fields; the limit is ${limit}. Ask for lists (cities(where: { ids: […] })) instead of many aliases.`;

/**
 * Refuses, from the query text alone, operations with more than `maxAliases` aliases, before
 * Apollo parses and validates them (validating a thousand aliased fields takes longer than
 * refusing them should). Mounted on /graphql after the body parser; limitsPlugin counts
 * again exactly, fragments included, for what gets through (and for persisted queries).
 */
export function aliasGuard(maxAliases: number): RequestHandler {
  // Texts already found within the limit: clients send the same few queries over and over, and
  // reading one through the lexer again made a tenth of the garbage of a kept answer's request.
  // Bounded: only texts up to FITS_TEXT_MAX, and forgotten all at once past FITS_MAX of them.
  const fits = new Set<string>();
  return (req, res, next) => {
    const body: unknown = req.body;
    const query =
      (body && typeof body === 'object' && 'query' in body ? (body as { query?: unknown }).query : undefined) ?? req.query?.query;
    if (typeof query === 'string' && !fits.has(query)) {
      if (sourceAliases(query, maxAliases) > maxAliases) {
        res
          .status(400)
          .json({ errors: [{ message: aliasMessage(maxAliases), extensions: { code: 'QUERY_TOO_COMPLEX', limit: maxAliases } }] });
        return;
      }
      if (query.length <= FITS_TEXT_MAX) {
        if (fits.size >= FITS_MAX) fits.clear();
        fits.add(query);
      }
    }
    next();
  };
}

const FITS_MAX = 500;
const FITS_TEXT_MAX = 8 * 1024;

/*
 * What the checks below find depends only on the document, the operation and the variables;
 * dashboards send the same few documents many times a second (Apollo keeps each parsed
 * document as one object), so the findings are kept per document and variables: a repeated
 * request is checked by one lookup instead of a walk over its whole selection (~0.2 ms for
 * a city card, a twentieth of its whole time in the API).
 *
 * Most requests differ only in an id or a search text (a card per city, a prefix per
 * keystroke), and a string passed as an ID or a String can change the findings only by its
 * length: whether it is longer than any id (complexity.ts argumentCheck). Any string coerces
 * to either type, and the cost estimators read only numbers. So those strings enter the key
 * as their length class, and the cards of all cities share one check. Every other value (page
 * sizes, enums, filters, custom scalars such as PartialDate) enters as it is.
 */
interface Findings {
  aliases: number;
  depth: number;
  cost?: Cost;
}
const MAX_KEPT_PER_DOCUMENT = 64;
const MAX_KEY_LENGTH = 2_000;
const findings = new WeakMap<DocumentNode, Map<string, Findings>>();

const textVariables = new WeakMap<OperationDefinitionNode, Set<string>>();

/** The operation's variables declared as ID or String (or lists of them). */
function textVariablesOf(operation: OperationDefinitionNode): Set<string> {
  let names = textVariables.get(operation);
  if (!names) {
    names = new Set();
    for (const def of operation.variableDefinitions ?? []) {
      let type: TypeNode = def.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      if (type.name.value === 'ID' || type.name.value === 'String') names.add(def.variable.name.value);
    }
    textVariables.set(operation, names);
  }
  return names;
}

/** Stands for a string of an ID or String variable, by its length class. */
const SHORT_TEXT = '\u0001text';
const LONG_TEXT = '\u0001long text';

/** A JSON.stringify replacer that writes the strings of the operation's ID and String variables as their length class. */
function textReplacer(operation: OperationDefinitionNode): ((this: unknown, key: string, value: unknown) => unknown) | undefined {
  const names = textVariablesOf(operation);
  if (!names.size) return undefined;
  let top: unknown;
  const inText = new WeakSet<object>();
  return function (this: unknown, key, value) {
    if (key === '') top = value;
    // Directly a variable of the operation, or inside a list that is one.
    const text = (this === top && names.has(key)) || (Array.isArray(this) && inText.has(this));
    if (!text) return value;
    if (Array.isArray(value)) inText.add(value);
    return typeof value === 'string' ? (value.length > MAX_ID_LENGTH ? LONG_TEXT : SHORT_TEXT) : value;
  };
}

function check(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): Findings {
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {}, textReplacer(operation))}`;
  let kept = findings.get(document);
  const hit = kept?.get(key);
  if (hit) return hit;
  const aliases = operationAliases(operation, document);
  const depth = operationDepth(operation, document);
  // The cost is only worked out for what passes the cheaper checks (the limits are fixed per server).
  const found: Findings = { aliases, depth };
  if (key.length <= MAX_KEY_LENGTH) {
    if (!kept) findings.set(document, (kept = new Map()));
    if (kept.size >= MAX_KEPT_PER_DOCUMENT) kept.delete(kept.keys().next().value!);
    kept.set(key, found);
  }
  return found;
}

/**
 * Refuses, before anything runs, operations with more than `maxAliases` aliased fields,
 * nested deeper than `maxDepth`, costing more
 * than `maxComplexity` (see complexity.ts), asking for pages larger than MAX_PAGE_SIZE, or
 * passing ids no node can have (a megabyte "id" never reaches a resolver or the database).
 * Runs after parsing and validation (didResolveOperation), when variables are known.
 * See https://www.apollographql.com/docs/apollo-server/integrations/plugins-event-reference#didresolveoperation
 */
export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const operationName = request.operationName ?? operation.name?.value;
          const found = check(document, operation, request.variables, operationName);
          const { aliases, depth } = found;
          if (aliases > limits.maxAliases) throw tooManyAliases(aliases, limits.maxAliases);
          if (depth > limits.maxDepth) {
            throw new AppError(
              'QUERY_TOO_COMPLEX',
              `This query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested levels, or split it into several queries.`,
              {
                depth,
                limit: limits.maxDepth,
                ...http400,
              },
            );
          }
          let cost = found.cost;
          try {
            cost ??= found.cost = operationCost(schema, document, request.variables, operationName);
          } catch (err) {
            if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
              throw new AppError('QUERY_TOO_COMPLEX', 'This query has too many fields (fragments included). Ask for fewer.', {
                limit: limits.maxComplexity,
                ...http400,
              });
            }
            // Variables that do not fit their types: execution would refuse them the same way.
            throw new AppError('BAD_USER_INPUT', err instanceof GraphQLError ? err.message : 'Invalid variables.', http400);
          }
          const [bad] = cost.violations;
          if (bad) throw new AppError('BAD_USER_INPUT', `${bad.field} ${bad.message}`, { field: bad.field, ...http400 });
          if (cost.complexity > limits.maxComplexity) {
            throw new AppError(
              'QUERY_TOO_COMPLEX',
              `This query's complexity is ${cost.complexity}; the limit is ${limits.maxComplexity}. Ask for fewer fields, smaller pages (first) or fewer nested lists.`,
              { complexity: cost.complexity, limit: limits.maxComplexity, ...http400 },
            );
          }
        },
      };
    },
  };
}
