import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear, selectReturn } from '@careledger/ssda903';
import { computeMeasure, headlineFigures, quartersOf, yearOf, within } from '../../src';
import { startedInPeriod } from '../../src/catalogue/measures/startedInPeriod';
import { LA, smallLa } from './smallLa';

const year = collectionYear(2024);

describe('children who started to be looked after in the period (started_in_period)', () => {
  it('counts each child once, at their first start, leaving out short breaks and a start corrected to before the year', async () => {
    await withProjections(smallLa(), async (store) => {
      // A starts 2023-05-01 (C1). C starts 2023-04-10 (V2) and again 2023-10-01 (C1): counted once, at the first.
      // B's starts are V3. D's start was corrected from 2023-04-03 to 2023-03-25, before the year.
      const result = await computeMeasure(store, startedInPeriod, { laCode: LA, period: yearOf(year) });
      expect(result).toMatchObject({ value: 2, breakdowns: { ls: { C1: 1, V2: 1 }, cin: { N1: 1, N4: 1 } } });
      expect(result.children).toEqual([
        { child_id: 'A', in_numerator: true, in_denominator: false, started_on: '2023-05-01', ls: 'C1', cin: 'N1', place: 'U6' },
        { child_id: 'C', in_numerator: true, in_denominator: false, started_on: '2023-04-10', ls: 'V2', cin: 'N4', place: 'U6' },
      ]);
    });
  });

  it('counts C in the quarter of each of his starts, since each quarter has its own first start', async () => {
    await withProjections(smallLa(), async (store) => {
      // Q1: A (05-01), C (04-10). Q2: none. Q3: C again (10-01). Q4: none (B's 2024-03-30 start is V3).
      const quarters = [];
      for (const period of quartersOf(year)) quarters.push((await computeMeasure(store, startedInPeriod, { laCode: LA, period })).children.map((c) => c.child_id));
      expect(quarters).toEqual([['A', 'C'], [], ['C'], []]);
      // A period's ends are both in it: 1 October alone holds C's second start.
      expect((await computeMeasure(store, startedInPeriod, { laCode: LA, period: within('2023-10-01', '2023-10-01') })).value).toBe(1);
    });
  });

  it('agrees with the headline starts for the year', async () => {
    await withProjections(smallLa(), async (store) => {
      const { tables } = await selectReturn(store, { laCode: LA, year, asAt: '2024-06-30' });
      const headline = headlineFigures({ laCode: LA, year, tables }).find((f) => f.id === 'started_in_year')!;
      const result = await computeMeasure(store, startedInPeriod, { laCode: LA, period: yearOf(year) });
      expect(result.value).toBe(headline.value);
      expect(result.breakdowns['ls']).toEqual(headline.breakdowns!['legalStatus']);
    });
  });
});
