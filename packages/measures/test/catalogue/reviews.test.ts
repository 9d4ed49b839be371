import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear } from '@careledger/ssda903';
import { computeMeasure, computeSeries, measureById, monthOf, yearOf, type MeasureRow } from '../../src';

const LA = '990';
const year = collectionYear(2024);

/*
 * The statutory clock, worked by hand for 2023-24 (England and Wales bank holidays 2023: Good Friday 7 Apr, Easter
 * Monday 10 Apr, 1 May, 8 May (coronation), 29 May, 28 Aug, 25-26 Dec; 2024: 1 Jan).
 *
 * R1 (born 2010-01-01) enters care Friday 15 Dec 2023. First review due 20 working days later, skipping 25, 26 Dec
 *    and 1 Jan: Dec 18-22 (5), 27-29 (8), Jan 2-5 (12), 8-12 (17), 15-17 (20) -> Wed 17 Jan 2024. Held 17 Jan (PN1,
 *    recorded twice that day: one review): on the due day, in timescale. Second due 17 Apr 2024; held early on
 *    1 Mar (PN6, chaired by R1): in timescale, and the third is due 6 months from 1 Mar (1 Sep), not from 17 Apr.
 * R2 (born 2021-06-01, under 4) enters care Monday 3 Apr 2023. First due: Apr 4-6 (3), 11-14 (7), 17-21 (12),
 *    24-28 (17), May 2-4 (20) -> 4 May. Held 5 May (PN0): late. Second due 3 months after 5 May: 5 Aug; held 4 Aug
 *    (in). Third due 4 Feb 2024; held 10 Feb: late. Fourth due 10 Aug 2024, after the year.
 * R3 (born 2008-05-01): a period of care 1 Jun - 20 Jun 2023 (first due: Jun 2 (1), 5-9 (6), 12-16 (11), 19-23
 *    (16), 26-29 (20) -> 29 Jun), review held 15 Jun (PN1, in). Its second (due 15 Sep) is never due: care ended.
 *    Care restarts Monday 4 Sep 2023: the clock restarts, first due Sep 5-8 (4), 11-15 (9), 18-22 (14), 25-29 (19),
 *    Oct 2 (20) -> 2 Oct, not 3 months after June's review. Held 29 Sep with no participation recorded (in). Second
 *    due 29 Dec 2023: never held while R3 is still in care -> due, not in timescale.
 * R4: a short break (V3) 1-3 May 2023 with a review on 2 May: on no clock.
 * R5 (born 2012-02-02) enters care Monday 9 Jan 2023: first due Feb 6, held 1 Feb (the year before). Second due
 *    1 May 2023 (a bank holiday: months are not working days), held 1 May (PN4, in). Care ends 1 Oct 2023, before
 *    the third is due (1 Nov): not due. A review recorded on 15 Oct, after care ended, is on no clock.
 * R6 (born 2019-10-10, 4 on 10 Oct 2023) enters care Friday 1 Sep 2023: first due Sep 4-8 (5), 11-15 (10), 18-22
 *    (15), 25-29 (20) -> 29 Sep; held 28 Sep (PN0, aged 3: in). Second due 28 Dec, held 20 Dec aged 4, no code (in).
 *
 * Held in 2023-24: R1 2, R2 3, R3 2, R5 1, R6 2 = 10; in timescale all but R2's 5 May and 10 Feb = 8 (80%).
 * Due in 2023-24: R1 #1; R2 #1 (late), #2, #3 (late); R3 Jun #1, Sep #1, the awaited #2 (not held); R5 #2; R6 #1,
 *   #2 = 10; held by the due date: 7 (70%).
 * Participation, reviews held of children 4 and over (not PN0): R1 PN1, PN6; R3 PN1, not recorded; R5 PN4; R6 not
 *   recorded = 6. Participated (PN1-PN6) 4 = 67%; contributed (PN4 out) 3 = 50%; attended (PN1-PN4) 3 = 50%; not
 *   recorded 2 = 33%. Chaired: 1 of the 10 held = 10%.
 */
