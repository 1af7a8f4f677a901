import type { Db } from '../../neo4j/db';
import { forgetGraphVersion, perGraphVersion } from '../versioned';
import { loadInfluenceGraph, type InfluenceGraph } from './graph';

/*
 * The influence projection is read once per graph version and shared by every request of
 * this process (ARCHITECTURE.md: "heavy analytics run on a projection that is cached and
 * rebuilt on writes"), through the same per-version sharing as the network panel
 * (../versioned.ts). Its users are the network metrics (computed from it in a worker thread
 * for large graphs, and served stale just after a write: metrics.resolver.ts), exports and the
 * resolvers that read it through diffusion-graph.ts; paths, reach and cascades run in Neo4j.
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
