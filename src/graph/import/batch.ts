import { relationshipKey } from '../curation/upsert';
import { NODE_FILES } from '../seed';
import { type Batch } from '../curation/batch';
import { describeContext, inputError, type EntryContext } from '../curation/validation';

/**
 * Joins the batches of several files into one, in the order the writes need (sources,
 * regions, countries, cities… then relationships), and refuses a fact that two entries
 * state: within one run each node and relationship is written once.
 */
export function mergeBatches(batches: Batch[]): Batch {
  const merged: Batch = { nodes: [], relationships: batches.flatMap((b) => b.relationships) };
  for (const [, label] of NODE_FILES) {
    const writes = batches.flatMap((b) => b.nodes.filter((g) => g.label === label).flatMap((g) => g.writes));
    if (writes.length) merged.nodes.push({ label, writes });
  }
  refuseRepeats(
    merged.nodes.flatMap((g) => g.writes),
    (w) => w.input.id,
    'id',
    (w) => `id "${w.input.id}"`,
  );
  refuseRepeats(
    merged.relationships,
    ({ input }) => `${input.type}|${input.from}|${input.to}|${relationshipKey(input.type, input)}`,
    'to',
    ({ input }) => `${input.type} from "${input.from}" to "${input.to}"`,
  );
  return merged;
}

function refuseRepeats<W extends { ctx?: EntryContext }>(writes: W[], key: (w: W) => string, field: string, what: (w: W) => string): void {
  const seen = new Map<string, EntryContext>();
  for (const w of writes) {
    const k = key(w);
    const first = seen.get(k);
    if (first)
      throw inputError(
        w.ctx ?? {},
        field,
        `${what(w)} is also stated at ${describeContext({ ...first, id: undefined }) || 'an earlier entry'}; state each fact once per import (add citations to one entry)`,
      );
    seen.set(k, w.ctx ?? {});
  }
}

export const batchSize = (b: Batch): { nodes: number; relationships: number } => ({
  nodes: b.nodes.reduce((n, g) => n + g.writes.length, 0),
  relationships: b.relationships.length,
});
