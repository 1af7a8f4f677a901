import type { Citation } from '../../model/node.type';
import type { Db } from '../../neo4j/db';
import { originsOf } from '../../domain/cascade-roles';
import { DEFAULT_INFLUENCE_KIND } from '../../domain/influence-kinds';
import { citationsOf } from '../records';
import { knownAsOf, lagBetween, spanOf, type MonthRange } from './time';

/**
 * The cascade of a practice (or of every practice of a category): who adopted it and
 * when, who learned it from whom, and how far it spread. Read in one round trip; the
 * shape is assembled in `assembleCascade`, a pure function the unit tests exercise.
 *
 * Adopters are cities, groups, organisations and countries (whoever ADOPTED a practice).
 * Influence edges of the cascade: INSPIRED relationships (of any kind, to any actor) naming
 * one of its practices, plus INSPIRED relationships naming no practice between two of its
 * adopters (the documents often leave the practice implicit, e.g. Kumanovo → Elbasan).
 */
export interface CascadeQuery {
  practiceId?: string | null;
  category?: string | null;
  asOf?: string | null;
}

interface AdoptionRow {
  city: string;
  practice: string;
  status: string;
  date: string | null;
  country: string | null;
  region: string | null;
  cs: string[] | null;
  ce: string[] | null;
}

interface EdgeRow {
  from: string;
  fromLabel: string;
  fromDate: string | null;
  to: string;
  toCountry: string | null;
  toRegion: string | null;
  date: string | null;
  practice: string | null;
  via: string | null;
  influence?: string | null;
  cs: string[] | null;
  ce: string[] | null;
}

export interface CascadeRows {
  practiceIds: string[];
  adoptions: AdoptionRow[];
  edges: EdgeRow[];
}

/** The cascade statement (exported for the benchmark, which runs it raw). */
export const CASCADE_CYPHER = `
  MATCH (p:Practice) WHERE p.id = $practiceId OR p.category = $category
  WITH collect(p.id) AS practiceIds
  CALL (practiceIds) {
    MATCH (c:Entity)-[a:ADOPTED]->(p:Practice) WHERE p.id IN practiceIds
    OPTIONAL MATCH (co:Country) WHERE co.id = CASE WHEN c:Country THEN c.id ELSE c.country END
    RETURN collect({city: c.id, practice: p.id, status: a.status, date: a.date, country: co.id, region: coalesce(co.region, c.region),
                    cs: a.citationSources, ce: a.citationExcerpts}) AS adoptions,
           collect(DISTINCT c.id) AS adopterIds
  }
  CALL (practiceIds, adopterIds) {
    MATCH (s:Entity)-[r:INSPIRED]->(t:Entity)
    WHERE r.practice IN practiceIds OR (r.practice IS NULL AND t.id IN adopterIds AND s.id IN adopterIds)
    OPTIONAL MATCH (v:Event {id: r.via})
    OPTIONAL MATCH (tc:City {id: t.place})
    OPTIONAL MATCH (co:Country) WHERE co.id = coalesce(t.country, tc.country)
    RETURN collect({from: s.id, fromLabel: [l IN labels(s) WHERE l <> 'Entity'][0], fromDate: s.date, to: t.id,
                    toCountry: co.id, toRegion: coalesce(co.region, t.region), date: coalesce(r.date, v.date), practice: r.practice, via: r.via, influence: coalesce(r.kind, 'INSPIRED'),
                    cs: r.citationSources, ce: r.citationExcerpts}) AS edges
  }
  RETURN practiceIds, adoptions, edges`;

/** Reads what a cascade is made of (one round trip). */
export async function readCascade(db: Db, q: CascadeQuery): Promise<CascadeRows> {
  const rows = await db.query<CascadeRows>(CASCADE_CYPHER, { practiceId: q.practiceId ?? null, category: q.category ?? null });
  return rows[0] ?? { practiceIds: [], adoptions: [], edges: [] };
}

export interface CascadeAdopter {
  cityId: string;
  practiceId: string;
  status: string;
  date: string | null;
  generation: number;
  citations: Citation[];
}

export interface CascadeEdge {
  fromId: string;
  toId: string;
  date: string | null;
  practiceId: string | null;
  viaId: string | null;
  /** What the influence did: INSPIRED, SUPPORTED or LED_TO. */
  influence: string;
  lag: MonthRange | null;
  citations: Citation[];
}

export interface Cascade {
  practiceIds: string[];
  adopters: CascadeAdopter[];
  edges: CascadeEdge[];
  rootIds: string[];
  countryIds: string[];
  regionIds: string[];
}

const sortKey = (date: string | null): string => spanOf(date)?.start ?? '9999';

