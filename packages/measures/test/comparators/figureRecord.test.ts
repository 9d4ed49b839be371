import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear } from '@careledger/ssda903';
import {
  asAt, computeCatalogue, computeMeasure, figureRecord, figureRecords, measureById, parseTargets, shippedComparatorTables, yearToDate,
  type FigureResult, type Measure,
} from '../../src';
import { LA, POPULATION, smallLa } from '../catalogue/smallLa';

// A measure being added to the catalogue elsewhere (issue 8): its definition here is the shape it will have; the
// record needs only its id, words, unit, polarity and timing.
const placements3plus: Measure = {
  ...measureById('ceased_adopted_percent')!,
  id: 'placements_3plus_percent', title: 'Percentage of children looked after with three or more placements during the year',
  definition: 'Of the children looked after at the date, the percentage who had three or more placements in the year to it (DfE).',
  polarity: 'lowIsGood', timing: 'pointInTime', periods: ['asAt'],
};
const claAtDate = measureById('cla_at_date')!;

const result = (measure: Measure, period: FigureResult['period'], value: number | null, numerator: number, denominator?: number): FigureResult => ({
  id: measure.id, period, value, numerator, ...(denominator !== undefined ? { denominator } : {}), breakdowns: {},
});

const TARGETS = parseTargets(JSON.stringify({
  targets: {
    placements_3plus_percent: { target: 10, tolerance: 1, basis: 'local' },
    cla_at_date: { range: { low: 380, high: 430 } },
  },
}), 'targets.json', [placements3plus, claAtDate]);

