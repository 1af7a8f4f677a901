import type { LinkObject } from '../model/link.type';
import type { Citation, NodeObject, Statement } from '../model/node.type';
import { DEFAULT_INFLUENCE_KIND } from '../domain/influence-kinds';
import { REL_TYPES, type RelType } from '../domain/relationships';
import { isNodeLabel, type NodeLabel } from '../domain/labels';
import { FIELD_SEPARATOR, NODE_STATEMENTS } from '../domain/statements';

/** A node or relationship as `toPlain` returns it: properties plus `__labels` / `__type`. */
export type RawNode = Record<string, unknown> & { __labels?: string[] };
export type RawRel = Record<string, unknown> & { __type?: string };

/**
 * Citations are stored as parallel list properties on every node and relationship: sources,
 * excerpts and (since statements have their own evidence) the statements each one supports.
 */
export function citationsOf(props: Record<string, unknown>): Citation[] {
  const sources = (props.citationSources as string[] | undefined) ?? [];
  const excerpts = (props.citationExcerpts as string[] | undefined) ?? [];
  const fields = (props.citationFields as string[] | null | undefined) ?? [];
  return sources.map((sourceId, i) => ({
    sourceId,
    excerpt: excerpts[i] ?? '',
    fields: (fields[i] ?? '').split(FIELD_SEPARATOR).filter(Boolean),
  }));
}

const statementValue = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * Each stated property with the citations that support it (Wikidata's references per
 * statement). A property no citation names has an empty list: the fact's own citations are
 * its evidence as a whole.
 */
export function statementsOf(props: Record<string, unknown>, names: readonly string[], citations: Citation[]): Statement[] {
  const named = new Set(citations.flatMap((c) => c.fields ?? []));
  const all = [...names, ...[...named].filter((n) => !names.includes(n)).sort()];
  return all
    .filter((property) => statementValue(props[property]) !== null)
    .map((property) => ({
      property,
      value: statementValue(props[property]),
      citations: citations.filter((c) => c.fields?.includes(property)),
    }));
}

/**
 * Defines `key` on `obj` as computed when first read: most selections never ask for
 * statements or cursors, and a page of links would otherwise build them for every item.
 */
export function lazy<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(obj, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      settle(value);
      return value;
    },
    set: settle,
  });
}

export function labelOf(raw: RawNode): NodeLabel {
  const label = (raw.__labels ?? []).find(isNodeLabel);
  if (!label) throw new Error(`Node ${String(raw.id)} has no known label`);
  return label;
}

export function toNode(raw: RawNode): NodeObject {
  const { __labels, citationSources, citationExcerpts, citationFields, ...props } = raw;
  void __labels;
  const label = labelOf(raw);
  const citations = citationsOf({ citationSources, citationExcerpts, citationFields });
  const node = {
    ...props,
    __typename: label,
    citations,
  } as NodeObject;
  lazy(node, 'statements', () => statementsOf(props, NODE_STATEMENTS[label], citations));
  return named(node);
}

/** Sources are named by their title. */
function named(node: NodeObject): NodeObject {
  if (node.__typename === 'Source' && !node.name) node.name = String(node.title ?? node.id);
  return node;
}

/**
 * A node known only by its id, label and name (an actor of a walk), as toNode makes it for a
 * selection of no more: no citations read, no statements to derive (toNode's lazy property
 * costs more than the rest of a reach page's hundred actors together).
 */
export function knownNode(id: string, label: NodeLabel, name: string | null | undefined): NodeObject {
  return named({ __typename: label, id, name: name ?? undefined, citations: [] } as unknown as NodeObject);
}

export function toLink(type: RelType, from: RawNode, rel: RawRel, to: RawNode): LinkObject {
  const [fromName, toName] = REL_TYPES[type].ends;
  const link: LinkObject = {
    type,
    fromId: String(from.id),
    toId: String(to.id),
    citations: citationsOf(rel),
    [fromName]: toNode(from),
    [toName]: toNode(to),
  };
  for (const p of REL_TYPES[type].props) link[p] = rel[p] ?? null;
  // Influence refers to a practice and an event by id; their resolvers load them.
  if (type === 'INSPIRED') {
    link.kind = (rel.kind as string | undefined) ?? DEFAULT_INFLUENCE_KIND;
    link.practiceId = (rel.practice as string | undefined) ?? null;
    link.viaId = (rel.via as string | undefined) ?? null;
  }
  // A joining may be ordered after an event or a fellow member's joining (by id).
  if (type === 'MEMBER_OF') link.afterId = (rel.after as string | undefined) ?? null;
  lazy(link, 'statements', () => statementsOf(link, REL_TYPES[type].props, link.citations));
  for (const audit of ['createdAt', 'updatedAt', 'updatedBy']) link[audit] = rel[audit] ?? null;
  return link;
}
