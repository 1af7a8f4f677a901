import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Challenge } from '../model/challenge.type';
import { Adoption, Facing, Funding, Topic } from '../model/link.type';
import type { NodeObject } from '../model/node.type';
import { Practice } from '../model/practice.type';
import { ChallengeWhere, PracticeWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt } from './links';
import { PageArgs } from '../model/list-page';

export const PracticeCatalogueResolver = catalogueResolver(Practice, 'Practice', PracticeWhere, { one: 'practice', many: 'practices' });
export const ChallengeCatalogueResolver = catalogueResolver(Challenge, 'Challenge', ChallengeWhere, {
  one: 'challenge',
  many: 'challenges',
});

@Resolver(() => Practice)
export class PracticeResolver {
  @FieldResolver(() => [Adoption], { description: 'Cities that adopted, piloted or plan the practice, in date order.' })
  adoptions(
    @Root() practice: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, practice, 'ADOPTED', 'IN', info, page);
  }

  @FieldResolver(() => [Funding])
  funding(
    @Root() practice: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, practice, 'FUNDED', 'IN', info, page);
  }

  @FieldResolver(() => [Topic], { description: 'Events about the practice.' })
  events(
    @Root() practice: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, practice, 'FOCUSED_ON', 'IN', info, page);
  }
}

@Resolver(() => Challenge)
export class ChallengeResolver {
  @FieldResolver(() => [Facing])
  facedBy(
    @Root() challenge: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, challenge, 'FACES', 'IN', info, page);
  }

  @FieldResolver(() => [Topic])
  events(
    @Root() challenge: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, challenge, 'FOCUSED_ON', 'IN', info, page);
  }
}
