import { notFound } from '../../errors';
import type { AdoptionStatus, PracticeCategory } from '../../model/enums';
import type { Db } from '../../neo4j/db';
import { fillYears } from './counts';

export interface SeriesFilter {
  practiceId?: string | null;
  category?: PracticeCategory | null;
  statuses?: AdoptionStatus[] | null;
}

export interface Series {
  points: { period: string; count: number; cumulative: number }[];
  undated: number;
  total: number;
}

/**
 * Adoptions (any adopter -ADOPTED-> Practice) per year of their date, for one practice, one
 * category, or all; one round trip that also tells whether the practice exists. A year is
 * the finest period: most dates are stated to the year only, and precision is never invented.
 */
export async function adoptionSeries(db: Db, f: SeriesFilter): Promise<Series> {
  const rows = await db.query<{ found: boolean; total: number; years: number[] }>(
    `OPTIONAL MATCH (p:Practice {id: $practiceId})
     CALL (p) {
       OPTIONAL MATCH (:Entity)-[r:ADOPTED]->(q:Practice)
       WHERE ($practiceId IS NULL OR q = p) AND ($category IS NULL OR q.category = $category)
         AND ($statuses IS NULL OR r.status IN $statuses)
       // collect() skips nulls: undated adoptions count in total only.
       RETURN count(r) AS total, collect(toInteger(substring(r.date, 0, 4))) AS years
     }
     RETURN ($practiceId IS NULL OR p IS NOT NULL) AS found, total, years`,
    { practiceId: f.practiceId ?? null, category: f.category ?? null, statuses: f.statuses?.length ? f.statuses : null },
  );
  const row = rows[0]!;
  if (!row.found) throw notFound(String(f.practiceId), 'Practice', 'practiceId');
  const counts = new Map<number, number>();
  for (const y of row.years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let cumulative = 0;
  const points = fillYears([...counts].map(([year, count]) => ({ year, count }))).map((b) => ({
    period: String(b.year).padStart(4, '0'),
    count: b.count,
    cumulative: (cumulative += b.count),
  }));
  return { points, undated: row.total - row.years.length, total: row.total };
}
