import type { ViewGraph } from './graph-model';

/*
 * Small deterministic layouts (no randomness, so a view looks the same every time and
 * screenshots compare). ForceAtlas2 is not a dependency; these are enough for the few dozen
 * nodes a view holds.
 */

const KIND_ORDER = ['City', 'Event', 'Organisation', 'Practice', 'Leader', 'Hub'];
const sortKey = (g: ViewGraph, n: string): string => {
  const a = g.getNodeAttributes(n);
  return `${KIND_ORDER.indexOf(a.kind)}|${a.region ?? '~'}|${a.label}`;
};

/** Hop distance from the focus nodes, ignoring direction; unreachable nodes get max + 1. */
export function hops(g: ViewGraph, focus: readonly string[]): Map<string, number> {
  const dist = new Map<string, number>();
  let frontier = focus.filter((f) => g.hasNode(f));
  frontier.forEach((f) => dist.set(f, 0));
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      g.forEachNeighbor(n, (m) => {
        if (!dist.has(m)) {
          dist.set(m, d);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  const max = Math.max(0, ...dist.values());
  g.forEachNode((n) => {
    if (!dist.has(n)) dist.set(n, max + 1);
  });
  return dist;
}

/**
 * Focus in the middle, everything else on rings by hop distance, then a short spring
 * relaxation that keeps each node near its ring while pulling linked nodes together.
 */
export function radialLayout(g: ViewGraph, focus: readonly string[], ring = 100): void {
  const dist = hops(g, focus);
  const rings = new Map<number, string[]>();
  for (const [n, d] of dist) rings.set(d, [...(rings.get(d) ?? []), n]);
  for (const [d, members] of rings) {
    members.sort((a, b) => sortKey(g, a).localeCompare(sortKey(g, b)));
    const r = d === 0 && members.length === 1 ? 0 : ring * Math.max(d, 0.5) * (1 + members.length / 40);
    members.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / members.length + d * 0.35;
      g.mergeNodeAttributes(n, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    });
  }
  relax(g, (n) => (focus.includes(n) ? 'fixed' : undefined));
}

/** Columns by `layerOf` (time rank, hop index…), ordered within a column to reduce crossings. */
export function layeredLayout(g: ViewGraph, layerOf: (node: string) => number, gapX = 160, gapY = 70): void {
  const layers = new Map<number, string[]>();
  g.forEachNode((n) => {
    const l = layerOf(n);
    layers.set(l, [...(layers.get(l) ?? []), n]);
  });
  const ys = new Map<string, number>();
  for (const l of [...layers.keys()].sort((a, b) => a - b)) {
    const members = layers.get(l)!;
    const bary = (n: string): number => {
      const ins = g.inNeighbors(n).filter((m) => ys.has(m));
      return ins.length ? ins.reduce((s, m) => s + ys.get(m)!, 0) / ins.length : Number.POSITIVE_INFINITY;
    };
    members.sort((a, b) => bary(a) - bary(b) || sortKey(g, a).localeCompare(sortKey(g, b)));
    members.forEach((n, i) => {
      const y = (i - (members.length - 1) / 2) * gapY;
      ys.set(n, y);
      // Sigma's y axis points up; negate so the first row is drawn on top.
      g.mergeNodeAttributes(n, { x: l * gapX, y: -y });
    });
  }
}

/** A few hundred steps of a plain spring embedder (Fruchterman–Reingold), deterministic. */
function relax(g: ViewGraph, pin: (n: string) => 'fixed' | undefined, steps = 150): void {
  const nodes = g.nodes();
  if (nodes.length < 3) return;
  const k = 60;
  const pos = new Map(nodes.map((n) => [n, { x: g.getNodeAttribute(n, 'x'), y: g.getNodeAttribute(n, 'y') }]));
  for (let step = 0; step < steps; step++) {
    const temp = 20 * (1 - step / steps) + 1;
    const disp = new Map(nodes.map((n) => [n, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = pos.get(nodes[i]!)!;
        const b = pos.get(nodes[j]!)!;
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        if (dx === 0 && dy === 0) dx = dy = 0.01 * (i - j);
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (k * k) / d2;
        disp.get(nodes[i]!)!.x += dx * f;
        disp.get(nodes[i]!)!.y += dy * f;
        disp.get(nodes[j]!)!.x -= dx * f;
        disp.get(nodes[j]!)!.y -= dy * f;
      }
    }
    g.forEachEdge((_e, _a, s, t) => {
      const a = pos.get(s)!;
      const b = pos.get(t)!;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = d / k / 4;
      disp.get(s)!.x -= dx * f;
      disp.get(s)!.y -= dy * f;
      disp.get(t)!.x += dx * f;
      disp.get(t)!.y += dy * f;
    });
    for (const n of nodes) {
      if (pin(n) === 'fixed') continue;
      const d = disp.get(n)!;
      const len = Math.sqrt(d.x * d.x + d.y * d.y) || 1;
      const p = pos.get(n)!;
      p.x += (d.x / len) * Math.min(len, temp);
      p.y += (d.y / len) * Math.min(len, temp);
    }
  }
  for (const [n, p] of pos) g.mergeNodeAttributes(n, { x: p.x, y: p.y });
}
