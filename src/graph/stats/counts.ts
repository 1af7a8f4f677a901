import { EventKind, PracticeCategory, type AdoptionStatus } from '../../model/enums';
import { humanise } from '../../domain/humanise';
import type { Db } from '../../neo4j/db';

/** One bar of a count panel. */
export interface Bucket {
  key: string;
  label: string;
  count: number;
}

/**
 * The count panels, each one parameterised Cypher statement returning `key, label, count`.
 * Geography panels count CITIES: in a region or country through IN_COUNTRY / IN_REGION, and
 * under a hub when the hub covers the city itself, its country or its region (as City.hubs).
 */
const COUNTS = {
  citiesByRegion: `MATCH (g:Region)
    OPTIONAL MATCH (c:City)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(g)
    RETURN g.id AS key, g.name AS label, count(DISTINCT c) AS count`,
  citiesByHub: `MATCH (g:Hub)
    OPTIONAL MATCH (c:City)-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(g)
    RETURN g.id AS key, g.name AS label, count(DISTINCT c) AS count`,
  citiesByCountry: `MATCH (g:Country)
    OPTIONAL MATCH (c:City)-[:IN_COUNTRY]->(g)
    RETURN g.id AS key, g.name AS label, count(DISTINCT c) AS count`,
  practicesByCategory: `UNWIND $values AS key
    OPTIONAL MATCH (p:Practice {category: key})
    RETURN key, key AS label, count(p) AS count`,
  adoptionsByCategory: `UNWIND $values AS key
    OPTIONAL MATCH (:Entity)-[r:ADOPTED]->(:Practice {category: key}) WHERE $statuses IS NULL OR r.status IN $statuses
    RETURN key, key AS label, count(r) AS count`,
  eventsByKind: `UNWIND $values AS key
    OPTIONAL MATCH (e:Event {kind: key})
    RETURN key, key AS label, count(e) AS count`,
} as const;

export type CountPanel = keyof typeof COUNTS;

/** Enum panels list every value of the enum, so that empty bars show. */
const VALUES: Partial<Record<CountPanel, string[]>> = {
  practicesByCategory: Object.values(PracticeCategory),
  adoptionsByCategory: Object.values(PracticeCategory),
  eventsByKind: Object.values(EventKind),
};

const largestFirst = (a: Bucket, b: Bucket): number => b.count - a.count || a.label.localeCompare(b.label) || a.key.localeCompare(b.key);

/** One count panel in one round trip. `statuses` filters adoptionsByCategory. */
export async function countPanel(db: Db, panel: CountPanel, statuses?: AdoptionStatus[] | null): Promise<Bucket[]> {
  const values = VALUES[panel];
  const rows = await db.query<Bucket>(COUNTS[panel], { values: values ?? null, statuses: statuses?.length ? statuses : null });
  return rows.map((r) => (values ? { ...r, label: humanise(r.key) } : { ...r, label: r.label ?? r.key })).sort(largestFirst);
}

export interface YearBucket {
  year: number | null;
  count: number;
}

/**
 * Events per year of their partial date (`substring(date, 0, 4)`), every year from the first
 * to the last, then the undated events as `year: null`.
 */
export async function eventsByYear(db: Db): Promise<YearBucket[]> {
  const rows = await db.query<YearBucket>(
    `MATCH (e:Event)
     RETURN CASE WHEN e.date IS NULL THEN null ELSE toInteger(substring(e.date, 0, 4)) END AS year, count(*) AS count`,
  );
  return fillYears(rows);
}

/** Fills the years between the first and the last with zero counts; `null` (undated) last. */
export function fillYears(rows: YearBucket[]): YearBucket[] {
  const dated = new Map(rows.filter((r) => r.year !== null).map((r) => [r.year!, r.count]));
  const out: YearBucket[] = [];
  if (dated.size) {
    const years = [...dated.keys()];
    for (let y = Math.min(...years); y <= Math.max(...years); y += 1) out.push({ year: y, count: dated.get(y) ?? 0 });
  }
  const undated = rows.find((r) => r.year === null);
  if (undated?.count) out.push({ year: null, count: undated.count });
  return out;
}
