import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PartialDateScalar } from './partial-date';

/*
 * Dashboard panels. Every field of `Stats` is one panel and costs exactly one Cypher round
 * trip; the shapes are flat lists a chart library takes as they are.
 */

@ObjectType('CountBucket', {
  description: 'One bar of a count panel. Buckets come largest first (ties by label); empty ones are included.',
})
export class CountBucket {
  @Field(() => String, { description: 'Node id (region, hub, country) or enum value (category, kind).' })
  key!: string;

  @Field(() => String, { description: 'What to print: the node name or a readable enum label.' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('YearCount', { description: 'Events in one calendar year.' })
export class YearCount {
  @Field(() => Int, {
    nullable: true,
    description: 'The year of the partial date; null counts the events with no date stated (listed last).',
  })
  year!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SeriesPoint', { description: 'One year of a time series; years with nothing are included between the first and the last.' })
export class SeriesPoint {
  @Field(() => PartialDateScalar, {
    description: 'The year ("2023"): adoption dates are kept at the precision stated, so a year is the finest common period.',
  })
  period!: string;

  @Field(() => Int, { description: 'Adoptions dated in this year.' })
  count!: number;

  @Field(() => Int, { description: 'Dated adoptions up to and including this year.' })
  cumulative!: number;
}

@ObjectType('AdoptionSeries', { description: 'Adoptions (city → practice) over time.' })
export class AdoptionSeries {
  @Field(() => [SeriesPoint])
  points!: SeriesPoint[];

  @Field(() => Int, { description: 'Adoptions matching the filter with no date stated (not in `points`).' })
  undated!: number;

  @Field(() => Int, { description: 'All adoptions matching the filter, dated or not.' })
  total!: number;
}

@ObjectType('TypeCount', { description: 'How many nodes carry a label, or relationships a type.' })
export class TypeCount {
  @Field(() => String, { description: 'Node label (City, Event…) or relationship type (ADOPTED, INSPIRED…).' })
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('NetworkSummary', {
  description:
    'The whole graph at a glance: every node and relationship, sources included (citations are properties, so sources stand alone).',
})
export class NetworkSummary {
  @Field(() => Int) nodes!: number;
  @Field(() => Int) edges!: number;
  @Field(() => [TypeCount], { description: 'Every node label, largest first (zero counts included).' }) nodesByType!: TypeCount[];
  @Field(() => [TypeCount], { description: 'Every relationship type, largest first (zero counts included).' }) edgesByType!: TypeCount[];

  @Field(() => Float, {
    description: 'Pairs of distinct nodes joined by at least one relationship (either direction) ÷ all possible pairs, n·(n−1)/2.',
  })
  density!: number;

  @Field(() => Int, { description: 'Connected components, ignoring direction (an isolated node is a component).' })
  components!: number;

  @Field(() => Int, { description: 'Nodes in the largest component.' })
  largestComponent!: number;

  @Field(() => Int, { description: 'Nodes with no relationship at all.' })
  isolated!: number;

  @Field(() => Boolean, {
    description:
      'True when these figures are of the graph before its latest writes: they are recomputed in the background, and until then the last finished figures are served, so no request waits for the rebuild.',
  })
  stale!: boolean;
}

/** The root of the dashboard panels; its fields are resolved by StatsResolver. */
@ObjectType('Stats', { description: 'Aggregates for dashboards. Each field is one panel and costs one database round trip.' })
export class Stats {}
