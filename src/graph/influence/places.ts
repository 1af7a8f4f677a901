import type { Tx } from '../../neo4j/db';

/**
 * Where an actor is, as the exports and the metrics filters need it: country, region and
 * the hubs covering it. Cities carry their country id, countries their region id, events
 * their venue city (`place`) or, when no city is known, their country or region; groups and
 * organisations their country (groups also a region); a leader is placed by the city they lead. Hubs cover a city directly or through its country or region, the same
 * rule as `City.hubs`.
 */
export interface Placement {
  country: string | null;
  region: string | null;
  hubs: string[];
}

/** The properties a node contributes to placing it (see placementRow in the Cypher below). */
export interface PlaceRow {
  id: string;
  label: string;
  country?: string | null;
  place?: string | null;
  region?: string | null;
  ledCity?: string | null;
}

/** Cypher projection of a node `n` into a PlaceRow (used inside other queries). */
export const PLACE_FIELDS = `n.country AS country, n.place AS place, n.region AS region,
  CASE WHEN n:Leader THEN head([(n)-[:LEADS]->(c:City) | c.id]) END AS ledCity`;

export class PlaceIndex {
  private readonly cityCountry = new Map<string, string>();

  constructor(
    rows: Iterable<PlaceRow>,
    private readonly countryRegion: Map<string, string>,
    private readonly coverage: Map<string, string[]>,
  ) {
    for (const r of rows) if (r.label === 'City' && r.country) this.cityCountry.set(r.id, r.country);
  }

  /** Places one node; nodes that have no place get nulls and no hubs. */
  of(row: PlaceRow): Placement {
    const city = row.label === 'City' ? row.id : row.label === 'Event' ? row.place : row.label === 'Leader' ? row.ledCity : null;
    // Organisations, groups and events not tied to a city are placed by their own country or
    // region, as far as the documents locate them.
    const ownArea = row.label === 'Organisation' || row.label === 'Group' || row.label === 'Event';
    const country = row.label === 'Country' ? row.id : city ? (this.cityCountry.get(city) ?? null) : ownArea ? (row.country ?? null) : null;
    const region =
      row.label === 'Region'
        ? row.id
        : row.label === 'Country'
          ? (row.region ?? null)
          : country
            ? (this.countryRegion.get(country) ?? null)
            : ownArea
              ? (row.region ?? null)
              : null;
    const hubs = new Set<string>(row.label === 'Hub' ? [row.id] : []);
    for (const area of [city, country, region]) for (const h of (area && this.coverage.get(area)) || []) hubs.add(h);
    return { country, region, hubs: [...hubs].sort() };
  }
}

/** Countries' regions and hub coverage: small tables, read in one round trip. */
export async function loadGeography(tx: Tx): Promise<{ countryRegion: Map<string, string>; coverage: Map<string, string[]> }> {
  const rows = await tx.run<{ countries: { id: string; region: string | null }[]; covered: { area: string; hub: string }[] }>(
    `CALL () { MATCH (c:Country) RETURN collect({id: c.id, region: c.region}) AS countries }
     CALL () { MATCH (a:Entity)-[:COVERED_BY]->(h:Hub) RETURN collect({area: a.id, hub: h.id}) AS covered }
     RETURN countries, covered`,
  );
  const { countries = [], covered = [] } = rows[0] ?? {};
  const countryRegion = new Map(countries.filter((c) => c.region).map((c) => [c.id, c.region!]));
  const coverage = new Map<string, string[]>();
  for (const { area, hub } of covered) coverage.set(area, [...(coverage.get(area) ?? []), hub]);
  return { countryRegion, coverage };
}
