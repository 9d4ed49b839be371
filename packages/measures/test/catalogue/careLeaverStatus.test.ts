import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { asAt, careLeaverStatusAt, computeMeasure, computeOverPeriods, measureById } from '../../src';

const LA = '990';
const DATE = '2024-03-31';

interface Care {
  readonly from: string;
  /** The day care ceased (DEC): the young person was last looked after the day before. */
  readonly to?: string;
  readonly rec?: string;
  readonly ls?: string;
}

function young(id: string, dob: string, care: readonly Care[], contacts: readonly [on: string, inTouch: string][] = []) {
  const h = new ChildHistory(LA, id);
  h.details({ sex: 'F', dob }, dob);
  for (const c of care) {
    h.startCare(c.from, { ls: c.ls ?? 'C2', cin: 'N1', place: 'U4' });
    if (c.to) h.endCare(c.to, c.rec ?? 'E8');
  }
  for (const [on, inTouch] of contacts) {
    const known = inTouch === 'YES';
    h.record('CareLeaverContactRecorded', on, { inTouch, activity: known ? 'F2' : '0', accommodation: known ? 'U1' : '0' });
  }
  return h.events;
}

/*
 * Worked out by hand at 31 March 2024. Qualifying care: 91 days looked after from the 14th birthday, one of them on
 * or after the 16th; an episode counts from DECOM to the day before DEC, and for one still in care the date counts.
 *   Q91     born 2007-06-01 (16): in care 2023-09-01 to DEC 2023-12-01: Sep 30 + Oct 31 + Nov 30 = 91 days -> relevant
 *   Q90     born 2007-06-01 (16): DEC 2023-11-30: 90 days -> out
 *   PRE14   born 2007-01-01 (17): care only 2020-06-01 to DEC 2021-01-01, the 14th birthday -> no days -> out
 *   PRE14B  born 2007-01-01 (17): the same 214 days before 14, then 2023-01-01 to 2023-02-15: only 31 + 14 = 45 count -> out
 *   PRE16   born 2007-08-01 (16): 2022-01-01 to DEC 2023-08-01, last day in care the day before the 16th birthday -> out
 *   ON16    born 2007-08-01 (16): DEC 2023-08-02, looked after on the 16th birthday -> relevant
 *   CARE16  born 2007-10-10 (16): in care since 2021-05-01; 2021-10-10 to 2024-03-31 = 904 days -> eligible
 *   NEW91   born 2007-12-12 (16): in care since 2024-01-01: Jan 31 + Feb 29 + Mar 31 with the date = 91 -> eligible
 *   NEW90   born 2007-12-12 (16): in care since 2024-01-02: 90 -> out
 *   LEFT16  born 2006-09-01 (17): 2021-01-01 to 2023-03-01 (aged 16 and a half), E8 -> relevant
 *   ADOPT   born 2007-05-05 (16): adopted 2023-06-01 (E11) -> out (no status)
 *   SGO     born 2007-04-04 (16): special guardianship order 2023-07-01 (E45) -> out
 *   CAO     born 2007-04-04 (16): child arrangements order 2023-07-01 (E41) -> relevant (our choice: only SGOs end it)
 *   HOME6   born 2006-11-11 (17): home to parents (E4A) 2023-09-30, six months on 2024-03-30 -> out
 *   HOMEJ   born 2006-11-11 (17): E4A 2023-10-01, six months only on 2024-04-01 -> relevant
 *   NOPR    born 2006-11-11 (17): E13 (no parental responsibility) 2023-01-15 -> relevant
 *   RHOM    born 2006-11-11 (17): E8 2023-06-01, contact 2024-03-01 says RHOM -> out
 *   BREAKS  born 2007-03-03 (17): short breaks (V3) since 2019 -> out
 *   LEFT18  born 2004-12-01 (19): in care to DEC 2022-12-01 (E17 on the 18th birthday): eligible on 2022-11-30, with
 *           1,461 days from 2018-12-01 -> former relevant
 *   DIED    born 2004-12-01 (19): as LEFT18, contact 2023-12-01 DIED -> out
 *   REL17   born 2005-07-01 (18 since 2023-07-01): left 2022-01-01 (E8), relevant on 2023-06-30 -> former relevant
 *   T21IN   born 2002-05-01 (21): left at 18 (E5); in touch 2023-06-01 -> only the to-25 variant
 *   T21OUT  born 2002-05-01 (21): in touch 2023-03-31 (outside the 12 months from 2023-04-01), not in touch since -> out
 *   T24     born 1999-04-01 (24): left at 18; in touch 2024-01-10 -> the variant
 *   T25     born 1999-03-31 (25 on the date): in touch 2024-01-10 -> out
 * Eligible: CARE16, NEW91 = 2. Relevant: Q91, ON16, LEFT16, CAO, HOMEJ, NOPR = 6. Former relevant: LEFT18, REL17 = 2.
 * All three: 10. Former relevant to 25: LEFT18, REL17, T21IN, T24 = 4.
 */
