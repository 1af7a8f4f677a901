import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver, type ClassType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../context';
import { notFound } from '../errors';
import { listNodes, type NodeFilter } from '../graph/catalogue/nodes';
import type { NodeLabel } from '../domain/labels';
import { Connection, ConnectionArgs, pageWindow, toConnection, type ConnectionShape } from '../model/connection';
import { NodeOrder } from '../model/where.input';
import type { NodeObject } from '../model/node.type';

@ArgsType()
export class PageArgs extends ConnectionArgs {
  @Field(() => NodeOrder, { nullable: true })
  @IsOptional()
  orderBy?: NodeOrder | null;
}

/**
 * The two root queries every node type has: `<name>(id:)` and `<plural>(where:, orderBy:,
 * first:, after:)` as a Relay connection. Made once per type by this factory.
 */
export function catalogueResolver<T extends object, W extends object>(
  type: ClassType<T>,
  label: NodeLabel,
  where: ClassType<W>,
  names: { one: string; many: string },
) {
  const ConnectionType = Connection(type, label);

  @Resolver()
  class CatalogueResolver {
    @Query(() => type, { name: names.one, nullable: true, description: `One ${label} by id (null when there is none).` })
    async one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeObject | null> {
      const node = await ctx.loaders.node.load(id);
      return node && node.__typename === label ? node : null;
    }

    @Query(() => ConnectionType, { name: names.many, description: `${label} nodes, filtered, ordered and paged.` })
    async many(
      @Arg('where', () => where, { nullable: true }) filter: W | null,
      @Args(() => PageArgs) page: PageArgs,
      @Ctx() ctx: Context,
    ): Promise<ConnectionShape<NodeObject>> {
      const { offset, limit } = pageWindow(page);
      const order = page.orderBy ? { field: page.orderBy.field, direction: page.orderBy.direction } : undefined;
      const result = await listNodes(ctx.db, label, { filter: (filter ?? {}) as NodeFilter, orderBy: order, offset, limit });
      ctx.loaders.prime(result.nodes);
      return toConnection(result.nodes, result.total, offset);
    }
  }
  Object.defineProperty(CatalogueResolver, 'name', { value: `${label}CatalogueResolver` });
  return CatalogueResolver;
}

/** Loads a node that must exist, for mutation and capability arguments. */
export async function requireNode(ctx: Context, id: string, field: string, label?: NodeLabel): Promise<NodeObject> {
  const node = await ctx.loaders.node.load(id);
  if (!node || (label && node.__typename !== label)) throw notFound(id, label ?? 'node', field);
  return node;
}
