import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { generateHistory } from '@careledger/synthetic';
import { collectionYear } from '@careledger/ssda903';
import { asAt, threeYearRolling, yearOf, computeMeasure, defineMeasure, lookedAfterAt, MEASURES, measureById, yearToDate } from '../../src';
import { LA, POPULATION, relevantCareLeaver, smallLaWithLeavers } from './smallLa';

describe('the measure catalogue', () => {
  it('has one entry per id, each with its definition sentence, found by id', () => {
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const measure of MEASURES) {
      expect(measureById(measure.id)).toBe(measure);
      expect(measure.definition.length).toBeGreaterThan(40);
      for (const column of measure.breakdowns) expect(Object.keys(measure.columns)).toContain(column);
    }
  });

  it('every measure returns only its documented columns, one row per child, on a real LA', async () => {
    // The hand-made LA and a synthetic one of the same code (care leavers, health, reviews, adoptions of every kind),
    // with a relevant child neither has.
    const synthetic = generateHistory({ laCode: LA, asAt: '2024-06-30', childrenInCare: 120, seed: 11 }).events;
    await withProjections([...smallLaWithLeavers(), ...relevantCareLeaver(), ...synthetic], async (store) => {
      for (const measure of MEASURES) {
        const period = measure.timing === 'pointInTime' ? asAt('2024-03-31')
          : measure.periods.includes('yearToDate') ? yearToDate('2024-03-31')
          : measure.periods.includes('year') ? yearOf(collectionYear(2024)) : threeYearRolling(collectionYear(2024));
        const result = await computeMeasure(store, measure, { laCode: LA, period, population: POPULATION });
        expect(result.children.length, measure.id).toBeGreaterThan(0);
        expect(result.numerator, measure.id).toBe(result.children.filter((c) => c.in_numerator).length);
      }
    });
  });

  it('refuses a measure whose SQL returns a column its definition does not document', async () => {
    const undocumented = defineMeasure({
      id: 'undocumented', title: 't', definition: 'd', source: 'local', unit: 'count', polarity: 'neutral', timing: 'pointInTime',
      cohort: lookedAfterAt, numerator: 'n', periods: ['asAt'], columns: { ls: 'legal status' },
      // Returns place as well as ls: the drill-through would show what the definition does not say.
      sqlFile: new URL('./undocumentedColumn.sql', import.meta.url),
    });
    await withProjections(smallLaWithLeavers(), async (store) => {
      await expect(computeMeasure(store, undocumented, { laCode: LA, period: asAt('2024-03-31') }))
        .rejects.toMatchObject({ kind: 'internal', code: 'measure.columns' });
    });
  });

  it('counts records, one row each, when a measure says it counts records; a mean is to one decimal', async () => {
    const base = {
      title: 't', definition: 'd', source: 'local', polarity: 'neutral', timing: 'pointInTime', cohort: lookedAfterAt,
      numerator: 'n', periods: ['asAt'], counts: 'placementMoves',
    } as const;
    const moves = defineMeasure({ ...base, id: 'moves', unit: 'percent', columns: { decom: 'd', episode_no: 'n' }, sqlFile: new URL('./recordRows.sql', import.meta.url) });
    const meanEpisode = defineMeasure({ ...base, id: 'mean_episode', unit: 'mean', meanOf: 'episode_no', columns: { decom: 'd', episode_no: 'n' }, sqlFile: new URL('./recordRows.sql', import.meta.url) });
    await withProjections(smallLaWithLeavers(), async (store) => {
      // At 31 March 2024: A (3 episodes: S, P, P), C (S; S), E (S), H (S) -> 7 episodes, 2 of them P moves: 2/7 = 29%.
      const result = await computeMeasure(store, moves, { laCode: LA, period: asAt('2024-03-31') });
      expect(result).toMatchObject({ value: 29, numerator: 2, denominator: 7 });
      expect(result.children.filter((r) => r.child_id === 'A').map((r) => r.record_id)).toEqual(['A/1', 'A/2', 'A/3']);
      // The mean episode number of the two P moves, A/2 and A/3: 2.5.
      expect((await computeMeasure(store, meanEpisode, { laCode: LA, period: asAt('2024-03-31') })).value).toBe(2.5);
      const duplicate = defineMeasure({ ...base, id: 'duplicate', unit: 'count', columns: {}, sqlFile: new URL('./recordRowsDuplicate.sql', import.meta.url) });
      await expect(computeMeasure(store, duplicate, { laCode: LA, period: asAt('2024-03-31') })).rejects.toMatchObject({ code: 'measure.duplicate_row' });
    });
    expect(() => defineMeasure({ ...base, id: 'bad_mean', unit: 'mean', columns: { decom: 'd' }, sqlFile: new URL('./recordRows.sql', import.meta.url) })).toThrow(/meanOf/);
  });
});
