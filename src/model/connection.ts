import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AppError } from '../errors';

@ObjectType('PageInfo', { description: 'Relay cursor-connection page information.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor?: string | null;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type (Relay spec). */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of nodes matching the filter, over all pages.' }) totalCount!: number;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque to clients; inside they are offsets in the stable order of the query. */
export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined, field = 'after'): number {
  if (cursor === null || cursor === undefined) return -1;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new AppError('BAD_USER_INPUT', `"${field}" is not a cursor this API returned.`, { field });
  return Number(m[1]);
}

/** Validates `first` / `after` and turns them into an offset and limit. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined): { offset: number; limit: number } {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', `"first" must be between 0 and ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
  return { offset: decodeCursor(after) + 1, limit };
}

export function toConnection<T>(nodes: T[], total: number, offset: number): ConnectionShape<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + nodes.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
