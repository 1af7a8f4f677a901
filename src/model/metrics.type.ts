import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('NetworkMetrics', {
  description:
    'Position of an actor in the influence graph (the hops of influencePaths), computed with graphology on a cached projection that is rebuilt when the graph changes.',
})
export class NetworkMetrics {
  @Field(() => Float, {
    description:
      'Influence: PageRank on the reversed influence hops (credit flows to whoever inspired, hosted or organised what reached others; attendance is left out). Sums to 1 over all actors.',
  })
  pagerank!: number;

  @Field(() => Float, {
    description: 'Brokerage: normalised betweenness on the directed hops (0..1; estimated from a sample of sources above 2,000 actors).',
  })
  betweenness!: number;

  @Field(() => Int, { description: 'Louvain community, numbered by size (0 is the largest). Stable for a given graph.' })
  community!: number;

  @Field(() => Int, { description: 'Influence hops entering the actor.' })
  inDegree!: number;

  @Field(() => Int, { description: 'Influence hops leaving the actor.' })
  outDegree!: number;

  @Field(() => Boolean, {
    description:
      'True while the figures of an earlier graph version are served because the new ones are still being computed (just after a write); ask again for the new ones.',
  })
  stale!: boolean;
}

@ObjectType('Influencer', { description: 'An actor ranked by influence.' })
export class Influencer {
  @Field(() => Int, { description: '1 for the most influential actor of the list.' })
  rank!: number;

  @Field(() => NetworkMetrics)
  metrics!: NetworkMetrics;

  /** Resolved by InfluencerResolver through the node loader. */
  actorId!: string;
}
