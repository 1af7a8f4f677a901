import { describe, expect, it } from 'vitest';
import { bounds, comparePartialDates, isPartialDate, notAfter, parsePartialDate, sortPartialDates } from '../../src/domain/partial-date';

describe('PartialDate', () => {
  it('accepts the three precisions and nothing else', () => {
    expect(['2023', '2023-05', '2023-05-17', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['23', '2023-5', '2023-13', '2023-02-29', '2023-05-32', 'May 2023', '2023-05-17T00:00', ''].some(isPartialDate)).toBe(false);
  });

  it('keeps the precision it was given', () => {
    expect(parsePartialDate('2022-05')).toEqual({ year: 2022, month: 5, day: undefined, precision: 'MONTH' });
    expect(bounds('2022-05')).toEqual({ start: '2022-05-01', end: '2022-05-31' });
    expect(bounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(bounds('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('says "unknown order" when the intervals overlap', () => {
    expect(comparePartialDates('2023', '2023-05')).toBe('UNKNOWN');
    expect(comparePartialDates('2023-05', '2023-05-10')).toBe('UNKNOWN');
    expect(comparePartialDates('2022-05', '2023')).toBe('BEFORE');
    expect(comparePartialDates('2023-12', '2023-05-31')).toBe('AFTER');
    expect(comparePartialDates('2023-05', '2023-05')).toBe('SAME');
    expect(notAfter('2023', '2023-01')).toBe(true);
    expect(notAfter('2024', '2023-12-31')).toBe(false);
  });

  it('sorts by start, coarser first within the same start', () => {
    expect(['2023-05', '2022', '2023', '2023-01-15', '2022-12'].sort(sortPartialDates)).toEqual([
      '2022',
      '2022-12',
      '2023',
      '2023-01-15',
      '2023-05',
    ]);
  });
});