/**
 * Builds the cascade as of a date: adoptions and influence edges that are not certainly
 * after it (undated ones count), adopters in time order (undated last), roots (the origins:
 * actors with no documented earlier source, neither an event someone passed the practice
 * on through nor an actor that only supported or led to adoptions — domain/cascade-roles.ts),
 * each actor's generation (hops from the nearest root), and the lag of each edge from
 * when its source had the practice (its own adoption, or the event's date, or the edge's
 * date) to the target's adoption.
 */
export function assembleCascade(rows: CascadeRows, asOfDate?: string | null): Cascade {
  const asOf = spanOf(asOfDate);
  const adoptions = rows.adoptions.filter((a) => knownAsOf(spanOf(a.date), asOf));
  const edges = rows.edges.filter(
    (e) => knownAsOf(spanOf(e.date), asOf) && knownAsOf(spanOf(e.fromLabel === 'Event' ? e.fromDate : null), asOf),
  );

  // Earliest adoption of each city (any practice of the cascade).
  const firstAdoption = new Map<string, string | null>();
  for (const a of adoptions) {
    const prev = firstAdoption.get(a.city);
    if (prev === undefined || (a.date && (!prev || sortKey(a.date) < sortKey(prev)))) firstAdoption.set(a.city, a.date);
  }

  const actors = new Set<string>([...adoptions.map((a) => a.city), ...edges.flatMap((e) => [e.from, e.to])]);
  const outgoing = new Map<string, string[]>();
  for (const e of edges) (outgoing.get(e.from) ?? outgoing.set(e.from, []).get(e.from)!).push(e.to);
  const rootIds = originsOf(
    actors,
    new Set(adoptions.map((a) => a.city)),
    edges.map((e) => ({ from: e.from, to: e.to, kind: e.influence ?? DEFAULT_INFLUENCE_KIND, via: e.via })),
  );
  // A channel (an event someone passed the practice on through) stands at its bringer's generation.
  const brought = new Map<string, string[]>();
  for (const e of edges) if (e.via && e.via !== e.from) (brought.get(e.from) ?? brought.set(e.from, []).get(e.from)!).push(e.via);
  const generation = new Map<string, number>(rootIds.map((id) => [id, 0]));
  const withChannels = (ids: string[]): string[] => {
    const out = [...ids];
    for (let i = 0; i < out.length; i++) {
      for (const c of brought.get(out[i]!) ?? []) {
        if (generation.has(c)) continue;
        generation.set(c, generation.get(out[i]!)!);
        out.push(c);
      }
    }
    return out;
  };
  let frontier = withChannels(rootIds);
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const t of outgoing.get(id) ?? []) {
        if (generation.has(t)) continue;
        generation.set(t, generation.get(id)! + 1);
        next.push(t);
      }
    }
    frontier = withChannels(next);
  }

  const countryIds = new Set<string>();
  const regionIds = new Set<string>();
  const reach = (country: string | null, region: string | null) => {
    if (country) countryIds.add(country);
    if (region) regionIds.add(region);
  };
  adoptions.forEach((a) => reach(a.country, a.region));
  edges.forEach((e) => reach(e.toCountry, e.toRegion));

  return {
    practiceIds: rows.practiceIds,
    adopters: adoptions
      .map((a) => ({
        cityId: a.city,
        practiceId: a.practice,
        status: a.status,
        date: a.date,
        // Actors caught only in a cycle of influence have no root above them: generation 0.
        generation: generation.get(a.city) ?? 0,
        citations: citationsOf({ citationSources: a.cs ?? [], citationExcerpts: a.ce ?? [] }),
      }))
      .sort(
        (x, y) =>
          sortKey(x.date).localeCompare(sortKey(y.date)) || x.cityId.localeCompare(y.cityId) || x.practiceId.localeCompare(y.practiceId),
      ),
    edges: edges
      .map((e) => {
        const sourceHad = firstAdoption.get(e.from) ?? (e.fromLabel === 'Event' ? e.fromDate : null) ?? e.date;
        return {
          fromId: e.from,
          toId: e.to,
          date: e.date,
          practiceId: e.practice,
          viaId: e.via,
          influence: e.influence ?? 'INSPIRED',
          lag: lagBetween(spanOf(sourceHad), spanOf(firstAdoption.get(e.to) ?? null)),
          citations: citationsOf({ citationSources: e.cs ?? [], citationExcerpts: e.ce ?? [] }),
        };
      })
      .sort((x, y) => sortKey(x.date).localeCompare(sortKey(y.date)) || x.fromId.localeCompare(y.fromId) || x.toId.localeCompare(y.toId)),
    rootIds,
    countryIds: [...countryIds].sort(),
    regionIds: [...regionIds].sort(),
  };
}
