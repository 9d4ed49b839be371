import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear } from '@careledger/ssda903';
import { asAt, computeMeasure, measureById, yearOf, yearToDate, type MeasureResult, type Period } from '../../src';
import { LA } from './smallLa';
import { stabilityLa } from './stabilityLa';

// The local stability variants and social worker stability (the DfE placement measures are in stability.test.ts).
// The children and their histories are in stabilityLa.ts. Looked after on 31 March 2024 (S6 is on a short break, L1
// left on 1 February): S1, S2, S3, S4, S4b, S5, S8, T1, T2, R1, M1, F1, F2, Y18, W, B25, B25b, C2y, C2yb = 19.

const at = asAt('2024-03-31');
type Store = Parameters<typeof computeMeasure>[0];
const compute = (store: Store, id: string, period: Period = at) => computeMeasure(store, measureById(id)!, { laCode: LA, period });
const members = (result: MeasureResult) => ({
  numerator: result.children.filter((r) => r.in_numerator).map((r) => r.child_id),
  denominator: result.children.filter((r) => r.in_denominator).map((r) => r.child_id),
});

describe('long-term stability, local variant', () => {
  it('under 16 however long in care (Thurrock): no condition of 2.5 years in care', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // Every child under 16 looked after on the date: all 19 less S4 (16) and Y18 (18) = 17. Numerator, with the
      // same carers since 31 March 2022 or before: the seven of the DfE measure (B25, C2y, S3, S4b, S8 and W with the
      // placement before their adoptive one, T1 through his temporary absences) and B25b (same carers since
      // 2021-10-01, though a day short of 2.5 years in care) = 8. S5 (with her carers since September 2022), R1, M1, F1, F2 are in the denominator only: 8/17 =
      // 47.1% -> 47.
      const anyTime = await compute(store, 'long_term_stability_any_time_in_care_percent');
      expect(anyTime).toMatchObject({ value: 47, numerator: 8, denominator: 17 });
      expect(members(anyTime).numerator).toEqual(['B25', 'B25b', 'C2y', 'S3', 'S4b', 'S8', 'T1', 'W']);
    });
  });
});

describe('placement moves (Thurrock)', () => {
  it('three or more moves in the year, of the children looked after at its end', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // 2023-24, the 19 looked after on 31 March 2024: only M1 moved three times (S1 and F1 had three placements but
      // two moves; L1 moved three times but left care): 1/19 = 5.3% -> 5.
      const year = await compute(store, 'placement_moves_3plus_percent', yearOf(collectionYear(2024)));
      expect(year).toMatchObject({ value: 5, numerator: 1, denominator: 19 });
      expect(year.children.find((r) => r.child_id === 'M1')).toMatchObject({ moves: 3, move_dates: '2023-06-01 2023-09-01 2024-01-10' });
      expect(year.children.find((r) => r.child_id === 'S3')).toMatchObject({ moves: 0, move_dates: null });
      // The year to 30 September 2023: L1 was still looked after (moves in June, July and August); M1 had moved
      // twice. Looked after on 30 September: the 19 and L1 = 20: 1/20 = 5%.
      const toDate = await compute(store, 'placement_moves_3plus_percent', yearToDate('2023-09-30'));
      expect(members(toDate).numerator).toEqual(['L1']);
      expect(toDate).toMatchObject({ value: 5, denominator: 20 });
    });
  });
});

describe('three or more social workers in the year (DfE)', () => {
  it('counts different workers allocated on any day of the twelve months, before care too', async () => {
    await withProjections(stabilityLa(), async (store) => {
      // S1: SW1 (from 2021, still allocated on 1 April), SW2, SW3 = 3. S2: SWA (until SWB took over on 1 April, the
      // first day), SWB, SWC = 3. M1: SWI (allocated before he came into care, until 1 May), SWJ, SWK = 3. S3: SWE's
      // allocation ended on 31 March 2023, before the year: only SWF = 1. S8: SWG twice and SWH = 2. The rest have
      // none recorded. 3/19 = 15.8% -> 16.
      const result = await compute(store, 'social_workers_3plus_percent');
      expect(result).toMatchObject({ value: 16, numerator: 3, denominator: 19 });
      expect(members(result).numerator).toEqual(['M1', 'S1', 'S2']);
      expect(result.children.filter((r) => ['M1', 'S2', 'S3', 'S8'].includes(r.child_id)).map((r) => [r.child_id, r.social_workers, r.allocated_from])).toEqual([
        ['M1', 3, '2023-02-01 2023-05-01 2023-08-01'],
        ['S2', 3, '2021-06-01 2023-04-01 2023-10-01'],
        ['S3', 1, '2023-03-31'],
        ['S8', 2, '2021-01-01 2023-06-01'],
      ]);
    });
  });
});
