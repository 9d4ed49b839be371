import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { asAt, computeMeasure, computeOverPeriods, measureById, readMeasureReference, type MeasureReference } from '../../src';
import { lookupFile, ofstedFile, PLACEMENTS_LA, placementsLa } from './placementsLa';

type Store = Parameters<typeof computeMeasure>[0];

const compute = (store: Store, id: string, reference?: MeasureReference, date = '2024-03-31') =>
  computeMeasure(store, measureById(id)!, { laCode: PLACEMENTS_LA, period: asAt(date), ...(reference ? { reference } : {}) });
const pick = (rows: readonly Record<string, unknown>[], ...columns: string[]) =>
  rows.map((r) => [r['child_id'], ...columns.map((c) => r[c])]);

/*
 * Looked after on 31 March 2024 (placementsLa.ts): P1, P2, P3, P4, P5, P6, P7, P9, P11, P12.
 * Where each placement is, by the lookup (placementsFixtures/postcodeLookup.csv):
 *   P1 CW1 3AA -> 895 inside        P2 ST5 1AA -> county E10000028 = 860 outside
 *   P3 SK17 6AA -> E10000007 = 830 outside                 P4 CW1 3AA inside
 *   P5 CW2 9ZZ: neither the postcode nor its sector CW2 9 is in the lookup -> not known
 *   P6 CW1 2AA inside               P7 'CW1 3', a sector: the mean of CW1 3AA, inside
 *   P9 LL11 1AA: Wales, W06000006 -> outside                P11 no placement postcode on the R1 move -> not known
 *   P12 CW1 2AB inside (its retracted move to SK17 6AA never happened)
 * Known: 8 (P1, P2, P3, P4, P6, P7, P9, P12); outside: P2, P3, P9 = 3 of 8 = 37.5% -> 38.
 */
describe('placed outside the council\'s area', () => {
  it('places each placement postcode in its LA by the lookup; the children it cannot place are named, not counted', async () => {
    await withProjections(placementsLa(), async (store) => {
      const reference = await readMeasureReference(store, { postcodeLookup: lookupFile });
      const result = await compute(store, 'placed_outside_la_percent', reference);
      expect(result).toMatchObject({ value: 38, numerator: 3, denominator: 8 });
      expect(result.breakdowns['placement_la']).toEqual({ 830: 1, 860: 1, W06000006: 1 });
      expect(pick(result.children, 'location', 'placement_la', 'placement_located_by')).toEqual([
        ['P1', 'inside', '895', 'postcode'],
        ['P11', 'not known', null, null],
        ['P12', 'inside', '895', 'postcode'],
        ['P2', 'outside', '860', 'postcode'],
        ['P3', 'outside', '830', 'postcode'],
        ['P4', 'inside', '895', 'postcode'],
        ['P5', 'not known', null, null],
        ['P6', 'inside', '895', 'postcode'],
        ['P7', 'inside', '895', 'sector'],
        ['P9', 'outside', 'W06000006', 'postcode'],
      ]);
      expect(result.note).toBe("2 children whose placement the postcode lookup could not place in an LA are left out of the figure (location 'not known')");
    });
  });

  it('states no figure without a postcode lookup, and says so', async () => {
    await withProjections(placementsLa(), async (store) => {
      const result = await compute(store, 'placed_outside_la_percent');
      expect(result).toMatchObject({ value: null, numerator: 0, denominator: 0 });
      expect(result.note).toMatch(/^no children in the denominator; no postcode lookup file was supplied; 10 children/);
    });
  });
});

