import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AppError } from '../errors';
import { searchNodes } from '../graph/catalogue/nodes';
import { NodeKind } from '../model/enums';
import { FirstArg } from '../model/connection';
import { NodeType, type NodeObject } from '../model/node.type';
import { selectedProps } from '../loaders/selection';

@Resolver()
export class SearchResolver {
  @Query(() => [NodeType], {
    description:
      'Full-text search over names and descriptions of every type, best match first. Prefix and accent-insensitive ("cair" finds Čair).',
  })
  async search(
    @Arg('text', () => String) text: string,
    @FirstArg(10) { first }: { first: number },
    @Arg('types', () => [NodeKind], { nullable: true, description: 'Only these types.' }) types: NodeKind[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeObject[]> {
    if (text.length > 200) throw new AppError('BAD_USER_INPUT', '"text" must be at most 200 characters.', { field: 'text' });
    const hits = await searchNodes(ctx.db, text, first, types ?? undefined, selectedProps(info));
    return hits.map((h) => h.node);
  }

  @Query(() => NodeType, { nullable: true, description: 'Any node by id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeObject | null> {
    return ctx.loaders.node.load(id);
  }
}