function reviewLa() {
  const r1 = new ChildHistory(LA, 'R1');
  r1.details({ sex: 'F', dob: '2010-01-01' });
  r1.startCare('2023-12-15', { ls: 'C2', cin: 'N1', place: 'U4' });
  r1.review('2024-01-17', 'PN1');
  r1.review('2024-01-17', 'PN1');
  r1.review('2024-03-01', 'PN6', { chairedByChild: true });

  const r2 = new ChildHistory(LA, 'R2');
  r2.details({ sex: 'M', dob: '2021-06-01' });
  r2.startCare('2023-04-03', { ls: 'C2', cin: 'N1', place: 'U4' });
  for (const day of ['2023-05-05', '2023-08-04', '2024-02-10']) r2.review(day, 'PN0');

  const r3 = new ChildHistory(LA, 'R3');
  r3.details({ sex: 'M', dob: '2008-05-01' });
  r3.startCare('2023-06-01', { ls: 'V2', cin: 'N4', place: 'U4' });
  r3.review('2023-06-15', 'PN1');
  r3.endCare('2023-06-20', 'E13');
  r3.startCare('2023-09-04', { ls: 'C2', cin: 'N1', place: 'U4' });
  r3.review('2023-09-29', undefined);

  const r4 = new ChildHistory(LA, 'R4');
  r4.details({ sex: 'F', dob: '2012-03-03' });
  r4.startCare('2023-05-01', { ls: 'V3', cin: 'N1', place: 'U4' });
  r4.review('2023-05-02', 'PN1');
  r4.endCare('2023-05-03', 'E13');

  const r5 = new ChildHistory(LA, 'R5');
  r5.details({ sex: 'F', dob: '2012-02-02' });
  r5.startCare('2023-01-09', { ls: 'C2', cin: 'N1', place: 'U4' });
  r5.review('2023-02-01', 'PN1');
  r5.review('2023-05-01', 'PN4');
  r5.endCare('2023-10-01', 'E13');
  r5.review('2023-10-15', 'PN1');

  const r6 = new ChildHistory(LA, 'R6');
  r6.details({ sex: 'M', dob: '2019-10-10' });
  r6.startCare('2023-09-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  r6.review('2023-09-28', 'PN0');
  r6.review('2023-12-20', undefined);
  return [r1, r2, r3, r4, r5, r6].flatMap((h) => h.events);
}

type Store = Parameters<typeof computeMeasure>[0];
const result = (store: Store, id: string, period = yearOf(year)) => computeMeasure(store, measureById(id)!, { laCode: LA, period });
const figure = async (store: Store, id: string) => {
  const { value, numerator, denominator } = await result(store, id);
  return [value, numerator, denominator];
};
const clock = (rows: readonly MeasureRow[]) => rows.map((r) => [r.child_id, r.review_number, r.due_on, r.held_on, r.in_numerator]);

describe('reviews on the statutory clock', () => {
  it('dates each review due across bank holidays, from the review actually held, restarting with care', async () => {
    await withProjections(reviewLa(), async (store) => {
      expect(clock((await result(store, 'reviews_due_held_in_timescale_percent')).children)).toEqual([
        ['R1', 1, '2024-01-17', '2024-01-17', true],
        ['R2', 1, '2023-05-04', '2023-05-05', false],
        ['R2', 2, '2023-08-05', '2023-08-04', true],
        ['R2', 3, '2024-02-04', '2024-02-10', false],
        ['R3', 1, '2023-06-29', '2023-06-15', true],
        ['R3', 1, '2023-10-02', '2023-09-29', true],
        ['R3', 2, '2023-12-29', null, false],
        ['R5', 2, '2023-05-01', '2023-05-01', true],
        ['R6', 1, '2023-09-29', '2023-09-28', true],
        ['R6', 2, '2023-12-28', '2023-12-20', true],
      ]);
      expect(await figure(store, 'reviews_due')).toEqual([10, 10, undefined]);
      expect(await figure(store, 'reviews_due_held_in_timescale_percent')).toEqual([70, 7, 10]);
    });
  });

  it('counts reviews held and those held in timescale, one review a day, none outside a period of care', async () => {
    await withProjections(reviewLa(), async (store) => {
      expect(await figure(store, 'reviews_held')).toEqual([10, 10, undefined]);
      expect(await figure(store, 'reviews_held_in_timescale_percent')).toEqual([80, 8, 10]);
      // R1's early second review moved the third: due 6 months after 1 March, not after 17 April.
      const march = await result(store, 'reviews_held', monthOf('2024-03-01'));
      expect(clock(march.children)).toEqual([['R1', 2, '2024-04-17', '2024-03-01', true]]);
      const after = await computeMeasure(store, measureById('reviews_due')!, { laCode: LA, period: yearOf(collectionYear(2025)) });
      expect(clock(after.children).filter((r) => r[0] === 'R1')).toEqual([['R1', 2, '2024-04-17', '2024-03-01', true], ['R1', 3, '2024-09-01', null, true]]);
    });
  });

  it('gives a quarter pooled and as the mean of its months, labelled, never mixed', async () => {
    await withProjections(reviewLa(), async (store) => {
      // April-June 2023 held: none in April; May R2 (late) and R5 (in) = 50%; June R3 (in) = 100%.
      // Pooled: 2 of 3 = 67%. Mean of the months with reviews: (50 + 100) / 2 = 75%.
      const measure = measureById('reviews_held_in_timescale_percent')!;
      const pooled = await computeSeries(store, measure, { laCode: LA, year, grain: 'quarter', aggregate: 'pooled' });
      const mean = await computeSeries(store, measure, { laCode: LA, year, grain: 'quarter', aggregate: 'meanOfMonths' });
      expect([pooled.points[0]!.value, pooled.points[0]!.numerator, pooled.points[0]!.denominator]).toEqual([67, 2, 3]);
      expect([mean.points[0]!.value, mean.points[0]!.note]).toEqual([75, 'mean of 2 monthly percentages']);
    });
  });

  it('reports participation for children aged 4 and over, with "not recorded" its own category', async () => {
    await withProjections(reviewLa(), async (store) => {
      expect(await figure(store, 'review_participation_percent')).toEqual([67, 4, 6]);
      expect(await figure(store, 'review_contribution_percent')).toEqual([50, 3, 6]);
      expect(await figure(store, 'review_attendance_percent')).toEqual([50, 3, 6]);
      expect(await figure(store, 'review_participation_not_recorded_percent')).toEqual([33, 2, 6]);
      expect(await figure(store, 'reviews_chaired_by_child_percent')).toEqual([10, 1, 10]);
      const byCode = await result(store, 'review_participation_by_code');
      expect(byCode.breakdowns['review_code']).toEqual({ 'Not recorded': 2, PN0: 4, PN1: 2, PN4: 1, PN6: 1 });
      // R6 turned 4 on 10 October: September's review (PN0, aged 3) is out of the base, December's is in it.
      const r6 = (await result(store, 'review_participation_not_recorded_percent')).children.filter((r) => r.child_id === 'R6');
      expect(r6.map((r) => [r.held_on, r.age_at_review, r.review_code])).toEqual([['2023-12-20', 4, null]]);
    });
  });
});
