import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { Direction, PagedLink } from '../graph/catalogue/links';
import type { RelType } from '../domain/relationships';
import type { PagedNode, PlaceKind } from '../graph/catalogue/places';
import { LINK_KEY_LENGTH } from '../graph/catalogue/links';
import { PLACE_KEY_LENGTH } from '../graph/catalogue/places';
import { keysetPage, type PageArgs } from '../model/list-page';
import type { NodeObject } from '../model/node.type';
import { linkListName, placeListName } from '../loaders';
import { endShape, linkShape, selectedProps } from '../loaders/selection';

/**
 * One page of the relationships of one type at a node, reading only what the selection
 * asks for, batched with every other read of the same level (src/loaders).
 */
export const linksAt = (
  ctx: Context,
  node: NodeObject,
  type: RelType,
  direction: Direction,
  info: GraphQLResolveInfo,
  page?: PageArgs,
): Promise<PagedLink[]> =>
  ctx.loaders.links(
    type,
    direction,
    node.id,
    keysetPage(page, linkListName(type, direction), LINK_KEY_LENGTH),
    linkShape(type, direction, info),
  );

/** The one relationship of a to-one field (a city's location in its country). */
export const linkOne = async (
  ctx: Context,
  node: NodeObject,
  type: RelType,
  direction: Direction,
  info: GraphQLResolveInfo,
): Promise<PagedLink | null> =>
  (await ctx.loaders.links(type, direction, node.id, { first: 1, after: null }, linkShape(type, direction, info)))[0] ?? null;

/** The node at the other end of a to-one relationship (a city's country). */
export async function linkEnd(
  ctx: Context,
  node: NodeObject,
  type: RelType,
  direction: Direction,
  end: string,
  info: GraphQLResolveInfo,
): Promise<NodeObject | null> {
  const [link] = await ctx.loaders.links(type, direction, node.id, { first: 1, after: null }, endShape(info));
  return (link?.[end] as NodeObject | undefined) ?? null;
}

/** One page of derived geography at a node. */
export const placesAt = (
  ctx: Context,
  node: NodeObject,
  kind: PlaceKind,
  info: GraphQLResolveInfo,
  page?: PageArgs,
): Promise<PagedNode[]> => ctx.loaders.places(kind, node.id, keysetPage(page, placeListName(kind), PLACE_KEY_LENGTH), selectedProps(info));

/** The first of a derived place (a city's region). */
export const placeOne = async (ctx: Context, node: NodeObject, kind: PlaceKind, info: GraphQLResolveInfo): Promise<NodeObject | null> =>
  (await ctx.loaders.places(kind, node.id, { first: 1, after: null }, selectedProps(info)))[0] ?? null;

/** A node referred to by id in a property (an event's place, an organisation's country), with what the selection needs. */
export const nodeRef = async (ctx: Context, id: unknown, info: GraphQLResolveInfo): Promise<NodeObject | null> =>
  typeof id === 'string' && id ? ctx.loaders.nodeWith(id, selectedProps(info)) : null;
