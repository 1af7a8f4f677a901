/**
 * Long-form adoption cascades (`node,cascade,time`, the shape of NetworkInference's
 * `as_cascade_long`): read from CSV, times as numbers or partial dates.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { parsePartialDate } from '../../../domain/partial-date';
import type { AdoptionEvent } from './cascades';
import { NetinfInputError } from './models';

/**
 * A time cell → a number. Plain numbers (1999, 3.25, -2) are taken as they are. Partial dates
 * become decimal years at the START of the period they name — `2015` → 2015, `2015-07` →
 * 2015 + 181/365, `2015-07-14` → 2015 + 194/365 — so a file may mix years and dates, and model
 * parameters are then per year. (R users who pass Date columns get days since 1970 instead;
 * convert before comparing parameters.)
 */
export function timeValue(cell: string): number | undefined {
  const s = cell.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number(s);
  const d = parsePartialDate(s);
  if (!d) return undefined;
  const start = Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  const yearStart = Date.UTC(d.year, 0, 1);
  const yearLength = Date.UTC(d.year + 1, 0, 1) - yearStart;
  return d.year + (start - yearStart) / yearLength;
}

export interface ReadCascadesOptions {
  /** Called every `every` rows with the count read so far. */
  progress?: (rows: number) => void;
  every?: number;
}

/** Column names accepted for each field (the package's and the SPID file's). */
const ALIASES: Record<'node' | 'cascade' | 'time', string[]> = {
  node: ['node', 'node_name', 'actor', 'statenam'],
  cascade: ['cascade', 'cascade_id', 'practice', 'policy'],
  time: ['time', 'event_time', 'date', 'adopt_year', 'year'],
};

/**
 * Reads a long-form cascade CSV. Errors name the line and column and say what to fix; every
 * row is checked before anything is returned (all or nothing).
 */
export async function readCascadeCsv(file: string, display: string, opts: ReadCascadesOptions = {}): Promise<AdoptionEvent[]> {
  await access(file); // a missing file fails here (ENOENT), not as an unhandled stream error
  const parser = createReadStream(file).pipe(
    parse({ bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }),
  );
  const events: AdoptionEvent[] = [];
  let cols: Record<'node' | 'cascade' | 'time', number> | undefined;
  const every = opts.every ?? 5000;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!cols) {
        const header = record.map((c) => c.toLowerCase());
        const find = (k: keyof typeof ALIASES): number => {
          const i = header.findIndex((h) => ALIASES[k].includes(h));
          if (i < 0)
            throw new NetinfInputError(
              `${display} line 1: no ${k} column (accepted names: ${ALIASES[k].join(', ')}); the header must name node, cascade and time.`,
              k,
            );
          return i;
        };
        cols = { node: find('node'), cascade: find('cascade'), time: find('time') };
        continue;
      }
      const node = record[cols.node] ?? '';
      const cascade = record[cols.cascade] ?? '';
      const cell = record[cols.time] ?? '';
      if (!node) throw new NetinfInputError(`${display} line ${info.lines}: the node is empty.`, 'node');
      if (!cascade) throw new NetinfInputError(`${display} line ${info.lines}: the cascade is empty.`, 'cascade');
      const time = timeValue(cell);
      if (time === undefined || !Number.isFinite(time)) {
        throw new NetinfInputError(
          `${display} line ${info.lines}: time "${cell.slice(0, 40)}" is neither a number nor a date (YYYY, YYYY-MM or YYYY-MM-DD).`,
          'time',
        );
      }
      events.push({ node, cascade, time });
      if (opts.progress && events.length % every === 0) opts.progress(events.length);
    }
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number };
    if (e.code?.startsWith('CSV_')) throw new NetinfInputError(`${display} line ${e.lines ?? '?'}: not valid CSV (${e.message}).`, 'file');
    throw err;
  }
  if (!cols) throw new NetinfInputError(`${display} is empty; it needs a header node,cascade,time and one row per adoption.`, 'file');
  if (!events.length) throw new NetinfInputError(`${display} has a header but no adoptions.`, 'file');
  return events;
}

/** A number as R's `write.csv` would print it with 15 significant digits, or with full precision. */
export function formatNumber(x: number, full: boolean): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  return full ? String(x) : String(Number(x.toPrecision(15)));
}

/** The package's output as CSV: `origin_node,destination_node,improvement,p_value`, in inference order. */
export function edgesCsv(
  edges: readonly { origin: string; destination: string; improvement: number; pValue: number }[],
  full = true,
): string {
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const lines = ['"origin_node","destination_node","improvement","p_value"'];
  for (const e of edges)
    lines.push(`${q(e.origin)},${q(e.destination)},${formatNumber(e.improvement, full)},${formatNumber(e.pValue, full)}`);
  return `${lines.join('\n')}\n`;
}
