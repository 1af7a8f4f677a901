import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema, type NonEmptyArray, type ValidatorFn } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { CityCatalogueResolver, CityResolver } from './resolvers/city.resolver';
import {
  CountryCatalogueResolver,
  CountryResolver,
  HubCatalogueResolver,
  HubResolver,
  RegionCatalogueResolver,
  RegionResolver,
} from './resolvers/geography.resolver';
import { LeaderCatalogueResolver, LeaderResolver, OrganisationCatalogueResolver, OrganisationResolver } from './resolvers/actor.resolver';
import { ChallengeCatalogueResolver, ChallengeResolver, PracticeCatalogueResolver, PracticeResolver } from './resolvers/practice.resolver';
import {
  CitationResolver,
  EventCatalogueResolver,
  EventResolver,
  InfluenceResolver,
  SourceCatalogueResolver,
} from './resolvers/event.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { AdoptionResolver, GroupCatalogueResolver, GroupResolver, MembershipResolver } from './resolvers/group.resolver';
import { DiffusionResolver } from './resolvers/diffusion.resolver';
import { InferenceResolver } from './resolvers/inference.resolver';
import {
  CascadeAdopterResolver,
  CascadeEdgeResolver,
  DiffusionFieldsResolver,
  InfluenceHopResolver,
  ReachResolver,
} from './resolvers/diffusion-fields.resolver';
import {
  CityMetricsResolver,
  EventMetricsResolver,
  HubMetricsResolver,
  GroupMetricsResolver,
  InfluencerResolver,
  LeaderMetricsResolver,
  OrganisationMetricsResolver,
  TopInfluencersResolver,
} from './resolvers/metrics.resolver';
import { PeerReasonResolver, PeerResolver } from './resolvers/peer.resolver';
import { StatsResolver } from './resolvers/stats.resolver';
import { CURATION_NODE_RESOLVERS, SourceUpsertResolver } from './resolvers/curation.resolver';
import { CurationLinksResolver } from './resolvers/curation-links.resolver';
import { CurationDeleteResolver } from './resolvers/curation-delete.resolver';
import { AuditResolver } from './resolvers/audit.resolver';
import { KeysResolver } from './resolvers/keys.resolver';
import { City } from './model/city.type';
import { Country } from './model/country.type';
import { Region } from './model/region.type';
import { Hub } from './model/hub.type';
import { Leader } from './model/leader.type';
import { Organisation } from './model/organisation.type';
import { Practice } from './model/practice.type';
import { Event } from './model/event.type';
import { Challenge } from './model/challenge.type';
import { Source } from './model/source.type';
import { Group } from './model/group.type';

/** Every resolver class of the API, in one list. */
export const RESOLVERS = [
  InferenceResolver,
  CityCatalogueResolver,
  CityResolver,
  CountryCatalogueResolver,
  CountryResolver,
  RegionCatalogueResolver,
  RegionResolver,
  HubCatalogueResolver,
  HubResolver,
  LeaderCatalogueResolver,
  LeaderResolver,
  OrganisationCatalogueResolver,
  OrganisationResolver,
  PracticeCatalogueResolver,
  PracticeResolver,
  ChallengeCatalogueResolver,
  ChallengeResolver,
  EventCatalogueResolver,
  EventResolver,
  SourceCatalogueResolver,
  GroupCatalogueResolver,
  GroupResolver,
  MembershipResolver,
  AdoptionResolver,
  InfluenceResolver,
  CitationResolver,
  SearchResolver,
  DiffusionResolver,
  InfluenceHopResolver,
  ReachResolver,
  CascadeAdopterResolver,
  CascadeEdgeResolver,
  DiffusionFieldsResolver,
  CityMetricsResolver,
  OrganisationMetricsResolver,
  EventMetricsResolver,
  LeaderMetricsResolver,
  HubMetricsResolver,
  GroupMetricsResolver,
  TopInfluencersResolver,
  InfluencerResolver,
  PeerResolver,
  PeerReasonResolver,
  StatsResolver,
  ...CURATION_NODE_RESOLVERS,
  SourceUpsertResolver,
  CurationLinksResolver,
  CurationDeleteResolver,
  AuditResolver,
  KeysResolver,
] as const satisfies NonEmptyArray<Function>;

/** Types reachable only through the Node interface must be named to be in the schema. */
const ORPHANED_TYPES = [City, Country, Region, Hub, Leader, Organisation, Practice, Event, Challenge, Group, Source];

/*
 * Argument validation. type-graphql's own validation re-imports class-validator and copies its
 * exports on every resolver call with an object argument — every nested list's page arguments,
 * once per parent — which cost more CPU than the rest of a catalogue page. This does what it
 * did (same options, same ArgumentValidationError, so formatError maps it to BAD_USER_INPUT)
 * and skips classes that declare no rules (page arguments), remembered per class.
 */
const VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };
const hasRules = new WeakMap<object, boolean>();
function declaresRules(value: object): boolean {
  const target = value.constructor;
  let known = hasRules.get(target);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).length > 0;
    hasRules.set(target, known);
  }
  return known;
}
export const validateArgument: ValidatorFn = async (value) => {
  const items = (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
    (v): v is object => v !== null && typeof v === 'object' && declaresRules(v),
  );
  if (!items.length) return;
  try {
    await Promise.all(items.map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
};

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [...RESOLVERS] as unknown as NonEmptyArray<Function>,
    orphanedTypes: ORPHANED_TYPES,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
  });
  return cached;
}

/** The SDL as committed in schema/schema.graphql (sorted, so diffs stay small). */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
