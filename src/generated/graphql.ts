/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How far an actor has taken up a practice, from the first step to the last, in the words the documents use. */
export type AdoptionStatus =
  /** Decided or committed to take it up. */
  | 'COMMITTED'
  /** Being drafted or built. */
  | 'DEVELOPING'
  /** In place. */
  | 'IMPLEMENTED'
  /** Rolling it out. */
  | 'IMPLEMENTING'
  /** Implementing it with outside support (technical assistance, a partner programme). */
  | 'IMPLEMENTING_WITH_SUPPORT'
  /** Expressed interest in taking it up. */
  | 'INTERESTED'
  /** Piloting it (in part of the area or for a trial period). */
  | 'PILOTING'
  /** A launch is planned. */
  | 'PLANNED';

/** READER reads; EDITOR also creates and updates facts; ADMIN also deletes, imports and manages keys. */
export type ApiKeyRole =
  | 'ADMIN'
  | 'EDITOR'
  | 'READER';

/** CREATED when the fact was first written at `at`; UPDATED after; DELETED from a tombstone. */
export type ChangeAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type ChangeKind =
  | 'NODE'
  | 'RELATIONSHIP';

/** A source id and the verbatim excerpt of it that states the fact. */
export type CitationInput = {
  excerpt: string;
  /** The statements (properties, e.g. "launched", "since", "date") this excerpt is the evidence for; none = the fact as a whole. */
  for?: Array<string> | null | undefined;
  source: string;
};

export type CityInput = {
  /** At least one citation for every fact. */
  citations: Array<CitationInput>;
  /** Country id (the IN_COUNTRY relationship carries the citation). */
  country?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  kind: CityKind;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  name: string;
};

/** Kind of sub-national authority. */
export type CityKind =
  | 'CITY'
  | 'COUNCIL'
  | 'COUNTY'
  | 'DISTRICT'
  | 'DIVISION'
  | 'GOVERNORATE'
  | 'MUNICIPALITY'
  | 'REGIONAL_GOVERNMENT'
  | 'TOWN';

export type CityWhere = {
  country?: string | null | undefined;
  hub?: string | null | undefined;
  /** Only these ids. */
  ids?: Array<string> | null | undefined;
  kind?: Array<CityKind> | null | undefined;
  /** Names that start with this text exactly as written (case-sensitive; uses the name index, so it stays fast on any graph size). For type-ahead that ignores case and accents, use `search`. */
  nameStartsWith?: string | null | undefined;
  /** Cities that adopted this practice. */
  practice?: string | null | undefined;
  region?: string | null | undefined;
  /** Case-insensitive substring of the name or description. */
  text?: string | null | undefined;
};

export type EventKind =
  | 'CONFERENCE'
  | 'EXCHANGE'
  | 'FORUM'
  | 'LEARNING_VISIT'
  | 'MEETING'
  | 'NATIONAL_LOCAL_DIALOGUE'
  | 'OTHER'
  | 'ROUNDTABLE'
  | 'SUMMIT'
  | 'TRAINING'
  | 'WEBINAR_SERIES'
  | 'WORKSHOP';

/** How influence travelled along one hop; every hop points the way influence flows ("from" reached "to"). */
export type InfluenceHopKind =
  /** Inferred, not stated: the event reached an actor that attended it and then adopted a practice (adoption dated and not certainly before the event). */
  | 'ADOPTED_AFTER'
  /** The event reached a city, leader, organisation, group or hub that took part in it (dated by the event). Attending is being reached, not passing on. */
  | 'ATTENDED'
  /** The event led to a group formed there (dated by the formation, else the event). */
  | 'FORMED_AT'
  /** A city or organisation hosted the event: it passed on through it (dated by the event). */
  | 'HOSTED'
  /** A stated influence between actors (city, organisation, group, leader, event, hub): `influenceKind` says whether the source inspired, supported or led to the action; `via` names the event when stated. */
  | 'INSPIRED'
  /** An organisation or hub organised the event (dated by the event). */
  | 'ORGANISED';

/** An actor inspired, supported or led to an action of another (city, organisation, group, leader, event, hub). */
export type InfluenceInput = {
  /** At least one source and verbatim excerpt that state the fact. */
  citations: Array<CitationInput>;
  date?: string | null | undefined;
  /** The action, where the text states one. */
  description?: string | null | undefined;
  /** What the influence did (default INSPIRED). */
  kind?: InfluenceKind | null | undefined;
  /** The practice learned. */
  practice?: string | null | undefined;
  /** The actor the influence came from. */
  source: string;
  /** The actor that acted. */
  target: string;
  /** The event through which it happened. */
  via?: string | null | undefined;
};

/** What a stated influence did. */
export type InfluenceKind =
  /** The target was inspired by, or learned from, the source. */
  | 'INSPIRED'
  /** The source resulted in the target's action: a request, a commitment, a joining, an agreement. */
  | 'LED_TO'
  /** The source helped the target act: experts, technical assistance, guidance, support to take part. */
  | 'SUPPORTED';

/** The types of node in the graph. */
export type NodeKind =
  | 'Challenge'
  | 'City'
  | 'Country'
  | 'Event'
  | 'Group'
  | 'Hub'
  | 'Leader'
  | 'Organisation'
  | 'Practice'
  | 'Region'
  | 'Source';

