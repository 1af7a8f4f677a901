import { formatPartialDate } from './dates';
import { sortPartialDates } from '../domain/partial-date';
import { h, replace } from './dom';
import type { ViewGraph } from './graph-model';
import { ADOPTION_STAGE, ADOPTION_STATUS_LABELS } from '../domain/adoption-status';
import { orderSteps, placedDates, SOURCE, type CascadeStep } from './cascade';
import { href, nodeHref } from './router';
import { drawMap, type MapArc, type MapDrawing, type MapPlace } from './map';
import { announce } from './status';
import { svgToCanvas } from './svg-graph';

/*
 * The map modes: any view's graph on the map (network, peers, paths), and a practice's
 * cascade on the map with a time slider that plays it year by year.
 */

export const MAP_SIZE = { width: 960, height: 560 };

/**
 * The size a map is drawn at in `host`: the laptop size, or on a narrow screen as wide as the
 * room it has (and a little taller than wide), so that names keep their size instead of
 * shrinking with the whole drawing.
 */
export function mapSizeFor(host: HTMLElement): { width: number; height: number } {
  const room = host.clientWidth || window.innerWidth - 48;
  if (room >= 700) return MAP_SIZE;
  const width = Math.max(300, Math.round(room));
  return { width, height: Math.round(width * 1.15) };
}

/** Map colours by how far a place has taken the practice up (the stages of domain/adoption-status.ts). */
const STAGE_COLOURS = { DONE: '#1e7b3c', DOING: '#c07800', INTENDING: '#5a4fa3', SOURCE: '#1f6f8b', INSPIRED: '#7f7f7f' } as const;
type MapStage = keyof typeof STAGE_COLOURS;
const STAGE_LABELS: Record<MapStage, string> = {
  DONE: 'Implemented',
  DOING: 'Piloting or implementing',
  INTENDING: 'Planned or intended',
  SOURCE: 'Passed it on (own adoption not recorded)',
  INSPIRED: 'Reached (no adoption recorded)',
};
const stageOf = (status: string): MapStage =>
  status === SOURCE ? 'SOURCE' : ((ADOPTION_STAGE as Record<string, MapStage | undefined>)[status] ?? 'INSPIRED');
/** A status in words ("Implementing with support", "Passed it on"). */
const statusText = (status: string): string =>
  (ADOPTION_STATUS_LABELS as Record<string, string | undefined>)[status] ?? (status === SOURCE ? 'Passed it on' : STAGE_LABELS.INSPIRED);

const hasPlace = (a: { lat?: number | null; lon?: number | null }): boolean => typeof a.lat === 'number' && typeof a.lon === 'number';

/** True when at least one city of the graph can be placed on a map. */
export const mappable = (g: ViewGraph): boolean => g.someNode((_n, a) => a.kind === 'City' && hasPlace(a));

/** A drawn map inside a figure, with what it cannot show listed beside it. */
export interface MountedMap {
  drawing: MapDrawing;
  /** The map as a PNG-ready canvas (white background, as on screen). */
  snapshot(): Promise<HTMLCanvasElement>;
  /** The map as a standalone SVG document. */
  svgText(): string;
}

