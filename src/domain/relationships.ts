import { isOneOf } from './enum';
import type { NodeLabel } from './labels';

/**
 * The shape of the graph in one place: relationship types, which labels each may join,
 * which properties it carries, and how the API names it and its ends. Cypher text is only
 * ever built from these constants, never from user strings.
 */
export interface RelSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  /** Properties the relationship may carry (besides citations and audit fields). */
  props: readonly string[];
  /** Properties that tell two relationships of this type between the same nodes apart. */
  key: readonly string[];
  /** The GraphQL object type that shows it (a member of the `Link` union). */
  object: string;
  /** The GraphQL fields of its start and end node on that object. */
  ends: readonly [string, string];
}

type Spec = Omit<RelSpec, 'props' | 'key'> & Partial<Pick<RelSpec, 'props' | 'key'>>;
const spec = ({ props = [], key = [], ...rest }: Spec): RelSpec => ({ ...rest, props, key });

/** Who can act in influence: inspire, support or lead to an action, and be reached by it. */
export const INFLUENCE_ACTORS = ['City', 'Organisation', 'Group', 'Leader', 'Event', 'Hub'] as const satisfies readonly NodeLabel[];

export const REL_TYPES = {
  IN_COUNTRY: spec({ from: ['City'], to: ['Country'], object: 'Location', ends: ['city', 'country'] }),
  IN_REGION: spec({ from: ['Country'], to: ['Region'], object: 'RegionMembership', ends: ['country', 'region'] }),
  COVERED_BY: spec({ from: ['Country', 'City', 'Region'], to: ['Hub'], object: 'Coverage', ends: ['area', 'hub'] }),
  MEMBER_OF: spec({
    from: ['City', 'Group', 'Organisation'],
    to: ['Organisation', 'Group'],
    props: ['since', 'after'],
    object: 'Membership',
    ends: ['member', 'of'],
  }),
  LEADS: spec({
    from: ['Leader'],
    to: ['City', 'Organisation', 'Hub'],
    props: ['role', 'since', 'until'],
    key: ['role'],
    object: 'Leadership',
    ends: ['leader', 'of'],
  }),
  ADOPTED: spec({
    from: ['City', 'Group', 'Organisation', 'Country'],
    to: ['Practice'],
    props: ['status', 'date'],
    object: 'Adoption',
    ends: ['adopter', 'practice'],
  }),
  HOSTED: spec({ from: ['City', 'Organisation'], to: ['Event'], object: 'Hosting', ends: ['host', 'event'] }),
  ATTENDED: spec({
    from: ['City', 'Leader', 'Organisation', 'Group', 'Hub'],
    to: ['Event'],
    props: ['role'],
    object: 'Attendance',
    ends: ['attendee', 'event'],
  }),
  ORGANISED: spec({ from: ['Organisation', 'Hub'], to: ['Event'], object: 'Organising', ends: ['organiser', 'event'] }),
  INSPIRED: spec({
    from: INFLUENCE_ACTORS,
    to: INFLUENCE_ACTORS,
    props: ['kind', 'date', 'practice', 'via', 'description'],
    key: ['kind', 'practice', 'via'],
    object: 'Influence',
    ends: ['source', 'target'],
  }),
  FORMED_AT: spec({ from: ['Group'], to: ['Event'], props: ['date'], object: 'Formation', ends: ['group', 'event'] }),
  PART_OF: spec({ from: ['City'], to: ['City', 'Country'], object: 'PartOf', ends: ['part', 'whole'] }),
  FACES: spec({ from: ['City', 'Country'], to: ['Challenge'], object: 'Facing', ends: ['actor', 'challenge'] }),
  PARTNERED: spec({
    from: ['Organisation', 'City', 'Hub'],
    to: ['Organisation', 'City', 'Hub'],
    props: ['date', 'description'],
    object: 'Partnership',
    ends: ['from', 'to'],
  }),
  FUNDED: spec({
    from: ['Organisation'],
    to: ['Hub', 'Event', 'Practice', 'City', 'Organisation'],
    props: ['date', 'description'],
    object: 'Funding',
    ends: ['funder', 'recipient'],
  }),
  FOCUSED_ON: spec({ from: ['Event'], to: ['Practice', 'Challenge'], object: 'Topic', ends: ['event', 'topic'] }),
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];
export const isRelType = (s: unknown): s is RelType => isOneOf(REL_TYPE_NAMES, s);

/** The relationship type a file or column names, in any case (`adopted`, `ADOPTED`); undefined when none. */
export const relTypeNamed = (name: string): RelType | undefined => REL_TYPE_NAMES.find((t) => t.toLowerCase() === name.toLowerCase());

/** Relationship properties holding partial dates (they get sortable bounds, see partial-date.ts). */
export const DATE_PROPS = ['date', 'since', 'until', 'launched'] as const;
