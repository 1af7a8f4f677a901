import { toGraphml } from '../graph/export/graphml';
import { citationAttrs, type ExportGraph } from '../graph/export/model';
import type { ViewGraph } from './graph-model';

/*
 * GraphML and CSV of what a view shows, made in the browser from the view's own graph, so the
 * file matches the screen exactly.
 */

const evidenceText = (ev: { excerpt: string; source: { title: string } | null }[]): string =>
  ev.map((c) => `“${c.excerpt}” (${c.source?.title ?? 'unknown source'})`).join(' | ');

/**
 * GraphML 1.0 (Gephi, yEd, igraph, NetworkX), written by the same writer as the server's
 * /export route so that a view's file and a full export have the same columns.
 */
export function toGraphML(g: ViewGraph, title = 'Prevention Graph view'): string {
  const graph: ExportGraph = { title, nodes: [], edges: [] };
  g.forEachNode((id, a) => graph.nodes.push({ id, attrs: { label: a.label, type: a.kind, region: a.region, date: a.date } }));
  g.forEachEdge((id, a, source, target) => {
    const { citation, sources } = citationAttrs(a.evidence.map((c) => ({ sourceId: c.source?.id ?? '', excerpt: c.excerpt })));
    graph.edges.push({
      id,
      source,
      target,
      attrs: { type: a.relation, date: a.date, practice: a.practice, via: a.via, citation, sources },
    });
  });
  return toGraphml(graph);
}

/**
 * A byte-order mark first: without it, spreadsheet programs (Excel above all) read UTF-8 as
 * their local code page and show "ÄŒair" for "Čair".
 */
export const CSV_BOM = '\uFEFF';

export const csvCell = (v: unknown): string => {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per link, with both ends named; nodes without links get a row of their own. */
export function toCsv(g: ViewGraph): string {
  const header = [
    'from_id',
    'from_name',
    'from_kind',
    'from_region',
    'relation',
    'to_id',
    'to_name',
    'to_kind',
    'to_region',
    'date',
    'practice',
    'via',
    'evidence',
  ];
  const end = (n: string) => {
    const a = g.getNodeAttributes(n);
    return [n, a.label, a.kind, a.regionName ?? ''];
  };
  const rows: unknown[][] = [header];
  g.forEachEdge((_e, a, s, t) => rows.push([...end(s), a.relation, ...end(t), a.date, a.practice, a.via, evidenceText(a.evidence)]));
  g.forEachNode((n) => {
    if (g.degree(n) === 0) rows.push([...end(n), '', '', '', '', '', '', '', '', '']);
  });
  return csvText(rows);
}

/** Rows as RFC 4180 CSV (CRLF) with a byte-order mark. */
export const csvText = (rows: unknown[][]): string => `${CSV_BOM}${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
