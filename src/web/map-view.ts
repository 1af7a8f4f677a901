import { comparePartialDates, formatPartialDate } from './dates';
import { h, replace } from './dom';
import type { ViewGraph } from './graph-model';
import { humanise } from './lookups';
import { drawMap, type MapArc, type MapDrawing, type MapPlace } from './map';
import { announce } from './status';
import { svgToCanvas } from './svg-graph';

/*
 * The map modes: any view's graph on the map (network, peers, paths), and a practice's
 * cascade on the map with a time slider that plays it year by year.
 */

export const MAP_SIZE = { width: 960, height: 560 };

/** Adoption status colours (the same as the status badges). */
export const STATUS_COLOURS: Record<string, string> = {
  IMPLEMENTED: '#1e7b3c',
  PILOT: '#c07800',
  PLANNED: '#5a4fa3',
  INSPIRED: '#7f7f7f',
};
export const STATUS_LABELS: Record<string, string> = {
  IMPLEMENTED: 'Implemented',
  PILOT: 'Piloting',
  PLANNED: 'Planned',
  INSPIRED: 'Inspired (no adoption recorded)',
};

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

function mounted(drawing: MapDrawing): MountedMap {
  return {
    drawing,
    snapshot: () => svgToCanvas(drawing.svg, MAP_SIZE.width, MAP_SIZE.height),
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
  const drawing = await drawMap(places, arcs, { ...MAP_SIZE, title });
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
  return mounted(drawing);
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

/**
 * A cascade on the map with a slider that plays it in the order it travelled — one city at a
 * time, each with its date, from the first source to the last city reached (the places come in
 * that order). Influences appear with the city they reached.
 */
export async function cascadeMap(
  host: HTMLElement,
  placesIn: readonly CascadePlace[],
  arcsIn: readonly CascadeArc[],
  title: string,
): Promise<MountedMap> {
  const stepOf = new Map(placesIn.map((p, i) => [p.id, i + 1]));
  const places: MapPlace[] = placesIn.filter(hasPlace).map((p) => ({
    id: p.id,
    name: p.name,
    lat: p.lat!,
    lon: p.lon!,
    colour: STATUS_COLOURS[p.status] ?? STATUS_COLOURS.INSPIRED!,
    detail: `${STATUS_LABELS[p.status] ?? humanise(p.status)}${p.date ? `, ${formatPartialDate(p.date)}` : ', date not stated'}`,
    href: p.href,
    step: stepOf.get(p.id),
  }));
  const arcs: MapArc[] = arcsIn.map((a) => ({ from: a.from, to: a.to, detail: a.detail, step: stepOf.get(a.to) }));
  const drawing = await drawMap(places, arcs, { ...MAP_SIZE, title });
  const last = placesIn.length;
  const statusKey = h(
    'ul',
    { class: 'legend-inline', 'aria-label': 'Colours' },
    Object.keys(STATUS_COLOURS)
      .filter((s) => placesIn.some((p) => p.status === s))
      .map((s) =>
        h('li', {}, h('span', { class: 'swatch', style: `background:${STATUS_COLOURS[s]}`, 'aria-hidden': 'true' }), STATUS_LABELS[s] ?? s),
      ),
    h('li', {}, h('span', { class: 'line-sample strong', 'aria-hidden': 'true' }), 'influence (arrow to the learner)'),
  );
  const controls = h('div', { class: 'map-controls' });
  if (last > 1) {
    const describe = (step: number): string => {
      const p = placesIn[step - 1]!;
      return `${step} of ${last}: ${p.name}${p.date ? `, ${formatPartialDate(p.date)}` : ''} (${(STATUS_LABELS[p.status] ?? p.status).toLowerCase()})`;
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
      announce(`Playing the spread: ${describe(1)}.`);
      timer = setInterval(() => {
        const next = Number(slider.value) + 1;
        if (next > last) return stop();
        set(next);
      }, 1100);
    });
    controls.append(play, h('label', { for: 'map-step', class: 'map-year-label' }, 'Step'), slider, shown);
    set(last);
  }
  const unplaced = placesIn.filter((p) => !hasPlace(p)).map((p) => p.name);
  const ordered = [...placesIn].sort((a, b) => comparePartialDates(a.date, b.date) || a.name.localeCompare(b.name));
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
            ` — ${STATUS_LABELS[p.status] ?? p.status}${p.date ? `, ${formatPartialDate(p.date)}` : ', date not stated'}`,
          ),
        ),
      ),
    ),
  );
  return mounted(drawing);
}
