import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../context';
import { notFound } from '../errors';
import { listNodes, LIST_KEY_LENGTH, type NodeFilter } from '../graph/catalogue/nodes';
import type { NodeLabel } from '../domain/labels';
import { Connection, type ConnectionShape } from '../model/connection';
import { encodeKeyCursor, keysetPage, PageArgs } from '../model/list-page';
import { NodeOrder } from '../model/where.input';
import type { NodeObject } from '../model/node.type';
import { childFields, nodeProps, selectedProps } from '../loaders/selection';

/** A catalogue page: the page arguments every list takes, and an order. */
@ArgsType()
export class CataloguePageArgs extends PageArgs {
  @Field(() => NodeOrder, { nullable: true })
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
    async one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeObject | null> {
      const node = await ctx.loaders.nodeWith(id, selectedProps(info));
      return node && node.__typename === label ? node : null;
    }

    @Query(() => ConnectionType, { name: names.many, description: `${label} nodes, filtered, ordered and paged.` })
    async many(
      @Arg('where', () => where, { nullable: true }) filter: W | null,
      @Args(() => CataloguePageArgs, { validate: false }) page: CataloguePageArgs,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<ConnectionShape<NodeObject>> {
      const order = page.orderBy ? { field: page.orderBy.field, direction: page.orderBy.direction } : undefined;
      // The cursor names the list and its order: a cursor of another order is refused, not misread.
      const list = `${label}:${order?.field ?? 'NAME'}:${order?.direction ?? 'ASC'}`;
      const { first, after } = keysetPage(page, list, LIST_KEY_LENGTH);
      const fields = childFields(info.fieldNodes, info.fragments);
      const nodeFields = [...(childFields(fields.get('edges') ?? [], info.fragments).get('node') ?? [])];
      const result = await listNodes(ctx.db, label, {
        filter: (filter ?? {}) as NodeFilter,
        orderBy: order,
        limit: first,
        after,
        props: nodeProps(nodeFields, info.fragments),
        count: fields.has('totalCount'),
      });
      const edges = result.nodes.map(({ node, key }) => ({ cursor: encodeKeyCursor(list, key), node }));
      return {
        edges,
        totalCount: result.total ?? 0,
        pageInfo: {
          hasNextPage: result.hasNext,
          hasPreviousPage: after !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
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
