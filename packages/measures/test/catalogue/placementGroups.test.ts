import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { asAt, computeMeasure, measureById } from '../../src';

const LA = '990';

/*
 * At 31 March 2025, each child in one placement since 2024-06-01 (F3 moved; F8 is a short break):
 *   F1 U4 with the council's own carers (PR1): in-house     F2 U2 family and friends via an agency (PR4): in-house
 *   F3 U5 agency (PR4), moved from K2 on 2025-01-10: agency   F4 K2 children's home (PR4): residential
 *   F5 P1 with parents                                       F6 A5 placed for adoption with the foster carers
 *   F7 K3 registered supported accommodation: supported      F8 V3 short break: not counted
 * 7 children: residential 1/7 = 14.3% -> 14; in-house 2; agency 1.
 */
function placementLa() {
  const child = (id: string, place: string, provider?: string, ls = 'C2') => {
    const h = new ChildHistory(LA, id);
    h.details({ sex: 'M', dob: '2010-01-01' }, '2024-06-01');
    h.startCare('2024-06-01', { ls, cin: 'N1', place, ...(provider ? { provider } : {}) });
    return h;
  };
  const f3 = child('F3', 'K2', 'PR4');
  f3.move('2025-01-10', { place: 'U5', provider: 'PR4', reason: 'CARPL' });
  return [child('F1', 'U4', 'PR1'), child('F2', 'U2', 'PR4'), f3, child('F4', 'K2', 'PR4'), child('F5', 'P1'), child('F6', 'A5', 'PR1'), child('F7', 'K3', 'PR4'), child('F8', 'U6', 'PR1', 'V3')]
    .flatMap((h) => h.events);
}

describe('placements at a date', () => {
  it('groups each child looked after by placement type and provider', async () => {
    await withProjections(placementLa(), async (store) => {
      const period = asAt('2025-03-31');
      const byGroup = await computeMeasure(store, measureById('placements_by_group')!, { laCode: LA, period });
      expect(byGroup).toMatchObject({
        value: 7,
        breakdowns: { placement_group: { agency_fostering: 1, in_house_fostering: 2, placed_for_adoption: 1, placed_with_parents: 1, residential: 1, supported_accommodation: 1 } },
      });
      expect((await computeMeasure(store, measureById('placed_in_house_fostering')!, { laCode: LA, period })).value).toBe(2);
      expect((await computeMeasure(store, measureById('placed_agency_fostering')!, { laCode: LA, period })).value).toBe(1);
      expect(await computeMeasure(store, measureById('residential_care_percent')!, { laCode: LA, period })).toMatchObject({ value: 14, numerator: 1, denominator: 7 });
      // At 31 December 2024 F3 was still in the children's home: residential F3 and F4.
      expect(await computeMeasure(store, measureById('residential_care_percent')!, { laCode: LA, period: asAt('2024-12-31') })).toMatchObject({ numerator: 2, denominator: 7 });
    });
  });
});
