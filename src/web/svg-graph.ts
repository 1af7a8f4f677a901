import { h } from './dom';
import { placeLabels } from './labels';
import type { ViewGraph } from './graph-model';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export interface SvgDrawing {
  svg: SVGSVGElement;
  zoom(factor: number): void;
  pan(dx: number, dy: number): void;
  reset(): void;
}

/**
 * The fallback renderer for browsers without WebGL (and the source of PNG downloads there):
 * plain SVG, every node a real link, pan by dragging, zoom with the wheel or the buttons.
 * Only presentation attributes are used, so a serialised copy renders the same as a picture.
 */
export function drawSvg(
  g: ViewGraph,
  widthPx: number,
  heightPx: number,
  hrefOf: (node: string) => string | undefined,
  edgeLabels = false,
): SvgDrawing {
  const xs: number[] = [];
  const ys: number[] = [];
  g.forEachNode((_n, a) => {
    xs.push(a.x);
    ys.push(-a.y);
  });
  const pad = 60;
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad;
  const w = Math.max(...xs, 0) - minX + pad;
  const hgt = Math.max(...ys, 0) - minY + pad;
  const home = { x: minX, y: minY, w, h: hgt };
  // Graph units per screen pixel at the start (the SVG scales to fit both ways, so the larger).
  const unit = Math.max(w / Math.max(widthPx, 300), hgt / Math.max(heightPx, 200));
  const view = { ...home };
  const svg = el('svg', {
    xmlns: SVG,
    viewBox: `${minX} ${minY} ${w} ${hgt}`,
    width: '100%',
    height: '100%',
    'font-family': 'system-ui, sans-serif',
  });
  const defs = el('defs', {});
  const marker = el('marker', {
    id: 'arrow',
    viewBox: '0 0 10 10',
    refX: 10,
    refY: 5,
    markerUnits: 'userSpaceOnUse',
    markerWidth: 9 * unit,
    markerHeight: 9 * unit,
    orient: 'auto-start-reverse',
  });
  marker.appendChild(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#333333' }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  svg.appendChild(el('rect', { x: minX - w, y: minY - hgt, width: w * 3, height: hgt * 3, fill: '#ffffff' }));
  const edges = el('g', { class: 'edges' });
  g.forEachEdge((_e, a, s, t) => {
    const sa = g.getNodeAttributes(s);
    const ta = g.getNodeAttributes(t);
    const dx = ta.x - sa.x;
    const dy = -ta.y + sa.y;
    const len = Math.hypot(dx, dy) || 1;
    const r = (ta.size + 3) * unit;
    const line = el('line', {
      x1: sa.x,
      y1: -sa.y,
      x2: ta.x - (dx / len) * r,
      y2: -ta.y - (dy / len) * r,
      stroke: a.color,
      'stroke-width': a.size * unit,
      ...(a.relation === 'INSPIRED' || a.relation === 'PEER' ? { 'marker-end': 'url(#arrow)' } : {}),
    });
    edges.appendChild(line);
    if (edgeLabels) {
      const label = el('text', {
        x: (sa.x + ta.x) / 2,
        y: (-sa.y - ta.y) / 2 - 4 * unit,
        'font-size': 11 * unit,
        fill: '#555555',
        'text-anchor': 'middle',
      });
      label.textContent = a.label;
      edges.appendChild(label);
    }
  });
  svg.appendChild(edges);
  // Labels: the focus first, then the best-connected, each at the first free spot around its
  // node (labels.ts) — never over another label or a node, never past the edges. A label with
  // no room is shown only on hover or focus; the tooltip always has the full name.
  const points = g.mapNodes((n, a) => ({ id: n, x: a.x, y: -a.y, r: a.size * unit }));
  const order = g
    .nodes()
    .sort(
      (p, q) =>
        Number(g.getNodeAttribute(q, 'focus')) - Number(g.getNodeAttribute(p, 'focus')) ||
        g.degree(q) - g.degree(p) ||
        g.getNodeAttribute(p, 'label').localeCompare(g.getNodeAttribute(q, 'label')),
    );
  const boxes = placeLabels(
    order.map((n) => {
      const a = g.getNodeAttributes(n);
      return { id: n, x: a.x, y: -a.y, r: a.size * unit, text: a.label, fontSize: (a.focus ? 14 : 12) * unit, bold: a.focus };
    }),
    points,
    { x: minX, y: minY, width: w, height: hgt },
    g.mapEdges((_e, _a, s, t) => ({
      x1: g.getNodeAttribute(s, 'x'),
      y1: -g.getNodeAttribute(s, 'y'),
      x2: g.getNodeAttribute(t, 'x'),
      y2: -g.getNodeAttribute(t, 'y'),
    })),
  );
  const nodes = el('g', { class: 'nodes' });
  g.forEachNode((n, a) => {
    const href = hrefOf(n);
    const group = href ? el('a', { href, 'aria-label': `${a.label} (${a.kind})` }) : el('g', {});
    group.setAttribute('class', 'node');
    group.setAttribute('data-node', n);
    const tip = el('title', {});
    tip.textContent = `${a.label} — ${a.kind}${a.regionName ? `, ${a.regionName}` : ''}`;
    group.append(tip, el('circle', { cx: a.x, cy: -a.y, r: a.size * unit, fill: a.color, stroke: '#ffffff', 'stroke-width': unit }));
    const box = boxes.get(n);
    const size = (a.focus ? 14 : 12) * unit;
    const text = box
      ? el('text', {
          x: box.x,
          y: box.y + box.h * 0.78,
          'font-size': size,
          fill: '#1a1a1a',
          'font-weight': a.focus ? 700 : 400,
          stroke: '#ffffff',
          'stroke-width': 3 * unit,
          'paint-order': 'stroke',
          class: 'node-label',
          'data-label': n,
        })
      : el('text', {
          x: a.x + (a.size + 3) * unit,
          y: -a.y + 4 * unit,
          'font-size': size,
          fill: '#1a1a1a',
          stroke: '#ffffff',
          'stroke-width': 3 * unit,
          'paint-order': 'stroke',
          class: 'node-label label-on-demand',
          visibility: 'hidden',
        });
    text.textContent = a.label;
    group.appendChild(text);
    nodes.appendChild(group);
  });
  svg.appendChild(nodes);

  const apply = () => svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  const zoom = (factor: number) => {
    const cx = view.x + view.w / 2;
    const cy = view.y + view.h / 2;
    view.w /= factor;
    view.h /= factor;
    view.x = cx - view.w / 2;
    view.y = cy - view.h / 2;
    apply();
  };
  const pan = (dx: number, dy: number) => {
    view.x += dx * (view.w / Math.max(svg.clientWidth, 1));
    view.y += dy * (view.h / Math.max(svg.clientHeight, 1));
    apply();
  };
  // Ctrl/⌘ + wheel (and trackpad pinch) zooms; a plain wheel scrolls the page as everywhere else.
  svg.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2);
  });
  let drag: { x: number; y: number } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    // Dragging pans with a mouse or pen; a finger scrolls the page (touch-action: pan-y).
    if ((e.target as Element).closest('a') || e.pointerType === 'touch') return;
    drag = { x: e.clientX, y: e.clientY };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    pan(drag.x - e.clientX, drag.y - e.clientY);
    drag = { x: e.clientX, y: e.clientY };
  });
  svg.addEventListener('pointerup', () => (drag = undefined));
  return {
    svg,
    zoom,
    pan,
    reset: () => {
      Object.assign(view, home);
      apply();
    },
  };
}

/** Renders an SVG element to a canvas (via a same-origin blob URL, so the canvas stays readable). */
export async function svgToCanvas(svg: SVGSVGElement, width: number, height: number): Promise<HTMLCanvasElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = window.devicePixelRatio || 1;
    const out = h('canvas', { width: Math.round(width * scale), height: Math.round(height * scale) });
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(img, 0, 0, out.width, out.height);
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}
