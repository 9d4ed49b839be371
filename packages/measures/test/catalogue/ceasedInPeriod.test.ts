import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear, selectReturn } from '@careledger/ssda903';
import { computeMeasure, headlineFigures, monthOf, yearOf } from '../../src';
import { ceasedInPeriod } from '../../src/catalogue/measures/ceasedInPeriod';
import { LA, smallLa, smallLaWithLeavers } from './smallLa';

const year = collectionYear(2024);

describe('children who ceased to be looked after in the period, by reason (ceased_in_period)', () => {
  it('counts each child once, with the reason of their last cease', async () => {
    await withProjections(smallLaWithLeavers(), async (store) => {
      // C 2023-06-01 E4A; D 2023-11-01 E4A; G 2024-03-31 E11 (ceasing on 31 March is in the year); I 2023-09-30 E45;
      // K ceases twice (2023-05-01 E4A, 2024-02-10 E11): once, for E11; L 2024-01-20 E11; M 2024-02-05 E4A;
      // N 2024-02-20 E13. B's short breaks ending E13 are left out. 8 children: E11 3, E13 1, E45 1, E4A 3.
      const result = await computeMeasure(store, ceasedInPeriod, { laCode: LA, period: yearOf(year) });
      expect(result).toMatchObject({ value: 8, breakdowns: { rec: { E11: 3, E13: 1, E45: 1, E4A: 3 } } });
      expect(result.children.find((c) => c.child_id === 'K')).toEqual({
        child_id: 'K', in_numerator: true, in_denominator: false, ceased_on: '2024-02-10', rec: 'E11', ls: 'C2', period_started: '2023-07-01',
      });
      expect(result.children.find((c) => c.child_id === 'D')).toMatchObject({ ceased_on: '2023-11-01', period_started: '2023-03-25' });
    });
  });

  it('counts K in May 2023 for his first cease, since the month holds only that one', async () => {
    await withProjections(smallLaWithLeavers(), async (store) => {
      const may = await computeMeasure(store, ceasedInPeriod, { laCode: LA, period: monthOf('2023-05-01') });
      expect(may.children.map((c) => [c.child_id, c.rec])).toEqual([['K', 'E4A']]);
    });
  });

  it('agrees with the headline ceases for the year, reason by reason', async () => {
    await withProjections(smallLa(), async (store) => {
      const { tables } = await selectReturn(store, { laCode: LA, year, asAt: '2024-06-30' });
      const headline = headlineFigures({ laCode: LA, year, tables }).find((f) => f.id === 'ceased_in_year')!;
      const result = await computeMeasure(store, ceasedInPeriod, { laCode: LA, period: yearOf(year) });
      // C, D, G, I: E11 1, E45 1, E4A 2.
      expect(result).toMatchObject({ value: 4, breakdowns: { rec: { E11: 1, E45: 1, E4A: 2 } } });
      expect(result.value).toBe(headline.value);
      expect(result.breakdowns['rec']).toEqual(headline.breakdowns!['reasonCeased']);
    });
  });
});