/*
 * More than 20 miles from home, UASC excluded, on 31 March 2024. With the lookup, straight lines between centroids
 * (on one meridian: difference in latitude x 69.094 miles):
 *   P1  home 'CW1 2' (sector mean 53.11) to CW1 3AA 53.20: 0.09 x 69.094 = 6.2        (its recorded 21 is not used)
 *   P2  CW1 2AA 53.10 to ST5 1AA 53.00: 0.10 x 69.094 = 6.9
 *   P3  CW1 2AB 53.12 to SK17 6AA 53.50: 0.38 x 69.094 = 26.3                           -> more than 20
 *   P4  UASC: left out (its recorded 150 is shown, not counted)
 *   P5  CW2 9ZZ is not in the lookup: its recorded 3.5
 *   P6  at home, CW1 2AA to CW1 2AA: 0.0
 *   P7  no home postcode and nothing recorded: distance_source 'none', left out and named
 *   P9  CW1 2AA (53.10, -2.44) to LL11 1AA (53.05, -3.00): haversine, 2 x 3958.8 x asin(sqrt(sin^2(0.025 deg)
 *       + cos(53.10 deg) cos(53.05 deg) sin^2(0.28 deg))) = 23.5                        -> more than 20
 *   P11 the R1 move has no postcode: its recorded 20, which is not MORE than 20
 *   P12 CW1 2AA 53.10 to CW1 2AB 53.12: 0.02 x 69.094 = 1.4 (the retracted move's 40 is gone)
 * Denominator P1, P2, P3, P5, P6, P9, P11, P12 = 8; numerator P3, P9 = 2: 25%.
 * Without the lookup only recorded distances: P1 21, P3 27 (recorded on its K2 move), P5 3.5, P11 20; P2, P6, P7,
 * P9 and P12 have none (P12's 40 was on the retracted move). 2 of 4 = 50%.
 */
describe('placed more than 20 miles from home', () => {
  it('measures from postcode centroids where it can, falls back on the recorded distance, and names children with neither', async () => {
    await withProjections(placementsLa(), async (store) => {
      const reference = await readMeasureReference(store, { postcodeLookup: lookupFile });
      const result = await compute(store, 'placed_over_20_miles_percent', reference);
      expect(result).toMatchObject({ value: 25, numerator: 2, denominator: 8 });
      expect(pick(result.children, 'distance_miles', 'distance_source', 'home_located_by', 'placement_located_by', 'in_denominator')).toEqual([
        ['P1', 6.2, 'postcode centroids', 'sector', 'postcode', true],
        ['P11', 20, 'recorded distance', 'postcode', null, true],
        ['P12', 1.4, 'postcode centroids', 'postcode', 'postcode', true],
        ['P2', 6.9, 'postcode centroids', 'postcode', 'postcode', true],
        ['P3', 26.3, 'postcode centroids', 'postcode', 'postcode', true],
        ['P4', 150, 'recorded distance', null, 'postcode', false],
        ['P5', 3.5, 'recorded distance', 'sector', null, true],
        ['P6', 0, 'postcode centroids', 'postcode', 'postcode', true],
        ['P7', null, 'none', null, 'sector', false],
        ['P9', 23.5, 'postcode centroids', 'postcode', 'postcode', true],
      ]);
      expect(result.children.filter((r) => r.in_numerator).map((r) => r.child_id)).toEqual(['P3', 'P9']);
      expect(result.note).toBe("distance from postcode centroids for 6, recorded on the placement for 2; 1 child with neither left out of the figure (distance_source 'none')");
    });
  });

  it('uses the distances recorded on the placements when no lookup is supplied, and says so', async () => {
    await withProjections(placementsLa(), async (store) => {
      const result = await compute(store, 'placed_over_20_miles_percent');
      expect(result).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
      expect(result.children.filter((r) => r.in_denominator).map((r) => [r.child_id, r['distance_miles']])).toEqual([['P1', 21], ['P11', 20], ['P3', 27], ['P5', 3.5]]);
      expect(result.note).toBe("no postcode lookup file was supplied; distance from postcode centroids for 0, recorded on the placement for 4; 5 children with neither left out of the figure (distance_source 'none')");
    });
  });
});

