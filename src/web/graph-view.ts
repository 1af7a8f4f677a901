import { h } from './dom';
import type { ViewGraph } from './graph-model';
import type { DrawnGraph, GraphHandle, GraphOptions } from './drawing';
import { legend } from './legend';
import { graphMap, mappable, serialise, type MountedMap } from './map-view';
import { sigmaView } from './sigma-view';
import { drawSvg, svgToCanvas, type SvgDrawing } from './svg-graph';

/** Above this many nodes the drawing uses sigma (WebGL) instead of SVG. */
const SVG_UP_TO = 300;

/** WebGL is there (sigma needs it); headless browsers without a GPU may lack it. */
function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas');
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Draws `g` into `host` with sigma (WebGL: zoom with the wheel, pan by dragging, click a node
 * to open its card), or with the SVG fallback. Adds zoom buttons, keyboard zoom/pan on the
 * focused drawing, the legend, and a list of every node as a link for keyboard users.
 */
export function mountGraph(host: HTMLElement, g: ViewGraph, opts: GraphOptions): GraphHandle {
  const stage = h('div', {
    class: 'graph-stage',
    tabindex: 0,
    role: 'img',
    'aria-label': `${opts.title}. ${g.order} nodes, ${g.size} links. Use + and − to zoom, arrow keys to pan; the list below links every node.`,
    title: 'Ctrl + wheel to zoom, drag to pan; hover or focus a node for its full name',
    'data-node-count': g.order,
    'data-edge-count': g.size,
    // Fits a laptop screen under the view's header; on a phone a short band the page scrolls past.
    style: `--graph-height:${opts.height ?? 480}px`,
  });
  const zoomBar = h('div', { class: 'graph-tools', role: 'group', 'aria-label': 'Zoom' });
  const nodeList = h(
    'details',
    { class: 'node-list' },
    h('summary', {}, `All ${g.order} nodes in this drawing`),
    h(
      'ul',
      {},
      g
        .nodes()
        .sort((a, b) => g.getNodeAttribute(a, 'label').localeCompare(g.getNodeAttribute(b, 'label')))
        .map((n) => {
          const a = g.getNodeAttributes(n);
          const href = opts.hrefOf(n);
          const text = `${a.label} — ${a.kind}${a.regionName ? `, ${a.regionName}` : ''}`;
          return h('li', {}, href ? h('a', { href }, text) : text);
        }),
    ),
  );
  const mapHost = h('div', { class: 'map-host', hidden: true });
  const modes = h('div', { class: 'graph-modes', role: 'group', 'aria-label': 'Show as' });
  host.replaceChildren(
    h(
      'figure',
      { class: 'graph' },
      h('div', { class: 'graph-bar' }, modes, zoomBar),
      stage,
      mapHost,
      h('figcaption', {}, legend(g)),
      nodeList,
    ),
  );

  let handle: DrawnGraph;
  // SVG up to a few hundred nodes: every label placed without overlap, every node a link, and a
  // finger scrolls the page. sigma (WebGL) only where SVG would be slow.
  if (g.order > SVG_UP_TO && hasWebGL()) {
    try {
      handle = sigmaView(stage, g, opts);
    } catch {
      handle = svgView(stage, g, opts);
    }
  } else handle = svgView(stage, g, opts);
  stage.dataset.renderer = handle.renderer;

  // Map mode: the same cities at their coordinates (drawn on first use).
  let map: MountedMap | undefined;
  let onMap = false;
  if (mappable(g)) {
    const drawingButton = h('button', { type: 'button', class: 'button small secondary', 'aria-pressed': 'true' }, 'Drawing');
    const mapButton = h('button', { type: 'button', class: 'button small secondary', 'aria-pressed': 'false' }, 'Map');
    const show = async (wantMap: boolean) => {
      onMap = wantMap;
      drawingButton.setAttribute('aria-pressed', String(!wantMap));
      mapButton.setAttribute('aria-pressed', String(wantMap));
      stage.hidden = wantMap;
      zoomBar.hidden = wantMap;
      mapHost.hidden = !wantMap;
      if (wantMap && !map) {
        mapHost.replaceChildren(h('p', { class: 'state state-loading' }, 'Drawing the map…'));
        map = await graphMap(mapHost, g, opts.title, opts.hrefOf);
      }
    };
    drawingButton.addEventListener('click', () => void show(false));
    mapButton.addEventListener('click', () => void show(true));
    modes.append(drawingButton, mapButton);
  }

  const button = (label: string, text: string, act: () => void) =>
    h('button', { type: 'button', class: 'button small', 'aria-label': label, onclick: act }, text);
  zoomBar.append(
    button('Zoom in', '+', () => handle.zoom(1.5)),
    button('Zoom out', '−', () => handle.zoom(1 / 1.5)),
    button('Fit the whole drawing', 'Fit', () => handle.reset()),
  );
  stage.addEventListener('keydown', (e) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-40, 0], ArrowRight: [40, 0], ArrowUp: [0, -40], ArrowDown: [0, 40] };
    if (e.key === '+' || e.key === '=') handle.zoom(1.5);
    else if (e.key === '-') handle.zoom(1 / 1.5);
    else if (e.key === '0') handle.reset();
    else if (moves[e.key]) handle.pan(...moves[e.key]!);
    else return;
    e.preventDefault();
  });
  const svgOfGraph = (): string => {
    const w = stage.clientWidth || 800;
    const hgt = stage.clientHeight || 480;
    const copy = drawSvg(g, w, hgt, () => undefined, opts.edgeLabels).svg;
    copy.setAttribute('width', String(w));
    copy.setAttribute('height', String(hgt));
    return serialise(copy);
  };
  return {
    ...handle,
    snapshot: () => (onMap && map ? map.snapshot() : handle.snapshot()),
    svgText: () => (onMap && map ? map.svgText() : svgOfGraph()),
  };
}

function svgView(stage: HTMLElement, g: ViewGraph, opts: GraphOptions): DrawnGraph {
  const drawing: SvgDrawing = drawSvg(g, stage.clientWidth || 800, stage.clientHeight || 480, opts.hrefOf, opts.edgeLabels);
  stage.appendChild(drawing.svg);
  return {
    renderer: 'svg',
    zoom: drawing.zoom,
    pan: drawing.pan,
    reset: drawing.reset,
    snapshot: () => svgToCanvas(drawing.svg, stage.clientWidth || 800, stage.clientHeight || 480),
    destroy: () => drawing.svg.remove(),
  };
}

/**
 * Draws now on a wide screen; on a phone, where a chain of long names cannot be read as a
 * drawing, says where the same content is (`note`) and offers to draw it anyway.
 */
export function drawUnlessNarrow(host: HTMLElement, note: string, draw: () => void): void {
  if (!window.matchMedia('(max-width: 760px)').matches) return draw();
  host.replaceChildren(
    h('p', { class: 'hint phone-only-note' }, note),
    h('button', { type: 'button', class: 'button secondary', onclick: draw }, 'Draw it anyway'),
  );
}
