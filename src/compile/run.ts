import {
  Kind,
  getArgumentValues,
  getVariableValues,
  isLeafType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context';
import { AppError } from '../errors';
import { encodeKeyCursor } from '../model/list-page';
import { Compiler, Unsupported, type ConnShape, type Entry, type Plan, type Shape, type SlotValues } from './compile';
import { probeSchema, type FieldImpl } from './probe';

/*
 * Runs a compiled operation: coerces the variables and arguments as graphql-js does, sends
 * the one statement, and builds the response from its result in the order graphql-js would,
 * serialising leaves with the schema's scalars and enums. Anything the compiled path would
 * answer differently from graphql-js (a coercion error, a bad cursor, a null where the schema
 * says non-null, a value a scalar refuses, a database error) makes it answer null: the
 * operation then runs through the resolvers, which produce the standard error.
 */

class Fallback extends Error {}

/** The errors the database boundary raises when Neo4j cannot answer (src/neo4j/db.ts). */
export const isDatabaseError = (err: unknown): err is AppError =>
  err instanceof AppError && (err.extensions.code === 'DATABASE_UNAVAILABLE' || err.extensions.code === 'DATABASE_TIMEOUT');
const fallback = (): never => {
  throw new Fallback('answer through graphql-js');
};

interface Compiled {
  plan: Plan;
  statements: Map<string, string>;
}

const impls = new WeakMap<GraphQLSchema, Promise<Map<string, FieldImpl | null>>>();
const plans = new WeakMap<DocumentNode, Map<string, Promise<Compiled | string>>>();

/** The operation `operationName` names (or the only one), as graphql-js picks it. */
export function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return ops.find((o) => o.name?.value === operationName);
  return ops.length === 1 ? ops[0] : undefined;
}

/** The compiled plan of an operation of a document, made once per (document, operation name); null when not compilable. */
export function planFor(schema: GraphQLSchema, document: DocumentNode, op: OperationDefinitionNode): Promise<Compiled | string> {
  let byName = plans.get(document);
  if (!byName) plans.set(document, (byName = new Map()));
  const name = op.name?.value ?? '';
  let plan = byName.get(name);
  if (!plan) {
    plan = compile(schema, document, op);
    byName.set(name, plan);
  }
  return plan;
}

/** The plan, or why the operation is not compiled. */
async function compile(schema: GraphQLSchema, document: DocumentNode, op: OperationDefinitionNode): Promise<Compiled | string> {
  let known = impls.get(schema);
  if (!known) impls.set(schema, (known = probeSchema(schema)));
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  try {
    return { plan: new Compiler(schema, await known, fragments).operation(op), statements: new Map() };
  } catch (err) {
    if (err instanceof Unsupported) return err.message;
    throw err;
  }
}

/** Why an operation is answered through graphql-js (null when it is compiled). */
export async function whyNotCompiled(schema: GraphQLSchema, document: DocumentNode, operationName?: string): Promise<string | null> {
  const op = operationOf(document, operationName);
  if (!op) return 'no such operation';
  const plan = await planFor(schema, document, op);
  return typeof plan === 'string' ? plan : null;
}

export interface CompiledRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  /** The operation (Apollo has resolved it); else picked by `operationName` */
  operation?: OperationDefinitionNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  context: Context;
}

