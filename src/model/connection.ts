import { IsInt, Max, Min } from 'class-validator';
import { Args, ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

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
