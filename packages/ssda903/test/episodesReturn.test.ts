import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { EpisodeSpec } from '@careledger/projections/testing';
import { collectionYear, csvCells, selectSsda903Tables, type ReturnScope } from '../src';

/** The Episodes rows of `scope`'s return, as the year's 903 file has them, from real projections of `events`. */
function episodesOf(events: ChildHistory['events'], scope: ReturnScope, check: (rows: Record<string, string>[]) => void): EpisodeSpec {
  return EpisodeSpec.given(events).whenDerived().thenStore(async (store) => {
    const tables = await selectSsda903Tables(store, scope);
    check(tables.episodes.map((row) => csvCells('episodes', row, scope.year)));
  });
}

const y2024 = { laCode: '990', year: collectionYear(2024), asAt: '2024-06-30' } as const;

describe('short breaks in the Episodes table', () => {
  it('leave HOME_POST, PL_POST and URN blank on V3 and V4 episodes, whatever was recorded', async () => {
    const child = new ChildHistory('990', 'SB1');
    child.details({ sex: 'F', dob: '2012-05-01' });
    child.startCare('2023-06-01', { ls: 'V3', cin: 'N2', place: 'K2', provider: 'PR4', postcode: 'RM17 6AB', urn: 'SC123456', homePostcode: 'RM16 2AA' });
    child.endCare('2023-06-04', 'E13');
    child.startCare('2023-09-01', { ls: 'V4', cin: 'N2', place: 'K2', provider: 'PR4', postcode: 'RM17 6AB', urn: 'SC123456', homePostcode: 'RM16 2AA' });
    child.endCare('2023-09-03', 'E13');
    // The same placement under a care order is not a short break: its postcodes and URN are the DfE's to have.
    child.startCare('2024-01-10', { ls: 'C1', cin: 'N2', place: 'K2', provider: 'PR4', postcode: 'RM17 6AB', urn: 'SC123456', homePostcode: 'RM16 2AA' });
    await episodesOf(child.events, y2024, (rows) => {
      expect(rows.map(({ LS, HOME_POST, PL_POST, URN }) => ({ LS, HOME_POST, PL_POST, URN }))).toEqual([
        { LS: 'V3', HOME_POST: '', PL_POST: '', URN: '' },
        { LS: 'V4', HOME_POST: '', PL_POST: '', URN: '' },
        { LS: 'C1', HOME_POST: 'RM16 2AA', PL_POST: 'RM17 6AB', URN: 'SC123456' },
      ]);
    });
  });
});