export const serialise = (svg: SVGSVGElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;

export function mounted(drawing: MapDrawing, size: { width: number; height: number }): MountedMap {
  return {
    drawing,
    snapshot: () => svgToCanvas(drawing.svg, size.width, size.height),
    svgText: () => serialise(drawing.svg),
  };
}

/** A view's graph on the map: cities at their coordinates in their drawing colours, influences as arcs. */
export async function graphMap(
  host: HTMLElement,
  g: ViewGraph,
  title: string,
  hrefOf: (n: string) => string | undefined,
): Promise<MountedMap> {
  const places: MapPlace[] = [];
  const missing: string[] = [];
  g.forEachNode((n, a) => {
    if (a.kind !== 'City') return;
    if (!hasPlace(a)) return void missing.push(a.label);
    places.push({
      id: n,
      name: a.label,
      lat: a.lat!,
      lon: a.lon!,
      colour: a.color,
      detail: a.regionName ?? 'region not stated',
      href: hrefOf(n),
      focus: a.focus,
    });
  });
  const placed = new Set(places.map((p) => p.id));
  const arcs: MapArc[] = [];
  g.forEachEdge((_e, a, s, t) => {
    if ((a.relation === 'INSPIRED' || a.relation === 'PEER') && placed.has(s) && placed.has(t)) {
      arcs.push({
        from: s,
        to: t,
        detail: `${g.getNodeAttribute(s, 'label')} → ${g.getNodeAttribute(t, 'label')}: ${a.label}${a.date ? ` (${formatPartialDate(a.date)})` : ''}`,
      });
    }
  });
  const size = mapSizeFor(host);
  const drawing = await drawMap(places, arcs, { ...size, title });
  const others = g.filterNodes((_n, a) => a.kind !== 'City').length;
  host.replaceChildren(
    h('div', { class: 'map-frame' }, drawing.svg),
    h(
      'p',
      { class: 'hint' },
      `${places.length} ${places.length === 1 ? 'city' : 'cities'} on the map; arrows are influences.`,
      missing.length ? ` Without coordinates (not shown): ${missing.join(', ')}.` : '',
      others ? ` Events and organisations (${others}) have no place of their own: see the drawing or the list.` : '',
    ),
  );
  return mounted(drawing, size);
}

/** One city of a cascade as the map shows it. */
export interface CascadePlace {
  id: string;
  name: string;
  lat?: number | null;
  lon?: number | null;
  status: string;
  /** The date the city counts from on the map (its adoption, else its first influence; as written). */
  date: string | null;
  href: string;
}

export interface CascadeArc {
  from: string;
  to: string;
  detail: string;
  date: string | null;
}

/** Kinds of actor that stand on the map when they are reached without adopting (people, events and organisations do not). */
const PLACE_KINDS = new Set(['City', 'Group', 'Country']);

/**
 * A cascade's places and arcs for the map, in the order it travelled: adopters and the cities
 * that passed it on (at the date they count from: placedDates), and an arc for each influence
 * between two cities.
 */
export function cascadeMapData(steps: readonly CascadeStep[]): { places: CascadePlace[]; arcs: CascadeArc[] } {
  const ordered = orderSteps(steps).filter((s) => s.status !== 'INSPIRED' || PLACE_KINDS.has(s.city.__typename ?? 'City'));
  const placed = placedDates(steps);
  return {
    places: ordered.map((s) => ({
      id: s.city.id,
      name: s.city.name,
      lat: s.city.lat,
      lon: s.city.lon,
      status: s.status,
      date: placed.get(s.city.id) ?? null,
      href: nodeHref(s.city.__typename, s.city.id) ?? href('city', s.city.id),
    })),
    arcs: ordered.flatMap((s) =>
      s.learnedFrom
        .filter((l) => l.source.__typename === 'City')
        .map((l) => ({
          from: l.source.id,
          to: s.city.id,
          date: l.date,
          detail: `${l.source.name} → ${s.city.name}${l.via ? ` via ${l.via.name}` : ''}${l.date ? ` (${formatPartialDate(l.date)})` : ''}`,
        })),
    ),
  };
}

/** One frame of the played map: a year, or the places whose date no source states. */
export interface MapFrame {
  /** "2023", or "date not stated". */
  label: string;
  /** Places that appear in this frame, in the order the practice travelled. */
  names: string[];
}

const yearOf = (date: string | null): number | null => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/**
 * The frames a cascade plays in: every year from the first to the last dated one (a year with
 * nothing new stays, so that time runs evenly), then the places no source dates. A place
 * counts from the year of its `date` — for a source whose own date is not stated, the year
 * it first taught (undated sources come before those they taught).
 */
export function yearFrames(places: readonly CascadePlace[]): { frames: MapFrame[]; frameOf: Map<string, number> } {
  const years = places.map((p) => yearOf(p.date)).filter((y): y is number => y !== null);
  const first = years.length ? Math.min(...years) : null;
  const last = years.length ? Math.max(...years) : null;
  const frames: MapFrame[] =
    first === null ? [] : Array.from({ length: last! - first + 1 }, (_, i) => ({ label: String(first + i), names: [] }));
  const frameOf = new Map<string, number>();
  const undated: MapFrame = { label: 'date not stated', names: [] };
  for (const p of places) {
    const y = yearOf(p.date);
    const i = y === null ? frames.length : y - first!;
    (y === null ? undated : frames[i]!).names.push(p.name);
    frameOf.set(p.id, i + 1);
  }
  if (undated.names.length) frames.push(undated);
  return { frames, frameOf };
}

/**
 * A cascade on the map with a time slider that plays it year by year, from the first year a
 * source had it to the last city reached, then what no source dates. Influences appear with
 * the city they reached. The places come in the order the practice travelled.
 */
export async function cascadeMap(
  host: HTMLElement,
  placesIn: readonly CascadePlace[],
  arcsIn: readonly CascadeArc[],
  title: string,
): Promise<MountedMap> {
  const { frames, frameOf } = yearFrames(placesIn);
  const places: MapPlace[] = placesIn.filter(hasPlace).map((p) => ({
    id: p.id,
    name: p.name,
    lat: p.lat!,
    lon: p.lon!,
    colour: STAGE_COLOURS[stageOf(p.status)],
    detail: `${statusText(p.status)}${p.date ? `, ${formatPartialDate(p.date)}` : ', date not stated'}`,
    href: p.href,
    step: frameOf.get(p.id),
  }));
  const arcs: MapArc[] = arcsIn.map((a) => ({ from: a.from, to: a.to, detail: a.detail, step: frameOf.get(a.to) }));
  const size = mapSizeFor(host);
  const drawing = await drawMap(places, arcs, { ...size, title });
  const last = frames.length;
  const statusKey = h(
    'ul',
    { class: 'legend-inline', 'aria-label': 'Colours' },
    (Object.keys(STAGE_COLOURS) as MapStage[])
      .filter((s) => placesIn.some((p) => stageOf(p.status) === s))
      .map((s) =>
        h('li', {}, h('span', { class: 'swatch', style: `background:${STAGE_COLOURS[s]}`, 'aria-hidden': 'true' }), STAGE_LABELS[s]),
      ),
    h('li', {}, h('span', { class: 'line-sample strong', 'aria-hidden': 'true' }), 'influence (arrow to the learner)'),
  );
  const controls = h('div', { class: 'map-controls' });
  if (last > 1) {
    const describe = (step: number): string => {
      const f = frames[step - 1]!;
      const sofar = frames.slice(0, step).reduce((n, x) => n + x.names.length, 0);
      const what = f.names.length ? f.names.join(', ') : 'nothing new recorded';
      return `${f.label === 'date not stated' ? 'Date not stated' : f.label}: ${what} (${sofar} of ${placesIn.length} places)`;
    };
    const slider = h('input', { type: 'range', id: 'map-step', min: 1, max: last, step: 1, value: last, 'aria-valuetext': describe(last) });
    const shown = h('output', { for: 'map-step', class: 'map-year' }, describe(last));
    let timer: ReturnType<typeof setInterval> | undefined;
    const play = h('button', { type: 'button', class: 'button small', 'aria-pressed': 'false' }, 'Play');
    const set = (step: number) => {
      slider.value = String(step);
      shown.textContent = describe(step);
      slider.setAttribute('aria-valuetext', describe(step));
      drawing.showUntil(step);
      host.dataset.step = String(step);
      host.dataset.frame = frames[step - 1]!.label;
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
      play.textContent = 'Play';
      play.setAttribute('aria-pressed', 'false');
    };
    slider.addEventListener('input', () => {
      stop();
      set(Number(slider.value));
    });
    play.addEventListener('click', () => {
      if (timer) return stop();
      play.textContent = 'Pause';
      play.setAttribute('aria-pressed', 'true');
      set(1);
      announce(`Playing the spread year by year: ${describe(1)}.`);
      timer = setInterval(() => {
        const next = Number(slider.value) + 1;
        if (next > last) return stop();
        set(next);
      }, 1100);
    });
    controls.append(play, h('label', { for: 'map-step', class: 'map-year-label' }, 'Year'), slider, shown);
    set(last);
  }
  const unplaced = placesIn.filter((p) => !hasPlace(p)).map((p) => p.name);
  const ordered = [...placesIn].sort((a, b) => sortPartialDates(a.date, b.date) || a.name.localeCompare(b.name));
  replace(
    host,
    controls,
    h('div', { class: 'map-frame' }, drawing.svg),
    statusKey,
    unplaced.length ? h('p', { class: 'hint' }, `Without coordinates (not on the map): ${unplaced.join(', ')}.`) : null,
    h(
      'details',
      { class: 'node-list' },
      h('summary', {}, `The ${placesIn.length} cities on this map, in time order`),
      h(
        'ul',
        {},
        ordered.map((p) =>
          h(
            'li',
            {},
            h('a', { href: p.href }, p.name),
            ` — ${statusText(p.status)}${p.date ? `, ${formatPartialDate(p.date)}` : ', date not stated'}`,
          ),
        ),
      ),
    ),
  );
  return mounted(drawing, size);
}