function leavers() {
  return [
    young('Q91', '2007-06-01', [{ from: '2023-09-01', to: '2023-12-01' }]),
    young('Q90', '2007-06-01', [{ from: '2023-09-01', to: '2023-11-30' }]),
    young('PRE14', '2007-01-01', [{ from: '2020-06-01', to: '2021-01-01' }]),
    young('PRE14B', '2007-01-01', [{ from: '2020-06-01', to: '2021-01-01' }, { from: '2023-01-01', to: '2023-02-15' }]),
    young('PRE16', '2007-08-01', [{ from: '2022-01-01', to: '2023-08-01' }]),
    young('ON16', '2007-08-01', [{ from: '2022-01-01', to: '2023-08-02' }]),
    young('CARE16', '2007-10-10', [{ from: '2021-05-01' }]),
    young('NEW91', '2007-12-12', [{ from: '2024-01-01' }]),
    young('NEW90', '2007-12-12', [{ from: '2024-01-02' }]),
    young('LEFT16', '2006-09-01', [{ from: '2021-01-01', to: '2023-03-01' }]),
    young('ADOPT', '2007-05-05', [{ from: '2019-01-01', to: '2023-06-01', rec: 'E11' }]),
    young('SGO', '2007-04-04', [{ from: '2019-01-01', to: '2023-07-01', rec: 'E45' }]),
    young('CAO', '2007-04-04', [{ from: '2019-01-01', to: '2023-07-01', rec: 'E41' }]),
    young('HOME6', '2006-11-11', [{ from: '2020-01-01', to: '2023-09-30', rec: 'E4A' }]),
    young('HOMEJ', '2006-11-11', [{ from: '2020-01-01', to: '2023-10-01', rec: 'E4A' }]),
    young('NOPR', '2006-11-11', [{ from: '2020-01-01', to: '2023-01-15', rec: 'E13' }]),
    young('RHOM', '2006-11-11', [{ from: '2020-01-01', to: '2023-06-01' }], [['2024-03-01', 'RHOM']]),
    young('BREAKS', '2007-03-03', [{ from: '2019-01-01', ls: 'V3' }]),
    young('LEFT18', '2004-12-01', [{ from: '2018-01-01', to: '2022-12-01', rec: 'E17' }]),
    young('DIED', '2004-12-01', [{ from: '2018-01-01', to: '2022-12-01', rec: 'E17' }], [['2023-12-01', 'DIED']]),
    young('REL17', '2005-07-01', [{ from: '2019-01-01', to: '2022-01-01' }]),
    young('T21IN', '2002-05-01', [{ from: '2016-01-01', to: '2020-05-01', rec: 'E5' }], [['2023-06-01', 'YES']]),
    young('T21OUT', '2002-05-01', [{ from: '2016-01-01', to: '2020-05-01', rec: 'E5' }], [['2023-03-31', 'YES'], ['2023-12-01', 'NO']]),
    young('T24', '1999-04-01', [{ from: '2013-01-01', to: '2017-04-01', rec: 'E5' }], [['2024-01-10', 'YES']]),
    young('T25', '1999-03-31', [{ from: '2013-01-01', to: '2017-03-31', rec: 'E5' }], [['2024-01-10', 'YES']]),
  ].flat();
}

type Store = Parameters<typeof computeMeasure>[0];
const rowsOf = async (store: Store, id: string, date = DATE) => {
  const result = await computeMeasure(store, measureById(id)!, { laCode: LA, period: asAt(date) });
  return { value: result.value, ids: result.children.map((r) => r.child_id), result };
};

