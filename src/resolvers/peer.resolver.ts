import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { FirstArg } from '../model/connection';
import { findPeers } from '../graph/peers/find';
import { MAX_PEERS, type ScoredPeer } from '../graph/peers/score';
import { PracticeCategory } from '../model/enums';
import { NodeType, type NodeObject } from '../model/node.type';
import { PeerMatch, PeerReason } from '../model/peer.type';
import { requireNode } from './catalogue';
import { nodeRef } from './links';

/**
 * Refuses unknown ids with one cheap batched lookup before the (heavier) evidence query,
 * so that a typo — or a hostile id — costs next to nothing.
 */
async function checkIds(ctx: Context, city: { id: string | null; field: string }, practiceId: string | null): Promise<void> {
  await Promise.all([
    city.id === null ? undefined : requireNode(ctx, city.id, city.field, 'City'),
    practiceId === null ? undefined : requireNode(ctx, practiceId, 'practiceId', 'Practice'),
  ]);
}

/** The peer finder for hub staff: "who could help this city?" (scoring: src/graph/peers/score.ts). */
@Resolver()
export class PeerResolver {
  @Query(() => [PeerMatch], {
    description:
      'Cities that could help `cityId`, best first, each with the reasons and their evidence. Name what is needed by `practiceId`, by `needs` categories, ' +
      'by both, or by neither: then the needs are what the city itself plans or pilots, with its challenges, ties and geography. Peers that have done what is needed (group HAS_DONE_IT) come first. The asking city and its own parts (PART_OF) are never listed.',
  })
  async peerCities(
    @Arg('cityId', () => ID) cityId: string,
    @Arg('needs', () => [PracticeCategory], { nullable: true, description: 'Practice categories the city needs help with.' })
    needs: PracticeCategory[] | null,
    @Arg('practiceId', () => ID, { nullable: true, description: 'The practice the city wants to take up.' }) practiceId: string | null,
    @FirstArg(10, MAX_PEERS, `How many peers, 1 to ${MAX_PEERS}.`) { first }: { first: number },
    @Ctx() ctx: Context,
  ): Promise<ScoredPeer[]> {
    await checkIds(ctx, { id: cityId, field: 'cityId' }, practiceId ?? null);
    const result = await findPeers(ctx.db, {
      cityId,
      cityField: 'cityId',
      practiceId: practiceId ?? null,
      needs: needs ?? [],
      first,
      experiencedOnly: false,
    });
    ctx.loaders.prime(result.nodes);
    return result.peers;
  }

  @Query(() => [PeerMatch], {
    description:
      'Cities with experience of a practice (implemented, piloting, or passed it on to another city), ranked for `forCity` when given ' +
      '(with the same reasons as peerCities), otherwise by experience alone.',
  })
  async whoCanHelp(
    @Arg('practiceId', () => ID) practiceId: string,
    @Arg('forCity', () => ID, { nullable: true, description: 'The city asking for help.' }) forCity: string | null,
    @FirstArg(10, MAX_PEERS, `How many cities, 1 to ${MAX_PEERS}.`) { first }: { first: number },
    @Ctx() ctx: Context,
  ): Promise<ScoredPeer[]> {
    await checkIds(ctx, { id: forCity ?? null, field: 'forCity' }, practiceId);
    const result = await findPeers(ctx.db, {
      cityId: forCity ?? null,
      cityField: 'forCity',
      practiceId,
      needs: [],
      first,
      experiencedOnly: true,
    });
    ctx.loaders.prime(result.nodes);
    return result.peers;
  }
}

@Resolver(() => PeerReason)
export class PeerReasonResolver {
  @FieldResolver(() => NodeType, {
    nullable: true,
    description: 'What the reason is about: the practice, event, leader, hub, challenge, network, country or region.',
  })
  subject(@Root() reason: PeerReason, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeObject | null> {
    return nodeRef(ctx, reason.subjectId, info);
  }
}
