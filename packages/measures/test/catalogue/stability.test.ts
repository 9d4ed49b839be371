import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { asAt, computeMeasure, measureById, yearOf } from '../../src';
import { collectionYear } from '@careledger/ssda903';

const LA = '990';

/*
 * As at 31 March 2024 (the twelve months 1 April 2023 to 31 March 2024; 30 months before is 30 September 2021;
 * two years before is 31 March 2022):
 *   S1 F 2012-01-01: in care since 2021-01-01 (U4); moves 2023-06-01 (U5) and 2023-10-01 (U4): 3 placements in the
 *      year (the first open on 1 April); with the same carers only since 2023-10-01.
 *   S2 M 2010-05-05: in care since 2021-06-01 (C2, U4); legal status E1 on 2023-05-01 (not a placement); moves
 *      2023-09-01 (U6): 2 placements.
 *   S3 F 2019-02-02: in care since 2020-03-01 (U4); placed for adoption with the same foster carers 2023-07-01 (A5,
 *      same carer): not a new placement, and the same carers since 2020-03-01: 1 placement.
 *   S4 M 2007-01-01 (17 on the date): in care since 2019-01-01 (U4), never moved: 1 placement.
 *   S5 F 2013-03-03: in care 2019-01-01 to 2022-06-01 (E4A), again from 2022-09-01 (U4): a gap, so in care
 *      continuously only since 2022-09-01: 1 placement.
 *   S6 a short break (V3) from 2024-03-01: in no figure.
 *   S8 F 2020-01-01: in care since 2021-01-01 (U4); placed for adoption with new carers 2023-01-01 (A6): 1
 *      placement in the year; the adoptive placement counts with the one before: with the same carers since 2021.
 */
