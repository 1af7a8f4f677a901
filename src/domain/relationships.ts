/**
 * The shape of the graph in one place: node labels, relationship types, which labels each
 * relationship may join, and which properties it carries. Cypher text is only ever built
 * from these constants, never from user strings.
 */
export const NODE_LABELS = [
  'City',
  'Country',
  'Region',
  'Hub',
  'Leader',
  'Organisation',
  'Practice',
  'Event',
  'Challenge',
  'Group',
  'Source',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const isNodeLabel = (s: unknown): s is NodeLabel => NODE_LABELS.includes(s as NodeLabel);

export interface RelSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  /** Properties the relationship may carry (besides citations and audit fields). */
  props: readonly string[];
  /** Properties that tell two relationships of this type between the same nodes apart. */
  key: readonly string[];
  /** Carries influence (used by diffusion tracing). */
  influence?: boolean;
}

const spec = (from: readonly NodeLabel[], to: readonly NodeLabel[], props: readonly string[] = [], key: readonly string[] = []): RelSpec => ({
  from,
  to,
  props,
  key,
});

/** Who can act in influence: inspire, support or lead to an action, and be reached by it. */
export const INFLUENCE_ACTORS = ['City', 'Organisation', 'Group', 'Leader', 'Event', 'Hub'] as const satisfies readonly NodeLabel[];

export const REL_TYPES = {
  IN_COUNTRY: spec(['City'], ['Country']),
  IN_REGION: spec(['Country'], ['Region']),
  COVERED_BY: spec(['Country', 'City', 'Region'], ['Hub']),
  MEMBER_OF: spec(['City', 'Group', 'Organisation'], ['Organisation', 'Group'], ['since', 'after']),
  LEADS: spec(['Leader'], ['City', 'Organisation', 'Hub'], ['role', 'since', 'until'], ['role']),
  ADOPTED: spec(['City', 'Group', 'Organisation', 'Country'], ['Practice'], ['status', 'date']),
  HOSTED: spec(['City', 'Organisation'], ['Event']),
  ATTENDED: spec(['City', 'Leader', 'Organisation', 'Group', 'Hub'], ['Event'], ['role']),
  ORGANISED: spec(['Organisation', 'Hub'], ['Event']),
  INSPIRED: spec(INFLUENCE_ACTORS, INFLUENCE_ACTORS, ['kind', 'date', 'practice', 'via', 'description'], ['kind', 'practice', 'via']),
  FORMED_AT: spec(['Group'], ['Event'], ['date']),
  PART_OF: spec(['City'], ['City', 'Country']),
  FACES: spec(['City', 'Country'], ['Challenge']),
  PARTNERED: spec(['Organisation', 'City', 'Hub'], ['Organisation', 'City', 'Hub'], ['date', 'description']),
  FUNDED: spec(['Organisation'], ['Hub', 'Event', 'Practice', 'City', 'Organisation'], ['date', 'description']),
  FOCUSED_ON: spec(['Event'], ['Practice', 'Challenge']),
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];
export const isRelType = (s: unknown): s is RelType => typeof s === 'string' && s in REL_TYPES;

/** Relationship properties holding partial dates (they get sortable bounds, see partial-date.ts). */
export const DATE_PROPS = ['date', 'since', 'until', 'launched'] as const;
