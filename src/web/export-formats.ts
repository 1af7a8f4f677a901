import type { ViewGraph } from './graph-model';

/*
 * GraphML and CSV of what a view shows, made in the browser from the view's own graph, so the
 * file matches the screen exactly. (graphology-graphml only parses; it has no writer.)
 */

const xml = (s: unknown): string =>
  String(s ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const evidenceText = (ev: { excerpt: string; source: { title: string } | null }[]): string =>
  ev.map((c) => `“${c.excerpt}” (${c.source?.title ?? 'unknown source'})`).join(' | ');

const NODE_KEYS = ['label', 'kind', 'region', 'regionName', 'date', 'x', 'y', 'color'] as const;
const EDGE_KEYS = ['relation', 'label', 'date', 'practice', 'via', 'evidence'] as const;

/** GraphML 1.0 (readable by Gephi, yEd, Cytoscape, networkx). */
export function toGraphML(g: ViewGraph): string {
  const keyType = (k: string) => (k === 'x' || k === 'y' ? 'double' : 'string');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${keyType(k)}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  g.forEachNode((n, a) => {
    lines.push(`    <node id="${xml(n)}">`);
    for (const k of NODE_KEYS) if (a[k] !== null && a[k] !== undefined) lines.push(`      <data key="n_${k}">${xml(a[k])}</data>`);
    lines.push('    </node>');
  });
  g.forEachEdge((e, a, s, t) => {
    lines.push(`    <edge id="${xml(e)}" source="${xml(s)}" target="${xml(t)}">`);
    for (const k of EDGE_KEYS) {
      const v = k === 'evidence' ? evidenceText(a.evidence) : a[k];
      if (v) lines.push(`      <data key="e_${k}">${xml(v)}</data>`);
    }
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

const csvCell = (v: unknown): string => {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per link, with both ends named; nodes without links get a row of their own. */
export function toCsv(g: ViewGraph): string {
  const header = ['from_id', 'from_name', 'from_kind', 'from_region', 'relation', 'to_id', 'to_name', 'to_kind', 'to_region', 'date', 'practice', 'via', 'evidence'];
  const end = (n: string) => {
    const a = g.getNodeAttributes(n);
    return [n, a.label, a.kind, a.regionName ?? ''];
  };
  const rows: unknown[][] = [header];
  g.forEachEdge((_e, a, s, t) => rows.push([...end(s), a.relation, ...end(t), a.date, a.practice, a.via, evidenceText(a.evidence)]));
  g.forEachNode((n) => {
    if (g.degree(n) === 0) rows.push([...end(n), '', '', '', '', '', '', '', '', '']);
  });
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