describe('the figure record: one measure, one period, with everything a committee paper sets beside it', () => {
  it('Cheshire East\'s 3+ placements at 31 March 2025, against England, the North West, its neighbours and its target', () => {
    // The council's figure: 52 of the 477 children looked after on 31 March 2025 had 3 or more placements in the
    // year: 10.9% -> 11. A year before: 42 of 470 = 8.9% -> 9.
    const record = figureRecord({
      measure: placements3plus, laCode: '895', comparators: shippedComparatorTables(), targets: TARGETS,
      result: result(placements3plus, asAt('2025-03-31'), 11, 52, 477),
      previous: result(placements3plus, asAt('2024-03-31'), 9, 42, 470),
    });
    expect(record).toMatchObject({
      id: 'placements_3plus_percent', unit: 'percent', polarity: 'lowIsGood', source: 'DfE', laCode: '895',
      period: { kind: 'asAt', start: '2025-03-31', end: '2025-03-31', label: 'at 2025-03-31' },
      value: 11, numerator: 52, denominator: 477, suppressed: false,
      previous: { period: { label: 'at 2024-03-31' }, value: 9, numerator: 42, denominator: 470, suppressed: false },
      target: { measureId: 'placements_3plus_percent', target: 10, tolerance: 1, basis: 'local' },
    });
    // Published 2024-25 (la_cla_placement_stability, CLA on 31 March): England 10%, North West 9%; the ten
    // neighbours 7, 16, 10, 14, 15, 11, 12, 15, 9, 10: 119 / 10 = 11.9.
    expect(record.comparators.england).toMatchObject({ value: 10, year: '2024-25' });
    expect(record.comparators.region).toMatchObject({ geography: 'North West', value: 9, year: '2024-25' });
    expect(record.comparators.statisticalNeighbours).toMatchObject({ value: 11.9, year: '2024-25', contributing: 10 });
    // Low is good, target 10 with a tolerance of 1: 11 is amber.
    expect(record.rag).toEqual({ status: 'amber', reason: '11 is above the target of 10 but within the tolerance of 1' });
    // 9 -> 11: +2 points, more than 1, low is good: worsening.
    expect(record.direction).toMatchObject({ trend: 'worsening', change: 2, threshold: 1 });
    // 11 - 10 = +1 above England: unfavourable; 11 - 11.9 = -0.9 below the neighbours: favourable.
    expect(record.gap.england).toMatchObject({ difference: 1, assessment: 'unfavourable' });
    expect(record.gap.statisticalNeighbours).toMatchObject({ difference: -0.9, assessment: 'favourable' });
    // Plain data: JSON and back is the same record.
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('a small LA\'s count is suppressed, and its RAG, direction and gaps are withheld with it', async () => {
    await withProjections(smallLa(), async (store) => {
      // smallLa at 31 March 2024: A, C, E and H are looked after (G was adopted that day, a cease; B has short
      // breaks only): 4. At 31 March 2023: D (start corrected to 25 March), E, G, H and I: 5.
      const now = await computeMeasure(store, claAtDate, { laCode: LA, period: asAt('2024-03-31') });
      const before = await computeMeasure(store, claAtDate, { laCode: LA, period: asAt('2023-03-31') });
      expect([now.value, before.value]).toEqual([4, 5]);
      const exported = figureRecord({ measure: claAtDate, result: now, previous: before, laCode: LA, targets: TARGETS });
      expect(exported).toMatchObject({ value: 'c', numerator: 'c', suppressed: true, previous: { value: 'c', suppressed: true } });
      expect(exported.suppression).toBe('a count of 1 to 5 is suppressed: value, numerator and denominator are shown as c, and RAG, direction and gaps are withheld');
      expect(exported.rag).toEqual({ status: 'notRated', reason: 'withheld: the figure is suppressed (a count of 1 to 5 is suppressed)' });
      expect(exported.direction.trend).toBe('notAssessed');
      expect(exported.gap.england.reason).toMatch(/^withheld: /);
      // The record never carries the children.
      expect(exported).not.toHaveProperty('children');

      // For the council's own use: the numbers. England at 31 March 2024 as restated in the 2025 release: 83,530.
      // LA 990 is in no published table: no region and no neighbours, and the notes say so.
      const internal = figureRecord({ measure: claAtDate, result: now, previous: before, laCode: LA, targets: TARGETS, suppress: false });
      expect(internal).toMatchObject({ value: 4, numerator: 4, suppressed: false, previous: { value: 5 } });
      expect(internal.comparators.england).toMatchObject({ value: 83530, year: '2023-24' });
      expect(internal.comparators.region.note).toBe('LA 990 is not in packages/measures/data/dfe/cla_number_and_rate_per_10k_children.csv up to 2023-24, so its region cannot be told');
      // Range 380-430: 4 is far below it: red. 5 -> 4 is -1, within the floor of 1: broadly the same (neutral).
      expect(internal.rag.status).toBe('red');
      expect(internal.direction).toMatchObject({ trend: 'broadlySame', change: -1 });
      // A count is not compared with England's.
      expect(internal.gap.england).toMatchObject({ assessment: 'notAssessed', reason: 'a count is not compared with England, an area of another size' });
    });
  });

  it('withholds only the direction when just the previous figure is suppressed', () => {
    const record = figureRecord({
      measure: placements3plus, laCode: '895', targets: TARGETS,
      result: result(placements3plus, asAt('2025-03-31'), 12, 60, 500),
      previous: result(placements3plus, asAt('2024-03-31'), 75, 3, 4),
    });
    expect(record).toMatchObject({ value: 12, suppressed: false, previous: { value: 'c', numerator: 'c', denominator: 'c', suppressed: true } });
    expect(record.direction).toEqual({ trend: 'notAssessed', change: null, threshold: null, reason: 'withheld: the previous figure is suppressed (its numerator and denominator are 1 to 5)' });
    // 12 against target 10 + tolerance 1: red; the gaps are there.
    expect(record.rag.status).toBe('red');
    expect(record.gap.england).toMatchObject({ difference: 2, assessment: 'unfavourable' });
  });

  it('has no target, RAG or comparators where none apply, and says why', () => {
    const adopted = measureById('ceased_adopted_percent')!;
    const record = figureRecord({ measure: adopted, laCode: '895', result: result(adopted, yearToDate('2024-12-31'), null, 0, 0) });
    expect(record).toMatchObject({ value: null, numerator: 0, denominator: 0, target: null, previous: null, suppressed: false });
    expect(record.rag.reason).toBe('no target is set for this measure');
    expect(record.direction.reason).toBe('there is no previous period to compare with');
    expect(record.comparators.england.note).toBe('DfE publishes no figure careledger compares ceased_adopted_percent with');
  });

  it('refuses a result given with another measure\'s definition', () => {
    expect(() => figureRecord({ measure: claAtDate, laCode: '895', result: result(placements3plus, asAt('2025-03-31'), 1, 1, 1) }))
      .toThrow(/the figure of placements_3plus_percent was given with the definition of cla_at_date/);
  });

  it('turns a catalogue run into records, each with its reporting period, grain, aggregate and previous period', async () => {
    await withProjections(smallLa(), async (store) => {
      const run = await computeCatalogue(store, {
        laCode: LA, year: collectionYear(2024), grains: ['quarter'], population: POPULATION,
        measures: [claAtDate, measureById('cla_rate_per_10000')!, measureById('ceased_adopted_percent')!],
      });
      const records = figureRecords(run, { targets: TARGETS });
      expect(records).toHaveLength(run.figures.length);
      // cla_at_date and the rate: 4 quarters each; the adopted percent: 4 pooled and 4 as the mean of months.
      expect(records.map((r) => `${r.id} ${r.reportingPeriod?.label} ${r.aggregate}`).slice(0, 2)).toEqual(['cla_at_date 2023-24 Q1 pooled', 'cla_at_date 2023-24 Q2 pooled']);
      expect(records.filter((r) => r.id === 'ceased_adopted_percent').map((r) => r.aggregate)).toEqual(['pooled', 'meanOfMonths', 'pooled', 'meanOfMonths', 'pooled', 'meanOfMonths', 'pooled', 'meanOfMonths']);
      // Q4 of cla_at_date is at 31 March 2024 (4: c), its previous at the end of Q3.
      const q4 = records.find((r) => r.id === 'cla_at_date' && r.reportingPeriod?.label === '2023-24 Q4')!;
      expect(q4).toMatchObject({ grain: 'quarter', period: { label: 'at 2024-03-31' }, value: 'c', previous: { period: { label: 'at 2023-12-31' } } });
      // The rate at 31 March 2024: 4 / 1,800 x 10,000 = 22, suppressed with its count of 4; the population shows.
      const rateQ4 = records.find((r) => r.id === 'cla_rate_per_10000' && r.reportingPeriod?.label === '2023-24 Q4')!;
      expect(rateQ4).toMatchObject({ value: 'c', numerator: 'c', denominator: 1800, suppressed: true });
      expect(rateQ4.comparators.england).toMatchObject({ value: 69, year: '2023-24' });
    });
  });
});
