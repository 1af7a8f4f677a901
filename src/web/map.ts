import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { placeLabels, type LabelBox, type Segment } from './labels';

/*
 * The offline map: country outlines from Natural Earth (the world-atlas package, bundled with
 * the page and loaded on first use — no tile server, nothing fetched from outside), cities at
 * their gazetteer coordinates, influences as arcs. Plain SVG, so the same drawing is what
 * people see, what screen readers walk (every city is a link) and what downloads as SVG/PNG.
 */

const SVG = 'http://www.w3.org/2000/svg';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  colour: string;
  /** Shown in the tooltip and the accessible name, e.g. "Implemented, May 2019". */
  detail: string;
  href?: string;
  /** Drawn larger, labelled first (the city a view is about). */
  focus?: boolean;
  /** Step from which the place is shown when the map plays over time (undefined: always). */
  step?: number;
}

export interface MapArc {
  from: string;
  to: string;
  detail: string;
  step?: number;
}

export interface MapDrawing {
  svg: SVGSVGElement;
  /** Shows only what had happened by `step` (undefined: everything). */
  showUntil(step: number | undefined): void;
}

let world: Promise<FeatureCollection> | undefined;

/** Country outlines (1:110m), decoded once per page. */
export function countries(): Promise<FeatureCollection> {
  world ??= import('world-atlas/countries-110m.json').then((m) => {
    const topo = (m.default ?? m) as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(topo, topo.objects.countries) as FeatureCollection;
  });
  return world;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A projection that fits every place with a margin, never zoomed in closer than ~600 km across. */
function fitted(places: readonly MapPlace[], width: number, height: number, pad: number): GeoProjection {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const span = 6; // degrees: a single city still shows its neighbours
  const [w, e] = [Math.min(...lons), Math.max(...lons)];
  const [s, n] = [Math.min(...lats), Math.max(...lats)];
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const halfX = Math.max((e - w) / 2, span);
  const halfY = Math.max((n - s) / 2, span / 2);
  const box: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [cx - halfX, cy - halfY],
      [cx + halfX, cy + halfY],
      [cx - halfX, cy + halfY],
      [cx + halfX, cy - halfY],
    ],
  };
  return geoNaturalEarth1().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    box,
  );
}

/**
 * Nudges dots that would cover each other (a division beside its city, ten kilometres apart)
 * just far enough apart to show both, a few pixels at most; their tooltips keep the real place.
 */
function apart(at: Map<string, [number, number]>, radius: Map<string, number>): void {
  const ids = [...at.keys()];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = at.get(ids[i]!)!;
        const b = at.get(ids[j]!)!;
        const need = (radius.get(ids[i]!) ?? 5) + (radius.get(ids[j]!) ?? 5) + 2;
        const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
        const d = Math.hypot(dx, dy);
        if (d >= need) continue;
        const [ux, uy] = d > 0.01 ? [dx / d, dy / d] : [1, 0];
        const push = (need - d) / 2;
        at.set(ids[i]!, [a[0] - ux * push, a[1] - uy * push]);
        at.set(ids[j]!, [b[0] + ux * push, b[1] + uy * push]);
      }
    }
  }
}

/**
 * Draws the map. Labels never overlap each other or a dot: each is placed at the first free
 * spot around its city (labels.ts); a city whose label finds no room keeps its dot, its
 * tooltip and its line in the list beside the map.
 */
