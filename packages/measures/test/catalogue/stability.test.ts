import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear } from '@careledger/ssda903';
import { asAt, computeMeasure, measureById, yearOf, type MeasureResult, type Period } from '../../src';
import { LA } from './smallLa';
import { stabilityLa } from './stabilityLa';

// The DfE placement stability measures, long-term stability under 18 and Thurrock's count of moves (the other local
// variants and social worker stability are in stabilityVariants.test.ts). The children and their histories are in
// stabilityLa.ts. Looked after on 31 March 2024 (S6 is on a short break, L1 left on 1 February): S1, S2, S3, S4, S4b,
// S5, S8, T1, T2, R1, M1, F1, F2, Y18, W, B25, B25b, C2y, C2yb = 19.

const at = asAt('2024-03-31');
type Store = Parameters<typeof computeMeasure>[0];
const compute = (store: Store, id: string, period: Period = at) => computeMeasure(store, measureById(id)!, { laCode: LA, period });
const members = (result: MeasureResult) => ({
  numerator: result.children.filter((r) => r.in_numerator).map((r) => r.child_id),
  denominator: result.children.filter((r) => r.in_denominator).map((r) => r.child_id),
});
const column = (result: MeasureResult, name: string) => Object.fromEntries(result.children.map((r) => [r.child_id, r[name]]));

describe('three or more placements in the year (DfE)', () => {
  it('counts placements open on any day of the twelve months; not a legal change, adoption by the foster carers or a temporary placement', async () => {
    await withProjections(stabilityLa(), async (store) => {
      const result = await compute(store, 'placements_3plus_percent');
      // Placements open from 1 April 2023 to 31 March 2024:
      //   S1 3: U4 from 2021 (open on 1 April), U5, U4: the boundary, in. S2 2: the L change on 1 May is not one.
      //   S3 1: the A5 move with her foster carers is not one. T1 1: hospital and the carers' holiday (T1, T3) and
      //   each return to the same U4 are not placements. T2 2: the T4 is not one, but she went on to a new U6.
      //   R1 2: the move recorded in error was retracted (3 without the retraction). M1 4. F1 3: her U6 ended on 1
      //   April, the first day, so it was open that day. F2 2: her U6 ended on 31 March 2023, before it. W 2: A4 and
      //   the A6 with the same carers (a move with the same carers is a placement); her U6 ended in February 2023.
      //   S8 1: her foster placement ended on 1 January 2023. C2yb 1: her U6 ended on 1 April 2022.
      //   Everyone else 1.
      // Numerator S1, M1, F1: 3 of 19 = 15.8% -> 16.
      expect(result).toMatchObject({ value: 16, numerator: 3, denominator: 19 });
      expect(members(result).numerator).toEqual(['F1', 'M1', 'S1']);
      expect(column(result, 'placements')).toEqual({
        B25: 1, B25b: 1, C2y: 1, C2yb: 1, F1: 3, F2: 2, M1: 4, R1: 2, S1: 3, S2: 2, S3: 1, S4: 1, S4b: 1, S5: 1, S8: 1, T1: 1, T2: 2, W: 2, Y18: 1,
      });
      expect(column(result, 'placement_starts')).toMatchObject({
        S1: '2021-01-01 2023-06-01 2023-10-01', S2: '2021-06-01 2023-09-01', S3: '2020-03-01', T1: '2021-02-01', T2: '2021-03-01 2023-11-05',
        R1: '2022-01-01 2023-05-01', F1: '2022-10-01 2023-04-01 2023-12-01', F2: '2023-03-31 2023-12-01', W: '2023-02-01 2023-10-01', S5: '2022-09-01',
      });
    });
  });

  it('is read at any date over the twelve months to it', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // At 31 December 2023 (the twelve months from 1 January 2023): S1 3; M1 3 (15 April, 1 June, 1 September; his
      // January move is later); F1 3 (U6 from 2022, U4, U5 on 1 December); F2 3 (her U6 ended on 31 March 2023, inside
      // these months); W 3 (U6 until 1 February 2023, A4, A6); L1 4 (in care until February 2024); S8 2 (her U4 ended
      // on 1 January 2023, the first day, and A6). Looked after on the date: the 19 and L1 = 20 (S6 not yet in care).
      // 6/20 = 30%.
      const result = await compute(store, 'placements_3plus_percent', asAt('2023-12-31'));
      expect(members(result).numerator).toEqual(['F1', 'F2', 'L1', 'M1', 'S1', 'W']);
      expect(result).toMatchObject({ value: 30, denominator: 20 });
      expect(result.children.find((r) => r.child_id === 'S8')).toMatchObject({ placements: 2, placement_starts: '2021-01-01 2023-01-01' });
    });
  });
});

describe('three or more placements over two years (DfE stability publication)', () => {
  it('of the children looked after continuously for two years', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // In care continuously since 31 March 2022 or before: S1, S2, S3, S4, S4b, S8, T1, T2, R1 (2022-01-01), Y18, W,
      // B25, B25b, C2y, C2yb = 15 (S5's care restarted in September 2022; M1, F1, F2 are more recent). Placements from
      // 1 April 2022: S1 3, W 3 (U6 until February 2023, A4, A6), S8 2, S2 2, T2 2, R1 2, C2yb 2 (U6 until 1 April
      // 2022, the first day), C2y 1 (U6 ended 31 March 2022), the rest 1. Numerator S1, W: 2/15 = 13.3% -> 13.
      const result = await compute(store, 'placements_3plus_2years_percent');
      expect(result).toMatchObject({ value: 13, numerator: 2, denominator: 15 });
      expect(members(result).numerator).toEqual(['S1', 'W']);
      expect(result.children.find((r) => r.child_id === 'C2yb')).toMatchObject({ placements: 2, placement_starts: '2021-01-01 2022-04-01' });
      expect(result.children.find((r) => r.child_id === 'S5')).toMatchObject({ period_started: '2022-09-01', in_denominator: false });
    });
  });
});

