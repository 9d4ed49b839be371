import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear } from '@careledger/ssda903';
import { computeMeasure, measureById, threeYearRolling, yearOf, type Period } from '../../src';

const LA = '990';
const year = yearOf(collectionYear(2024));

/*
 * Adoptions (final period of care; placement order E1; match; placed for adoption; adopted):
 *   P1 enters 2022-01-10 (U4); E1 2022-06-01; matched 2022-08-01; placed 2022-10-01 (A6, new carers); adopted 2023-06-15 (E11)
 *      A1 264 days; A2 61; A10 264; placed before 2023-03-10 (14 months): within.
 *   P2 enters 2021-03-01 (U4); E1 2021-09-01; matched 2022-05-01 with the foster carers; placed with them 2022-06-01 (A5,
 *      same carers); adopted 2024-01-20 (E12). A1 457 days (2021-03-01 to 2022-06-01); A2 242; A10 0 (with those
 *      carers since entering care); 14 months is 2022-05-01: not within; 16 months 2022-07-01: within.
 *   P3 enters 2023-01-05; matched 2023-03-01, BEFORE the order E1 2023-04-01; placed 2023-05-01 (A6); adopted
 *      2024-03-01 (E11). A1 116; A2 0; within 14 months.
 *   P4 in care 2019-01-01 to 2019-06-01 (E4A), again from 2022-07-01 (the final period); E1 2022-09-01; matched
 *      2022-11-01; placed 2023-09-01 (A6), exactly 14 months after entry: not within (within 16); adopted
 *      2024-02-01. A1 427; A2 61.
 *   P5 enters 2022-02-02; adopted 2023-12-01 (E11) with no placement for adoption recorded: adopted, in A1's
 *      denominator but not averaged, out of A2 and A3.
 *   P6 enters 2020-01-01; placed 2020-11-01 (A6); adopted 2021-06-01 (2021-22): A1 305, only in three years.
 */
