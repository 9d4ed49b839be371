import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { EpisodeSpec } from '@careledger/projections/testing';
import { collectionYear, csvCells, selectReturnIssues, selectSsda903Tables, type ReturnIssue, type ReturnScope } from '../src';

/** The Episodes rows of `scope`'s return, as the year's 903 file has them, from real projections of `events`. */
function episodesOf(
  events: ChildHistory['events'], scope: ReturnScope,
  check: (rows: Record<string, string>[], issues: ReturnIssue[]) => void,
): EpisodeSpec {
  return EpisodeSpec.given(events).whenDerived().thenStore(async (store) => {
    const tables = await selectSsda903Tables(store, scope);
    const issues = await selectReturnIssues(store, scope);
    check(tables.episodes.map((row) => csvCells('episodes', row, scope.year)), issues);
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

describe('the Ofsted URN in the Episodes table', () => {
  it('is printed as recorded for fostering, adoption and children\'s homes, and never for placements the DfE gives none', async () => {
    const child = new ChildHistory('990', 'U1');
    child.details({ sex: 'M', dob: '2010-02-01' });
    child.startCare('2023-05-01', { ls: 'C2', cin: 'N1', place: 'U4', provider: 'PR4', urn: 'SC654321' });
    child.move('2023-07-01', { place: 'R1', provider: 'PR4', urn: '1234567', reason: 'CARPL' });
    child.move('2023-08-01', { place: 'A4', provider: 'PR2', urn: 'SC111222', reason: 'CARPL' });
    child.move('2023-09-01', { place: 'T3', provider: 'PR4', urn: 'SC111333', reason: 'CARPL' });
    child.move('2023-09-10', { place: 'K2', provider: 'PR4', urn: 'XXXXXXX', reason: 'CARPL' });
    child.move('2023-11-01', { place: 'P1', provider: 'PR0', urn: 'SC999888', reason: 'CARPL' });
    await episodesOf(child.events, y2024, (rows, issues) => {
      expect(rows.map(({ PLACE, URN }) => ({ PLACE, URN }))).toEqual([
        { PLACE: 'U4', URN: 'SC654321' },
        { PLACE: 'R1', URN: '' },
        { PLACE: 'A4', URN: 'SC111222' },
        { PLACE: 'T3', URN: '' },
        // The DfE's URN for a registered placement whose provider has none is printed as recorded.
        { PLACE: 'K2', URN: 'XXXXXXX' },
        { PLACE: 'P1', URN: '' },
      ]);
      expect(issues).toEqual([]);
    });
  });

  it('goes out blank where required but not recorded, and the return names the child, episode and field', async () => {
    const child = new ChildHistory('990', 'U2');
    child.details({ sex: 'F', dob: '2011-03-01' });
    child.startCare('2023-02-01', { ls: 'C1', cin: 'N1', place: 'U6', provider: 'PR1' });
    child.move('2023-06-01', { place: 'P1', provider: 'PR0', reason: 'CARPL' });
    child.move('2024-01-15', { place: 'K2', provider: 'PR4', reason: 'CARPL' });
    const short = new ChildHistory('990', 'U3');
    short.details({ sex: 'F', dob: '2011-03-01' });
    // A short break needs no URN, so its absence is not an issue.
    short.startCare('2023-06-01', { ls: 'V3', cin: 'N2', place: 'K2', provider: 'PR4' });
    short.endCare('2023-06-03', 'E13');
    await episodesOf([...child.events, ...short.events], y2024, (rows, issues) => {
      expect(rows.map(({ CHILD, DECOM, PLACE, URN }) => ({ CHILD, DECOM, PLACE, URN }))).toEqual([
        { CHILD: 'U2', DECOM: '01/02/2023', PLACE: 'U6', URN: '' },
        { CHILD: 'U2', DECOM: '01/06/2023', PLACE: 'P1', URN: '' },
        { CHILD: 'U2', DECOM: '15/01/2024', PLACE: 'K2', URN: '' },
        { CHILD: 'U3', DECOM: '01/06/2023', PLACE: 'K2', URN: '' },
      ]);
      expect(issues).toEqual([
        expect.objectContaining({ kind: 'data_quality', childId: 'U2', decom: '2023-02-01', field: 'URN', code: 'U6' }),
        expect.objectContaining({ kind: 'data_quality', childId: 'U2', decom: '2024-01-15', field: 'URN', code: 'K2' }),
      ]);
      expect(issues[0]!.reason).toMatch(/record the provider's Ofsted URN \(XXXXXXX if it has none\)/);
    });
  });
});
