import type { Citation, NodeObject } from '../model/node.type';
import { isNodeLabel, REL_TYPES, type NodeLabel, type RelType } from '../domain/relationships';

/** A node or relationship as `toPlain` returns it: properties plus `__labels` / `__type`. */
export type RawNode = Record<string, unknown> & { __labels?: string[] };
export type RawRel = Record<string, unknown> & { __type?: string };

/** Citations are stored as two parallel list properties on every node and relationship. */
export function citationsOf(props: Record<string, unknown>): Citation[] {
  const sources = (props.citationSources as string[] | undefined) ?? [];
  const excerpts = (props.citationExcerpts as string[] | undefined) ?? [];
  return sources.map((sourceId, i) => ({ sourceId, excerpt: excerpts[i] ?? '' }));
}

export function labelOf(raw: RawNode): NodeLabel {
  const label = (raw.__labels ?? []).find(isNodeLabel);
  if (!label) throw new Error(`Node ${String(raw.id)} has no known label`);
  return label;
}

export function toNode(raw: RawNode): NodeObject {
  const { __labels, citationSources, citationExcerpts, ...props } = raw;
  void __labels;
  const node = {
    ...props,
    __typename: labelOf(raw),
    citations: citationsOf({ citationSources, citationExcerpts }),
  } as NodeObject;
  // Sources are named by their title.
  if (node.__typename === 'Source' && !node.name) node.name = String(node.title ?? node.id);
  return node;
}

/** Names of the two ends of each relationship type as the GraphQL link objects call them. */
export const END_NAMES: Record<RelType, readonly [string, string]> = {
  IN_COUNTRY: ['city', 'country'],
  IN_REGION: ['country', 'region'],
  COVERED_BY: ['area', 'hub'],
  MEMBER_OF: ['city', 'organisation'],
  LEADS: ['leader', 'of'],
  ADOPTED: ['city', 'practice'],
  HOSTED: ['host', 'event'],
  ATTENDED: ['attendee', 'event'],
  ORGANISED: ['organiser', 'event'],
  INSPIRED: ['source', 'target'],
  FACES: ['actor', 'challenge'],
  PARTNERED: ['from', 'to'],
  FUNDED: ['funder', 'recipient'],
  FOCUSED_ON: ['event', 'topic'],
};

/** A relationship with both ends, as the GraphQL link types expect it. */
export interface LinkObject {
  type: RelType;
  fromId: string;
  toId: string;
  citations: Citation[];
  [field: string]: unknown;
}

export function toLink(type: RelType, from: RawNode, rel: RawRel, to: RawNode): LinkObject {
  const [fromName, toName] = END_NAMES[type];
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
    link.practiceId = (rel.practice as string | undefined) ?? null;
    link.viaId = (rel.via as string | undefined) ?? null;
  }
  for (const audit of ['createdAt', 'updatedAt', 'updatedBy']) link[audit] = rel[audit] ?? null;
  return link;
}
