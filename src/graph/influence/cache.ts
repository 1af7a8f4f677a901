import type { Db } from '../../neo4j/db';
import { forgetGraphVersion, perGraphVersion } from '../versioned';
import { loadInfluenceGraph, type InfluenceGraph } from './graph';

/*
 * The influence projection is read once per graph version and shared by every request of
 * this process (ARCHITECTURE.md: "heavy analytics run on a projection that is cached and
 * rebuilt on writes"), through the same per-version sharing as the network panel
 * (../versioned.ts). Paths, reach and cascades need the graph as it is now, so a request after
 * a write waits for the new projection rather than answering from the old one.
 */
const NAME = 'influence.graph';

/** The current influence graph: the cached one when the version has not moved, else a fresh read. */
export async function influenceGraph(db: Db): Promise<InfluenceGraph> {
  return (await perGraphVersion(db, NAME, () => db.read((tx) => loadInfluenceGraph(tx)))).value;
}

/** Forgets cached projections (tests and the benchmark measure cold loads with it). */
export function dropInfluenceCache(db: Db): void {
  forgetGraphVersion(db, NAME);
}
