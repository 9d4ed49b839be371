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

const scope = (endYear: number, asAt: string): ReturnScope => ({ laCode: '990', year: collectionYear(endYear), asAt });
const placeAndIssues = (rows: Record<string, string>[], issues: ReturnIssue[]) => ({
  episodes: rows.map(({ DECOM, RNE, LS, PLACE }) => `${DECOM} ${RNE} ${LS} ${PLACE || '-'}`),
  issues: issues.map(({ kind, childId, decom, field, code }) => `${kind} ${childId} ${decom} ${field} ${code}`),
});

describe('placement codes the DfE withdrew', () => {
  function independentLiving() {
    const child = new ChildHistory('990', 'P2A');
    child.details({ sex: 'M', dob: '2006-09-01' });
    child.startCare('2023-06-01', { ls: 'V2', cin: 'N4', place: 'P2', provider: 'PR4' });
    return child;
  }

  it('P2 is written in 2023-24, and from 2024-25 goes out blank with a decision needed naming child, DECOM and code', async () => {
    const child = independentLiving();
    await episodesOf(child.events, scope(2024, '2024-06-30'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({ episodes: ['01/06/2023 S V2 P2'], issues: [] });
    });
    await episodesOf(child.events, scope(2025, '2025-06-30'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({
        episodes: ['01/06/2023 S V2 -'],
        issues: ['decision_needed P2A 2023-06-01 PLACE P2'],
      });
      expect(issues[0]!.reason).toMatch(/^placement type P2 is not a 2024-25 placement code and no reclassification is recorded: record what the placement is now: a PlacementReclassified/);
    });
  });

  it('P2 reclassified as K3 is written K3 in 2024-25, which then needs the provider\'s URN', async () => {
    const child = independentLiving();
    child.record('PlacementReclassified', '2024-05-01', { place: 'K3' });
    await episodesOf(child.events, scope(2025, '2025-06-30'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({
        episodes: ['01/06/2023 S V2 K3'],
        issues: ['data_quality P2A 2023-06-01 URN K3'],
      });
    });
  });

  function otherPlacement() {
    const child = new ChildHistory('990', 'Z1A');
    child.details({ sex: 'F', dob: '2009-01-01' });
    child.startCare('2024-09-01', { ls: 'C1', cin: 'N1', place: 'Z1', provider: 'PR4', urn: 'SC123456' });
    return child;
  }

  it('an open Z1 episode carried into 2025-26 is never written Z1: blank with a decision needed until reclassified', async () => {
    const child = otherPlacement();
    await episodesOf(child.events, scope(2025, '2025-06-30'), (rows, issues) => {
      // Z1 has no URN in the 903 whatever was recorded.
      expect(rows.map((r) => r.URN)).toEqual(['']);
      expect(placeAndIssues(rows, issues)).toEqual({ episodes: ['01/09/2024 S C1 Z1'], issues: [] });
    });
    await episodesOf(child.events, scope(2026, '2026-06-30'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({
        episodes: ['01/09/2024 S C1 -'],
        issues: ['decision_needed Z1A 2024-09-01 PLACE Z1'],
      });
      expect(issues[0]!.reason).toContain('record a PlacementReclassified to Z11, Z12, Z13 or Z14');
    });
  });

  it('a reclassification recodes the open episode from the first return whose cutoff it precedes, and opens no episode', async () => {
    const child = otherPlacement();
    child.record('PlacementReclassified', '2025-06-01', { place: 'Z12' });
    child.legalStatus('2025-09-01', 'C2');
    // The 2024-25 return is cut off before the reclassification: Z1, as that year's code list has it.
    await episodesOf(child.events, scope(2025, '2025-06-30'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({ episodes: ['01/09/2024 S C1 Z1'], issues: [] });
    });
    // Run on 1 May 2025, the 2025-26 return does not yet know of it.
    await episodesOf(child.events, scope(2026, '2025-05-01'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({ episodes: ['01/09/2024 S C1 -'], issues: ['decision_needed Z1A 2024-09-01 PLACE Z1'] });
    });
    // The full year: the carried episode is Z12 (rule 503D accepts Z1 then Z12), and the legal status change
    // opens an L episode in the same, reclassified, placement.
    await episodesOf(child.events, scope(2026, '2026-06-30'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({ episodes: ['01/09/2024 S C1 Z12', '01/09/2025 L C2 Z12'], issues: [] });
    });
  });

  it('H5 is still written K3 from 2024-25 with no decision needed', async () => {
    const child = new ChildHistory('990', 'H5A');
    child.details({ sex: 'M', dob: '2007-01-01' });
    child.startCare('2023-05-01', { ls: 'V2', cin: 'N4', place: 'H5', provider: 'PR4', urn: 'SC222333' });
    await episodesOf(child.events, scope(2025, '2025-06-30'), (rows, issues) => {
      expect(placeAndIssues(rows, issues)).toEqual({ episodes: ['01/05/2023 S V2 K3'], issues: [] });
      expect(rows.map((r) => r.URN)).toEqual(['SC222333']);
    });
  });
});

describe('a reclassification in the derivation', () => {
  it('is kept against the episode open on its date, and one after the period of care ended is a data-quality issue', async () => {
    const child = new ChildHistory('990', 'RC1');
    child.details({ sex: 'F', dob: '2009-01-01' });
    child.startCare('2024-09-01', { ls: 'C1', cin: 'N1', place: 'Z1' });
    child.move('2025-01-10', { place: 'U6', reason: 'CARPL' });
    child.record('PlacementReclassified', '2025-01-10', { place: 'U4' });
    child.endCare('2025-05-01', 'E13');
    child.record('PlacementReclassified', '2025-06-01', { place: 'Z12' });
    await EpisodeSpec.given(child.events).whenDerived()
      // Recorded after the move on the same day, it classifies the new placement, from its first day.
      .thenEpisodes([{ decom: '2024-09-01', place: 'Z1' }, { decom: '2025-01-10', place: 'U4' }], 'RC1')
      .thenRows(`SELECT strftime(decom, '%Y-%m-%d') AS decom, strftime(reclassified_on, '%Y-%m-%d') AS reclassified_on, place
                 FROM placement_reclassifications`, [{ decom: '2025-01-10', reclassified_on: '2025-01-10', place: 'U4' }])
      .thenRows('SELECT field, reason FROM data_quality_issues', [
        { field: 'type', reason: 'PlacementReclassified on 2025-06-01 is outside any period of care' },
      ]);
  });
});