describe('care leavers by status at a date', () => {
  it('eligible: 16-17, in care on the date, 91 days counting the date', async () => {
    await withProjections(leavers(), async (store) => {
      const { value, ids, result } = await rowsOf(store, 'care_leavers_eligible');
      expect([value, ids]).toEqual([2, ['CARE16', 'NEW91']]);
      expect(result.children.map((r) => r.qualifying_days)).toEqual([904, 91]);
    });
  });

  it('relevant: 16-17, left care; adoption, SGO and six months at home take a young person out, E41 and E13 do not', async () => {
    await withProjections(leavers(), async (store) => {
      const { value, ids } = await rowsOf(store, 'care_leavers_relevant');
      expect([value, ids]).toEqual([6, ['CAO', 'HOMEJ', 'LEFT16', 'NOPR', 'ON16', 'Q91']]);
    });
  });

  it('former relevant: 18-20 and eligible or relevant the day before 18; the dead left out', async () => {
    await withProjections(leavers(), async (store) => {
      const { value, ids, result } = await rowsOf(store, 'care_leavers_former_relevant');
      expect([value, ids]).toEqual([2, ['LEFT18', 'REL17']]);
      expect(result.children.find((r) => r.child_id === 'LEFT18')).toMatchObject({ age: 19, qualifying_days: 1461, last_rec: 'E17', last_ceased_on: '2022-12-01', looked_after: false });
      // REL17 the day before her 18th birthday was relevant (17), the day of it former relevant.
      expect((await rowsOf(store, 'care_leavers_relevant', '2023-06-30')).ids).toContain('REL17');
      expect((await rowsOf(store, 'care_leavers_former_relevant', '2023-06-30')).ids).not.toContain('REL17');
      expect((await rowsOf(store, 'care_leavers_former_relevant', '2023-07-01')).ids).toContain('REL17');
    });
  });

  it('all three, by status', async () => {
    await withProjections(leavers(), async (store) => {
      const { value, result } = await rowsOf(store, 'care_leavers_all');
      expect(value).toBe(10);
      expect(result.breakdowns['status']).toEqual({ eligible: 2, former_relevant: 2, relevant: 6 });
    });
  });

  it('former relevant to 25 (local): 21-24 only when in touch in the 12 months to the date', async () => {
    await withProjections(leavers(), async (store) => {
      const { value, ids } = await rowsOf(store, 'care_leavers_former_relevant_to_25');
      expect([value, ids]).toEqual([4, ['LEFT18', 'REL17', 'T21IN', 'T24']]);
      // T21IN's contact of 2023-06-01 is more than 12 months before 2024-06-30: no longer in the figure.
      expect((await rowsOf(store, 'care_leavers_former_relevant_to_25', '2024-06-30')).ids).not.toContain('T21IN');
    });
  });

  it('says why one with qualifying care has no status; one without qualifying care is not in the cohort', async () => {
    await withProjections(leavers(), async (store) => {
      const rows = await store.query<{ child_id: string; status: string | null; left_out_because: string | null }>(
        `SELECT child_id, status, left_out_because FROM (${careLeaverStatusAt.sql}) ORDER BY child_id`,
        { laCode: LA, periodEnd: DATE, shortBreakStatuses: 'V3,V4' },
      );
      const why = Object.fromEntries(rows.map((r) => [r.child_id, r.status ?? r.left_out_because]));
      expect(why).toEqual({
        ADOPT: 'adopted', CAO: 'relevant', CARE16: 'eligible', HOME6: 'returned home for six months', HOMEJ: 'relevant',
        LEFT16: 'relevant', LEFT18: 'former_relevant', NEW91: 'eligible', NOPR: 'relevant', ON16: 'relevant', Q91: 'relevant',
        REL17: 'former_relevant', RHOM: 'returned home for six months', SGO: 'special guardianship order',
        T21IN: 'aged 21 or over', T21OUT: 'aged 21 or over', T24: 'aged 21 or over',
      });
    });
  });

  it('gives the same over many dates in one query as date by date (the 18th birthday and six months at home move)', async () => {
    const dates = ['2023-06-30', '2023-07-01', '2024-03-30', DATE, '2024-06-30'].map(asAt);
    await withProjections(leavers(), async (store) => {
      for (const id of ['care_leavers_all', 'care_leavers_former_relevant_to_25']) {
        const measure = measureById(id)!;
        const oneByOne = [];
        for (const period of dates) oneByOne.push(await computeMeasure(store, measure, { laCode: LA, period }));
        expect(await computeOverPeriods(store, measure, { laCode: LA, periods: dates }), id).toEqual(oneByOne);
      }
    });
  });
});
