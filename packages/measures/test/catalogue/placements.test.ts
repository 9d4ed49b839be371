import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { codesOf, collectionYear, placementCodeForYear } from '@careledger/ssda903';
import { asAt, computeMeasure, measureById, placementGroup, placementGroupsSql, PLACEMENT_GROUPS } from '../../src';
import { PLACEMENTS_LA, placementsLa } from './placementsLa';

const compute = (store: Parameters<typeof computeMeasure>[0], id: string, date = '2024-03-31') =>
  computeMeasure(store, measureById(id)!, { laCode: PLACEMENTS_LA, period: asAt(date) });
const numerator = (rows: readonly { child_id: string; in_numerator: boolean }[]) => rows.filter((r) => r.in_numerator).map((r) => r.child_id);

describe('the placement grouping rule', () => {
  it('groups fostering by provider and every other placement by its type alone', () => {
    expect(placementGroup('U4', 'PR1')).toBe('in_house_fostering');
    // Family and friends carers the council approved are in-house (Cheshire East P2.1 "including friends and family").
    expect(placementGroup('U1', 'PR1')).toBe('in_house_fostering');
    // Another LA's carers are external, as Thurrock counts them ("approved by ... other local authorities").
    expect(placementGroup('U6', 'PR2')).toBe('external_fostering');
    expect(placementGroup('U5', 'PR5')).toBe('external_fostering');
    expect(placementGroup('U4', undefined)).toBe('fostering_provider_not_recorded');
    expect(placementGroup('K2', 'PR1')).toBe('residential');
    expect(placementGroup('K2', 'PR4')).toBe('residential');
    expect(placementGroup('R5', undefined)).toBe('residential');
    expect(placementGroup('K3', 'PR4')).toBe('supported_accommodation');
    expect(placementGroup('A5', 'PR1')).toBe('placed_for_adoption');
    expect(placementGroup('P1', 'PR0')).toBe('placed_with_parents');
    expect(placementGroup('Z12', undefined)).toBe('other');
    expect(placementGroup('Q1', 'PR1')).toBeUndefined();
  });

  it('gives every PLACE code of every year a group, the same group as any year\'s 903 recodes it to', () => {
    const places = codesOf('placementType');
    for (const place of places) expect(placementGroup(place, 'PR1'), place).toBeDefined();
    // H5 is reported as K3 from 2024-25 and K3 as H5 in 2023-24; P2 and Z1 become '' (a decision to record): a code's
    // group never changes with the year that reports it.
    for (let endYear = 2018; endYear <= 2027; endYear++) {
      for (const place of places) {
        const reported = placementCodeForYear(place, collectionYear(endYear));
        if (reported !== '') expect(placementGroup(reported, 'PR4'), `${place} in ${endYear} as ${reported}`).toBe(placementGroup(place, 'PR4'));
      }
    }
    // The relation the cohort reads: one row per code and provider (six and none), each with a group of the list.
    const sql = placementGroupsSql();
    expect(sql.match(/\('[A-Z0-9]+', '(PR[0-5])?', '[a-z_]+', (true|false)\)/g)).toHaveLength(places.length * 7);
    for (const group of sql.matchAll(/, '([a-z_]+)', (?:true|false)\)/g)) expect(Object.keys(PLACEMENT_GROUPS)).toContain(group[1]);
  });
});

/*
 * As at 31 March 2024 (placementsLa.ts): looked after P1, P2, P3, P4, P5, P6, P7, P9, P11, P12 = 10 children.
 * P8 is on a short break; P10 ceased on the date (ceasing on the date is not being looked after); P11 moved on the
 * date, so its new R1 placement describes it; P12's move to K2 was retracted, so it is still in U4 with PR1.
 *   in_house_fostering               P1 (U4 PR1), P5 (U1 PR1), P12 (U4 PR1)          3
 *   external_fostering               P2 (U6 PR4)                                      1
 *   fostering_provider_not_recorded  P9 (U4, no provider)                             1
 *   residential                      P3 (K2), P11 (R1)                                2
 *   supported_accommodation          P4 (K3)                                          1
 *   placed_with_parents              P6 (P1)                                          1
 *   placed_for_adoption              P7 (A6)                                          1   -> 10
 */
