/**
 * A graph ready to be written in a research tool's format: nodes and directed edges with
 * flat, string- or number-valued attributes (what GraphML, GEXF, CSV and Kumu all hold).
 * Attribute names and types are declared once here so every writer emits the same
 * columns in the same order.
 */
export type AttrType = 'string' | 'double';

export interface AttrSpec {
  name: string;
  type: AttrType;
  description: string;
}

export const NODE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'label', type: 'string', description: 'Name' },
  { name: 'type', type: 'string', description: 'Node type: City, Event, Organisation, Group, Practice…' },
  { name: 'kind', type: 'string', description: 'Kind within the type (CITY, WORKSHOP, NGO…)' },
  { name: 'category', type: 'string', description: 'Practice category' },
  {
    name: 'country',
    type: 'string',
    description: 'Country id (cities, events by venue or as stated, organisations, groups, leaders by city)',
  },
  { name: 'region', type: 'string', description: 'Region id' },
  { name: 'hub', type: 'string', description: 'Ids of the hubs covering it, separated by |' },
  { name: 'date', type: 'string', description: 'Partial date (events; launch of hubs), with the precision the source gives' },
  { name: 'lat', type: 'double', description: 'Latitude (cities; from a gazetteer, not the documents)' },
  { name: 'lon', type: 'double', description: 'Longitude' },
];

export const EDGE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'type', type: 'string', description: 'Relationship type (ADOPTED, INSPIRED…) or, in a reach, the influence hop kind' },
  {
    name: 'date',
    type: 'string',
    description:
      'Partial date of the fact (hosting, attendance, organising: the event’s; influence via an event: the event’s when it states none)',
  },
  { name: 'since', type: 'string', description: 'Partial date it started (memberships, leadership)' },
  { name: 'until', type: 'string', description: 'Partial date it ended (leadership)' },
  { name: 'practice', type: 'string', description: 'Practice id (INSPIRED, ADOPTED, ADOPTED_AFTER)' },
  { name: 'via', type: 'string', description: 'Event id through which the influence happened' },
  { name: 'influence', type: 'string', description: 'What a stated influence did: INSPIRED, SUPPORTED or LED_TO' },
  { name: 'after', type: 'string', description: 'Memberships: the event or fellow member the joining came after' },
  { name: 'status', type: 'string', description: 'Adoption status' },
  { name: 'role', type: 'string', description: 'Role (attendance, leadership)' },
  { name: 'description', type: 'string', description: 'Free-text description (partnerships, funding)' },
  { name: 'citation', type: 'string', description: 'Verbatim excerpts stating the fact, separated by " | "' },
  { name: 'sources', type: 'string', description: 'Source document ids, one per excerpt, separated by |' },
];

export type AttrValue = string | number | null;

export interface ExportNode {
  id: string;
  attrs: Record<string, AttrValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  attrs: Record<string, AttrValue>;
}

export interface ExportGraph {
  /** What the graph is, for file metadata ("whole graph", "cascade of …"). */
  title: string;
  /** Attributes of a graph that is not the cited graph (an inferred network); default the two lists above. */
  nodeAttributes?: readonly AttrSpec[];
  edgeAttributes?: readonly AttrSpec[];
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Joins citations into the two flat attributes every format carries. */
export function citationAttrs(citations: { sourceId: string; excerpt: string }[]): { citation: string | null; sources: string | null } {
  if (!citations.length) return { citation: null, sources: null };
  return { citation: citations.map((c) => c.excerpt).join(' | '), sources: citations.map((c) => c.sourceId).join('|') };
}

/** The partial date that places an edge on a timeline: its own date, else when it started. */
export const edgeTime = (e: ExportEdge): string | null => (e.attrs.date as string | null) ?? (e.attrs.since as string | null) ?? null;
