import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { relTypeNamed } from '../../domain/relationships';
import { isNodeLabel, NODE_LABELS, type NodeLabel } from '../../domain/labels';
import { inputError, type EntryContext } from '../curation/validation';

/**
 * CSV import: one row per node or relationship, with at most one citation per row. A row
 * that repeats a node id (or a relationship's type, ends and key) adds its citation to the
 * first row's; its other cells must be empty or the same. Empty cells are absent values.
 *
 * nodes:  label,id,name,description,kind,category,title,lat,lon,country,iso2,region,launched,
 *         date,place,publisher,file,url,citation_source,citation_excerpt
 * edges:  type,from,to,date,status,role,since,until,practice,via,description,
 *         citation_source,citation_excerpt
 * Only `label,id` (nodes) and `type,from,to` (edges) must be present; a file is told apart by them.
 */
export const NODE_COLUMNS = [
  'label',
  'id',
  'name',
  'description',
  'kind',
  'category',
  'title',
  'lat',
  'lon',
  'country',
  'iso2',
  'region',
  'launched',
  'date',
  'place',
  'publisher',
  'file',
  'url',
  'citation_source',
  'citation_excerpt',
] as const;
export const EDGE_COLUMNS = [
  'type',
  'from',
  'to',
  'date',
  'status',
  'role',
  'since',
  'until',
  'practice',
  'via',
  'description',
  'citation_source',
  'citation_excerpt',
] as const;

export type CsvKind = 'nodes' | 'edges';

/** A row turned into the plain shape the seed format has (validated later, like seed entries). */
export interface CsvEntry {
  plain: Record<string, unknown>;
  ctx: EntryContext;
  label?: NodeLabel;
}

const NUMERIC = new Set(['lat', 'lon']);

function labelOf(cell: string, ctx: EntryContext): NodeLabel {
  const found = NODE_LABELS.find((l) => l.toLowerCase() === cell.trim().toLowerCase());
  if (!found || !isNodeLabel(found))
    throw inputError(ctx, 'label', `"${cell.slice(0, 40)}" is not a node label; use one of ${NODE_LABELS.join(', ')}`);
  return found;
}

/** Streams a CSV file, calling `onRow` with each data row as `column → cell` and its line number. */
export async function readCsv(
  file: string,
  display: string,
  onHeader: (columns: string[]) => void,
  onRow: (row: Record<string, string>, line: number) => void | Promise<void>,
): Promise<number> {
  const parser = createReadStream(file).pipe(parse({ bom: true, info: true, skip_empty_lines: true, trim: true }));
  let header: string[] | undefined;
  let rows = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((c) => c.toLowerCase());
        onHeader(header);
        continue;
      }
      rows += 1;
      await onRow(Object.fromEntries(header.map((c, i) => [c, record[i] ?? ''])), info.lines);
    }
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number };
    if (e.code?.startsWith('CSV_')) throw inputError({ file: display, row: e.lines }, '(file)', `is not valid CSV: ${e.message}`);
    throw err;
  }
  return rows;
}

export function csvKind(columns: string[], display: string): CsvKind {
  const kind: CsvKind | undefined =
    columns.includes('label') && columns.includes('id')
      ? 'nodes'
      : ['type', 'from', 'to'].every((c) => columns.includes(c))
        ? 'edges'
        : undefined;
  if (!kind) throw inputError({ file: display, row: 1 }, '(header)', 'needs the columns label,id… (nodes) or type,from,to… (edges)');
  const known: readonly string[] = kind === 'nodes' ? NODE_COLUMNS : EDGE_COLUMNS;
  const unknown = columns.find((c) => !known.includes(c));
  if (unknown !== undefined)
    throw inputError(
      { file: display, row: 1 },
      unknown || '(empty column name)',
      `is not a ${kind} column; the columns are ${known.join(',')}`,
    );
  return kind;
}

/** One row → plain entry; the citation columns become `citations: [{ source, excerpt }]`. */
export function rowToEntry(kind: CsvKind, row: Record<string, string>, ctx: EntryContext): CsvEntry {
  const plain: Record<string, unknown> = {};
  for (const [col, cell] of Object.entries(row)) {
    if (cell === '' || col === 'label' || col.startsWith('citation_')) continue;
    plain[col] = NUMERIC.has(col) && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
  }
  if (kind === 'edges' && typeof plain.type === 'string') {
    plain.type = relTypeNamed(plain.type) ?? plain.type;
  }
  const label = kind === 'nodes' ? labelOf(row.label ?? '', ctx) : undefined;
  if (label === 'Source' && plain.title === undefined && plain.name !== undefined) {
    plain.title = plain.name;
    delete plain.name;
  }
  const source = row.citation_source ?? '';
  const excerpt = row.citation_excerpt ?? '';
  if (source || excerpt) {
    if (label === 'Source') throw inputError(ctx, 'citation_source', 'sources are documents, not facts: leave the citation columns empty');
    plain.citations = [{ source, excerpt }];
  } else if (label !== 'Source') {
    plain.citations = [];
  }
  return { plain, ctx: { ...ctx, id: typeof plain.id === 'string' ? plain.id : undefined }, label };
}