/** The response data of a compilable operation in one statement, or null to answer through graphql-js. */
export async function executeCompiled(req: CompiledRequest): Promise<{ data: Record<string, unknown> } | null> {
  const op = req.operation ?? operationOf(req.document, req.operationName);
  if (!op) return null;
  const compiled = await planFor(req.schema, req.document, op);
  if (typeof compiled === 'string') return null;
  const { plan } = compiled;
  const coerced = getVariableValues(req.schema, op.variableDefinitions ?? [], req.variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const params: Record<string, unknown> = { ...plan.statics };
  const values: SlotValues[] = [];
  try {
    for (const slot of plan.slots) await slot.fill(getArgumentValues(slot.field, slot.node, coerced.coerced), params, values);
  } catch {
    return null;
  }
  // Nothing selected reads the graph: no statement (a round trip to Neo4j for nothing).
  const row = plan.cypher ? await fetchRow(req, compiled, plan.cypher, values, params) : {};
  if (!row) return null;
  try {
    const data: Record<string, unknown> = {};
    for (const e of plan.shape) data[e.key] = value(e, row, 'Query', values);
    return { data };
  } catch (err) {
    if (err instanceof Fallback) return null;
    throw err;
  }
}

/** The one row of the plan's statement for these slot values (null: answer through graphql-js). */
async function fetchRow(
  req: CompiledRequest,
  compiled: Compiled,
  make: (values: SlotValues[]) => string,
  values: SlotValues[],
  params: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  const variantKey = compiled.plan.slots.map((_, i) => values[i]?.variant ?? '').join('|');
  let cypher = compiled.statements.get(variantKey);
  if (!cypher) {
    try {
      cypher = make(values);
    } catch (err) {
      if (err instanceof Unsupported) return null;
      throw err;
    }
    compiled.statements.set(variantKey, cypher);
  }
  let rows: Record<string, unknown>[];
  try {
    rows = await req.context.db.query(cypher, params);
  } catch (err) {
    // Neo4j down or too slow: asking again through the resolvers would only wait for it a second
    // time (issue 11: a coded answer within a second of the death). The plugin answers the code.
    if (isDatabaseError(err)) throw err;
    return null;
  }
  return rows[0] ?? null;
}

/** How to complete a value of one output type, worked out once per type (graphql's type checks are slow in development). */
interface Wrap {
  nonNull: boolean;
  /** List of these. */
  of: Wrap | null;
  serialize: ((v: unknown) => unknown) | null;
}
const wraps = new WeakMap<GraphQLOutputType, Wrap>();
function wrapOf(type: GraphQLOutputType): Wrap {
  let w = wraps.get(type);
  if (w) return w;
  if (isNonNullType(type)) w = { ...wrapOf(type.ofType as GraphQLOutputType), nonNull: true };
  else if (isListType(type)) w = { nonNull: false, of: wrapOf(type.ofType as GraphQLOutputType), serialize: null };
  else if (isLeafType(type)) w = { nonNull: false, of: null, serialize: (v) => type.serialize(v) };
  else w = { nonNull: false, of: null, serialize: null };
  wraps.set(type, w);
  return w;
}

/** A value completed as graphql-js completes it: non-null checked, lists walked, leaves serialised, objects by `object`. */
function completeWith(w: Wrap, raw: unknown, object: (raw: unknown) => unknown): unknown {
  if (raw === null || raw === undefined) return w.nonNull ? fallback() : null;
  if (w.of) {
    if (!Array.isArray(raw)) return fallback();
    const of = w.of;
    return raw.map((x) => completeWith(of, x, object));
  }
  if (w.serialize) {
    let v: unknown;
    try {
      v = w.serialize(raw);
    } catch {
      return fallback();
    }
    return v === null || v === undefined ? fallback() : v;
  }
  return object(raw);
}

const entryWraps = new WeakMap<Entry, Wrap>();
function complete(e: Entry, raw: unknown, object: (raw: unknown) => unknown): unknown {
  let w = entryWraps.get(e);
  if (!w) entryWraps.set(e, (w = wrapOf(e.type)));
  return completeWith(w, raw, object);
}

function shapeObject(shape: Shape, raw: unknown, values: SlotValues[]): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) return fallback();
  const row = raw as Record<string, unknown>;
  const [only] = shape.types.keys();
  const typename = shape.abstract ? String(row.__t) : only!;
  const entries = shape.types.get(typename) ?? fallback();
  const out: Record<string, unknown> = {};
  for (const e of entries) out[e.key] = value(e, row, typename, values);
  return out;
}

function value(e: Entry, row: Record<string, unknown>, typename: string, values: SlotValues[]): unknown {
  const how = e.how;
  switch (how.k) {
    case 'typename':
      return typename;
    case 'null':
      return complete(e, null, fallback);
    case 'leaf':
      return complete(e, row[how.col], fallback);
    case 'cursor': {
      const key = row[how.col];
      return complete(e, Array.isArray(key) ? encodeKeyCursor(how.list, key) : null, fallback);
    }
    case 'object': {
      const raw = row[how.col];
      const item = how.from === 'head' ? (Array.isArray(raw) ? (raw[0] ?? null) : fallback()) : raw;
      return complete(e, item, (x) => shapeObject(how.shape, x, values));
    }
    case 'nodeById': {
      const raw = row[how.col];
      return complete(e, Array.isArray(raw) ? (raw[0] ?? null) : fallback(), (x) => shapeObject(how.shape, x, values));
    }
    case 'connection':
      return complete(e, row[how.col], (x) => connection(how.conn, x, values[how.slot] ?? fallback(), values));
  }
}

function connection(conn: ConnShape, raw: unknown, page: SlotValues, values: SlotValues[]): Record<string, unknown> {
  if (!Array.isArray(raw)) return fallback();
  const [total, rows] = raw as [number | null, [unknown[], unknown][]];
  const items = rows.slice(0, page.first);
  const cursors: (string | undefined)[] = [];
  const cursorAt = (i: number): string | null => {
    const item = items[i];
    if (!item) return null;
    return (cursors[i] ??= encodeKeyCursor(page.list, item[0]));
  };
  const out: Record<string, unknown> = {};
  for (const f of conn.fields) {
    switch (f.what) {
      case 'typename':
        out[f.key] = conn.typeName;
        break;
      case 'totalCount':
        out[f.key] = total ?? 0;
        break;
      case 'pageInfo': {
        const info: Record<string, unknown> = {};
        for (const [k, name] of f.pageInfo ?? []) {
          info[k] =
            name === '__typename'
              ? 'PageInfo'
              : name === 'hasNextPage'
                ? rows.length > page.first
                : name === 'hasPreviousPage'
                  ? page.after !== null
                  : name === 'startCursor'
                    ? cursorAt(0)
                    : name === 'endCursor'
                      ? cursorAt(items.length - 1)
                      : fallback();
        }
        out[f.key] = info;
        break;
      }
      case 'edges':
        out[f.key] = items.map(([, node], i) => {
          const edge: Record<string, unknown> = {};
          for (const [k, name] of f.edge ?? []) {
            edge[k] =
              name === '__typename'
                ? conn.edgeTypeName
                : name === 'cursor'
                  ? cursorAt(i)
                  : name === 'node'
                    ? shapeObject(conn.node, node, values)
                    : fallback();
          }
          return edge;
        });
        break;
    }
  }
  return out;
}
