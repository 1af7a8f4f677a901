import { bounds, isPartialDate, type PartialDate } from '../../domain/partial-date';

/**
 * The time rules of diffusion tracing, on the ISO bounds of partial dates (see
 * partial-date.ts): a partial date stands for every day from `start` to `end`, and one
 * fact is *certainly* before another only when its last possible day comes before the
 * other's first possible day. Undated facts never block anything: the documents often
 * give no date, and refusing them would hide most of the evidence.
 */
export interface DateSpan {
  start: string;
  end: string;
}

/** The bounds of an optional partial date (null when the fact is undated). */
export const spanOf = (date: PartialDate | null | undefined): DateSpan | null => (date && isPartialDate(date) ? bounds(date) : null);

/**
 * "As of" a date: a fact counts unless it is certainly after that date. Undated facts
 * count as known (we cannot show they came later), which is stated in the API docs.
 */
export const knownAsOf = (fact: DateSpan | null, asOf: DateSpan | null): boolean => !asOf || !fact || fact.start <= asOf.end;

/*
 * Time-respecting walks. Forward, a hop may follow earlier hops unless it is certainly
 * before one of them: its end must not precede the latest start seen so far (the floor).
 * Backward (tracing upstream), a hop may precede later hops unless one of them is
 * certainly before it: its start must not follow the earliest end seen so far (the
 * ceiling). Both are the pairwise rule "never certainly earlier than a previous hop",
 * kept in one string so that a walk costs O(1) per hop.
 */

/** The floor of a walk that has no dated hop yet. */
export const NO_FLOOR = '';
/** The ceiling of a backward walk that has no dated hop yet. */
export const NO_CEILING = '\uffff';

export const canFollow = (floor: string, hop: DateSpan | null): boolean => !hop || hop.end >= floor;
export const raiseFloor = (floor: string, hop: DateSpan | null): string => (hop && hop.start > floor ? hop.start : floor);
export const canPrecede = (ceiling: string, hop: DateSpan | null): boolean => !hop || hop.start <= ceiling;
export const lowerCeiling = (ceiling: string, hop: DateSpan | null): string => (hop && hop.end < ceiling ? hop.end : ceiling);

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** The possible lag from one partial date to another, in whole calendar months. */
export interface MonthRange {
  minMonths: number;
  maxMonths: number;
}

/**
 * Lag between two partial dates as a range, because "2022-05" to "2023" may be anything
 * from 8 to 19 months. Null when either date is unknown.
 */
export function lagBetween(from: DateSpan | null, to: DateSpan | null): MonthRange | null {
  if (!from || !to) return null;
  return { minMonths: monthIndex(to.start) - monthIndex(from.end), maxMonths: monthIndex(to.end) - monthIndex(from.start) };
}