export type NodeOrder = {
  direction?: SortDirection;
  field?: NodeOrderField;
};

/** DATE orders by the partial date (events, sources) or launch date (hubs); coarser dates first within a year. */
export type NodeOrderField =
  | 'DATE'
  | 'ID'
  | 'NAME'
  | 'UPDATED_AT';

export type OrganisationKind =
  | 'ACADEMIC'
  | 'ASSOCIATION'
  | 'DONOR_GOVERNMENT'
  | 'MULTILATERAL'
  | 'NATIONAL_BODY'
  | 'NETWORK'
  | 'NGO'
  | 'OTHER'
  | 'PRIVATE';

/** Which list a peer belongs to; peerCities lists HAS_DONE_IT peers first. */
export type PeerGroup =
  /** No experience of what is needed is recorded: close by, in the same hub or country, already in touch, or facing the same challenges. */
  | 'CLOSE_TIES'
  /** Has implemented, is piloting, passed on or hosted an event on a needed practice (or a related one), or already inspired the asking city on it. */
  | 'HAS_DONE_IT';

/** What a peer reason rests on. Weights: see the README section "Peer finder". */
export type PeerReasonKind =
  /** A named leader to contact. */
  | 'CONTACT'
  /** Implemented a needed practice. */
  | 'IMPLEMENTED_PRACTICE'
  /** Already inspired the asking city (an existing influence link), on a needed practice or in general. */
  | 'INFLUENCED_ASKER_BEFORE'
  /** Was inspired by the asking city (the tie exists in the other direction). */
  | 'LEARNED_FROM_ASKER'
  /** Close by, from the coordinates (great-circle distance; weight halves every 250 km). */
  | 'NEARBY'
  /** Partnered with the asking city. */
  | 'PARTNERSHIP'
  /** Is piloting a needed practice. */
  | 'PILOTED_PRACTICE'
  /** Plans a needed practice too: a city to learn alongside. */
  | 'PLANNING_PRACTICE'
  /** Hosted or took part in an event about a needed practice. */
  | 'PRACTICE_EVENT'
  /** Implemented or piloted another practice of the needed practice's category. */
  | 'SAME_CATEGORY_PRACTICE'
  /** In the same country. */
  | 'SAME_COUNTRY'
  /** Covered by the same regional hub. */
  | 'SAME_HUB'
  /** In the same region (another country). */
  | 'SAME_REGION'
  /** Faces a challenge the asking city faces. */
  | 'SHARED_CHALLENGE'
  /** Took part in the same event as the asking city (more if it hosted it, or the event inspired the asking city). */
  | 'SHARED_EVENT'
  /** Member of the same network as the asking city. */
  | 'SHARED_MEMBERSHIP'
  /** Took up a practice the asking city also took up (a shared priority). */
  | 'SHARED_PRIORITY'
  /** The same kind of authority (municipality, council…). */
  | 'SIMILAR_KIND'
  /** Inspired another city on a needed practice (its example or experts passed it on). */
  | 'TAUGHT_PRACTICE';

export type PracticeCategory =
  | 'CAPACITY_BUILDING'
  | 'COMMUNITY_ENGAGEMENT'
  | 'EARLY_WARNING'
  | 'MULTI_ACTOR_MECHANISM'
  | 'NATIONAL_LOCAL_COOPERATION'
  | 'OTHER'
  | 'REMEMBRANCE_RECOVERY'
  | 'RESEARCH_ASSESSMENT'
  | 'STRATEGY_PLAN'
  | 'YOUTH_ENGAGEMENT';

/** DOWNSTREAM: whom the actor influenced. UPSTREAM: what influenced the actor. */
export type ReachDirection =
  | 'DOWNSTREAM'
  | 'UPSTREAM';

export type RelationshipInput = {
  /** MEMBER_OF: the event, or the fellow member, the joining came after, where the text gives only an order ("subsequently"). */
  after?: string | null | undefined;
  citations: Array<CitationInput>;
  date?: string | null | undefined;
  description?: string | null | undefined;
  from: string;
  /** INSPIRED: what the influence did (default INSPIRED). */
  kind?: InfluenceKind | null | undefined;
  /** INSPIRED: the practice learned. */
  practice?: string | null | undefined;
  role?: string | null | undefined;
  since?: string | null | undefined;
  status?: AdoptionStatus | null | undefined;
  to: string;
  type: RelationshipType;
  until?: string | null | undefined;
  /** INSPIRED: the event through which it happened. */
  via?: string | null | undefined;
};

/** Names one relationship: type, ends, and for LEADS its role, for INSPIRED its kind, practice and via (what tells two apart). */
export type RelationshipRefInput = {
  from: string;
  /** INSPIRED: its kind (default INSPIRED). */
  kind?: InfluenceKind | null | undefined;
  practice?: string | null | undefined;
  role?: string | null | undefined;
  to: string;
  type: RelationshipType;
  via?: string | null | undefined;
};

