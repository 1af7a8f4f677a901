/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  lat?: number | null;
  lon?: number | null;
}

const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle distance by the haversine formula, in km; undefined when either point lacks
 * coordinates. City coordinates come from a gazetteer, not the documents (seed/README.md).
 */
export function haversineKm(a: LatLon, b: LatLon): number | undefined {
  if (typeof a.lat !== 'number' || typeof a.lon !== 'number' || typeof b.lat !== 'number' || typeof b.lon !== 'number') return undefined;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
