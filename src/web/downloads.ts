import { h } from './dom';
import { toCsv, toGraphML } from './export-formats';
import type { ViewGraph } from './graph-model';
import type { GraphHandle } from './drawing';
import { radialLayout } from './layout';
import { legendEntries } from './legend';
import { announce } from './status';
import { drawSvg, svgToCanvas } from './svg-graph';

/** What a view offers for download: its graph, a file-name stem, and its drawing if it has one. */
export interface Downloadable {
  graph: ViewGraph;
  title: string;
  fileStem: string;
  drawing?: GraphHandle;
  /** The view's own CSV (e.g. ranked peers with their reasons) instead of the graph's links. */
  csv?: () => string;
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  announce(`Downloaded ${name}`);
}

/** The drawing (or a fresh SVG drawing of the graph) with a title above and the legend below. */
async function picture(view: Downloadable): Promise<Blob> {
  let drawing: HTMLCanvasElement;
  if (view.drawing) drawing = await view.drawing.snapshot();
  else {
    if (view.graph.someNode((_n, a) => a.x === 0 && a.y === 0 && !a.focus))
      radialLayout(
        view.graph,
        view.graph.filterNodes((_n, a) => a.focus),
      );
    drawing = await svgToCanvas(drawSvg(view.graph, 1000, 700, () => undefined).svg, 1000, 700);
  }
  const entries = legendEntries(view.graph);
  const scale = window.devicePixelRatio || 1;
  const line = 20 * scale;
  const out = h('canvas', { width: drawing.width, height: drawing.height + line * (2 + Math.ceil(entries.length / 3)) });
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `600 ${15 * scale}px system-ui, sans-serif`;
  ctx.fillText(view.title, 12 * scale, line);
  ctx.drawImage(drawing, 0, line * 1.5);
  ctx.font = `${12 * scale}px system-ui, sans-serif`;
  entries.forEach((e, i) => {
    const x = 12 * scale + (i % 3) * (out.width / 3);
    const y = drawing.height + line * (2 + Math.floor(i / 3));
    ctx.fillStyle = e.colour;
    ctx.beginPath();
    ctx.arc(x + 5 * scale, y - 4 * scale, 5 * scale, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(e.label, x + 15 * scale, y);
  });
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be made.'))), 'image/png'),
  );
}

/** PNG and SVG of a map (title drawn above the PNG). `current` is read at click time. */
export function mapDownloads(
  current: () => { snapshot(): Promise<HTMLCanvasElement>; svgText(): string } | undefined,
  stem: string,
  title: string,
): HTMLElement {
  const act = (
    format: string,
    make: (m: { snapshot(): Promise<HTMLCanvasElement>; svgText(): string }) => Promise<Blob> | Blob,
    ext: string,
  ) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button small',
        'data-download': `map-${format}`,
        onclick: async () => {
          const m = current();
          if (!m) return announce('The map is still being drawn.');
          try {
            save(await make(m), `${stem}.${ext}`);
          } catch (err) {
            announce(`The ${format} download failed: ${(err as Error).message}`);
          }
        },
      },
      format,
    );
  const png = async (m: { snapshot(): Promise<HTMLCanvasElement> }): Promise<Blob> => {
    const map = await m.snapshot();
    const scale = window.devicePixelRatio || 1;
    const out = h('canvas', { width: map.width, height: map.height + 32 * scale });
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.fillStyle = '#1a1a1a';
    ctx.font = `600 ${15 * scale}px system-ui, sans-serif`;
    ctx.fillText(title, 12 * scale, 21 * scale);
    ctx.drawImage(map, 0, 32 * scale);
    return new Promise((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be made.'))), 'image/png'),
    );
  };
  return h(
    'div',
    { class: 'downloads', role: 'group', 'aria-label': 'Download the map' },
    h('span', { class: 'downloads-label' }, 'Download the map:'),
    act('PNG', png, 'png'),
    act('SVG', (m) => new Blob([m.svgText()], { type: 'image/svg+xml' }), 'svg'),
  );
}

/** A fresh SVG drawing of a view that has none on screen. */
function svgDocument(view: Downloadable): string {
  if (view.graph.someNode((_n, a) => a.x === 0 && a.y === 0 && !a.focus))
    radialLayout(
      view.graph,
      view.graph.filterNodes((_n, a) => a.focus),
    );
  const svg = drawSvg(view.graph, 1000, 700, () => undefined).svg;
  svg.setAttribute('width', '1000');
  svg.setAttribute('height', '700');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Buttons that save the view as GraphML, CSV or PNG. `current` is read at click time. */
export function downloadBar(current: () => Downloadable | undefined): HTMLElement {
  const act = (format: string, make: (v: Downloadable) => Promise<Blob> | Blob, ext: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button small',
        'data-download': format,
        onclick: async () => {
          const view = current();
          if (!view) return announce('Nothing to download yet.');
          try {
            save(await make(view), `${view.fileStem}.${ext}`);
          } catch (err) {
            announce(`The ${format} download failed: ${(err as Error).message}`);
          }
        },
      },
      format,
    );
  return h(
    'div',
    { class: 'downloads', role: 'group', 'aria-label': 'Download this view' },
    h('span', { class: 'downloads-label' }, 'Download this view:'),
    act('GraphML', (v) => new Blob([toGraphML(v.graph)], { type: 'application/graphml+xml' }), 'graphml'),
    act('CSV', (v) => new Blob([v.csv ? v.csv() : toCsv(v.graph)], { type: 'text/csv;charset=utf-8' }), 'csv'),
    act('PNG', picture, 'png'),
    act('SVG', (v) => new Blob([v.drawing?.svgText?.() ?? svgDocument(v)], { type: 'image/svg+xml' }), 'svg'),
  );
}
