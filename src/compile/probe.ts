import { isObjectType, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Direction } from '../graph/catalogue/links';
import type { PlaceKind } from '../graph/catalogue/places';
import type { KeysetPage } from '../model/list-page';
import { REL_TYPES, type RelType } from '../domain/relationships';
import { toLink } from '../graph/records';

/*
 * What each field's resolver does, found by asking the resolver itself: every field of every
 * object type is called once with a recording stand-in for the request's loaders and a root
 * whose properties are markers. A resolver that returns a root property, one page of a
 * relationship list (linksAt), its first link or that link's end (linkOne / linkEnd), derived
 * places (placesAt / placeOne) or a node by the id in a property (nodeRef) is recognised; any
 * other behaviour (post-processing, other loaders, the database, several reads) is not, and
 * an operation that selects such a field is left to graphql-js. So the compiled read path
 * cannot drift from the resolvers: a resolver that starts doing something else stops being
 * compiled.
 */

export type FieldImpl =
  | { kind: 'prop'; prop: string }
  | { kind: 'links'; type: RelType; direction: Direction }
  | { kind: 'linkOne'; type: RelType; direction: Direction }
  | { kind: 'linkEnd'; type: RelType; direction: Direction; end: string }
  | { kind: 'places'; place: PlaceKind }
  | { kind: 'placeOne'; place: PlaceKind }
  | { kind: 'ref'; prop: string };

const PROP = '\u0000prop:';
const REL = '\u0000rel:';
/** The page a probed list resolver is given; a resolver passing it on takes the field's page arguments. */
const PROBE_FIRST = 7;

type Call =
  | { kind: 'links'; type: RelType; direction: Direction; id: unknown; page: KeysetPage }
  | { kind: 'places'; place: PlaceKind; id: unknown; page: KeysetPage }
  | { kind: 'node'; id: unknown };

class Refused extends Error {}
const refuse = (): never => {
  throw new Refused('not a compilable resolver');
};
async function probeField(field: GraphQLField<unknown, unknown>): Promise<FieldImpl | null> {
  const resolve = field.resolve;
  if (!resolve) return null;
  const calls: Call[] = [];
  const ends = new Map<string, object>();
  const link = new Proxy(
    {},
    {
      get: (_t, p) => {
        if (typeof p !== 'string' || p === 'then') return undefined;
        if (!ends.has(p)) ends.set(p, { end: p });
        return ends.get(p);
      },
    },
  );
  const linkPage = [link];
  const place = {};
  const placePage = [place];
  const node = {};
  const loaders = {
    links: (type: RelType, direction: Direction, id: unknown, page: KeysetPage) => {
      calls.push({ kind: 'links', type, direction, id, page });
      return Promise.resolve(linkPage);
    },
    places: (place: PlaceKind, id: unknown, page: KeysetPage) => {
      calls.push({ kind: 'places', place, id, page });
      return Promise.resolve(placePage);
    },
    nodeWith: (id: unknown) => {
      calls.push({ kind: 'node', id });
      return Promise.resolve(node);
    },
  };
  const ctx = new Proxy({ loaders }, { get: (t, p) => (p === 'loaders' ? t.loaders : p === 'then' ? undefined : refuse()) });
  const root = new Proxy({}, { get: (_t, p) => (typeof p === 'string' && p !== 'then' ? `${PROP}${p}` : undefined) });
  const argNames = field.args.map((a) => a.name).sort();
  const paged = argNames.join(',') === 'after,first';
  if (argNames.length && !paged) return null;
  const args = paged ? { first: PROBE_FIRST, after: null } : {};
  const info = { fieldNodes: [], fragments: {}, fieldName: field.name } as unknown as GraphQLResolveInfo;
  let result: unknown;
  try {
    result = await resolve(root, args, ctx, info);
  } catch {
    return null;
  }
  if (typeof result === 'string' && result.startsWith(PROP) && !calls.length) return { kind: 'prop', prop: result.slice(PROP.length) };
  const [call, ...more] = calls;
  if (!call || more.length) return null;
  const atRoot = call.kind !== 'node' && call.id === `${PROP}id`;
  const isPage = (page: KeysetPage) => page.first === PROBE_FIRST && page.after === null && paged;
  const isOne = (page: KeysetPage) => page.first === 1 && page.after === null && !paged;
  if (call.kind === 'links' && atRoot) {
    const { type, direction } = call;
    if (result === linkPage && isPage(call.page)) return { kind: 'links', type, direction };
    if (result === link && isOne(call.page)) return { kind: 'linkOne', type, direction };
    const end = [...ends.entries()].find(([, v]) => v === result)?.[0];
    if (end && isOne(call.page) && REL_TYPES[type].ends.includes(end)) return { kind: 'linkEnd', type, direction, end };
  }
  if (call.kind === 'places' && atRoot) {
    if (result === placePage && isPage(call.page)) return { kind: 'places', place: call.place };
    if (result === place && isOne(call.page)) return { kind: 'placeOne', place: call.place };
  }
  if (call.kind === 'node' && result === node && typeof call.id === 'string' && call.id.startsWith(PROP)) {
    return { kind: 'ref', prop: call.id.slice(PROP.length) };
  }
  return null;
}

/** What every field of every object type of the schema does (`Type.field` → impl, null when not compilable). */
export async function probeSchema(schema: GraphQLSchema): Promise<Map<string, FieldImpl | null>> {
  const out = new Map<string, FieldImpl | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    if (type === schema.getQueryType()) continue;
    for (const field of Object.values(type.getFields())) {
      out.set(`${type.name}.${field.name}`, await probeField(field));
    }
  }
  return out;
}

/** How a link object's field comes from its relationship: the property it copies and its default. */
export interface RelField {
  prop: string;
  fallback: unknown;
}

/** The fields toLink copies from relationship properties, per relationship type (the ends, citations and statements aside). */
export function relFields(type: RelType): Map<string, RelField> {
  const [fromName, toName] = REL_TYPES[type].ends;
  const end = (label: string) => ({ id: 'probe', __labels: [label] });
  const from = end(REL_TYPES[type].from[0]!);
  const to = end(REL_TYPES[type].to[0]!);
  const marked = new Proxy(
    {},
    { get: (_t, p) => (typeof p === 'string' && !p.startsWith('citation') ? `${REL}${p}` : undefined) },
  ) as Record<string, unknown>;
  const withMarks = toLink(type, from, marked, to);
  const empty = toLink(type, from, {}, to);
  const out = new Map<string, RelField>();
  for (const field of Object.keys(withMarks)) {
    if ([fromName, toName, 'citations', 'statements', 'type', 'fromId', 'toId'].includes(field)) continue;
    const value = withMarks[field];
    if (typeof value === 'string' && value.startsWith(REL))
      out.set(field, { prop: value.slice(REL.length), fallback: empty[field] ?? null });
  }
  return out;
}
