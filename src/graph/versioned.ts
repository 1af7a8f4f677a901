import type { Driver } from 'neo4j-driver';
import type { Db } from '../neo4j/db';
import { graphVersion } from './curation/version';

/*
 * Results that depend on the whole graph (the network panel, the influence projection) are
 * computed once per graph version and shared by every request of this process: each use costs
 * one cheap read of the graph version (curation/version.ts: every committed write moves it, so
 * several API processes stay consistent), and a computation already under way for that version
 * is joined, not repeated, so a burst of identical requests does the work once.
 *
 * `version` passes a version the request already read, so that the panels of one dashboard
 * request cost one read of it between them, not one each.
 *
 * With `stale: true` a request never waits for a rebuild after a write (issue 10): while the
 * next version is computed, it gets the last finished one, marked as such by the caller.
 */
interface Slot {
  version: number;
  value: Promise<unknown>;
}

interface Entry {
  /** The newest finished result (kept results only). */
  done?: Slot;
  /** The computation under way, if any. */
  running?: Slot;
}

const entries = new WeakMap<Driver, Map<string, Entry>>();

function entryOf(db: Db, name: string): Entry {
  let byKey = entries.get(db.driver);
  if (!byKey) entries.set(db.driver, (byKey = new Map()));
  const key = `${db.database}\u0000${name}`;
  let entry = byKey.get(key);
  if (!entry) byKey.set(key, (entry = {}));
  return entry;
}

export interface Versioned<T> {
  value: T;
  /** True when `value` is of an earlier graph version than the current one (only with `stale: true`). */
  stale: boolean;
}

/**
 * `keep: false` shares the computation only while it runs (for large results such as
 * exports, which are not worth holding in memory between requests). `stale: true` answers
 * with the last finished version while a newer one is being computed.
 */
export async function perGraphVersion<T>(
  db: Db,
  name: string,
  compute: () => Promise<T>,
  { keep = true, stale = false, version: known }: { keep?: boolean; stale?: boolean; version?: Promise<number> } = {},
): Promise<Versioned<T>> {
  const version = await (known ?? readGraphVersion(db));
  const entry = entryOf(db, name);
  const fresh = (slot: Slot) => ({ value: slot.value as Promise<T>, stale: false });
  let result: { value: Promise<T>; stale: boolean };
  if (entry.done && entry.done.version >= version) result = fresh(entry.done);
  else {
    let running = entry.running;
    if (!running || running.version < version) {
      const slot: Slot = (running = { version, value: compute() });
      entry.running = slot;
      slot.value.then(
        () => {
          if (keep && (!entry.done || entry.done.version < slot.version)) entry.done = slot;
          if (entry.running === slot) entry.running = undefined;
        },
        () => {
          if (entry.running === slot) entry.running = undefined;
        },
      );
    }
    result = stale && entry.done ? { value: entry.done.value as Promise<T>, stale: true } : fresh(running);
  }
  return { value: await result.value, stale: result.stale };
}

/** Marks the request's answer as not to be kept when a result came from an earlier version (src/answer-cache.ts). */
export const markStale =
  (ctx: { staleAnswer?: boolean }) =>
  <V extends { stale: boolean }>(result: V): V => {
    if (result.stale) ctx.staleAnswer = true;
    return result;
  };

/** One read of the current graph version (a request that needs it for several fields reads it once: `requestGraphVersion`). */
export const readGraphVersion = (db: Db): Promise<number> => db.read((tx) => graphVersion(tx));

/** Forgets what was computed under `name` (tests and the benchmark measure cold computations with it). */
export function forgetGraphVersion(db: Db, name: string): void {
  entries.get(db.driver)?.delete(`${db.database}\u0000${name}`);
}