function adoptionLa() {
  const p1 = new ChildHistory(LA, 'P1');
  p1.details({ sex: 'F', dob: '2021-06-01' }, '2022-01-10');
  p1.startCare('2022-01-10', { ls: 'C2', cin: 'N1', place: 'U4' });
  p1.legalStatus('2022-06-01', 'E1');
  p1.record('AdopterMatched', '2022-08-01', {});
  p1.move('2022-10-01', { place: 'A6', reason: 'CARPL' });
  p1.endCare('2023-06-15', 'E11');
  const p2 = new ChildHistory(LA, 'P2');
  p2.details({ sex: 'M', dob: '2020-10-10' }, '2021-03-01');
  p2.startCare('2021-03-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  p2.legalStatus('2021-09-01', 'E1');
  p2.record('AdopterMatched', '2022-05-01', { fosterCarers: true });
  p2.move('2022-06-01', { place: 'A5', sameCarer: true });
  p2.endCare('2024-01-20', 'E12');
  const p3 = new ChildHistory(LA, 'P3');
  p3.details({ sex: 'F', dob: '2022-12-01' }, '2023-01-05');
  p3.startCare('2023-01-05', { ls: 'C2', cin: 'N1', place: 'U4' });
  p3.record('AdopterMatched', '2023-03-01', {});
  p3.legalStatus('2023-04-01', 'E1');
  p3.move('2023-05-01', { place: 'A6', reason: 'CARPL' });
  p3.endCare('2024-03-01', 'E11');
  const p4 = new ChildHistory(LA, 'P4');
  p4.details({ sex: 'M', dob: '2018-05-05' }, '2019-01-01');
  p4.startCare('2019-01-01', { ls: 'V2', cin: 'N1', place: 'U4' });
  p4.endCare('2019-06-01', 'E4A');
  p4.startCare('2022-07-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  p4.legalStatus('2022-09-01', 'E1');
  p4.record('AdopterMatched', '2022-11-01', {});
  p4.move('2023-09-01', { place: 'A6', reason: 'CARPL' });
  p4.endCare('2024-02-01', 'E11');
  const p5 = new ChildHistory(LA, 'P5');
  p5.details({ sex: 'F', dob: '2021-01-01' }, '2022-02-02');
  p5.startCare('2022-02-02', { ls: 'C2', cin: 'N1', place: 'U4' });
  p5.endCare('2023-12-01', 'E11');
  const p6 = new ChildHistory(LA, 'P6');
  p6.details({ sex: 'M', dob: '2019-07-07' }, '2020-01-01');
  p6.startCare('2020-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  p6.move('2020-11-01', { place: 'A6', reason: 'CARPL' });
  p6.endCare('2021-06-01', 'E11');
  return [p1, p2, p3, p4, p5, p6].flatMap((h) => h.events);
}

type Store = Parameters<typeof computeMeasure>[0];
const compute = (store: Store, id: string, period: Period = year) => computeMeasure(store, measureById(id)!, { laCode: LA, period });
const days = (rows: readonly Record<string, unknown>[]) => rows.filter((r) => r.in_numerator).map((r) => [r.child_id, r.days]);

describe('adoption', () => {
  it('counts the children adopted', async () => {
    await withProjections(adoptionLa(), async (store) => {
      // 2023-24: P1, P2, P3, P4, P5 (P6 was adopted in 2021-22).
      expect(await compute(store, 'adopted_in_period')).toMatchObject({ value: 5, breakdowns: { rec: { E11: 4, E12: 1 } } });
    });
  });

  it('A1: days from entering care (the final period) to moving in with the adoptive family', async () => {
    await withProjections(adoptionLa(), async (store) => {
      // (264 + 457 + 116 + 427) / 4 = 316; P5 has no placement for adoption: in the denominator, not averaged.
      const a1 = await compute(store, 'adoption_a1_days');
      expect(a1).toMatchObject({ value: 316, numerator: 4, denominator: 5 });
      expect(days(a1.children)).toEqual([['P1', 264], ['P2', 457], ['P3', 116], ['P4', 427]]);
      expect(a1.children.find((r) => r.child_id === 'P4')).toMatchObject({ entered_care_on: '2022-07-01' });
      // Three years 2021-22 to 2023-24: with P6's 305, (1264 + 305) / 5 = 313.8 -> 314.
      expect(await compute(store, 'adoption_a1_days_three_year', threeYearRolling(collectionYear(2024)))).toMatchObject({ value: 314, numerator: 5 });
    });
  });

  it('A10: a foster carer adoption stops the clock when the child moved in with the foster carers', async () => {
    await withProjections(adoptionLa(), async (store) => {
      // P2 has lived with the carers who adopted him since entering care: 0 days. (264 + 0 + 116 + 427) / 4 = 201.75 -> 202.
      const a10 = await compute(store, 'adoption_a10_days');
      expect(a10).toMatchObject({ value: 202 });
      expect(a10.children.find((r) => r.child_id === 'P2')).toMatchObject({ foster_carers_adopting: true, clock_stopped_on: '2021-03-01', days: 0 });
    });
  });

  it('A2: days from the placement order to the match, 0 when the match came first, without children with no order or placement', async () => {
    await withProjections(adoptionLa(), async (store) => {
      // P1 61, P2 242, P3 0 (matched before the order), P4 61: 364 / 4 = 91. P5: no order, no placement: left out.
      const a2 = await compute(store, 'adoption_a2_days');
      expect(a2).toMatchObject({ value: 91, numerator: 4, denominator: 4 });
      expect(days(a2.children)).toEqual([['P1', 61], ['P2', 242], ['P3', 0], ['P4', 61]]);
      expect(a2.children.find((r) => r.child_id === 'P5')).toMatchObject({ in_denominator: false });
    });
  });

  it('A3: moved in within 14 months of entering care (16 before 2014); exactly 14 months is not within', async () => {
    await withProjections(adoptionLa(), async (store) => {
      // Of P1-P4: within 14 months P1, P3 (P2 a month late; P4 on the day): 2/4 = 50%. Within 16: all four.
      expect(await compute(store, 'adoption_within_14_months_percent')).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
      expect(await compute(store, 'adoption_within_16_months_percent')).toMatchObject({ value: 100, numerator: 4, denominator: 4 });
    });
  });
});
