import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { asAt, monthOf, monthsOf, monthsWithin, quartersOf, rolling12Months, seriesOf, threeYearRolling, within, yearOf, yearToDate } from '../../src';

const span = (p: { start: string; end: string }) => [p.start, p.end];
const year = collectionYear(2024);

describe('periods on calendar dates', () => {
  it('as at a date is that one day; a period is its two ends, both included', () => {
    expect(asAt('2024-03-31')).toEqual({ kind: 'asAt', start: '2024-03-31', end: '2024-03-31', label: 'at 2024-03-31' });
    expect(span(within('2023-06-15', '2023-07-14'))).toEqual(['2023-06-15', '2023-07-14']);
    expect(() => within('2023-07-15', '2023-07-14')).toThrow(expect.objectContaining({ kind: 'invalid', code: 'period.reversed' }));
    expect(() => asAt('2023-02-29')).toThrow(expect.objectContaining({ kind: 'invalid', code: 'period.invalid_date' }));
  });

  it('months run April to March, February 2024 having 29 days', () => {
    const months = monthsOf(year);
    expect(months).toHaveLength(12);
    expect(span(months[0]!)).toEqual(['2023-04-01', '2023-04-30']);
    expect(months[0]!.label).toBe('April 2023');
    expect(span(months[10]!)).toEqual(['2024-02-01', '2024-02-29']);
    expect(span(months[11]!)).toEqual(['2024-03-01', '2024-03-31']);
    expect(span(monthOf('2023-02-14'))).toEqual(['2023-02-01', '2023-02-28']);
  });

  it('quarters are April-June, July-September, October-December and January-March', () => {
    expect(quartersOf(year).map((q) => [q.label, ...span(q)])).toEqual([
      ['2023-24 Q1', '2023-04-01', '2023-06-30'],
      ['2023-24 Q2', '2023-07-01', '2023-09-30'],
      ['2023-24 Q3', '2023-10-01', '2023-12-31'],
      ['2023-24 Q4', '2024-01-01', '2024-03-31'],
    ]);
    expect(seriesOf(year, 'year')).toEqual([yearOf(year)]);
    expect(span(yearOf(year))).toEqual(['2023-04-01', '2024-03-31']);
  });

  it('year to date starts on the 1 April before the date, even in the January-March quarter', () => {
    expect(span(yearToDate('2024-01-31'))).toEqual(['2023-04-01', '2024-01-31']);
    expect(span(yearToDate('2024-04-01'))).toEqual(['2024-04-01', '2024-04-01']);
    expect(yearToDate('2024-01-31').label).toBe('2023-24 to 2024-01-31');
  });

  it('rolling 12 months end on the date and start the day after the same date a year before', () => {
    expect(span(rolling12Months('2024-03-31'))).toEqual(['2023-04-01', '2024-03-31']);
    // 29 February 2024 less a year is 28 February 2023, so the twelve months start on 1 March 2023.
    expect(span(rolling12Months('2024-02-29'))).toEqual(['2023-03-01', '2024-02-29']);
    expect(span(rolling12Months('2023-06-15'))).toEqual(['2022-06-16', '2023-06-15']);
  });

  it('three-year rolling is the year and the two before it (A1, A2, A10)', () => {
    expect(threeYearRolling(year)).toMatchObject({ start: '2021-04-01', end: '2024-03-31', label: '2021-22 to 2023-24' });
  });

  it('a quarter is made of its months; a period cut mid-month keeps only its own days of that month', () => {
    expect(monthsWithin(quartersOf(year)[3]!).map(span)).toEqual([['2024-01-01', '2024-01-31'], ['2024-02-01', '2024-02-29'], ['2024-03-01', '2024-03-31']]);
    expect(monthsWithin(within('2023-05-20', '2023-06-10')).map(span)).toEqual([['2023-05-20', '2023-05-31'], ['2023-06-01', '2023-06-10']]);
  });
});
