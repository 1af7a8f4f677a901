/**
 * One inference from the graph: load the cascades (data set or graph adoptions), run NetInf in a
 * worker thread, and compare the result with the documented influences.
 */
import type { Db } from '../../../neo4j/db';
import { buildCascades, type Cascades } from './cascades';
import { compareWithDocumented, type Comparison } from './compare';
import { NetinfInputError } from './models';
import type { NetinfOptions, NetinfResult } from './netinf';
import { netinfInWorker } from './run-worker';
import { loadCascades, type CascadeSource, type LoadedCascades } from './sources';

/** The largest problem the API takes on (nodes × adoptions); the CLI has no such limit. */
export const MAX_API_WORK = 5_000_000;

export interface Inference {
  loaded: LoadedCascades;
  cascades: Cascades;
  result: NetinfResult;
  comparison: Comparison;
}

export async function inferFromGraph(
  db: Db,
  source: CascadeSource,
  options: NetinfOptions,
  limits: { maxWork?: number; timeoutMs?: number } = {},
): Promise<Inference> {
  const loaded = await loadCascades(db, source);
  if (!loaded.events.length)
    throw new NetinfInputError(
      `The ${loaded.label} has no dated adoptions to infer from.`,
      source.dataSet ? 'dataSet' : source.practiceId ? 'practiceId' : 'category',
    );
  const cascades = buildCascades(loaded.events);
  const work = cascades.nodeNames.length * loaded.events.length;
  if (work > (limits.maxWork ?? MAX_API_WORK)) {
    throw new NetinfInputError(
      `These cascades are too large for the API (${cascades.nodeNames.length} nodes × ${loaded.events.length} adoptions); use the CLI (prevention-graph infer).`,
      'dataSet',
    );
  }
  const result = await netinfInWorker(cascades, options, limits.timeoutMs);
  return { loaded, cascades, result, comparison: compareWithDocumented(result.edges, loaded.documented, cascades) };
}