function stabilityLa() {
  const s1 = new ChildHistory(LA, 'S1');
  s1.details({ sex: 'F', dob: '2012-01-01' }, '2021-01-01');
  s1.startCare('2021-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  s1.move('2023-06-01', { place: 'U5', reason: 'CARPL' });
  s1.move('2023-10-01', { place: 'U4', reason: 'CARPL' });
  const s2 = new ChildHistory(LA, 'S2');
  s2.details({ sex: 'M', dob: '2010-05-05' }, '2021-06-01');
  s2.startCare('2021-06-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  s2.legalStatus('2023-05-01', 'E1');
  s2.move('2023-09-01', { place: 'U6', reason: 'CARPL' });
  const s3 = new ChildHistory(LA, 'S3');
  s3.details({ sex: 'F', dob: '2019-02-02' }, '2020-03-01');
  s3.startCare('2020-03-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  s3.move('2023-07-01', { place: 'A5', sameCarer: true });
  const s4 = new ChildHistory(LA, 'S4');
  s4.details({ sex: 'M', dob: '2007-01-01' }, '2019-01-01');
  s4.startCare('2019-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  const s5 = new ChildHistory(LA, 'S5');
  s5.details({ sex: 'F', dob: '2013-03-03' }, '2019-01-01');
  s5.startCare('2019-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  s5.endCare('2022-06-01', 'E4A');
  s5.startCare('2022-09-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  const s6 = new ChildHistory(LA, 'S6');
  s6.details({ sex: 'M', dob: '2015-05-05' }, '2024-03-01');
  s6.startCare('2024-03-01', { ls: 'V3', cin: 'N1', place: 'U6' });
  const s8 = new ChildHistory(LA, 'S8');
  s8.details({ sex: 'F', dob: '2020-01-01' }, '2021-01-01');
  s8.startCare('2021-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  s8.move('2023-01-01', { place: 'A6', reason: 'CARPL' });
  return [s1, s2, s3, s4, s5, s6, s8].flatMap((h) => h.events);
}

const at = asAt('2024-03-31');
const compute = (store: Parameters<typeof computeMeasure>[0], id: string, period = at) => computeMeasure(store, measureById(id)!, { laCode: LA, period });
const members = (rows: readonly { child_id: string; in_numerator: boolean; in_denominator: boolean }[]) => ({
  numerator: rows.filter((r) => r.in_numerator).map((r) => r.child_id),
  denominator: rows.filter((r) => r.in_denominator).map((r) => r.child_id),
});

describe('placement stability', () => {
  it('three or more placements in the year: placements open at the start count; a legal change or adoption by the foster carers does not', async () => {
    await withProjections(stabilityLa(), async (store) => {
      const result = await compute(store, 'placements_3plus_percent');
      // Looked after on 31 March: S1, S2, S3, S4, S5, S8 (S6 is a short break). Only S1 has 3: 1/6 = 16.7% -> 17.
      expect(result).toMatchObject({ value: 17, numerator: 1, denominator: 6 });
      expect(result.children.map((r) => [r.child_id, r.placements, r.placement_starts])).toEqual([
        ['S1', 3, '2021-01-01 2023-06-01 2023-10-01'],
        ['S2', 2, '2021-06-01 2023-09-01'],
        ['S3', 1, '2020-03-01'],
        ['S4', 1, '2019-01-01'],
        ['S5', 1, '2022-09-01'],
        // S8's foster placement ended on 1 January 2023, before the year.
        ['S8', 1, '2023-01-01'],
      ]);
    });
  });

  it('long-term stability: under 16, in care two and a half years continuously, with the same carers two years', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // Denominator: S1, S2, S3, S8 (S4 is 17; S5's care restarted in 2022). Numerator: S3 (same carers since 2020,
      // through the A5 move), S8 (A6 with the placement before it, since 2021): 2/4 = 50%.
      const dfe = await compute(store, 'long_term_stability_percent');
      expect(dfe).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
      expect(members(dfe.children)).toEqual({ numerator: ['S3', 'S8'], denominator: ['S1', 'S2', 'S3', 'S8'] });
      expect(dfe.children.find((r) => r.child_id === 'S8')).toMatchObject({ carer_since: '2021-01-01', placement_type: 'A6', age: 4 });
      expect(dfe.children.find((r) => r.child_id === 'S5')).toMatchObject({ period_started: '2022-09-01', in_denominator: false });
      // All ages (local): S4 joins both: 3/5 = 60%.
      expect(await compute(store, 'long_term_stability_all_ages_percent')).toMatchObject({ value: 60, numerator: 3, denominator: 5 });
      // A quarterly reading, at 30 September 2023: 30 months before is 31 March 2021, so S1 (2021-01-01) and S8
      // (2021-01-01) and S3, S4 (aged 16) and S2 (2021-06-01, too late): denominator S1, S3, S8; numerator S3, S8
      // (S1 with new carers since 1 June 2023): 2/3 = 67%.
      expect(await compute(store, 'long_term_stability_percent', asAt('2023-09-30'))).toMatchObject({ value: 67, numerator: 2, denominator: 3 });
    });
  });

  it('three or more placements over two years, among children in care two years', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // In care continuously since 31 March 2022 or before: S1, S2, S3, S4, S8. In the two years: S1 3, S2 2,
      // S3 1, S4 1, S8 2 (U4 until 2023-01-01, then A6): 1/5 = 20%.
      expect(await compute(store, 'placements_3plus_2years_percent')).toMatchObject({ value: 20, numerator: 1, denominator: 5 });
    });
  });

  it('counts placement moves, each one, in the period (local)', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // 2023-24: S1 on 1 June and 1 October, S2 on 1 September; S2's legal change and S3's A5 move are not moves;
      // S8's move was in 2022-23.
      const moves = await computeMeasure(store, measureById('placement_moves')!, { laCode: LA, period: yearOf(collectionYear(2024)) });
      expect(moves).toMatchObject({ value: 3, breakdowns: { place: { U4: 1, U5: 1, U6: 1 } } });
      expect(moves.children.map((r) => [r.record_id, r.moved_on])).toEqual([['S1/2', '2023-06-01'], ['S1/3', '2023-10-01'], ['S2/2', '2023-09-01']]);
    });
  });
});
