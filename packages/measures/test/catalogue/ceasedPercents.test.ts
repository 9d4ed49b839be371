import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear, selectReturn } from '@careledger/ssda903';
import { computeMeasure, computeSeries, headlineFigures, yearOf, yearToDate } from '../../src';
import { ceasedAdoptedPercent } from '../../src/catalogue/measures/ceasedAdoptedPercent';
import { ceasedSpecialGuardianshipPercent } from '../../src/catalogue/measures/ceasedSpecialGuardianshipPercent';
import { childrenInCare } from '../../src/catalogue/measures/childrenInCare';
import { LA, smallLa, smallLaWithLeavers } from './smallLa';

const year = collectionYear(2024);

/*
 * Last ceases in 2023-24 (smallLaWithLeavers): May K E4A (his first cease; his last in the year is Feb E11),
 * June C E4A, September I E45, November D E4A, January L E11, February K E11 + M E4A + N E13, March G E11.
 * The year: 8 children, adopted G K L, special guardianship I.
 */
describe('percent of children leaving care who were adopted, or left on special guardianship, year to date', () => {
  it('is the adopted (E11/E12) share of the children who ceased, year to date', async () => {
    await withProjections(smallLaWithLeavers(), async (store) => {
      // To 31 December: C, D, I, K (his May E4A cease), none adopted: 0 / 4 = 0%. SGO: I, 1 / 4 = 25%.
      expect(await computeMeasure(store, ceasedAdoptedPercent, { laCode: LA, period: yearToDate('2023-12-31') })).toMatchObject({ value: 0, numerator: 0, denominator: 4 });
      expect(await computeMeasure(store, ceasedSpecialGuardianshipPercent, { laCode: LA, period: yearToDate('2023-12-31') })).toMatchObject({ value: 25, numerator: 1, denominator: 4 });
      // To 31 March: 3 / 8 = 37.5% -> 38; SGO 1 / 8 = 12.5% -> 13 (a half rounds up).
      const adopted = await computeMeasure(store, ceasedAdoptedPercent, { laCode: LA, period: yearToDate('2024-03-31') });
      expect(adopted).toMatchObject({ value: 38, numerator: 3, denominator: 8, breakdowns: { rec: { E11: 3 } } });
      expect(adopted.children.filter((c) => !c.in_numerator).map((c) => [c.child_id, c.rec])).toEqual([['C', 'E4A'], ['D', 'E4A'], ['I', 'E45'], ['M', 'E4A'], ['N', 'E13']]);
      expect(await computeMeasure(store, ceasedSpecialGuardianshipPercent, { laCode: LA, period: yearToDate('2024-03-31') })).toMatchObject({ value: 13, numerator: 1, denominator: 8 });
    });
  });

  it('has no value when nobody left care, rather than 0%', async () => {
    await withProjections(smallLa(), async (store) => {
      // To 30 April 2023 nobody in smallLa had ceased (C's first cease is 1 June).
      expect(await computeMeasure(store, ceasedAdoptedPercent, { laCode: LA, period: yearToDate('2023-04-30') })).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    });
  });

  it('agrees with the reasons of the headline ceases', async () => {
    await withProjections(smallLa(), async (store) => {
      const { tables } = await selectReturn(store, { laCode: LA, year, asAt: '2024-06-30' });
      const ceased = headlineFigures({ laCode: LA, year, tables }).find((f) => f.id === 'ceased_in_year')!;
      const reasons = ceased.breakdowns!['reasonCeased']!;
      // C, D, G, I: adopted G, 1 / 4 = 25%; SGO I, 1 / 4 = 25%.
      const adopted = await computeMeasure(store, ceasedAdoptedPercent, { laCode: LA, period: yearOf(year) });
      expect(adopted).toMatchObject({ value: 25, numerator: (reasons['E11'] ?? 0) + (reasons['E12'] ?? 0), denominator: ceased.value });
      expect((await computeMeasure(store, ceasedSpecialGuardianshipPercent, { laCode: LA, period: yearOf(year) })).numerator).toBe(reasons['E45']);
    });
  });

  it('by quarter, pooled and as the mean of months, each labelled and never mixed', async () => {
    await withProjections(smallLaWithLeavers(), async (store) => {
      const pooled = await computeSeries(store, ceasedAdoptedPercent, { laCode: LA, year, grain: 'quarter', aggregate: 'pooled' });
      const meanOfMonths = await computeSeries(store, ceasedAdoptedPercent, { laCode: LA, year, grain: 'quarter', aggregate: 'meanOfMonths' });
      // Q1 K, C: 0/2. Q2 I: 0/1. Q3 D: 0/1. Q4 L, K, M, N, G: 3/5 = 60%.
      expect(pooled.aggregate).toBe('pooled');
      expect(pooled.points.map((p) => [p.period.label, p.value, p.numerator, p.denominator])).toEqual([
        ['2023-24 Q1', 0, 0, 2], ['2023-24 Q2', 0, 0, 1], ['2023-24 Q3', 0, 0, 1], ['2023-24 Q4', 60, 3, 5],
      ]);
      // Q4 by month: January 1/1 = 100%, February 1/3 = 33.3%, March 1/1 = 100%: (100 + 33.3 + 100) / 3 = 77.8 -> 78.
      expect(meanOfMonths.aggregate).toBe('meanOfMonths');
      const q4 = meanOfMonths.points[3]!;
      expect(q4).toMatchObject({ value: 78, note: 'mean of 3 monthly percentages' });
      expect(q4.numerator).toBeUndefined();
      expect(q4.months!.map((m) => [m.period.label, m.numerator, m.denominator])).toEqual([['January 2024', 1, 1], ['February 2024', 1, 3], ['March 2024', 1, 1]]);
      // Q1: April has nobody leaving (left out of the mean), May 0/1, June 0/1: 0.
      expect(meanOfMonths.points[0]).toMatchObject({ value: 0, note: 'mean of 2 monthly percentages' });
    });
  });

  it('for the year: pooled 3/8 = 38%; the mean of the seven months with a cease 33%', async () => {
    await withProjections(smallLaWithLeavers(), async (store) => {
      const [pooled] = (await computeSeries(store, ceasedAdoptedPercent, { laCode: LA, year, grain: 'year' })).points;
      expect(pooled).toMatchObject({ value: 38, numerator: 3, denominator: 8 });
      // May 0, June 0, September 0, November 0, January 100, February 33.3, March 100: 233.3 / 7 = 33.3 -> 33.
      const [mean] = (await computeSeries(store, ceasedAdoptedPercent, { laCode: LA, year, grain: 'year', aggregate: 'meanOfMonths' })).points;
      expect(mean).toMatchObject({ value: 33, note: 'mean of 7 monthly percentages' });
    });
  });

  it('refuses a mean of months for a measure that is not a percent over a period', async () => {
    await withProjections(smallLa(), async (store) => {
      await expect(computeSeries(store, childrenInCare, { laCode: LA, year, grain: 'quarter', aggregate: 'meanOfMonths' }))
        .rejects.toMatchObject({ kind: 'invalid', code: 'measure.mean_of_months' });
      // A point-in-time measure's series is its value at each quarter's end: 30 June A, D, E, G, H, I (C ceased
      // 1 June); 30 September A, D, E, G, H (I ceased that day); 31 December A, C, E, G, H; 31 March A, C, E, H.
      const series = await computeSeries(store, childrenInCare, { laCode: LA, year, grain: 'quarter' });
      expect(series.points.map((p) => p.value)).toEqual([6, 5, 5, 4]);
    });
  });
});
