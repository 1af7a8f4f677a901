import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { REL_TYPES, type RelType } from '../domain/relationships';
import { NODE_STATEMENTS } from '../domain/statements';
import type { Direction, LinkShape } from '../graph/catalogue/links';

/*
 * What the GraphQL selection needs from Neo4j. Reads project only these properties, so a
 * list of names does not ship every description and citation list over Bolt. A field of a
 * node type reads the property of the same name (a field that is not a property reads
 * null and costs nothing); the exceptions are listed in NEEDS. Fragments and inline
 * fragments are merged (an interface end reads the union of what its types ask for).
 */

type Fragments = GraphQLResolveInfo['fragments'];

/** Properties a field needs besides the one of its own name. */
const CITATION_PROPS = ['citationSources', 'citationExcerpts', 'citationFields'];
const NEEDS: Record<string, readonly string[]> = {
  citations: CITATION_PROPS,
  // Each stated property with its citations: every statement property of any label (records.ts).
  statements: [...new Set(Object.values(NODE_STATEMENTS).flat()), ...CITATION_PROPS],
  // Groups and events are placed by their own country / region when no city is known.
  region: ['country', 'place'],
  hubs: ['country', 'region', 'place'],
  // Sources are named by their title (records.ts).
  name: ['title'],
};

/*
 * graphql-js hands every item of a list the same `fieldNodes` array for a child field, so what
 * a selection needs is worked out once per field of the request, not once per parent.
 */
const memo = new WeakMap<readonly FieldNode[], Map<string, unknown>>();
function remember<T>(nodes: readonly FieldNode[], key: string, work: () => T): T {
  let byKey = memo.get(nodes);
  if (!byKey) memo.set(nodes, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, work());
  return byKey.get(key) as T;
}

/** Always read: the id (field resolvers and cursors key on it). */
const ALWAYS = ['id'];

const AUDIT = ['createdAt', 'updatedAt', 'updatedBy'];

function collect(set: SelectionSetNode | undefined, fragments: Fragments, out: Map<string, FieldNode[]>, seen: Set<string>): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const name = sel.name.value;
      const list = out.get(name);
      if (list) list.push(sel);
      else out.set(name, [sel]);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      collect(sel.selectionSet, fragments, out, seen);
    } else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const fragment: FragmentDefinitionNode | undefined = fragments[sel.name.value];
      collect(fragment?.selectionSet, fragments, out, seen);
      seen.delete(sel.name.value);
    }
  }
}

/** The fields selected under `nodes` (all aliases of one field), by field name. */
export function childFields(nodes: readonly FieldNode[], fragments: Fragments): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  for (const n of nodes) collect(n.selectionSet, fragments, out, new Set());
  return out;
}

/** Node properties the selection under `nodes` needs, sorted (so equal selections batch together). */
export function nodeProps(nodes: readonly FieldNode[], fragments: Fragments): string[] {
  const props = new Set<string>(ALWAYS);
  for (const name of childFields(nodes, fragments).keys()) {
    if (name.startsWith('__')) continue;
    props.add(name);
    for (const p of NEEDS[name] ?? []) props.add(p);
  }
  return [...props].sort();
}

/** Relationship properties a link object's selection needs. */
function relProps(type: RelType, fields: Map<string, FieldNode[]>): string[] {
  const stored = new Set<string>([...REL_TYPES[type].props, ...AUDIT]);
  const props = new Set<string>();
  for (const name of fields.keys()) {
    if (stored.has(name)) props.add(name);
    if (name === 'citations') CITATION_PROPS.forEach((p) => props.add(p));
    if (name === 'statements') [...REL_TYPES[type].props, ...CITATION_PROPS].forEach((p) => props.add(p));
    // Influence reads its practice and event by id; every kind is told apart by `kind`.
    if (type === 'INSPIRED' && ['practice', 'via', 'kind'].includes(name)) props.add(name);
  }
  // Members are listed in join order, which needs when (or after what) each joined.
  if (type === 'MEMBER_OF') ['since', 'after'].forEach((p) => props.add(p));
  return [...props].sort();
}

/**
 * What a relationship list field needs: the related node's properties, the relationship's,
 * and those of the parent's own end (`city { leaders { of { name } } }` reads the city again).
 */
export function linkShape(type: RelType, direction: Direction, info: GraphQLResolveInfo): LinkShape {
  return remember(info.fieldNodes, `link:${type}:${direction}`, () => computeLinkShape(type, direction, info));
}

function computeLinkShape(type: RelType, direction: Direction, info: GraphQLResolveInfo): LinkShape {
  const fields = childFields(info.fieldNodes, info.fragments);
  const [fromName, toName] = REL_TYPES[type].ends;
  const ends = (name: string) => fields.get(name) ?? [];
  const near = direction === 'OUT' ? ends(fromName) : direction === 'IN' ? ends(toName) : [...ends(fromName), ...ends(toName)];
  const far = direction === 'OUT' ? ends(toName) : direction === 'IN' ? ends(fromName) : [...ends(fromName), ...ends(toName)];
  return {
    near: near.length ? nodeProps(near, info.fragments) : ALWAYS,
    far: nodeProps(far, info.fragments),
    rel: relProps(type, fields),
  };
}

/** A field that returns the related node itself (`city { country { name } }`): its selection is the far end's. */
export function endShape(info: GraphQLResolveInfo): LinkShape {
  return remember(info.fieldNodes, 'end', () => ({ near: ALWAYS, far: nodeProps(info.fieldNodes, info.fragments), rel: [] }));
}

/** Properties of the node a field returns. */
export const selectedProps = (info: GraphQLResolveInfo): string[] =>
  remember(info.fieldNodes, 'props', () => nodeProps(info.fieldNodes, info.fragments));