/*
 * Ofsted judgements (placementsFixtures/ofstedJudgements.csv): SC100001 Good 2023-06-01; 1000002 Outstanding
 * 2022-01-10 and Inadequate 2024-05-01; SC100003 Requires improvement 2023-01-01 and Good 2024-03-31 (written
 * sc100003); SC100012 Inadequate 2023-09-01; SC999999 not yet inspected (left out).
 * On 31 March 2024, placements with a URN on a type that has one: P1 (SC100001 Good), P2 (1000002: Outstanding, the
 * May 2024 Inadequate is after the date), P3 (SC100003: Good, inspected on the date), P4 (2000004: not in the file),
 * P5 (SC100001 Good), P12 (SC100012 Inadequate) = 6; not counted: P6 (P1, placed with parents, has no Ofsted URN
 * though one was recorded), P7 (A6, none recorded), P9 (XXXXXXX), P11 (R1). Good or outstanding: P1, P2, P3, P5 =
 * 4 of 6 = 66.7% -> 67.
 * On 30 March: P3's provider was Requires improvement; P10 (SC100003, Requires improvement) and P11 (U6, SC100001
 * Good) were in their placements: P1, P2, P5, P11 of P1, P2, P3, P4, P5, P10, P11, P12 = 4 of 8 = 50%.
 */
describe('placed with providers judged good or outstanding by Ofsted', () => {
  it('takes each provider\'s latest judgement on or before the date, over children placed with a registered provider', async () => {
    await withProjections(placementsLa(), async (store) => {
      const reference = await readMeasureReference(store, { ofstedJudgements: ofstedFile });
      const result = await compute(store, 'ofsted_good_or_outstanding_percent', reference);
      expect(result).toMatchObject({ value: 67, numerator: 4, denominator: 6 });
      expect(pick(result.children.filter((r) => r.in_denominator), 'urn', 'judgement', 'inspected_on', 'in_numerator')).toEqual([
        ['P1', 'SC100001', 'Good', '2023-06-01', true],
        ['P12', 'SC100012', 'Inadequate', '2023-09-01', false],
        ['P2', '1000002', 'Outstanding', '2022-01-10', true],
        ['P3', 'SC100003', 'Good', '2024-03-31', true],
        ['P4', '2000004', null, null, false],
        ['P5', 'SC100001', 'Good', '2023-06-01', true],
      ]);
      expect(result.breakdowns['judgement']).toEqual({ Good: 3, Outstanding: 1 });
      expect(result.note).toBe('1 child is placed with a provider that has no judgement on or before the date in the file (counted as not good or outstanding)');

      const dayBefore = await compute(store, 'ofsted_good_or_outstanding_percent', reference, '2024-03-30');
      expect(dayBefore).toMatchObject({ value: 50, numerator: 4, denominator: 8 });
      expect(dayBefore.children.find((r) => r.child_id === 'P3')).toMatchObject({ judgement: 'Requires improvement to be good', in_numerator: false });
    });
  });

  it('states no figure without a judgement file, and says so', async () => {
    await withProjections(placementsLa(), async (store) => {
      const result = await compute(store, 'ofsted_good_or_outstanding_percent');
      expect(result).toMatchObject({ value: null, denominator: 0, note: 'no children in the denominator; no Ofsted provider judgement file was supplied' });
    });
  });

  it('gives the same figures over several dates in one query as date by date, with the reference files', async () => {
    await withProjections(placementsLa(), async (store) => {
      const reference = await readMeasureReference(store, { postcodeLookup: lookupFile, ofstedJudgements: ofstedFile });
      const periods = [asAt('2024-03-30'), asAt('2024-03-31')];
      for (const id of ['placed_outside_la_percent', 'placed_over_20_miles_percent', 'ofsted_good_or_outstanding_percent']) {
        const measure = measureById(id)!;
        const together = await computeOverPeriods(store, measure, { laCode: PLACEMENTS_LA, periods, reference });
        const oneByOne = [];
        for (const period of periods) oneByOne.push(await computeMeasure(store, measure, { laCode: PLACEMENTS_LA, period, reference }));
        expect(together, id).toEqual(oneByOne);
      }
    });
  });
});
