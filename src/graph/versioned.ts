import type { Driver } from 'neo4j-driver';
import type { Db } from '../neo4j/db';
import { graphVersion } from './curation/version';

/*
 * Results that depend on the whole graph (the network panel) are computed once per graph
 * version and shared by every request of this process: each use costs one cheap read of
 * the graph version (curation/version.ts: every committed write moves it, so several API
 * processes stay consistent), and a computation already under way for that version is joined, not
 * repeated, so a burst of identical requests does the work once.
 */
interface Slot {
  version: number;
  value: Promise<unknown>;
}

const slots = new WeakMap<Driver, Map<string, Slot>>();

/**
 * `keep: false` shares the computation only while it runs (for large results such as
 * exports, which are not worth holding in memory between requests).
 */
export async function perGraphVersion<T>(
  db: Db,
  name: string,
  compute: () => Promise<T>,
  { keep = true }: { keep?: boolean } = {},
): Promise<T> {
  const version = await db.read((tx) => graphVersion(tx));
  let byKey = slots.get(db.driver);
  if (!byKey) slots.set(db.driver, (byKey = new Map()));
  const key = `${db.database}\u0000${name}`;
  const cached = byKey.get(key);
  if (cached && cached.version >= version) return cached.value as Promise<T>;
  const slot: Slot = { version, value: compute() };
  byKey.set(key, slot);
  const forget = () => {
    if (byKey.get(key) === slot) byKey.delete(key);
  };
  slot.value.then(keep ? undefined : forget, forget);
  return slot.value as Promise<T>;
}