describe('children looked after by placement group', () => {
  it('counts every child looked after once, in the group of the placement they were in on the date', async () => {
    await withProjections(placementsLa(), async (store) => {
      const result = await compute(store, 'cla_by_placement_group_at_date');
      expect(result.value).toBe(10);
      expect(result.breakdowns['placement_group']).toEqual({
        external_fostering: 1, fostering_provider_not_recorded: 1, in_house_fostering: 3, placed_for_adoption: 1,
        placed_with_parents: 1, residential: 2, supported_accommodation: 1,
      });
      // By type: U4 P1, P9, P12; by provider: PR1 P1, P5, P7, P12; PR4 P2, P3, P4; P9 has none recorded.
      expect(result.breakdowns['place']).toEqual({ A6: 1, K2: 1, K3: 1, P1: 1, R1: 1, U1: 1, U4: 3, U6: 1 });
      expect(result.breakdowns['place_provider']).toEqual({ 'Not recorded': 1, PR0: 1, PR1: 4, PR3: 1, PR4: 3 });
      expect(result.children.find((r) => r.child_id === 'P11')).toMatchObject({ episode_started: '2024-03-31', place: 'R1', place_provider: 'PR3', placement_group: 'residential' });
      expect(result.children.find((r) => r.child_id === 'P12')).toMatchObject({ episode_started: '2023-01-01', place: 'U4', placement_group: 'in_house_fostering' });
    });
  });

  it('in-house fostering (P2.1) includes family and friends; external fostering (P2.2) is the other providers', async () => {
    await withProjections(placementsLa(), async (store) => {
      const inHouse = await compute(store, 'cla_in_house_fostering_at_date');
      expect(inHouse.value).toBe(3);
      expect(numerator(inHouse.children)).toEqual(['P1', 'P12', 'P5']);
      // Every child looked after is a row: the drill-through shows who is not in it and why (their group).
      expect(inHouse.children).toHaveLength(10);
      const external = await compute(store, 'cla_external_fostering_at_date');
      expect(external.value).toBe(1);
      expect(numerator(external.children)).toEqual(['P2']);
      // P9, a foster placement with no provider, is in neither: its group names it.
      expect(external.children.find((r) => r.child_id === 'P9')).toMatchObject({ in_numerator: false, placement_group: 'fostering_provider_not_recorded' });
    });
  });

  it('on 30 March P11 was still with in-house foster carers and P10 still in its children\'s home', async () => {
    await withProjections(placementsLa(), async (store) => {
      // 30 March: P1, P2, P3, P4, P5, P6, P7, P9, P10, P11, P12 (11); in-house P1, P5, P11, P12 = 4.
      expect((await compute(store, 'cla_in_house_fostering_at_date', '2024-03-30')).value).toBe(4);
      // Residential: P3 and P10 (K2) = 2 of 11 = 18.2% -> 18.
      expect(await compute(store, 'residential_care_percent', '2024-03-30')).toMatchObject({ value: 18, numerator: 2, denominator: 11 });
    });
  });

  it('residential care (P2.4): children\'s homes and other residential settings over all children looked after', async () => {
    await withProjections(placementsLa(), async (store) => {
      const result = await compute(store, 'residential_care_percent');
      // P3 (K2) and P11 (R1, from the date) of 10 = 20%. Had P12's retracted move to K2 stood, 3 of 10.
      expect(result).toMatchObject({ value: 20, numerator: 2, denominator: 10 });
      expect(numerator(result.children)).toEqual(['P11', 'P3']);
      expect(result.breakdowns['place']).toEqual({ K2: 1, R1: 1 });
      expect(result.note).toBeUndefined();
    });
  });
});
