import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { addWorkingDays } from '@careledger/runtime';
import { collectionYear } from '@careledger/ssda903';
import { computeMeasure, measureById, monthOf, yearOf, type MeasureRow } from '../../src';

const LA = '990';
const year = collectionYear(2024);

/*
 * Initial health assessments in 2023-24, worked by hand. England and Wales bank holidays: 2023 Good Friday 7 Apr,
 * Easter Monday 10 Apr, 1 May, 8 May, 29 May, 28 Aug, 25-26 Dec; 2024 1 Jan, Good Friday 29 Mar, Easter Monday 1 Apr.
 * Due = the 20th working day after the start (the start day never counts).
 *
 * H1 starts Mon 3 Apr 2023. Due: Apr 4-6 (3), [7, 10 Easter] 11-14 (7), 17-21 (12), 24-28 (17), [1 May] May 2-4 (20)
 *    -> Thu 4 May. Requested 3 Apr (day 0: in). Assessed 4 May, the 20th working day across three bank holidays: in.
 * H2 starts Fri 15 Dec 2023. Due: Dec 18-22 (5), [25, 26] 27-29 (8), [1 Jan] Jan 2-5 (12), 8-12 (17), 15-17 (20)
 *    -> Wed 17 Jan 2024. Requested Sun 17 Dec (day 2: in). Assessed 18 Jan, the day after: out.
 * H3 starts Fri 1 Sep 2023. Due: Sep 4-8 (5), 11-15 (10), 18-22 (15), 25-29 (20) -> 29 Sep. Requested Mon 4 Sep
 *    (day 3: out). Never assessed: out, still in the base (in care throughout).
 * H4 starts Mon 4 Sep 2023. Due: Sep 5-8 (4), 11-15 (9), 18-22 (14), 25-29 (19), Oct 2 (20) -> 2 Oct. No request
 *    recorded (out, in the request base). Assessed 20 Sep: in.
 * H5 starts Thu 1 Jun 2023. Due: Jun 2 (1), 5-9 (6), 12-16 (11), 19-23 (16), 26-29 (20) -> 29 Jun. Requested 2 Jun
 *    (day 1: in). Leaves care 20 Jun, before the due date: out of the assessment base.
 * H6 starts 1 Jun 2023 too (due 29 Jun). Requested 1 Jun (in). Assessed 28 Jun but leaves care ON 29 Jun: not in
 *    care on the due day, so out of the assessment base (and so out of its numerator).
 * H7 a short break (V3) from 1 May 2023, requested and assessed: in neither figure.
 * H8 started 31 Mar 2023, the day before the year: in neither figure.
 * H9 starts Sun 31 Mar 2024, the year's last day. Due: [1 Apr Easter Monday] Apr 2-5 (4), 8-12 (9), 15-19 (14),
 *    22-26 (19), 29 (20) -> 29 Apr 2024. Requested Tue 2 Apr (day 2, after the year ended: in). Assessed 29 Apr: in.
 * H10 starts Mon 3 Jul 2023 (due: Jul 4-7 (4), 10-14 (9), 17-21 (14), 24-28 (19), 31 (20) -> 31 Jul), requested
 *    5 Jul (day 2: in), leaves 10 Jul: out of the assessment base. Back in care 1 Aug, requested and assessed then:
 *    only the first start in the year counts, and the August IHA belongs to the second period, not the first.
 *
 * Requested within 2 days: base H1 H2 H3 H4 H5 H6 H9 H10 = 8; in H1 H2 H5 H6 H9 H10 = 6 -> 75%.
 * Assessed within 20 working days: base H1 H2 H3 H4 H9 = 5 (H5, H6, H10 left by the due date); in H1 H4 H9 = 3 -> 60%.
 */
