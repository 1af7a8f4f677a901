/**
 * A date known to the precision the documents give: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Precision is never invented: "May 2022" stays `2022-05`. Two partial dates compare as
 * BEFORE/AFTER only when their intervals do not overlap; `2023` vs `2023-05` is UNKNOWN
 * ("same year, unknown order").
 */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export type Precision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Parses a partial date; returns undefined when it is not one (including 2023-02-30). */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  const m = PATTERN.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  // There is no year 0 (1 BC is followed by AD 1), and no document here predates AD 1.
  if (year < 1) return undefined;
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month && day && day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: day ? 'DAY' : month ? 'MONTH' : 'YEAR' };
}

export const isPartialDate = (value: unknown): value is PartialDate => typeof value === 'string' && parsePartialDate(value) !== undefined;

/** The first and last day the partial date may stand for, as ISO `YYYY-MM-DD` strings. */
export function bounds(value: PartialDate): { start: string; end: string } {
  const p = parsePartialDate(value);
  if (!p) throw new TypeError(`Not a partial date: ${value}`);
  const y = pad(p.year, 4);
  if (p.precision === 'DAY') return { start: value, end: value };
  if (p.precision === 'MONTH')
    return { start: `${y}-${pad(p.month!)}-01`, end: `${y}-${pad(p.month!)}-${pad(daysInMonth(p.year, p.month!))}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

export type Order = 'BEFORE' | 'AFTER' | 'SAME' | 'UNKNOWN';

/** Compares two partial dates without inventing precision. */
export function comparePartialDates(a: PartialDate, b: PartialDate): Order {
  if (a === b) return 'SAME';
  const x = bounds(a);
  const y = bounds(b);
  if (x.end < y.start) return 'BEFORE';
  if (y.end < x.start) return 'AFTER';
  return 'UNKNOWN';
}

/** True unless `a` is certainly after `b` (used for "as of" and time-respecting paths). */
export const notAfter = (a: PartialDate, b: PartialDate): boolean => comparePartialDates(a, b) !== 'AFTER';

/**
 * A total order for sorting: by start of interval, then coarser before finer (2023 before
 * 2023-05), which is what a plain string sort of the canonical form gives; undated last (the
 * order the page's timelines show).
 */
export function sortPartialDates(a: PartialDate | null | undefined, b: PartialDate | null | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}
