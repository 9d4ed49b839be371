import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear, selectReturn } from '@careledger/ssda903';
import { asAt, computeMeasure, headlineFigures } from '../../src';
import { childrenInCareExcludingUasc, childrenInCareExcludingUascRate } from '../../src/catalogue/measures/childrenInCareExcludingUasc';
import { uascInCare, uascInCareRate } from '../../src/catalogue/measures/uascInCare';
import { LA, POPULATION, smallLa } from './smallLa';

/** J: UASC with no DUC recorded, born 2006-05-10, so the status ends on his 18th birthday, 2024-05-10. */
function withJ() {
  const j = new ChildHistory(LA, 'J');
  j.details({ sex: 'M', dob: '2006-05-10', ethnicity: 'AOTH', uasc: true }, '2023-07-01');
  j.startCare('2023-07-01', { ls: 'C2', cin: 'N8', place: 'U4' });
  return [...smallLa(), ...j.events];
}

describe('UASC at a date, and children in care excluding UASC (uasc_at_date, cla_excluding_uasc_at_date)', () => {
  it('splits the children in care on 31 March by the UASC status in force that day', async () => {
    await withProjections(smallLa(), async (store) => {
      // In care on 2024-03-31: A, C, E, H. E is UASC until 2024-08-20; H's status ended on 2024-01-15.
      const uasc = await computeMeasure(store, uascInCare, { laCode: LA, period: asAt('2024-03-31') });
      expect(uasc).toMatchObject({ value: 1, numerator: 1, breakdowns: { ls: { C2: 1 }, place: { U4: 1 } } });
      expect(uasc.children.map((c) => [c.child_id, c.in_numerator, c.uasc_ends])).toEqual([
        ['A', false, null], ['C', false, null], ['E', true, '2024-08-20'], ['H', false, '2024-01-15'],
      ]);
      const excluding = await computeMeasure(store, childrenInCareExcludingUasc, { laCode: LA, period: asAt('2024-03-31') });
      expect(excluding).toMatchObject({ value: 3, breakdowns: { ls: { C1: 2, C2: 1 } } });
      expect(excluding.children.filter((c) => c.in_numerator).map((c) => c.child_id)).toEqual(['A', 'C', 'H']);
    });
  });

  it('counts H as UASC before his status ended', async () => {
    await withProjections(smallLa(), async (store) => {
      // On 2023-12-31: A, C, E, G, H in care; E and H UASC (H's DUC 2024-01-15 is after the date).
      const uasc = await computeMeasure(store, uascInCare, { laCode: LA, period: asAt('2023-12-31') });
      expect(uasc.children.filter((c) => c.in_numerator).map((c) => c.child_id)).toEqual(['E', 'H']);
    });
  });

  it('ends a UASC status with no DUC on the 18th birthday, the child still UASC on that day', async () => {
    await withProjections(withJ(), async (store) => {
      const on = async (date: string) => (await computeMeasure(store, uascInCare, { laCode: LA, period: asAt(date) })).children.find((c) => c.child_id === 'J');
      expect(await on('2024-05-10')).toMatchObject({ in_numerator: true, uasc_ends: '2024-05-10' });
      expect(await on('2024-05-11')).toMatchObject({ in_numerator: false, uasc_ends: '2024-05-10' });
    });
  });

  it('rates per 10,000 on the mid-year estimate for the year', async () => {
    await withProjections(smallLa(), async (store) => {
      const scope = { laCode: LA, period: asAt('2024-03-31'), population: POPULATION };
      // 1 / 1,800 x 10,000 = 5.6 -> 6; 3 / 1,800 x 10,000 = 16.7 -> 17.
      expect(await computeMeasure(store, uascInCareRate, scope)).toMatchObject({ id: 'uasc_rate_per_10000', value: 6, numerator: 1, denominator: 1800 });
      expect(await computeMeasure(store, childrenInCareExcludingUascRate, scope)).toMatchObject({ id: 'cla_excluding_uasc_rate_per_10000', value: 17, numerator: 3, denominator: 1800 });
    });
  });

  it('agrees with the UASC breakdown of the headline figures on 31 March', async () => {
    await withProjections(withJ(), async (store) => {
      const year = collectionYear(2024);
      const { tables } = await selectReturn(store, { laCode: LA, year, asAt: '2024-06-30' });
      const split = headlineFigures({ laCode: LA, year, tables }).find((f) => f.id === 'cla_at_31_march')!.breakdowns!['uasc']!;
      // E and J are UASC on 31 March; A, C, H are not.
      expect(split).toEqual({ 'Not UASC': 3, UASC: 2 });
      const period = asAt(year.end);
      expect((await computeMeasure(store, uascInCare, { laCode: LA, period })).value).toBe(split['UASC']);
      expect((await computeMeasure(store, childrenInCareExcludingUasc, { laCode: LA, period })).value).toBe(split['Not UASC']);
    });
  });
});
