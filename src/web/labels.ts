/*
 * Label placement for the drawings and the map: each label goes to the first free spot around
 * its point (right, left, above, below, then the diagonals, then further out), never over
 * another label, never over a point, never past the edges — and, where a spot allows it, not
 * across a line of the drawing either. A label that finds no room is left out; its point keeps
 * its tooltip and its line in the list beside the drawing.
 */

export interface LabelRequest {
  id: string;
  /** The point, in drawing units. */
  x: number;
  y: number;
  r: number;
  text: string;
  fontSize: number;
  bold?: boolean;
}

export interface LabelBox {
  /** Top-left corner, width and height, in drawing units. */
  x: number;
  y: number;
  w: number;
  h: number;
  fontSize: number;
}

interface Circle {
  x: number;
  y: number;
  r: number;
}

let ctx: CanvasRenderingContext2D | null | undefined;

/** Width of a text in the page's font (canvas measurement; an estimate where there is no canvas). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  if (ctx === undefined) {
    try {
      ctx = document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
  }
  if (!ctx) return text.length * fontSize * 0.6;
  ctx.font = `${bold ? 700 : 400} ${fontSize}px system-ui, sans-serif`;
  return ctx.measureText(text).width;
}

const overlaps = (a: LabelBox, b: LabelBox): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function hitsCircle(b: LabelBox, c: Circle): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.w));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.h));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < (c.r + 1) ** 2;
}

/** A straight line of the drawing (an edge), from (x1, y1) to (x2, y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Does the segment pass through the box? (Liang–Barsky clipping.) */
export function crosses(b: LabelBox, s: Segment): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let lo = 0;
  let hi = 1;
  for (const [p, q] of [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.w - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.h - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) lo = Math.max(lo, t);
    else hi = Math.min(hi, t);
    if (lo > hi) return false;
  }
  return true;
}

/**
 * Places labels in the given order (most important first). `bounds` are the drawing's edges;
 * `lines` are avoided where some free spot does not cross one (never at the cost of a label).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  points: readonly Circle[],
  bounds: { width: number; height: number; x?: number; y?: number },
  lines: readonly Segment[] = [],
): Map<string, LabelBox> {
  const out = new Map<string, LabelBox>();
  const taken: LabelBox[] = [];
  const x0 = bounds.x ?? 0;
  const y0 = bounds.y ?? 0;
  for (const q of requests) {
    const w = textWidth(q.text, q.fontSize, q.bold) + 2;
    const h = q.fontSize * 1.25;
    const gap = q.r + 3;
    const spots: [number, number][] = [];
    for (const far of [0, 6, 14]) {
      const g = gap + far;
      spots.push(
        [q.x + g, q.y - h / 2],
        [q.x - g - w, q.y - h / 2],
        [q.x - w / 2, q.y - g - h],
        [q.x - w / 2, q.y + g],
        [q.x + g * 0.7, q.y - g * 0.7 - h],
        [q.x - g * 0.7 - w, q.y - g * 0.7 - h],
        [q.x + g * 0.7, q.y + g * 0.7],
        [q.x - g * 0.7 - w, q.y + g * 0.7],
      );
    }
    const free = spots
      .map(([x, y]) => ({ x, y, w, h, fontSize: q.fontSize }))
      .filter(
        (box) =>
          box.x >= x0 + 2 &&
          box.y >= y0 + 2 &&
          box.x + w <= x0 + bounds.width - 2 &&
          box.y + h <= y0 + bounds.height - 2 &&
          !taken.some((t) => overlaps(t, box)) &&
          !points.some((p) => hitsCircle(box, p)),
      );
    const box = free.find((b) => !lines.some((l) => crosses(b, l))) ?? free[0];
    if (box) {
      taken.push(box);
      out.set(q.id, box);
    }
  }
  return out;
}
