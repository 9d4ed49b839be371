import { describe, expect, it } from 'vitest';
import { parsePeriod, periodForMeasure } from '../../src';
import { ceasedAdoptedPercent } from '../../src/catalogue/measures/ceasedAdoptedPercent';
import { childrenInCare } from '../../src/catalogue/measures/childrenInCare';

const read = (text: string) => {
  const p = parsePeriod(text);
  return [p.kind, p.start, p.end];
};

describe('a period as written on the command line', () => {
  it('reads each form', () => {
    expect(read('2024-03-31')).toEqual(['asAt', '2024-03-31', '2024-03-31']);
    expect(read('2024-02')).toEqual(['month', '2024-02-01', '2024-02-29']);
    expect(read('2023-24-Q3')).toEqual(['quarter', '2023-10-01', '2023-12-31']);
    expect(read('2023-24 Q4')).toEqual(['quarter', '2024-01-01', '2024-03-31']);
    expect(read('2024q1')).toEqual(['quarter', '2023-04-01', '2023-06-30']);
    expect(read('2023-24')).toEqual(['year', '2023-04-01', '2024-03-31']);
    expect(read('2024')).toEqual(['year', '2023-04-01', '2024-03-31']);
    expect(read('ytd:2024-01-31')).toEqual(['yearToDate', '2023-04-01', '2024-01-31']);
    expect(read('12m:2024-03-31')).toEqual(['rolling12Months', '2023-04-01', '2024-03-31']);
    expect(read('3y:2023-24')).toEqual(['threeYearRolling', '2021-04-01', '2024-03-31']);
    expect(read('2023-04-01..2023-06-30')).toEqual(['period', '2023-04-01', '2023-06-30']);
  });

  it('refuses what it cannot read, naming the forms', () => {
    for (const text of ['2024-13', '2023-25', 'Q3', '2024-02-30', 'ytd:yesterday', 'last month']) {
      expect(() => parsePeriod(text), text).toThrow(/is not a period: write one of 2024-03-31 \(as at a date\)/);
    }
    expect(() => parsePeriod('2023-06-30..2023-04-01')).toThrow(/after its end/);
  });

  it('takes a point-in-time measure as at the end of the period asked for, and refuses a period a measure does not support', () => {
    expect(periodForMeasure(childrenInCare, parsePeriod('2023-24'))).toMatchObject({ kind: 'asAt', end: '2024-03-31' });
    expect(periodForMeasure(ceasedAdoptedPercent, parsePeriod('2023-24-Q2'))).toMatchObject({ kind: 'quarter', start: '2023-07-01' });
    expect(() => periodForMeasure(ceasedAdoptedPercent, parsePeriod('2024-03-31'))).toThrow(/not computed over a asAt period/);
  });
});
