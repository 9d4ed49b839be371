import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { generateHistory } from '@careledger/synthetic';
import { collectionYear } from '@careledger/ssda903';
import {
  asAt, catalogueRunsByLa, computeCatalogue, computeMeasure, computeOverPeriods, computeSeries, MEASURES, monthsOf, quartersOf, threeYearRolling, yearOf, type Period,
} from '../../src';
import { ceasedAdoptedPercent } from '../../src/catalogue/measures/ceasedAdoptedPercent';
import { childrenInCare } from '../../src/catalogue/measures/childrenInCare';
import { LA, POPULATION, smallLaWithLeavers } from './smallLa';

const year = collectionYear(2024);

/** A month at each end of the year, a quarter and the year: enough to show the periods never mix. */
function periodsFor(measure: (typeof MEASURES)[number], y = year): Period[] {
  const months = monthsOf(y);
  const all = [months[0]!, months[8]!, months[11]!, quartersOf(y)[2]!, yearOf(y)];
  if (measure.timing === 'pointInTime') return all.map((p) => asAt(p.end));
  const flows = all.filter((p) => (measure.periods as readonly string[]).includes(p.kind));
  return measure.periods.includes('threeYearRolling') ? [...flows, threeYearRolling(y)] : flows;
}

describe('every measure over many periods in one query', () => {
  it('gives exactly what computeMeasure gives period by period, for every catalogue measure, on a synthetic LA', async () => {
    const history = generateHistory({ laCode: '998', asAt: '2025-06-30', childrenInCare: 120, seed: 7 });
    const y = collectionYear(2025);
    const population = [{ laCode: '998', midYear: 2024, estimate: 30000 }];
    await withProjections(history.events, async (store) => {
      for (const measure of MEASURES) {
        const periods = periodsFor(measure, y);
        const together = await computeOverPeriods(store, measure, { laCode: '998', periods, population });
        const oneByOne = [];
        for (const period of periods) oneByOne.push(await computeMeasure(store, measure, { laCode: '998', period, population }));
        expect(together, measure.id).toEqual(oneByOne);
      }
    });
  });

  it('gives, for every measure and LA of a catalogue over several LAs (each cohort computed once), what computeOverPeriods gives', async () => {
    // Three LAs in one store, as a region's is: each LA's figures are its own, never mixed with another's.
    const las = ['996', '997', '998'];
    const events = las.flatMap((laCode, i) => generateHistory({ laCode, asAt: '2025-06-30', childrenInCare: 40 + 20 * i, seed: 3 + i }).events);
    const y = collectionYear(2025);
    const population = las.map((laCode) => ({ laCode, midYear: 2024, estimate: 30000 }));
    await withProjections(events, async (store) => {
      const runs = [];
      for await (const run of catalogueRunsByLa(store, { laCodes: las, year: y, population, lasPerQuery: 2 })) runs.push(run);
      expect(runs.map((r) => r.laCode)).toEqual(las);
      for (const run of runs) {
        for (const measure of MEASURES) {
          const figures = run.figures.filter((f) => f.measure === measure);
          const periods = [...new Map(figures.flatMap((f) => [f.result, ...(f.previous ? [f.previous] : [])]).map((r) => [`${r.period.start}|${r.period.end}`, r.period])).values()];
          const alone = await computeOverPeriods(store, measure, { laCode: run.laCode, periods, population });
          const fromCatalogue = new Map(figures.filter((f) => f.aggregate === 'pooled').flatMap((f) => [f.result, ...(f.previous ? [f.previous] : [])]).map((r) => [`${r.period.start}|${r.period.end}`, r]));
          for (const result of alone) expect(fromCatalogue.get(`${result.period.start}|${result.period.end}`), `${run.laCode} ${measure.id} ${result.period.label}`).toEqual(result);
        }
      }
    });
  });
});

