import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { asAt, comparatorsFor, comparatorTables, measureById, monthOf, shippedComparatorTables, yearOf, type Measure } from '../../src';
import { CLA_NEWER_RELEASE_CSV, NEIGHBOURS_CSV } from './world';

const WORLD = comparatorTables([
  { file: 'cla_number_and_rate_per_10k_children.csv', text: CLA_NEWER_RELEASE_CSV },
  { file: 'groupings.csv', text: NEIGHBOURS_CSV },
]);
const rate = measureById('cla_rate_per_10000')!;
const started = measureById('started_in_period')!;

describe('England, regional and statistical neighbour figures for a measure', () => {
  it('takes the figure\'s own published year: Alpha\'s rate at 31 March 2026 beside 2025-26', () => {
    const { england, region, statisticalNeighbours } = comparatorsFor(WORLD, { measure: rate, laCode: '901', period: asAt('2026-03-31') });
    expect(england).toMatchObject({ geography: 'England', value: 65, year: '2025-26' });
    expect(england.note).toBeUndefined();
    // Alpha's rows name North West as its region: the North West row of 2026.
    expect(region).toMatchObject({ geography: 'North West', value: 91, year: '2025-26' });
    // 2026 neighbours: 902 60, 903 70, 904 80, 907 50 are numbers; 905 c and 906 z are left out, 908-911 have no
    // 2026 row. Mean of the four: (60 + 70 + 80 + 50) / 4 = 65.
    expect(statisticalNeighbours).toMatchObject({ geography: 'the statistical neighbours of Alpha', value: 65, year: '2025-26', contributing: 4 });
    expect(statisticalNeighbours.neighbours.map((n) => [n.laCode, n.value, n.symbol ?? n.note ?? ''])).toEqual([
      ['902', 60, ''], ['903', 70, ''], ['904', 80, ''], ['905', null, 'c'], ['906', null, 'z'], ['907', 50, ''],
      ['908', null, 'no row for 2025-26'], ['909', null, 'no row for 2025-26'], ['910', null, 'no row for 2025-26'], ['911', null, 'no row for 2025-26'],
    ]);
    expect(statisticalNeighbours.note).toBe('mean of 4 of 10 neighbours; left out: Epsilon (c), Zeta (z), Theta (no row for 2025-26), Iota (no row for 2025-26), Iota Two (no row for 2025-26), Kappa (no row for 2025-26)');
    expect(statisticalNeighbours.source).toContain('from cla_number_and_rate_per_10k_children.csv (supplied; replaces the shipped 2025 release); neighbours: statistical neighbour groupings from groupings.csv');
  });

  it('takes the latest year published up to the figure\'s, and says when it is not the figure\'s own', () => {
    // At 31 March 2025 (2024-25): the 2025 rows. Neighbours 40 to 49, all ten: 445 / 10 = 44.5.
    const y2025 = comparatorsFor(WORLD, { measure: rate, laCode: '901', period: asAt('2025-03-31') });
    expect([y2025.england.value, y2025.region.value, y2025.statisticalNeighbours.value, y2025.statisticalNeighbours.contributing]).toEqual([67, 90, 44.5, 10]);
    expect(y2025.statisticalNeighbours.note).toBeUndefined();
    // At 31 March 2027 (2026-27) nothing is published for 2026-27 yet: the 2025-26 values, and the note says so.
    const y2027 = comparatorsFor(WORLD, { measure: rate, laCode: '901', period: asAt('2027-03-31') });
    expect(y2027.england).toMatchObject({ value: 65, year: '2025-26', note: '2025-26 is the latest year published up to the figure\'s 2026-27' });
    expect(y2027.statisticalNeighbours.note).toMatch(/; 2025-26 is the latest year published up to the figure's 2026-27$/);
    // At 31 December 2025 (2025-26): the 2025-26 values, which are at 31 March 2026, and the note says that too
    // (Thurrock's paper set year-end comparators beside a January figure without saying so).
    expect(comparatorsFor(WORLD, { measure: rate, laCode: '901', period: asAt('2025-12-31') }).england)
      .toMatchObject({ value: 65, year: '2025-26', note: 'DfE\'s figure is at 31 March 2026; this one is at 2025-12-31' });
    // A percentage over a month (a flow measure read through the rate's published row, as a stand-in): January
    // 2027 beside 2025-26, both things said.
    const percentOverPeriods: Pick<Measure, 'id' | 'unit' | 'timing'> = { id: 'cla_rate_per_10000', unit: 'percent', timing: 'flow' };
    expect(comparatorsFor(WORLD, { measure: percentOverPeriods, laCode: '901', period: monthOf('2027-01-01') }).england.note)
      .toBe('2025-26 is the latest year published up to the figure\'s 2026-27; DfE\'s figure is for the year to 31 March 2026; this one is for January 2027');
    // Before anything is published (2019-20): nothing to compare, and why.
    const y2020 = comparatorsFor(WORLD, { measure: rate, laCode: '901', period: asAt('2020-03-31') });
    expect(y2020.england).toMatchObject({ value: null, year: null, note: 'cla_number_and_rate_per_10k_children.csv has no National row up to 2019-20 with population_type \'Children looked after on 31 March each year\'' });
  });

  it('compares a count of starts only over a whole year, as DfE publishes it', () => {
    // Starts in April 2025 are a month's count: not comparable with England's 30,000 in 2025-26.
    const month = comparatorsFor(WORLD, { measure: started, laCode: '901', period: monthOf('2025-04-01') });
    expect(month.england).toMatchObject({ value: null, note: 'DfE publishes this count for whole years to 31 March; April 2025 is not compared with it' });
    expect(comparatorsFor(WORLD, { measure: started, laCode: '901', period: yearOf(collectionYear(2026)) }).england).toMatchObject({ value: 30000, year: '2025-26' });
  });

  it('says why when the measure has no published figure, or the LA is not in the tables or the groupings', () => {
    const uasc = comparatorsFor(WORLD, { measure: measureById('uasc_at_date')!, laCode: '901', period: asAt('2026-03-31') });
    expect(uasc.england.note).toBe('DfE publishes no figure careledger compares uasc_at_date with');
    expect(uasc.statisticalNeighbours).toMatchObject({ value: null, contributing: 0, neighbours: [] });
    // LA 999 (careledger's synthetic borough): England still; no region, no neighbours.
    const synthetic = comparatorsFor(WORLD, { measure: rate, laCode: '999', period: asAt('2026-03-31') });
    expect(synthetic.england.value).toBe(65);
    expect(synthetic.region).toMatchObject({ value: null, note: 'LA 999 is not in cla_number_and_rate_per_10k_children.csv up to 2025-26, so its region cannot be told' });
    expect(synthetic.statisticalNeighbours).toMatchObject({ geography: 'the statistical neighbours of LA 999', value: null, note: 'LA 999 has no statistical neighbours in groupings.csv' });
  });

  it('from the shipped tables: Cheshire East\'s rate at 31 March 2025 beside England, the North West and its neighbours', () => {
    const c = comparatorsFor(shippedComparatorTables(), { measure: rate, laCode: '895', period: asAt('2025-03-31') });
    expect(c.england).toMatchObject({ value: 67, year: '2024-25' });
    expect(c.region).toMatchObject({ geography: 'North West', value: 90 });
    // Its ten neighbours' 2025 rates: Cheshire West and Chester 82, Warwickshire 56, Central Bedfordshire 48,
    // North Yorkshire 48, Hampshire 60, Warrington 69, North Somerset 63, East Riding 58, Worcestershire 86,
    // Leicestershire 47: 617 / 10 = 61.7.
    expect(c.statisticalNeighbours.neighbours.map((n) => n.value)).toEqual([82, 56, 48, 48, 60, 69, 63, 58, 86, 47]);
    expect(c.statisticalNeighbours).toMatchObject({ value: 61.7, contributing: 10 });
    // A London borough's region is Inner or Outer London, as the tables give it.
    const camden = comparatorsFor(shippedComparatorTables(), { measure: measureById('cla_at_date')!, laCode: '202', period: asAt('2025-03-31') });
    expect(camden.region.geography).toBe('Inner London');
  });

  it('from the shipped tables: a neighbour that no longer publishes (Cumbria, z) is left out of the mean', () => {
    // North Northamptonshire's 6th neighbour is Cumbria (909), abolished in 2023: z. A 2025-26 figure (at 31 March
    // 2026) is compared with 2024-25. Convictions 2025: West Northamptonshire 3, Nottinghamshire 0, Staffordshire 1,
    // Lincolnshire 2, Derbyshire 3, Kent 2, Worcestershire 2, Suffolk 2, Warwickshire 3: 18 / 9 = 2.0.
    const convictions: Pick<Measure, 'id' | 'unit' | 'timing'> = { id: 'oc2_convictions_percent', unit: 'percent', timing: 'pointInTime' };
    const c = comparatorsFor(shippedComparatorTables(), { measure: convictions, laCode: '940', period: asAt('2026-03-31') });
    expect(c.statisticalNeighbours).toMatchObject({ value: 2, contributing: 9, year: '2024-25' });
    expect(c.statisticalNeighbours.note).toBe('mean of 9 of 10 neighbours; left out: Cumbria (z); 2024-25 is the latest year published up to the figure\'s 2025-26');
  });
});
