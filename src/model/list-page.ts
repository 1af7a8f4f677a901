import { createHash } from 'node:crypto';
import { ArgsType, Field, Int } from 'type-graphql';
import { AppError } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * The one way to take a page of a list that has cursors: the catalogue connections
 * (`cities(first: 20, after: …)`) and every list of related things (`city { adoptions(first: 20) }`).
 * `first` is 0 to MAX_PAGE_SIZE (DEFAULT_PAGE_SIZE when left out), so no answer grows with the graph.
 * Cursors are keyset positions (the sort key of the last item), so a page after a cursor stays the
 * same when items are added before it; they are opaque, tied to the list they came from and checked.
 * Both are checked by `keysetPage` (below), which decodes the cursor anyway, so resolvers take
 * these arguments with `validate: false`: one check, one message. Lists without cursors take
 * `FirstArg` (connection.ts).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `cursor` of the last item already read: the items after it.' })
  after?: string | null;
}

/** A page request in graph terms: how many, and after which sort key. */
export interface KeysetPage {
  first: number;
  after: readonly unknown[] | null;
}

const checksum = (payload: string): string => createHash('sha256').update(payload).digest('base64url').slice(0, 10);

/** An opaque cursor for the item with sort key `key` in the list `list`. */
export function encodeKeyCursor(list: string, key: readonly unknown[]): string {
  const payload = Buffer.from(JSON.stringify([list, key])).toString('base64url');
  return `${payload}.${checksum(payload)}`;
}

/** The sort key inside a cursor of `list`; BAD_USER_INPUT naming `field` for anything this API did not return. */
export function decodeKeyCursor(cursor: string, list: string, keyLength: number, field = 'after'): unknown[] {
  const bad = () =>
    new AppError(
      'BAD_USER_INPUT',
      `"${field}" is not a cursor this list returned. Pass the cursor of an item of the same list, or leave it out to start at the beginning.`,
      { field },
    );
  const [payload, sum, ...rest] = cursor.split('.');
  if (!payload || !sum || rest.length || cursor.length > 2_000 || checksum(payload) !== sum) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== list) throw bad();
  const key: unknown = parsed[1];
  if (!Array.isArray(key) || key.length !== keyLength || !key.every((k) => typeof k === 'string' || typeof k === 'number')) throw bad();
  return key;
}

/** Validates `first` / `after` of a list (BAD_USER_INPUT naming the argument). */
export function keysetPage(args: PageArgs | undefined, list: string, keyLength: number): KeysetPage {
  const first = args?.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', `"first" must be between 0 and ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
  const after = args?.after === null || args?.after === undefined ? null : decodeKeyCursor(args.after, list, keyLength);
  return { first, after };
}
