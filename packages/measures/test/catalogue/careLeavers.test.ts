import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear } from '@careledger/ssda903';
import { computeMeasure, measureById, yearOf } from '../../src';

const LA = '990';
const year = yearOf(collectionYear(2024));

/*
 * 2023-24 care leavers (each looked after for years through their 16th birthday, then left care; the contact is
 * the one nearest the birthday in the year):
 *   C1 19 on 2023-06-01: YES, F1 (higher education), U1 (independent living, suitable)
 *   C2 20 on 2023-07-01: YES, G5 (NEET), Z1 (with former foster carers: staying put, suitable)
 *   C3 21 on 2023-09-01: NO, 0, 0 (not in touch: kept in the denominators, not suitable)
 *   C4 19 on 2023-10-10: YES, F4 (apprenticeship), S2 (no fixed abode, not suitable)
 *   C5 17 on 2023-05-05 (left care at 16): YES, F2, B1
 *   C6 18 on 2023-08-08 (left a week before the 17th birthday): YES, F5, Z1 (staying put)
 *   C7 19 on 2023-11-11: DIED: not counted
 *   C8 19 on 2024-01-15: YES, F2, R2 (residence not known: out of DfE's accommodation denominator)
 *   C9 18 on 2023-12-12, left care at 17 and a half (2023-06-12): YES, F2, B1, but not counted (rule 1016: a 17- or
 *      18-year-old who left care after the 17th birthday has no OC3 row)
 * Ages 19-21: C1, C2, C3, C4, C8 = 5. Ages 17-18: C5, C6 = 2.
 */
function careLeaverLa() {
  const leaver = (id: string, dob: string, inCare: string, left: string, contact: { on: string; inTouch: string; activity: string; accommodation: string }) => {
    const h = new ChildHistory(LA, id);
    h.details({ sex: 'F', dob }, inCare);
    h.startCare(inCare, { ls: 'C2', cin: 'N1', place: 'U4' });
    h.endCare(left, 'E17');
    h.record('CareLeaverContactRecorded', contact.on, { inTouch: contact.inTouch, activity: contact.activity, accommodation: contact.accommodation });
    return h;
  };
  return [
    leaver('C1', '2004-06-01', '2018-01-01', '2022-06-01', { on: '2023-06-05', inTouch: 'YES', activity: 'F1', accommodation: 'U1' }),
    leaver('C2', '2003-07-01', '2017-01-01', '2021-07-01', { on: '2023-07-02', inTouch: 'YES', activity: 'G5', accommodation: 'Z1' }),
    leaver('C3', '2002-09-01', '2016-01-01', '2020-09-01', { on: '2023-09-01', inTouch: 'NO', activity: '0', accommodation: '0' }),
    leaver('C4', '2004-10-10', '2018-01-01', '2022-10-10', { on: '2023-10-01', inTouch: 'YES', activity: 'F4', accommodation: 'S2' }),
    leaver('C5', '2006-05-05', '2020-01-01', '2023-03-01', { on: '2023-05-10', inTouch: 'YES', activity: 'F2', accommodation: 'B1' }),
    leaver('C6', '2005-08-08', '2019-01-01', '2022-08-01', { on: '2023-08-10', inTouch: 'YES', activity: 'F5', accommodation: 'Z1' }),
    leaver('C7', '2004-11-11', '2018-01-01', '2022-11-11', { on: '2023-11-11', inTouch: 'DIED', activity: '0', accommodation: '0' }),
    leaver('C8', '2005-01-15', '2019-01-01', '2023-01-15', { on: '2024-01-20', inTouch: 'YES', activity: 'F2', accommodation: 'R2' }),
    leaver('C9', '2005-12-12', '2019-01-01', '2023-06-12', { on: '2023-12-14', inTouch: 'YES', activity: 'F2', accommodation: 'B1' }),
  ].flatMap((h) => h.events);
}

type Store = Parameters<typeof computeMeasure>[0];
const figure = async (store: Store, id: string) => {
  const { value, numerator, denominator } = await computeMeasure(store, measureById(id)!, { laCode: LA, period: year });
  return [value, numerator, denominator];
};

describe('care leavers (OC3)', () => {
  it('activity by age band: EET, NEET, higher education, apprenticeships', async () => {
    await withProjections(careLeaverLa(), async (store) => {
      // 19-21: EET C1, C4, C8 = 3/5; NEET C2; higher education C1; apprenticeship C4.
      expect(await figure(store, 'care_leavers_19_21_eet_percent')).toEqual([60, 3, 5]);
      expect(await figure(store, 'care_leavers_19_21_neet_percent')).toEqual([20, 1, 5]);
      expect(await figure(store, 'care_leavers_19_21_higher_education_percent')).toEqual([20, 1, 5]);
      expect(await figure(store, 'care_leavers_19_21_apprenticeship_percent')).toEqual([20, 1, 5]);
      // 17-18: C5 and C6 both in education or training; 17-21: 5 of 7 = 71%.
      expect(await figure(store, 'care_leavers_17_18_eet_percent')).toEqual([100, 2, 2]);
      expect(await figure(store, 'care_leavers_17_21_eet_percent')).toEqual([71, 5, 7]);
      const rows = (await computeMeasure(store, measureById('care_leavers_19_21_eet_percent')!, { laCode: LA, period: year })).children.map((r) => r.child_id);
      expect(rows).toEqual(['C1', 'C2', 'C3', 'C4', 'C8']);
    });
  });

  it('accommodation (DfE leaves out residence not known; the local reading does not), in touch, staying put', async () => {
    await withProjections(careLeaverLa(), async (store) => {
      // DfE: C8 (R) out; suitable C1, C2 of C1-C4: 50%. Local: 2 of 5 = 40%.
      expect(await figure(store, 'care_leavers_19_21_suitable_accommodation_percent')).toEqual([50, 2, 4]);
      expect(await figure(store, 'care_leavers_19_21_suitable_accommodation_all_percent')).toEqual([40, 2, 5]);
      expect(await figure(store, 'care_leavers_19_21_in_touch_percent')).toEqual([80, 4, 5]);
      // Ages 18-20: C1, C2, C4, C6, C8; with former foster carers C2, C6: 40%.
      expect(await figure(store, 'care_leavers_18_20_staying_put_percent')).toEqual([40, 2, 5]);
    });
  });
});