describe('long-term stability', () => {
  it('DfE: under 16, looked after continuously for 2.5 years, with the same carers for 2 years (or adoptive placement and the one before)', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // Denominator (under 16, in care since 30 September 2021 or before): S1, S2, S3, S4b, S8, T1, T2, W, B25, C2y,
      // C2yb = 11. Out: S4 (16 on the date), Y18 (18), S5 (her care restarted on 1 September 2022: the gap restarts
      // the clock), B25b (from 1 October 2021, a day short), R1, M1, F1, F2 (since 2022 or 2023).
      // Numerator (same carers since 31 March 2022 or before):
      //   S3 since 2020-03-01 (the A5 move is with the same carers); S4b since 2019; T1 since 2021-02-01 (hospital and
      //   the carers' holiday do not break it); B25 since 2021-09-30; C2y since 2022-03-31 (exactly two years);
      //   S8 placed for adoption with new carers (A6) in 2023: with her foster placement before it, since 2021-01-01;
      //   W placed for adoption (A4) with new carers in February 2023, A6 with them in October: with her U6 before
      //   it, since 2021-06-01.
      //   Not: S1 (new carers 2023-10-01), S2 (2023-09-01), T2 (2023-11-05), C2yb (2022-04-01, a day short).
      // 7/11 = 63.6% -> 64.
      const dfe = await compute(store, 'long_term_stability_percent');
      expect(dfe).toMatchObject({ value: 64, numerator: 7, denominator: 11, breakdowns: { placement_type: { A5: 1, A6: 2, U4: 4 } } });
      expect(members(dfe)).toEqual({
        numerator: ['B25', 'C2y', 'S3', 'S4b', 'S8', 'T1', 'W'],
        denominator: ['B25', 'C2y', 'C2yb', 'S1', 'S2', 'S3', 'S4b', 'S8', 'T1', 'T2', 'W'],
      });
      expect(dfe.children.find((r) => r.child_id === 'W')).toMatchObject({ carer_since: '2021-06-01', placement_type: 'A6', age: 2 });
      expect(dfe.children.find((r) => r.child_id === 'S4')).toMatchObject({ age: 16, in_denominator: false });
      expect(dfe.children.find((r) => r.child_id === 'S4b')).toMatchObject({ age: 15, in_numerator: true });
      expect(dfe.children.find((r) => r.child_id === 'S5')).toMatchObject({ period_started: '2022-09-01', in_denominator: false });
    });
  });

  it('at a quarter end, as Cheshire East\'s indicative reading', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // At 30 September 2023: 30 months before is 30 March 2021, two years before 30 September 2021. Under 16 and in
      // care since 30 March 2021: S1, S3, S4 (15 then), S4b, S8, T1, T2, C2y, C2yb = 9 (S2 from June 2021, W from June
      // 2021, B25 from September 2021: too recent; Y18 is 18). Same carers since 30 September 2021: S3, S4, S4b, S8
      // (A6 with the placement before), T1, T2 (her T4 and move come in November) = 6; not S1 (U5 from June 2023),
      // C2y, C2yb (new carers from 2022). 6/9 = 67%.
      const result = await compute(store, 'long_term_stability_percent', asAt('2023-09-30'));
      expect(result).toMatchObject({ value: 67, numerator: 6, denominator: 9 });
      expect(members(result).numerator).toEqual(['S3', 'S4', 'S4b', 'S8', 'T1', 'T2']);
    });
  });

  it('local variant: any age under 18', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // Any age under 18: the DfE denominator and numerator with S4 (16, in care and with the same carers since
      // 2019); Y18 (18) is still out: 8/12 = 66.7% -> 67.
      const allAges = await compute(store, 'long_term_stability_all_ages_percent');
      expect(allAges).toMatchObject({ value: 67, numerator: 8, denominator: 12 });
      expect(allAges.children.find((r) => r.child_id === 'Y18')).toMatchObject({ age: 18, in_denominator: false });
    });
  });
});

describe('placement moves (Thurrock)', () => {
  it('counts each move in the period: not entering care, a legal change, adoption by the foster carers or a temporary placement', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // 2023-24: F1 2 (1 April and 1 December), F2 1 (1 December; her 31 March move was in 2022-23), L1 3 (she left
      // care in February: her moves still happened), M1 3 (entering care on 15 April is not a move), R1 1 (the
      // retracted move is gone), S1 2, S2 1 (not the L change), T2 1 (the U6 after her T4; not the T4), W 1 (A6 with
      // the same carers). None for S3 (A5 with her foster carers), T1 (temporary placements and returns), S8
      // (2022-23). 15 moves.
      const moves = await compute(store, 'placement_moves', yearOf(collectionYear(2024)));
      expect(moves).toMatchObject({ value: 15, breakdowns: { place: { A6: 1, K2: 1, U4: 5, U5: 3, U6: 5 } } });
      expect(moves.children.map((r) => r.record_id)).toEqual([
        'F1/2', 'F1/3', 'F2/3', 'L1/2', 'L1/3', 'L1/4', 'M1/2', 'M1/3', 'M1/4', 'R1/2', 'S1/2', 'S1/3', 'S2/2', 'T2/2', 'W/3',
      ]);
      expect(moves.children.find((r) => r.record_id === 'W/3')).toMatchObject({ moved_on: '2023-10-01', rne: 'U', place: 'A6' });
    });
  });
});