function ihaLa() {
  const child = (id: string, dob: string) => {
    const h = new ChildHistory(LA, id);
    h.details({ sex: 'F', dob });
    return h;
  };
  const care = { ls: 'C2', cin: 'N1', place: 'U4' } as const;
  const requested = (h: ChildHistory, on: string) => h.record('InitialHealthAssessmentRequested', on, undefined);
  const assessed = (h: ChildHistory, on: string) => h.record('InitialHealthAssessmentCompleted', on, undefined);

  const h1 = child('H1', '2012-01-01');
  h1.startCare('2023-04-03', care);
  requested(h1, '2023-04-03');
  assessed(h1, '2023-05-04');

  const h2 = child('H2', '2015-05-05');
  h2.startCare('2023-12-15', care);
  requested(h2, '2023-12-17');
  assessed(h2, '2024-01-18');

  const h3 = child('H3', '2010-03-03');
  h3.startCare('2023-09-01', care);
  requested(h3, '2023-09-04');

  const h4 = child('H4', '2020-02-02');
  h4.startCare('2023-09-04', care);
  assessed(h4, '2023-09-20');

  const h5 = child('H5', '2009-09-09');
  h5.startCare('2023-06-01', care);
  requested(h5, '2023-06-02');
  h5.endCare('2023-06-20', 'E13');

  const h6 = child('H6', '2011-11-11');
  h6.startCare('2023-06-01', care);
  requested(h6, '2023-06-01');
  assessed(h6, '2023-06-28');
  h6.endCare('2023-06-29', 'E13');

  const h7 = child('H7', '2012-07-07');
  h7.startCare('2023-05-01', { ls: 'V3', cin: 'N1', place: 'U4' });
  requested(h7, '2023-05-01');
  assessed(h7, '2023-05-02');
  h7.endCare('2023-05-03', 'E13');

  const h8 = child('H8', '2013-08-08');
  h8.startCare('2023-03-31', care);
  requested(h8, '2023-03-31');
  assessed(h8, '2023-04-05');

  const h9 = child('H9', '2016-06-06');
  h9.startCare('2024-03-31', care);
  requested(h9, '2024-04-02');
  assessed(h9, '2024-04-29');

  const h10 = child('H10', '2014-04-04');
  h10.startCare('2023-07-03', care);
  requested(h10, '2023-07-05');
  h10.endCare('2023-07-10', 'E13');
  h10.startCare('2023-08-01', care);
  requested(h10, '2023-08-01');
  assessed(h10, '2023-08-10');

  return [h1, h2, h3, h4, h5, h6, h7, h8, h9, h10].flatMap((h) => h.events);
}

type Store = Parameters<typeof computeMeasure>[0];
const result = (store: Store, id: string, period = yearOf(year)) => computeMeasure(store, measureById(id)!, { laCode: LA, period });
const figure = async (store: Store, id: string, period = yearOf(year)) => {
  const { value, numerator, denominator } = await result(store, id, period);
  return [value, numerator, denominator];
};
const clock = (rows: readonly MeasureRow[]) => rows.map((r) => [r.child_id, r.started_on, r.requested_on, r.completed_on, r.due_on, r.in_numerator, r.in_denominator]);

const REQUESTED = 'iha_requested_within_48_hours_percent';
const COMPLETED = 'iha_completed_within_20_working_days_percent';

describe('initial health assessments', () => {
  it('dates each IHA due 20 working days after the start, across bank holidays', async () => {
    await withProjections(ihaLa(), async (store) => {
      const rows = (await result(store, COMPLETED)).children;
      expect(clock(rows)).toEqual([
        ['H1', '2023-04-03', '2023-04-03', '2023-05-04', '2023-05-04', true, true],
        ['H10', '2023-07-03', '2023-07-05', null, '2023-07-31', false, false],
        ['H2', '2023-12-15', '2023-12-17', '2024-01-18', '2024-01-17', false, true],
        ['H3', '2023-09-01', '2023-09-04', null, '2023-09-29', false, true],
        ['H4', '2023-09-04', null, '2023-09-20', '2023-10-02', true, true],
        ['H5', '2023-06-01', '2023-06-02', null, '2023-06-29', false, false],
        ['H6', '2023-06-01', '2023-06-01', '2023-06-28', '2023-06-29', false, false],
        ['H9', '2024-03-31', '2024-04-02', '2024-04-29', '2024-04-29', true, true],
      ]);
      expect(rows.find((r) => r.child_id === 'H6')!.ended_on).toBe('2023-06-29');
      // The hand-worked due dates, checked against the TypeScript clock.
      for (const row of rows) expect(row.due_on, String(row.child_id)).toBe(addWorkingDays(String(row.started_on), 20));
    });
  });

  it('counts requests within 2 calendar days of the start, with no request recorded as not in time', async () => {
    await withProjections(ihaLa(), async (store) => {
      expect(await figure(store, REQUESTED)).toEqual([75, 6, 8]);
      const rows = (await result(store, REQUESTED)).children;
      expect(rows.filter((r) => !r.in_numerator).map((r) => r.child_id)).toEqual(['H3', 'H4']);
    });
  });

  it('counts assessments by the 20th working day of children still in care then, short breaks left out', async () => {
    await withProjections(ihaLa(), async (store) => {
      expect(await figure(store, COMPLETED)).toEqual([60, 3, 5]);
      // April 2023: H1 only (H8 started the day before the year, H7 is a short break in May).
      expect(await figure(store, COMPLETED, monthOf('2023-04-01'))).toEqual([100, 1, 1]);
      // June 2023: H5 left before the due date, H6 on it: nobody in the base.
      expect(await figure(store, COMPLETED, monthOf('2023-06-01'))).toEqual([null, 0, 0]);
      expect(await figure(store, REQUESTED, monthOf('2023-06-01'))).toEqual([100, 2, 2]);
      // March 2024: H9 started on the last day; what was recorded after the month still counts.
      expect(await figure(store, REQUESTED, monthOf('2024-03-01'))).toEqual([100, 1, 1]);
      expect(await figure(store, COMPLETED, monthOf('2024-03-01'))).toEqual([100, 1, 1]);
    });
  });
});