export async function drawMap(
  places: readonly MapPlace[],
  arcs: readonly MapArc[],
  size: { width: number; height: number; title: string },
): Promise<MapDrawing> {
  const outlines = await countries();
  const { width, height } = size;
  const projection = fitted(places.length ? places : [{ id: '', name: '', lat: 20, lon: 10, colour: '', detail: '' }], width, height, 40);
  const path = geoPath(projection);
  const svg = el('svg', {
    xmlns: SVG,
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'group',
    'font-family': 'system-ui, sans-serif',
    'aria-label': size.title,
  });
  svg.classList.add('map-svg');
  const defs = el('defs', {});
  const marker = el('marker', {
    id: 'map-arrow',
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
    markerUnits: 'userSpaceOnUse',
  });
  marker.appendChild(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#3a3a3a' }));
  defs.appendChild(marker);
  svg.append(defs, el('rect', { x: 0, y: 0, width, height, fill: '#dcecf5' }));
  const land = el('g', { class: 'map-land', 'aria-hidden': 'true' });
  for (const f of outlines.features) {
    const d = path(f);
    if (d) land.appendChild(el('path', { d, fill: '#f4f1ea', stroke: '#b9b3a6', 'stroke-width': 0.6 }));
  }
  svg.appendChild(land);

  const at = new Map<string, [number, number]>();
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (xy) at.set(p.id, [xy[0], xy[1]]);
  }
  apart(at, new Map(places.map((p) => [p.id, p.focus ? 7 : 5])));
  const arcLayer = el('g', { class: 'map-arcs' });
  const arcEls: { arc: MapArc; el: SVGElement }[] = [];
  const lines: Segment[] = [];
  for (const a of arcs) {
    const s = at.get(a.from);
    const t = at.get(a.to);
    if (!s || !t || a.from === a.to) continue;
    const [x1, y1] = s;
    const [x2, y2] = t;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = Math.hypot(dx, dy) || 1;
    // Bend to the left of the direction of travel, stop short of the target's dot.
    const bend = Math.min(80, len * 0.25);
    const cx = (x1 + x2) / 2 - (dy / len) * bend;
    const cy = (y1 + y2) / 2 + (dx / len) * bend;
    // The curve as two straight pieces through its middle, for the labels to keep clear of.
    const [mx, my] = [(x1 + 2 * cx + x2) / 4, (y1 + 2 * cy + y2) / 4];
    lines.push({ x1, y1, x2: mx, y2: my }, { x1: mx, y1: my, x2, y2 });
    const back = 7 / Math.hypot(x2 - cx, y2 - cy);
    const ex = x2 - (x2 - cx) * back;
    const ey = y2 - (y2 - cy) * back;
    const line = el('path', {
      d: `M ${x1} ${y1} Q ${cx} ${cy} ${ex} ${ey}`,
      fill: 'none',
      stroke: '#3a3a3a',
      'stroke-width': 1.6,
      'stroke-opacity': 0.8,
      'marker-end': 'url(#map-arrow)',
    });
    const title = el('title', {});
    title.textContent = a.detail;
    line.appendChild(title);
    arcLayer.appendChild(line);
    arcEls.push({ arc: a, el: line });
  }
  svg.appendChild(arcLayer);

  const dots = el('g', { class: 'map-places' });
  const labels = el('g', { class: 'map-labels', 'aria-hidden': 'true' });
  const placeEls: { place: MapPlace; els: SVGElement[] }[] = [];
  const points: { id: string; x: number; y: number; r: number }[] = [];
  for (const p of places) {
    const xy = at.get(p.id);
    if (!xy) continue;
    const r = p.focus ? 7 : 5;
    points.push({ id: p.id, x: xy[0], y: xy[1], r });
  }
  // Focus first, then by name: the same places get labels every time.
  const order = [...places]
    .filter((p) => at.has(p.id))
    .sort((a, b) => Number(Boolean(b.focus)) - Number(Boolean(a.focus)) || a.name.localeCompare(b.name));
  const placed: Map<string, LabelBox> = placeLabels(
    order.map((p) => ({
      id: p.id,
      x: at.get(p.id)![0],
      y: at.get(p.id)![1],
      r: p.focus ? 7 : 5,
      text: p.name,
      fontSize: p.focus ? 13 : 11.5,
      bold: Boolean(p.focus),
    })),
    points,
    { width, height },
    lines,
  );
  for (const p of order) {
    const [x, y] = at.get(p.id)!;
    const link = el('a', p.href ? { href: p.href, 'data-place': p.id } : { 'data-place': p.id });
    link.setAttribute('aria-label', `${p.name}: ${p.detail}`);
    const dot = el('circle', { cx: x, cy: y, r: p.focus ? 7 : 5, fill: p.colour, stroke: '#ffffff', 'stroke-width': 1.5 });
    const title = el('title', {});
    title.textContent = `${p.name} — ${p.detail}`;
    link.append(title, dot);
    dots.appendChild(link);
    const els: SVGElement[] = [link];
    const box = placed.get(p.id);
    if (box) {
      const text = el('text', {
        x: box.x,
        y: box.y + box.h - 3,
        'font-size': box.fontSize,
        'font-weight': p.focus ? 700 : 400,
        fill: '#1a1a1a',
        stroke: '#ffffff',
        'stroke-width': 3,
        'paint-order': 'stroke',
        'data-label': p.id,
      });
      text.textContent = p.name;
      labels.appendChild(text);
      els.push(text);
    }
    placeEls.push({ place: p, els });
  }
  svg.append(dots, labels);
  return {
    svg,
    showUntil(step) {
      for (const { place, els } of placeEls) {
        const shown = step === undefined || place.step === undefined || place.step <= step;
        for (const e of els) e.setAttribute('visibility', shown ? 'visible' : 'hidden');
      }
      for (const { arc, el: e } of arcEls)
        e.setAttribute('visibility', step === undefined || arc.step === undefined || arc.step <= step ? 'visible' : 'hidden');
    },
  };
}