export type RelationshipType =
  | 'ADOPTED'
  | 'ATTENDED'
  | 'COVERED_BY'
  | 'FACES'
  | 'FOCUSED_ON'
  | 'FORMED_AT'
  | 'FUNDED'
  | 'HOSTED'
  | 'INSPIRED'
  | 'IN_COUNTRY'
  | 'IN_REGION'
  | 'LEADS'
  | 'MEMBER_OF'
  | 'ORGANISED'
  | 'PARTNERED'
  | 'PART_OF';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SourceInput = {
  date?: string | null | undefined;
  file?: string | null | undefined;
  id: string;
  publisher?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
};

/** UNCHANGED: the graph already said exactly this; nothing was written. */
export type WriteOutcome =
  | 'CREATED'
  | 'UNCHANGED'
  | 'UPDATED';

export type CitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: CityWhere | null | undefined;
  orderBy?: NodeOrder | null | undefined;
}>;


export type CitiesQuery = { cities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: CityKind, country: { id: string, name: string } | null, region: { id: string, name: string } | null } }> } };

export type CitationFieldsFragment = { excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null };

export type LeadershipFieldsFragment = { role: string | null, since: string | null, until: string | null, leader: { id: string, name: string, title: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> };

export type InfluenceFactsFragment = { practice: { id: string, name: string } | null, via: { id: string, name: string } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> };

export type CityCardQueryVariables = Exact<{
  id: string;
}>;


export type CityCardQuery = { city: { id: string, name: string, kind: CityKind, description: string | null, lat: number | null, lon: number | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }>, country: { id: string, name: string } | null, region: { id: string, name: string } | null, hubs: Array<{ id: string, name: string }>, leaders: Array<{ role: string | null, since: string | null, until: string | null, leader: { id: string, name: string, title: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, adoptions: Array<{ status: AdoptionStatus, date: string | null, practice: { id: string, name: string, category: PracticeCategory }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, attended: Array<{ role: string | null, event: { id: string, name: string, kind: EventKind, date: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, hosted: Array<{ event: { id: string, name: string, kind: EventKind, date: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, influencedBy: Array<{ date: string | null, source:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , practice: { id: string, name: string } | null, via: { id: string, name: string } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, influenced: Array<{ date: string | null, target:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , practice: { id: string, name: string } | null, via: { id: string, name: string } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, challenges: Array<{ challenge: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  types?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Challenge', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Hub', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Practice', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
  > };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
  role: ApiKeyRole;
}>;


export type CreateApiKeyMutation = { createApiKey: { name: string, role: ApiKeyRole, key: string, createdAt: string } };

export type RevokeApiKeyMutationVariables = Exact<{
  name: string;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: boolean };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ name: string, role: ApiKeyRole, origin: string, createdAt: string | null, createdBy: string | null }> };

export type ChangesQueryVariables = Exact<{
  since: string;
  before?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: Array<{ action: ChangeAction, kind: ChangeKind, label: string, id: string | null, from: string | null, to: string | null, at: string, createdAt: string | null, by: string | null, node:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
     | null }> };

export type DeleteNodeMutationVariables = Exact<{
  id: string;
}>;


export type DeleteNodeMutation = { deleteNode: { action: ChangeAction, kind: ChangeKind, label: string, id: string | null, at: string, by: string | null, detached: number | null } };

export type DeleteRelationshipMutationVariables = Exact<{
  input: RelationshipRefInput;
}>;


export type DeleteRelationshipMutation = { deleteRelationship: { action: ChangeAction, kind: ChangeKind, label: string, from: string | null, to: string | null, at: string, by: string | null } };

export type UpsertCityMutationVariables = Exact<{
  input: CityInput;
  sources?: Array<SourceInput> | SourceInput | null | undefined;
}>;


export type UpsertCityMutation = { upsertCity: { outcome: WriteOutcome, city: { id: string, name: string, kind: CityKind, createdAt: string | null, updatedAt: string | null, updatedBy: string | null, country: { id: string } | null, citations: Array<{ excerpt: string, source: { id: string } | null }> } } };

export type UpsertInfluenceMutationVariables = Exact<{
  input: InfluenceInput;
  sources?: Array<SourceInput> | SourceInput | null | undefined;
}>;


export type UpsertInfluenceMutation = { upsertInfluence: { outcome: WriteOutcome, influence: { date: string | null, source:
        | { __typename: 'Challenge', id: string }
        | { __typename: 'City', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Group', id: string }
        | { __typename: 'Hub', id: string }
        | { __typename: 'Leader', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Practice', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Source', id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , practice: { id: string } | null, via: { id: string } | null, citations: Array<{ excerpt: string, source: { id: string } | null }> } } };

export type UpsertRelationshipMutationVariables = Exact<{
  input: RelationshipInput;
  sources?: Array<SourceInput> | SourceInput | null | undefined;
}>;


export type UpsertRelationshipMutation = { upsertRelationship: { outcome: WriteOutcome, relationship:
      | { __typename: 'Adoption', status: AdoptionStatus, date: string | null, adopter:
          | { __typename: 'Challenge', id: string }
          | { __typename: 'City', id: string }
          | { __typename: 'Country', id: string }
          | { __typename: 'Event', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'Hub', id: string }
          | { __typename: 'Leader', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Practice', id: string }
          | { __typename: 'Region', id: string }
          | { __typename: 'Source', id: string }
        , practice: { id: string } }
      | { __typename: 'Attendance' }
      | { __typename: 'Coverage' }
      | { __typename: 'Facing' }
      | { __typename: 'Formation' }
      | { __typename: 'Funding' }
      | { __typename: 'Hosting' }
      | { __typename: 'Influence' }
      | { __typename: 'Leadership', role: string | null, since: string | null, leader: { id: string }, of:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }
      | { __typename: 'Location', city: { id: string }, country: { id: string } }
      | { __typename: 'Membership' }
      | { __typename: 'Organising' }
      | { __typename: 'PartOf' }
      | { __typename: 'Partnership' }
      | { __typename: 'RegionMembership' }
      | { __typename: 'Topic' }
     } };

export type DiffusionQueryVariables = Exact<{
  practiceId?: string | null | undefined;
  category?: PracticeCategory | null | undefined;
  asOf?: string | null | undefined;
}>;


export type DiffusionQuery = { diffusion: { category: PracticeCategory | null, asOf: string | null, practices: Array<{ id: string, name: string }>, adopters: Array<{ status: AdoptionStatus, date: string | null, generation: number, adopter:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , practice: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string } | null }> }>, edges: Array<{ date: string | null, from:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , practice: { id: string } | null, via: { id: string, name: string, date: string | null } | null, lag: { minMonths: number, maxMonths: number } | null, citations: Array<{ excerpt: string, source: { id: string } | null }> }>, roots: Array<
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    >, countries: Array<{ id: string, name: string }>, regions: Array<{ id: string, name: string }> } };

export type InfluenceHopFieldsFragment = { kind: InfluenceHopKind, date: string | null, from:
    | { __typename: 'Challenge', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Hub', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Practice', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
  , to:
    | { __typename: 'Challenge', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Hub', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Practice', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
  , practice: { id: string, name: string } | null, via: { id: string, name: string, date: string | null } | null, citations: Array<{ excerpt: string, source: { id: string } | null }> };

export type InfluencePathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  timeRespecting?: boolean | null | undefined;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type InfluencePathsQuery = { influencePaths: Array<{ length: number, hops: Array<{ kind: InfluenceHopKind, date: string | null, from:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , to:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , practice: { id: string, name: string } | null, via: { id: string, name: string, date: string | null } | null, citations: Array<{ excerpt: string, source: { id: string } | null }> }> }> };

export type InfluenceReachQueryVariables = Exact<{
  id: string;
  direction?: ReachDirection | null | undefined;
  maxHops?: number | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type InfluenceReachQuery = { influenceReach: Array<{ depth: number, actor:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , path: { length: number, hops: Array<{ kind: InfluenceHopKind, date: string | null, from:
          | { __typename: 'Challenge', id: string, name: string }
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Group', id: string, name: string }
          | { __typename: 'Hub', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organisation', id: string, name: string }
          | { __typename: 'Practice', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
          | { __typename: 'Source', id: string, name: string }
        , to:
          | { __typename: 'Challenge', id: string, name: string }
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Group', id: string, name: string }
          | { __typename: 'Hub', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organisation', id: string, name: string }
          | { __typename: 'Practice', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
          | { __typename: 'Source', id: string, name: string }
        , practice: { id: string, name: string } | null, via: { id: string, name: string, date: string | null } | null, citations: Array<{ excerpt: string, source: { id: string } | null }> }> } }> };

export type TopInfluencersQueryVariables = Exact<{
  first?: number | null | undefined;
  region?: string | null | undefined;
  hub?: string | null | undefined;
  types?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type TopInfluencersQuery = { topInfluencers: Array<{ rank: number, actor:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , metrics: { pagerank: number, betweenness: number, community: number, inDegree: number, outDegree: number, stale: boolean } }> };

export type PeerCitiesQueryVariables = Exact<{
  cityId: string;
  needs?: Array<PracticeCategory> | PracticeCategory | null | undefined;
  practiceId?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PeerCitiesQuery = { peerCities: Array<{ score: number, group: PeerGroup, explanation: string, distanceKm: number | null, city: { id: string, name: string, kind: CityKind, country: { id: string, name: string } | null }, reasons: Array<{ kind: PeerReasonKind, weight: number, text: string, subject:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> }> };

export type PeerMatchFieldsFragment = { score: number, group: PeerGroup, explanation: string, distanceKm: number | null, city: { id: string, name: string, kind: CityKind, country: { id: string, name: string } | null }, reasons: Array<{ kind: PeerReasonKind, weight: number, text: string, subject:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
     | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> };

export type WhoCanHelpQueryVariables = Exact<{
  practiceId: string;
  forCity?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type WhoCanHelpQuery = { whoCanHelp: Array<{ score: number, group: PeerGroup, explanation: string, distanceKm: number | null, city: { id: string, name: string, kind: CityKind, country: { id: string, name: string } | null }, reasons: Array<{ kind: PeerReasonKind, weight: number, text: string, subject:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> }> };

export type StatsAdoptionSeriesQueryVariables = Exact<{
  practiceId?: string | null | undefined;
  category?: PracticeCategory | null | undefined;
  statuses?: Array<AdoptionStatus> | AdoptionStatus | null | undefined;
}>;


export type StatsAdoptionSeriesQuery = { stats: { adoptionSeries: { undated: number, total: number, points: Array<{ period: string, count: number, cumulative: number }> } } };

export type StatsNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsNetworkQuery = { stats: { network: { nodes: number, edges: number, density: number, components: number, largestComponent: number, isolated: number, nodesByType: Array<{ type: string, count: number }>, edgesByType: Array<{ type: string, count: number }> } } };

export type StatsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsOverviewQuery = { stats: { citiesByRegion: Array<{ key: string, label: string, count: number }>, citiesByHub: Array<{ key: string, label: string, count: number }>, citiesByCountry: Array<{ key: string, label: string, count: number }>, practicesByCategory: Array<{ key: string, label: string, count: number }>, adoptionsByCategory: Array<{ key: string, label: string, count: number }>, eventsByKind: Array<{ key: string, label: string, count: number }>, eventsByYear: Array<{ year: number | null, count: number }> } };

export type AreaCityFieldsFragment = { id: string, name: string, kind: CityKind, lat: number | null, lon: number | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null, adoptions: Array<{ status: AdoptionStatus, practice: { id: string, name: string } }> };

export type WebAreaQueryVariables = Exact<{
  id: string;
}>;


export type WebAreaQuery = { country: { id: string, name: string, description: string | null, region: { id: string, name: string } | null, hubs: Array<{ id: string, name: string }>, cities: Array<{ id: string, name: string, kind: CityKind, lat: number | null, lon: number | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null, adoptions: Array<{ status: AdoptionStatus, practice: { id: string, name: string } }> }> } | null, region: { id: string, name: string, description: string | null, cities: Array<{ id: string, name: string, kind: CityKind, lat: number | null, lon: number | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null, adoptions: Array<{ status: AdoptionStatus, practice: { id: string, name: string } }> }> } | null, hub: { id: string, name: string, description: string | null, launched: string | null, statements: Array<{ property: string, value: string | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, funders: Array<{ date: string | null, description: string | null, funder: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, staff: Array<{ role: string | null, since: string | null, leader: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, cities: Array<{ id: string, name: string, kind: CityKind, lat: number | null, lon: number | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null, adoptions: Array<{ status: AdoptionStatus, practice: { id: string, name: string } }> }> } | null };

export type WebCoverageFragment = { hub: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> };

export type WebCityKeyFactsQueryVariables = Exact<{
  id: string;
}>;


export type WebCityKeyFactsQuery = { city: { id: string, location: { citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> } | null, coverage: Array<{ hub: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, country: { id: string, coverage: Array<{ hub: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, regionLink: { citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }>, region: { id: string, coverage: Array<{ hub: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> } } | null } | null } | null };

export type NetworkEventFragment = { id: string, name: string, kind: EventKind, date: string | null, attendees: Array<{ role: string | null, attendee:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', date: string | null, id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
     }>, hosts: Array<{ host:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', date: string | null, id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
     }>, inspired: Array<{ date: string | null, practice: { id: string, name: string } | null, target:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', date: string | null, id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
     }> };

export type NetworkInfluenceFragment = { date: string | null, practice: { id: string, name: string } | null, via: { id: string, name: string, date: string | null } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> };

export type CityNetworkQueryVariables = Exact<{
  id: string;
}>;


export type CityNetworkQuery = { city: { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, influencedBy: Array<{ date: string | null, source:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, influencedBy: Array<{ date: string | null, practice: { id: string, name: string } | null, source:
              | { __typename: 'Challenge', id: string, name: string }
              | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Event', date: string | null, id: string, name: string }
              | { __typename: 'Group', id: string, name: string }
              | { __typename: 'Hub', id: string, name: string }
              | { __typename: 'Leader', id: string, name: string }
              | { __typename: 'Organisation', id: string, name: string }
              | { __typename: 'Practice', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
              | { __typename: 'Source', id: string, name: string }
             }>, region: { id: string, name: string } | null }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string, kind: EventKind, date: string | null, attendees: Array<{ role: string | null, attendee:
              | { __typename: 'Challenge', id: string, name: string }
              | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Event', date: string | null, id: string, name: string }
              | { __typename: 'Group', id: string, name: string }
              | { __typename: 'Hub', id: string, name: string }
              | { __typename: 'Leader', id: string, name: string }
              | { __typename: 'Organisation', id: string, name: string }
              | { __typename: 'Practice', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
              | { __typename: 'Source', id: string, name: string }
             }>, hosts: Array<{ host:
              | { __typename: 'Challenge', id: string, name: string }
              | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Event', date: string | null, id: string, name: string }
              | { __typename: 'Group', id: string, name: string }
              | { __typename: 'Hub', id: string, name: string }
              | { __typename: 'Leader', id: string, name: string }
              | { __typename: 'Organisation', id: string, name: string }
              | { __typename: 'Practice', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
              | { __typename: 'Source', id: string, name: string }
             }>, inspired: Array<{ date: string | null, practice: { id: string, name: string } | null, target:
              | { __typename: 'Challenge', id: string, name: string }
              | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Event', date: string | null, id: string, name: string }
              | { __typename: 'Group', id: string, name: string }
              | { __typename: 'Hub', id: string, name: string }
              | { __typename: 'Leader', id: string, name: string }
              | { __typename: 'Organisation', id: string, name: string }
              | { __typename: 'Practice', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
              | { __typename: 'Source', id: string, name: string }
             }> }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , practice: { id: string, name: string } | null, via: { id: string, name: string, date: string | null } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, influenced: Array<{ date: string | null, target:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, influenced: Array<{ date: string | null, practice: { id: string, name: string } | null, target:
              | { __typename: 'Challenge', id: string, name: string }
              | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Event', date: string | null, id: string, name: string }
              | { __typename: 'Group', id: string, name: string }
              | { __typename: 'Hub', id: string, name: string }
              | { __typename: 'Leader', id: string, name: string }
              | { __typename: 'Organisation', id: string, name: string }
              | { __typename: 'Practice', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
              | { __typename: 'Source', id: string, name: string }
             }>, region: { id: string, name: string } | null }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', date: string | null, id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , practice: { id: string, name: string } | null, via: { id: string, name: string, date: string | null } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, attended: Array<{ role: string | null, event: { id: string, name: string, kind: EventKind, date: string | null, attendees: Array<{ role: string | null, attendee:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Event', date: string | null, id: string, name: string }
            | { __typename: 'Group', id: string, name: string }
            | { __typename: 'Hub', id: string, name: string }
            | { __typename: 'Leader', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Practice', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }>, hosts: Array<{ host:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Event', date: string | null, id: string, name: string }
            | { __typename: 'Group', id: string, name: string }
            | { __typename: 'Hub', id: string, name: string }
            | { __typename: 'Leader', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Practice', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }>, inspired: Array<{ date: string | null, practice: { id: string, name: string } | null, target:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Event', date: string | null, id: string, name: string }
            | { __typename: 'Group', id: string, name: string }
            | { __typename: 'Hub', id: string, name: string }
            | { __typename: 'Leader', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Practice', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }> } }>, hosted: Array<{ event: { id: string, name: string, kind: EventKind, date: string | null, attendees: Array<{ role: string | null, attendee:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Event', date: string | null, id: string, name: string }
            | { __typename: 'Group', id: string, name: string }
            | { __typename: 'Hub', id: string, name: string }
            | { __typename: 'Leader', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Practice', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }>, hosts: Array<{ host:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Event', date: string | null, id: string, name: string }
            | { __typename: 'Group', id: string, name: string }
            | { __typename: 'Hub', id: string, name: string }
            | { __typename: 'Leader', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Practice', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }>, inspired: Array<{ date: string | null, practice: { id: string, name: string } | null, target:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Event', date: string | null, id: string, name: string }
            | { __typename: 'Group', id: string, name: string }
            | { __typename: 'Hub', id: string, name: string }
            | { __typename: 'Leader', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Practice', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }> } }>, region: { id: string, name: string } | null } | null };

export type WebDiffusionQueryVariables = Exact<{
  practiceId?: string | null | undefined;
  category?: PracticeCategory | null | undefined;
  asOf?: string | null | undefined;
}>;


export type WebDiffusionQuery = { diffusion: { asOf: string | null, adopters: Array<{ status: AdoptionStatus, date: string | null, generation: number, practice: { id: string, name: string }, adopter:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, country: { id: string, name: string } | null, region: { id: string, name: string } | null }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string, country: { id: string, name: string } | null, region: { id: string, name: string } | null }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, edges: Array<{ date: string | null, influenceKind: InfluenceKind, from:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', date: string | null, id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , to:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', date: string | null, id: string, name: string, region: { id: string, name: string } | null }
        | { __typename: 'Group', id: string, name: string, region: { id: string, name: string } | null }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , via: { id: string, name: string, date: string | null } | null, lag: { minMonths: number, maxMonths: number } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, roots: Array<
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Group', id: string, name: string }
      | { __typename: 'Hub', id: string, name: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Practice', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    >, regions: Array<{ id: string, name: string }> } };

type DrawnActor_Challenge_Fragment = { __typename: 'Challenge', id: string, name: string };

type DrawnActor_City_Fragment = { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null };

type DrawnActor_Country_Fragment = { __typename: 'Country', id: string, name: string };

type DrawnActor_Event_Fragment = { __typename: 'Event', date: string | null, id: string, name: string };

type DrawnActor_Group_Fragment = { __typename: 'Group', id: string, name: string };

type DrawnActor_Hub_Fragment = { __typename: 'Hub', id: string, name: string };

type DrawnActor_Leader_Fragment = { __typename: 'Leader', id: string, name: string };

type DrawnActor_Organisation_Fragment = { __typename: 'Organisation', id: string, name: string };

type DrawnActor_Practice_Fragment = { __typename: 'Practice', id: string, name: string };

type DrawnActor_Region_Fragment = { __typename: 'Region', id: string, name: string };

type DrawnActor_Source_Fragment = { __typename: 'Source', id: string, name: string };

export type DrawnActorFragment =
  | DrawnActor_Challenge_Fragment
  | DrawnActor_City_Fragment
  | DrawnActor_Country_Fragment
  | DrawnActor_Event_Fragment
  | DrawnActor_Group_Fragment
  | DrawnActor_Hub_Fragment
  | DrawnActor_Leader_Fragment
  | DrawnActor_Organisation_Fragment
  | DrawnActor_Practice_Fragment
  | DrawnActor_Region_Fragment
  | DrawnActor_Source_Fragment
;

export type EventCardQueryVariables = Exact<{
  id: string;
}>;


export type EventCardQuery = { event: { id: string, name: string, kind: EventKind, date: string | null, description: string | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }>, place: { id: string, name: string } | null, hosts: Array<{ host:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, organisers: Array<{ organiser:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, attendees: Array<{ role: string | null, attendee:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, topics: Array<{ topic:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, inspired: Array<{ date: string | null, target:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , practice: { id: string, name: string } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, funding: Array<{ date: string | null, description: string | null, funder: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> } | null };

export type WebFundingFragment = { date: string | null, description: string | null, funder: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> };

export type WebLookupsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebLookupsQuery = { practices: { edges: Array<{ node: { id: string, name: string, category: PracticeCategory } }> }, regions: { edges: Array<{ node: { id: string, name: string } }> } };

export type OrganisationCardQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationCardQuery = { organisation: { id: string, name: string, kind: OrganisationKind, description: string | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }>, country: { id: string, name: string } | null, leaders: Array<{ role: string | null, since: string | null, until: string | null, leader: { id: string, name: string, title: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, members: Array<{ since: string | null, member:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , after:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, attended: Array<{ role: string | null, event: { id: string, name: string, date: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, hosted: Array<{ event: { id: string, name: string, date: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, organised: Array<{ event: { id: string, name: string, date: string | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, funded: Array<{ date: string | null, description: string | null, recipient:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, partnerships: Array<{ date: string | null, description: string | null, from:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , to:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> } | null };

export type WebPathEndsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WebPathEndsQuery = { from:
    | { __typename: 'Challenge', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Hub', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Practice', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
   | null, to:
    | { __typename: 'Challenge', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Hub', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Practice', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
   | null };

export type WebInfluencePathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  timeRespecting?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type WebInfluencePathsQuery = { influencePaths: Array<{ length: number, hops: Array<{ kind: InfluenceHopKind, date: string | null, from:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', date: string | null, id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , to:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, region: { id: string, name: string } | null }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', date: string | null, id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , practice: { id: string, name: string } | null, via: { id: string, name: string, date: string | null } | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> }> };

export type WebPeerCitiesQueryVariables = Exact<{
  cityId: string;
  needs?: Array<PracticeCategory> | PracticeCategory | null | undefined;
  practiceId?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type WebPeerCitiesQuery = { city: { id: string, name: string, lat: number | null, lon: number | null, region: { id: string, name: string } | null, adoptions: Array<{ status: AdoptionStatus, date: string | null, practice: { id: string, name: string } }>, challenges: Array<{ challenge: { id: string, name: string } }> } | null, peerCities: Array<{ score: number, group: PeerGroup, explanation: string, distanceKm: number | null, city: { lat: number | null, lon: number | null, id: string, name: string, kind: CityKind, region: { id: string, name: string } | null, country: { id: string, name: string } | null }, reasons: Array<{ kind: PeerReasonKind, weight: number, text: string, subject:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> }> };

export type WebWhoCanHelpQueryVariables = Exact<{
  practiceId: string;
  first?: number | null | undefined;
}>;


export type WebWhoCanHelpQuery = { whoCanHelp: Array<{ score: number, group: PeerGroup, explanation: string, distanceKm: number | null, city: { id: string, name: string, kind: CityKind, region: { id: string, name: string } | null, country: { id: string, name: string } | null }, reasons: Array<{ kind: PeerReasonKind, weight: number, text: string, subject:
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> }> };

export type PracticeCardQueryVariables = Exact<{
  id: string;
}>;


export type PracticeCardQuery = { practice: { id: string, name: string, category: PracticeCategory, description: string | null, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }>, events: Array<{ event: { id: string, name: string, kind: EventKind, date: string | null, place: { id: string, name: string } | null }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }>, funding: Array<{ date: string | null, description: string | null, funder: { id: string, name: string }, citations: Array<{ excerpt: string, source: { id: string, title: string, publisher: string | null, date: string | null } | null }> }> } | null };

export type WebSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  types?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type WebSearchQuery = { search: Array<
    | { __typename: 'Challenge', id: string, name: string }
    | { __typename: 'City', id: string, name: string, within: Array<
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'City', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Hub', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Practice', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      > }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Hub', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Practice', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
  > };

export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const LeadershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leadership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<LeadershipFieldsFragment, unknown>;
export const InfluenceFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InfluenceFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Influence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<InfluenceFactsFragment, unknown>;
export const InfluenceHopFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InfluenceHopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InfluenceHop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InfluenceHopFieldsFragment, unknown>;
export const PeerMatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<PeerMatchFieldsFragment, unknown>;
export const AreaCityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaCityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AreaCityFieldsFragment, unknown>;
export const WebCoverageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCoverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<WebCoverageFragment, unknown>;
export const DrawnActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<DrawnActorFragment, unknown>;
export const NetworkEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<NetworkEventFragment, unknown>;
export const NetworkInfluenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkInfluence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Influence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<NetworkInfluenceFragment, unknown>;
export const WebFundingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFunding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<WebFundingFragment, unknown>;
export const CitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CityWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitiesQuery, CitiesQueryVariables>;
export const CityCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"influencedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InfluenceFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"influenced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InfluenceFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leadership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InfluenceFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Influence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<CityCardQuery, CityCardQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const DeleteNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"detached"}}]}}]}}]} as unknown as DocumentNode<DeleteNodeMutation, DeleteNodeMutationVariables>;
export const DeleteRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<DeleteRelationshipMutation, DeleteRelationshipMutationVariables>;
export const UpsertCityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertCityMutation, UpsertCityMutationVariables>;
export const UpsertInfluenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertInfluence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InfluenceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertInfluence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"influence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertInfluenceMutation, UpsertInfluenceMutationVariables>;
export const UpsertRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"adopter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leadership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertRelationshipMutation, UpsertRelationshipMutationVariables>;
export const DiffusionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Diffusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diffusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adopters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adopter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DiffusionQuery, DiffusionQueryVariables>;
export const InfluencePathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InfluencePaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeRespecting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"influencePaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeRespecting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeRespecting"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InfluenceHopFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InfluenceHopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InfluenceHop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InfluencePathsQuery, InfluencePathsQueryVariables>;
export const InfluenceReachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InfluenceReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReachDirection"}},"defaultValue":{"kind":"EnumValue","value":"DOWNSTREAM"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"influenceReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InfluenceHopFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InfluenceHopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InfluenceHop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InfluenceReachQuery, InfluenceReachQueryVariables>;
export const TopInfluencersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopInfluencers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hub"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topInfluencers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"hub"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hub"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"inDegree"}},{"kind":"Field","name":{"kind":"Name","value":"outDegree"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]}}]} as unknown as DocumentNode<TopInfluencersQuery, TopInfluencersQueryVariables>;
export const PeerCitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerCities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCategory"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerCities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"needs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needs"}}},{"kind":"Argument","name":{"kind":"Name","value":"practiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerMatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]} as unknown as DocumentNode<PeerCitiesQuery, PeerCitiesQueryVariables>;
export const WhoCanHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoCanHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forCity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoCanHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"forCity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forCity"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerMatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]} as unknown as DocumentNode<WhoCanHelpQuery, WhoCanHelpQueryVariables>;
export const StatsAdoptionSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatsAdoptionSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<StatsAdoptionSeriesQuery, StatsAdoptionSeriesQueryVariables>;
export const StatsNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatsNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"edges"}},{"kind":"Field","name":{"kind":"Name","value":"nodesByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edgesByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"largestComponent"}},{"kind":"Field","name":{"kind":"Name","value":"isolated"}}]}}]}}]}}]} as unknown as DocumentNode<StatsNetworkQuery, StatsNetworkQueryVariables>;
export const StatsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citiesByRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citiesByHub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citiesByCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practicesByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptionsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<StatsOverviewQuery, StatsOverviewQueryVariables>;
export const WebAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaCityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaCityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"launched"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFunding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaCityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaCityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFunding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<WebAreaQuery, WebAreaQueryVariables>;
export const WebCityKeyFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCityKeyFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCoverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCoverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCoverage"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCoverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<WebCityKeyFactsQuery, WebCityKeyFactsQueryVariables>;
export const CityNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}},{"kind":"Field","name":{"kind":"Name","value":"influencedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkInfluence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkEvent"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"influencedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"influenced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkInfluence"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"influenced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkEvent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkInfluence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Influence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}}]}}]}}]} as unknown as DocumentNode<CityNetworkQuery, CityNetworkQueryVariables>;
export const WebDiffusionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDiffusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diffusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"adopters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adopter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"influenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<WebDiffusionQuery, WebDiffusionQueryVariables>;
export const EventCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFunding"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFunding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<EventCardQuery, EventCardQueryVariables>;
export const WebLookupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebLookups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebLookupsQuery, WebLookupsQueryVariables>;
export const OrganisationCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leadership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<OrganisationCardQuery, OrganisationCardQueryVariables>;
export const WebPathEndsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebPathEnds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"from"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"to"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebPathEndsQuery, WebPathEndsQueryVariables>;
export const WebInfluencePathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebInfluencePaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeRespecting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"influencePaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeRespecting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeRespecting"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<WebInfluencePathsQuery, WebInfluencePathsQueryVariables>;
export const WebPeerCitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebPeerCities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCategory"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerCities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"needs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needs"}}},{"kind":"Argument","name":{"kind":"Name","value":"practiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerMatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]} as unknown as DocumentNode<WebPeerCitiesQuery, WebPeerCitiesQueryVariables>;
export const WebWhoCanHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebWhoCanHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoCanHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerMatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]} as unknown as DocumentNode<WebWhoCanHelpQuery, WebWhoCanHelpQueryVariables>;
export const PracticeCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticeCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFunding"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFunding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<PracticeCardQuery, PracticeCardQueryVariables>;
export const WebSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"within"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebSearchQuery, WebSearchQueryVariables>;