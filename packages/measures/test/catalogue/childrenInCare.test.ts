import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear, selectReturn } from '@careledger/ssda903';
import { asAt, computeMeasure, headlineFigures, within } from '../../src';
import { childrenInCare, childrenInCareRate } from '../../src/catalogue/measures/childrenInCare';
import { LA, POPULATION, smallLa } from './smallLa';

describe('children looked after at a date (cla_at_date) and the rate per 10,000', () => {
  it('counts each child in care on 31 March once, leaving out short breaks and a child who ceased that day', async () => {
    await withProjections(smallLa(), async (store) => {
      // In care on 2024-03-31: A (K2 since 12-01, C1), C (U6 since 10-01, C1), E (U4, C2, UASC until 2024-08-20),
      // H (U4, C2, UASC ended 2024-01-15). Not B (V3 only), D and I (ceased in the year), F (2022), G (ceased on the day).
      const result = await computeMeasure(store, childrenInCare, { laCode: LA, period: asAt('2024-03-31') });
      expect(result).toMatchObject({ id: 'cla_at_date', value: 4, numerator: 4, breakdowns: {
        ls: { C1: 2, C2: 2 }, place: { K2: 1, U4: 2, U6: 1 }, uasc: { false: 3, true: 1 },
        // A born 2010-06-15 is 13, C (2018-02-01) 6, E (2006-08-20) and H (2007-01-10) 17.
        age_group: { '10 to 15': 1, '5 to 9': 1, '16 and over': 2 },
      } });
      expect(result.denominator).toBeUndefined();
      expect(result.children).toEqual([
        { child_id: 'A', in_numerator: true, in_denominator: false, episode_started: '2023-12-01', ls: 'C1', place: 'K2', uasc: false, age_group: '10 to 15' },
        { child_id: 'C', in_numerator: true, in_denominator: false, episode_started: '2023-10-01', ls: 'C1', place: 'U6', uasc: false, age_group: '5 to 9' },
        { child_id: 'E', in_numerator: true, in_denominator: false, episode_started: '2020-01-01', ls: 'C2', place: 'U4', uasc: true, age_group: '16 and over' },
        { child_id: 'H', in_numerator: true, in_denominator: false, episode_started: '2022-09-01', ls: 'C2', place: 'U4', uasc: false, age_group: '16 and over' },
      ]);
    });
  });

  it('takes any date: on 31 December 2023 G was still in care and H still UASC', async () => {
    await withProjections(smallLa(), async (store) => {
      // A, C, E, G (adopted only on 2024-03-31), H; D ceased 2023-11-01 and I 2023-09-30.
      const result = await computeMeasure(store, childrenInCare, { laCode: LA, period: asAt('2023-12-31') });
      expect(result.children.map((c) => c.child_id)).toEqual(['A', 'C', 'E', 'G', 'H']);
      expect(result.breakdowns['uasc']).toEqual({ false: 3, true: 2 });
      // G, born 2021-04-01, is 2 on the date; A turns 14 only in June and E 17 only in August.
      expect(result.breakdowns['age_group']).toEqual({ '1 to 4': 1, '5 to 9': 1, '10 to 15': 1, '16 and over': 2 });
    });
  });

  it('rates per 10,000 on the mid-year estimate DfE uses for the year, and says when it has none', async () => {
    await withProjections(smallLa(), async (store) => {
      // 4 / 1,800 (mid-2023, for the year ending 31 March 2024) x 10,000 = 22.2 -> 22.
      const rate = await computeMeasure(store, childrenInCareRate, { laCode: LA, period: asAt('2024-03-31'), population: POPULATION });
      expect(rate).toMatchObject({ id: 'cla_rate_per_10000', value: 22, numerator: 4, denominator: 1800 });
      expect(rate.note).toContain('mid-2023');
      const noPopulation = await computeMeasure(store, childrenInCareRate, { laCode: LA, period: asAt('2024-03-31') });
      expect(noPopulation).toMatchObject({ value: null, numerator: 4 });
      expect(noPopulation.note).toContain('no mid-2023 population estimate');
    });
  });

  it('agrees with the headline figures computed from the 903 tables of the same projections', async () => {
    await withProjections(smallLa(), async (store) => {
      const year = collectionYear(2024);
      const { tables } = await selectReturn(store, { laCode: LA, year, asAt: '2024-06-30' });
      const headline = headlineFigures({ laCode: LA, year, tables, population: POPULATION });
      const byId = (id: string) => headline.find((f) => f.id === id)!;
      const count = await computeMeasure(store, childrenInCare, { laCode: LA, period: asAt(year.end) });
      const rate = await computeMeasure(store, childrenInCareRate, { laCode: LA, period: asAt(year.end), population: POPULATION });
      expect(count.value).toBe(byId('cla_at_31_march').value);
      expect(count.breakdowns['ls']).toEqual(byId('cla_at_31_march').breakdowns!['legalStatus']);
      expect(count.breakdowns['place']).toEqual(byId('cla_at_31_march').breakdowns!['placementType']);
      expect(count.breakdowns['uasc']).toEqual({ false: byId('cla_at_31_march').breakdowns!['uasc']!['Not UASC'], true: byId('cla_at_31_march').breakdowns!['uasc']!['UASC'] });
      expect([rate.value, rate.denominator]).toEqual([byId('cla_rate_per_10000').value, byId('cla_rate_per_10000').denominator]);
    });
  });

  it('is refused over a period it is not defined for, and for an LA code that is not one', async () => {
    await withProjections(smallLa(), async (store) => {
      await expect(computeMeasure(store, childrenInCare, { laCode: LA, period: within('2023-04-01', '2024-03-31') }))
        .rejects.toMatchObject({ kind: 'invalid', code: 'measure.unsupported_period' });
      await expect(computeMeasure(store, childrenInCare, { laCode: '99', period: asAt('2024-03-31') }))
        .rejects.toMatchObject({ kind: 'invalid', code: 'measure.invalid_la' });
    });
  });
});
