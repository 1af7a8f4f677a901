import type { Context } from '../context';
import type { Direction } from '../graph/catalogue/links';
import type { RelType } from '../domain/relationships';
import type { LinkObject } from '../model/link.type';
import type { NodeObject } from '../model/node.type';

/** The relationships of one type at a node, through the request's batching loader. */
export const linksAt = (ctx: Context, node: NodeObject, type: RelType, direction: Direction): Promise<LinkObject[]> =>
  ctx.loaders.links(type, direction).load(node.id);

/** Both directions of a symmetric relationship (partnerships). */
export async function linksBothWays(ctx: Context, node: NodeObject, type: RelType): Promise<LinkObject[]> {
  const [out, inn] = await Promise.all([linksAt(ctx, node, type, 'OUT'), linksAt(ctx, node, type, 'IN')]);
  return [...out, ...inn];
}

/** A node referred to by id in a property (an event's place, an organisation's country). */
export const nodeRef = async (ctx: Context, id: unknown): Promise<NodeObject | null> =>
  typeof id === 'string' && id ? ctx.loaders.node.load(id) : null;
