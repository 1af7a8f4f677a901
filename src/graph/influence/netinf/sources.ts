/**
 * Where cascades come from: an imported data set, or the graph's own ADOPTED relationships of
 * a practice or of every practice of a category (one cascade per practice, a city's adoption
 * date as its time). Also reads the documented INSPIRED influences the inference is compared with.
 */
import type { Db } from '../../../neo4j/db';
import { readCascade } from '../diffusion';
import type { AdoptionEvent } from './cascades';
import { readCascadeDataSet } from './data-sets';
import { NetinfInputError, NetinfNotFoundError } from './models';
import { timeValue } from './read';

export interface CascadeSource {
  dataSet?: string | null;
  practiceId?: string | null;
  category?: string | null;
}

/** A documented influence between two cities (cited INSPIRED), as a pair of node names. */
export interface DocumentedInfluence {
  origin: string;
  destination: string;
  practice: string | null;
  citations: number;
}

export interface LoadedCascades {
  label: string;
  events: AdoptionEvent[];
  /** Adoptions left out, and why (graph adoptions only). */
  skipped: { undated: number; planned: number };
  documented: DocumentedInfluence[];
  /** Display names of nodes, when they are graph ids. */
  names: Map<string, string>;
}

export const checkSource = (s: CascadeSource): void => {
  const given = (['dataSet', 'practiceId', 'category'] as const).filter((k) => s[k]);
  if (given.length !== 1) throw new NetinfInputError('Give exactly one of dataSet, practiceId and category.', given[1] ?? 'dataSet');
};

/**
 * Graph adoptions: a PLANNED adoption has not happened, so it is left out; so is an adoption
 * without a date (NetInf needs a time). Dates become decimal years (see read.ts timeValue).
 */
export async function loadCascades(db: Db, s: CascadeSource): Promise<LoadedCascades> {
  checkSource(s);
  if (s.dataSet) {
    const events = await readCascadeDataSet(db, s.dataSet);
    if (!events) throw new NetinfNotFoundError(`No cascade data set "${s.dataSet}".`, 'dataSet', s.dataSet);
    const ids = [...new Set(events.map((e) => e.node))];
    return {
      label: `data set ${s.dataSet}`,
      events,
      skipped: { undated: 0, planned: 0 },
      documented: await documentedBetween(db, ids),
      names: new Map(),
    };
  }
  const rows = await readCascade(db, { practiceId: s.practiceId, category: s.category });
  if (s.practiceId && !rows.practiceIds.length) throw new NetinfNotFoundError(`No practice "${s.practiceId}".`, 'practiceId', s.practiceId);
  const skipped = { undated: 0, planned: 0 };
  const events: AdoptionEvent[] = [];
  // stable input order: by practice, then date, then city id (the order fixes node ids and so tie-breaking)
  const sorted = [...rows.adoptions].sort(
    (a, b) => a.practice.localeCompare(b.practice) || (a.date ?? '').localeCompare(b.date ?? '') || a.city.localeCompare(b.city),
  );
  for (const a of sorted) {
    if (a.status === 'PLANNED') skipped.planned += 1;
    else if (!a.date) skipped.undated += 1;
    else events.push({ node: a.city, cascade: a.practice, time: timeValue(a.date) as number });
  }
  const documented = rows.edges
    .filter((e) => e.fromLabel === 'City')
    .map((e) => ({ origin: e.from, destination: e.to, practice: e.practice, citations: e.cs?.length ?? 0 }));
  const names = await namesOf(db, [...new Set(events.map((e) => e.node).concat(documented.flatMap((d) => [d.origin, d.destination])))]);
  return { label: s.practiceId ? `practice ${s.practiceId}` : `category ${s.category}`, events, skipped, documented, names };
}

async function documentedBetween(db: Db, ids: string[]): Promise<DocumentedInfluence[]> {
  if (!ids.length) return [];
  return db.query<DocumentedInfluence>(
    `MATCH (s:City)-[r:INSPIRED]->(t:City) WHERE s.id IN $ids AND t.id IN $ids
     RETURN s.id AS origin, t.id AS destination, r.practice AS practice, size(coalesce(r.citationSources, [])) AS citations`,
    { ids },
  );
}

async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: string; name: string }>('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name', {
    ids,
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}