describe('the catalogue for a collection year', () => {
  it('has each measure for the months, quarters and year, with the period before, pooled and as a mean of months', async () => {
    await withProjections(smallLaWithLeavers(), async (store) => {
      const run = await computeCatalogue(store, { laCode: LA, year, population: POPULATION, measures: [childrenInCare, ceasedAdoptedPercent] });
      const cla = run.figures.filter((f) => f.measure.id === 'cla_at_date');
      // A point-in-time measure: 12 months, 4 quarters, the year, each as at its end.
      expect(cla.map((f) => [f.grain, f.period.label, f.result.period.label])).toHaveLength(17);
      const quarters = cla.filter((f) => f.grain === 'quarter');
      // 30 June: A, D, E, G, H, I, L, M, N (K ceased 1 May and starts again 1 July) = 9; 30 September: A, D, E, G,
      // H, K, L, M, N (I left that day) = 9; 31 December: A, C, E, G, H, K, L, M, N = 9; 31 March: A, C, E, H (K,
      // L, M, N and G have left) = 4.
      expect(quarters.map((f) => f.result.value)).toEqual([9, 9, 9, 4]);
      // Q1's previous is 31 March 2023: D (corrected start 25 March 2023), E, G, H, I, L, M, N = 8 (A, C and K
      // start later; F left in 2022).
      expect(quarters[0]!.previous).toMatchObject({ value: 8, period: { label: 'at 2023-03-31' } });
      expect(quarters[1]!.previous!.value).toBe(9);

      const adopted = run.figures.filter((f) => f.measure.id === 'ceased_adopted_percent' && f.grain === 'quarter');
      const pooled = await computeSeries(store, ceasedAdoptedPercent, { laCode: LA, year, grain: 'quarter', aggregate: 'pooled' });
      const mean = await computeSeries(store, ceasedAdoptedPercent, { laCode: LA, year, grain: 'quarter', aggregate: 'meanOfMonths' });
      expect(adopted.filter((f) => f.aggregate === 'pooled').map((f) => f.result.value)).toEqual(pooled.points.map((p) => p.value));
      expect(adopted.filter((f) => f.aggregate === 'meanOfMonths').map((f) => [f.result.value, f.result.note])).toEqual(mean.points.map((p) => [p.value, p.note]));
      // Months are pooled only: a month has nothing to average.
      expect(run.figures.filter((f) => f.measure.id === 'ceased_adopted_percent' && f.grain === 'month').every((f) => f.aggregate === 'pooled')).toBe(true);
    });
  });

  it('part way through a year: only months and quarters ended, the year to date, compared with the same days a year before', async () => {
    await withProjections(smallLaWithLeavers(), async (store) => {
      const run = await computeCatalogue(store, { laCode: LA, year, asAt: '2023-11-30', measures: [childrenInCare, ceasedAdoptedPercent] });
      const cla = run.figures.filter((f) => f.measure.id === 'cla_at_date');
      expect(cla.filter((f) => f.grain === 'month').map((f) => f.period.label)).toEqual(['April 2023', 'May 2023', 'June 2023', 'July 2023', 'August 2023', 'September 2023', 'October 2023', 'November 2023']);
      expect(cla.filter((f) => f.grain === 'quarter').map((f) => f.period.label)).toEqual(['2023-24 Q1', '2023-24 Q2']);
      const [yearFigure] = cla.filter((f) => f.grain === 'year');
      // At 30 November 2023: A, C (back since 1 October), E, G, H, K, L, M, N = 9 (D left 1 November, I in September).
      // A year before, 30 November 2022: E, G, H, I, L, M, N = 7.
      expect(yearFigure).toMatchObject({ period: { kind: 'yearToDate', label: '2023-24 to 2023-11-30' }, result: { value: 9 }, previous: { value: 7, period: { end: '2022-11-30' } } });
      // Ceases to 30 November 2023: C, D, I and K (his May cease), none adopted: 0 of 4. The same days of 2022-23: none.
      const adopted = run.figures.find((f) => f.measure.id === 'ceased_adopted_percent' && f.grain === 'year' && f.aggregate === 'pooled');
      expect(adopted).toMatchObject({ result: { value: 0, numerator: 0, denominator: 4 }, previous: { value: null, denominator: 0 } });
    });
  });
});
