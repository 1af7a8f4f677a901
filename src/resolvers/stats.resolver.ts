import { Arg, Ctx, FieldResolver, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { countPanel, eventsByYear, type Bucket, type CountPanel, type YearBucket } from '../graph/stats/counts';
import { networkSummary, type NetworkFigures } from '../graph/stats/network';
import { adoptionSeries, type Series } from '../graph/stats/series';
import { markStale, perGraphVersion, readGraphVersion } from '../graph/versioned';
import { WHOLE_GRAPH_COST } from '../limits/complexity';
import { AdoptionStatus, PracticeCategory } from '../model/enums';
import { AdoptionSeries, CountBucket, NetworkSummary, Stats, YearCount } from '../model/stats.type';

const STATUSES = { nullable: true, description: 'Only adoptions with these statuses (default: all).' } as const;

/**
 * A whole-graph panel: computed once per graph version and shared by every request and alias
 * (issue 10: dashboards ask for the same panels many at once). A request reads the graph
 * version once for all its panels, so a dashboard of cached panels costs one cheap statement.
 * Keys are bounded: panel names and, for adoptionsByCategory, one of the few status subsets.
 */
function panel<T>(ctx: Context, key: string, compute: () => Promise<T>, stale = false): Promise<{ value: T; stale: boolean }> {
  return ctx.loaders.once(key, () =>
    perGraphVersion(ctx.db, key, compute, { stale, version: ctx.loaders.once('graph-version', () => readGraphVersion(ctx.db)) }).then(
      markStale(ctx),
    ),
  );
}

const counted = (ctx: Context, name: CountPanel, statuses?: AdoptionStatus[] | null): Promise<Bucket[]> => {
  const only = statuses?.length ? [...new Set(statuses)].sort() : null;
  return panel(ctx, `stats.${name}:${only?.join(',') ?? '*'}`, () => countPanel(ctx.db, name, only)).then((p) => p.value);
};

/** Dashboard panels (src/graph/stats/*.ts), each one Cypher statement per graph version. */
@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, {
    description: 'Aggregates for dashboards: ask for the panels you show. Panels are computed once per graph version and shared.',
  })
  stats(): Stats {
    return {};
  }

  @FieldResolver(() => [CountBucket], { description: 'Number of cities in each region (through their country). Every region is listed.' })
  citiesByRegion(@Ctx() ctx: Context): Promise<Bucket[]> {
    return counted(ctx, 'citiesByRegion');
  }

  @FieldResolver(() => [CountBucket], {
    description: 'Number of cities each hub covers: directly, through their country or through their region. Every hub is listed.',
  })
  citiesByHub(@Ctx() ctx: Context): Promise<Bucket[]> {
    return counted(ctx, 'citiesByHub');
  }

  @FieldResolver(() => [CountBucket], { description: 'Number of cities in each country. Every country is listed.' })
  citiesByCountry(@Ctx() ctx: Context): Promise<Bucket[]> {
    return counted(ctx, 'citiesByCountry');
  }

  @FieldResolver(() => [CountBucket], { description: 'Number of practices in each category. Every category is listed.' })
  practicesByCategory(@Ctx() ctx: Context): Promise<Bucket[]> {
    return counted(ctx, 'practicesByCategory');
  }

  @FieldResolver(() => [CountBucket], {
    description: 'Number of adoptions (city → practice) per practice category. Every category is listed.',
  })
  adoptionsByCategory(
    @Arg('statuses', () => [AdoptionStatus], STATUSES) statuses: AdoptionStatus[] | null,
    @Ctx() ctx: Context,
  ): Promise<Bucket[]> {
    return counted(ctx, 'adoptionsByCategory', statuses);
  }

  @FieldResolver(() => [CountBucket], { description: 'Number of events of each kind. Every kind is listed.' })
  eventsByKind(@Ctx() ctx: Context): Promise<Bucket[]> {
    return counted(ctx, 'eventsByKind');
  }

  @FieldResolver(() => [YearCount], {
    description: 'Number of events per year of their date, every year from the first to the last; undated events last (year null).',
  })
  eventsByYear(@Ctx() ctx: Context): Promise<YearBucket[]> {
    return panel(ctx, 'stats.eventsByYear', () => eventsByYear(ctx.db)).then((p) => p.value);
  }

  @FieldResolver(() => AdoptionSeries, { description: 'Adoptions per year for one practice, one category, both (AND) or all practices.' })
  adoptionSeries(
    @Arg('practiceId', () => ID, { nullable: true }) practiceId: string | null,
    @Arg('category', () => PracticeCategory, { nullable: true }) category: PracticeCategory | null,
    @Arg('statuses', () => [AdoptionStatus], STATUSES) statuses: AdoptionStatus[] | null,
    @Ctx() ctx: Context,
  ): Promise<Series> {
    return adoptionSeries(ctx.db, { practiceId, category, statuses });
  }

  @FieldResolver(() => NetworkSummary, {
    description:
      'Nodes and relationships per type, density and connected components of the whole graph, computed once per graph version and shared; after a write, the last figures (stale: true) until the new ones are ready.',
    complexity: WHOLE_GRAPH_COST,
  })
  network(@Ctx() ctx: Context): Promise<NetworkFigures & { stale: boolean }> {
    // Once per request however many aliases ask, once per graph version however many requests;
    // after a write, the last figures until the new ones are ready.
    return panel(ctx, 'stats.network', () => networkSummary(ctx.db), true).then(({ value, stale }) => ({ ...value, stale }));
  }
}
