import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
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

const sizeMessage = (min: number, max: number) => ({ message: `must be a whole number from ${min} to ${max}` });

/**
 * The one way to take a page size: `first`, a whole number from 1 to `max` (`defaultValue`
 * when left out), checked by class-validator before the resolver runs, so a bad value
 * comes back as BAD_USER_INPUT naming "first". One class per (default, max), reused.
 */
export function FirstArgs(
  defaultValue: number,
  max: number = MAX_PAGE_SIZE,
  description = `How many, 1 to ${max}.`,
): ClassType<{ first: number }> {
  const key = `${defaultValue}/${max}/${description}`;
  const known = firstArgs.get(key);
  if (known) return known;
  @ArgsType()
  class First {
    @Field(() => Int, { defaultValue, description })
    @IsInt(sizeMessage(1, max))
    @Min(1, sizeMessage(1, max))
    @Max(max, sizeMessage(1, max))
    first!: number;
  }
  firstArgs.set(key, First);
  return First;
}
const firstArgs = new Map<string, ClassType<{ first: number }>>();

/**
 * `@FirstArg(10, 20) { first }: { first: number }`: the page-size argument of a list query.
 * The ArgsType class is made when the resolver class is defined (type-graphql reads its
 * metadata before it calls type functions).
 */
export function FirstArg(defaultValue: number, max: number = MAX_PAGE_SIZE, description?: string): ReturnType<typeof Args> {
  const cls = FirstArgs(defaultValue, max, description);
  return Args(() => cls);
}

/** A connection's page: `first` (0 to MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE when left out) after a cursor. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt(sizeMessage(0, MAX_PAGE_SIZE))
  @Min(0, sizeMessage(0, MAX_PAGE_SIZE))
  @Max(MAX_PAGE_SIZE, sizeMessage(0, MAX_PAGE_SIZE))
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  after?: string | null;
}

/** Cursors are opaque to clients; inside they are offsets in the stable order of the query. */
export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined, field = 'after'): number {
  if (cursor === null || cursor === undefined) return -1;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new AppError('BAD_USER_INPUT', `"${field}" is not a cursor this API returned.`, { field });
  return Number(m[1]);
}

/** Turns validated ConnectionArgs into an offset and limit (the cursor is checked here). */
export function pageWindow({ first, after }: ConnectionArgs): { offset: number; limit: number } {
  return { offset: decodeCursor(after) + 1, limit: first ?? DEFAULT_PAGE_SIZE };
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
