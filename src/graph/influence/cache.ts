import type { Driver } from 'neo4j-driver';
import type { Db } from '../../neo4j/db';
import { graphVersion } from '../curation/version';
import { loadInfluenceGraph, type InfluenceGraph } from './graph';

/*
 * The influence projection is read once per graph version and shared by every request of
 * this process (ARCHITECTURE.md: "heavy analytics run on a projection that is cached and
 * rebuilt on writes"). Each use costs one cheap read of the graph version (a count
 * from Neo4j's counts store, curation/version.ts); every committed write moves it (curation.ts), so any number of API processes notice changes.
 * Keyed by driver and database, so that two databases in one process never share.
 */
interface Slot {
  version: number;
  graph: Promise<InfluenceGraph>;
}

const slots = new WeakMap<Driver, Map<string, Slot>>();

function slotsOf(db: Db): Map<string, Slot> {
  let m = slots.get(db.driver);
  if (!m) slots.set(db.driver, (m = new Map()));
  return m;
}

/** The current influence graph: the cached one when the version has not moved, else a fresh read. */
export async function influenceGraph(db: Db): Promise<InfluenceGraph> {
  const version = await db.read((tx) => graphVersion(tx));
  const byDb = slotsOf(db);
  const cached = byDb.get(db.database);
  if (cached && cached.version === version) return cached.graph;
  const graph = db.read((tx) => loadInfluenceGraph(tx));
  const slot: Slot = { version, graph };
  byDb.set(db.database, slot);
  // The load reads the version again in its own transaction; key the slot by what it saw.
  graph.then(
    (g) => {
      if (byDb.get(db.database) === slot) slot.version = g.version;
    },
    () => {
      if (byDb.get(db.database) === slot) byDb.delete(db.database);
    },
  );
  return graph;
}

/** Forgets cached projections (tests and the benchmark measure cold loads with it). */
export function dropInfluenceCache(db: Db): void {
  slots.get(db.driver)?.delete(db.database);
}
