import { toCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toKumu } from './kumu';
import type { ExportGraph } from './model';

/** One written file: its name suffix, media type and text. */
export interface ExportFile {
  suffix: string;
  contentType: string;
  text: string;
}

export const FORMATS = ['graphml', 'gexf', 'csv', 'kumu'] as const;
export type ExportFormat = (typeof FORMATS)[number];
export const isExportFormat = (s: unknown): s is ExportFormat => FORMATS.includes(s as ExportFormat);

/** Writes a graph in a format: one file, or two for CSV (nodes and edges). */
export function writeExport(format: ExportFormat, g: ExportGraph): ExportFile[] {
  switch (format) {
    case 'graphml':
      return [{ suffix: '.graphml', contentType: 'application/graphml+xml; charset=utf-8', text: toGraphml(g) }];
    case 'gexf':
      return [{ suffix: '.gexf', contentType: 'application/gexf+xml; charset=utf-8', text: toGexf(g) }];
    case 'kumu':
      return [{ suffix: '.kumu.json', contentType: 'application/json; charset=utf-8', text: `${JSON.stringify(toKumu(g), null, 2)}\n` }];
    case 'csv': {
      const { nodes, edges } = toCsv(g);
      return [
        { suffix: '-nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', text: nodes },
        { suffix: '-edges.csv', contentType: 'text/csv; charset=utf-8; header=present', text: edges },
      ];
    }
  }
}
