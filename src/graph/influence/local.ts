import type { Citation } from '../../model/node.type';
import { citationsOf } from '../records';

/*
 * The evidence of relationships by element id, for hops that carry the element ids of the
 * relationships they stand on (`rels`) instead of their citations: the request's loader reads
 * it for the hops shown, batched with the other reads of a level. influencePaths and
 * influenceReach read their hops' evidence in their own statement (traverse.ts).
 */

/** What a relationship states as evidence. */
export interface RelEvidence {
  citations: Citation[];
  description: string | null;
}

/** The evidence of relationships by element id (`$<ids>`), as rows `eid, row` (the loaders batch it with other reads). */
export const evidenceCypher = (ids: string): string =>
  `UNWIND $${ids} AS eid MATCH ()-[r]->() WHERE elementId(r) = eid
   RETURN eid, [r.citationSources, r.citationExcerpts, r.citationFields, r.description] AS row`;

export function toEvidence(row: unknown): RelEvidence {
  const [citationSources, citationExcerpts, citationFields, description] = row as [string[], string[], string[], string | null];
  return { citations: citationsOf({ citationSources, citationExcerpts, citationFields }), description: description ?? null };
}
