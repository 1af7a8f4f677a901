/*
 * Colours of the drawings. Cities take their region's colour (Okabe–Ito palette, readable by
 * people with colour-vision deficiencies); other kinds of node get a neutral colour of their own.
 * A region's colour comes from its place in the sorted list of all regions, so it is the same
 * in every view.
 */
const REGION_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#8C6BB1', '#B8A100', '#4D4D4D'];

export const KIND_COLOURS: Record<string, string> = {
  Event: '#5B6770',
  Organisation: '#A0785A',
  Practice: '#7A9A01',
  Leader: '#9E9E9E',
  Hub: '#7F7F7F',
};
export const NO_REGION = '#B0B0B0';

let order: string[] = [];

/** Fixes the region order (call once with every region id, from the lookups). */
export function setRegions(ids: readonly string[]): void {
  order = [...ids].sort();
}

/** The colour of a region (grey when unknown). */
export function regionColour(regionId: string | null | undefined): string {
  if (!regionId) return NO_REGION;
  const i = order.indexOf(regionId);
  return REGION_PALETTE[(i < 0 ? order.length : i) % REGION_PALETTE.length]!;
}

/** A node's colour: its region's for cities, its kind's otherwise. */
export function nodeColour(kind: string, regionId: string | null | undefined): string {
  return kind === 'City' ? regionColour(regionId) : (KIND_COLOURS[kind] ?? NO_REGION);
}
