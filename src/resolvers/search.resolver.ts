
import { Arg, Ctx, ID, Int, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../context';
import { AppError } from '../errors';
import { searchNodes } from '../graph/catalogue/nodes';
import { NODE_LABELS, type NodeLabel } from '../domain/relationships';
import { MAX_PAGE_SIZE } from '../model/connection';
import { NodeType, type NodeObject } from '../model/node.type';

export enum NodeKind {
  City = 'City',
  Country = 'Country',
  Region = 'Region',
  Hub = 'Hub',
  Leader = 'Leader',
  Organisation = 'Organisation',
  Practice = 'Practice',
  Event = 'Event',
  Challenge = 'Challenge',
  Group = 'Group',
  Source = 'Source',
}
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The types of node in the graph.' });
void (NODE_LABELS satisfies readonly `${NodeKind}`[]);

@Resolver()
export class SearchResolver {
  @Query(() => [NodeType], {
    description: 'Full-text search over names and descriptions of every type, best match first. Prefix and accent-insensitive ("cair" finds Čair).',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('types', () => [NodeKind], { nullable: true, description: 'Only these types.' }) types: NodeKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<NodeObject[]> {
    if (text.length > 200) throw new AppError('BAD_USER_INPUT', '"text" must be at most 200 characters.', { field: 'text' });
    if (first < 1 || first > MAX_PAGE_SIZE) throw new AppError('BAD_USER_INPUT', `"first" must be between 1 and ${MAX_PAGE_SIZE}.`, { field: 'first' });
    const hits = await searchNodes(ctx.db, text, first, (types ?? undefined) as NodeLabel[] | undefined);
    const nodes = hits.map((h) => h.node);
    ctx.loaders.prime(nodes);
    return nodes;
  }

  @Query(() => NodeType, { nullable: true, description: 'Any node by id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeObject | null> {
    return ctx.loaders.node.load(id);
  }
}
