import { describe, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { EpisodeSpec } from '../src/testing';

describe('episode derivation', () => {
  it('opens an episode on each placement or legal status change, with the 903 reason for new episode', async () => {
    const child = new ChildHistory('883', 'A1');
    child.details({ sex: 'F', dob: '2012-05-01', isMother: false });
    child.startCare('2023-06-01', { ls: 'C1', cin: 'N1', place: 'U6', provider: 'PR1', postcode: 'RM17 6AB', homePostcode: 'RM16 2AA' });
    child.move('2023-09-01', { place: 'U4', provider: 'PR4', reason: 'CARPL' });
    child.legalStatus('2023-12-01', 'C2');
    child.move('2024-02-10', { place: 'K2', provider: 'PR4', urn: 'SC123456', reason: 'CREQB' });
    child.legalStatus('2024-02-10', 'C2'); // same status again: not a change
    child.endCare('2024-03-20', 'E4A');
    await EpisodeSpec.given(child.events).whenDerived().thenEpisodes([
      { decom: '2023-06-01', rne: 'S', ls: 'C1', cin: 'N1', place: 'U6', place_provider: 'PR1', dec: '2023-09-01', rec: 'X1', reason_place_change: 'CARPL', home_post: 'RM16 2AA', pl_post: 'RM17 6AB', urn: null },
      { decom: '2023-09-01', rne: 'P', ls: 'C1', cin: 'N1', place: 'U4', place_provider: 'PR4', dec: '2023-12-01', rec: 'X1', reason_place_change: null, home_post: 'RM16 2AA', pl_post: null, urn: null },
      { decom: '2023-12-01', rne: 'L', ls: 'C2', cin: 'N1', place: 'U4', place_provider: 'PR4', dec: '2024-02-10', rec: 'X1', reason_place_change: 'CREQB', home_post: 'RM16 2AA', pl_post: null, urn: null },
      { decom: '2024-02-10', rne: 'P', ls: 'C2', cin: 'N1', place: 'K2', place_provider: 'PR4', dec: '2024-03-20', rec: 'E4A', reason_place_change: null, home_post: 'RM16 2AA', pl_post: null, urn: 'SC123456' },
    ], 'A1');
  });

  it('codes simultaneous changes B, and same-carer changes T and U', async () => {
    const child = new ChildHistory('883', 'B1');
    child.details({ dob: '2015-01-01' });
    child.startCare('2022-01-10', { ls: 'V2', place: 'U6' });
    child.legalStatus('2022-03-01', 'C1');
    child.move('2022-03-01', { place: 'U4', reason: 'CARPL' });
    child.move('2022-08-01', { place: 'U5', sameCarer: true, reason: 'PLACE' });
    child.legalStatus('2023-01-05', 'E1');
    child.move('2023-01-05', { place: 'A5', sameCarer: true, reason: 'CARPL' });
    await EpisodeSpec.given(child.events).whenDerived().thenEpisodes([
      { decom: '2022-01-10', rne: 'S', ls: 'V2', place: 'U6', dec: '2022-03-01', rec: 'X1' },
      { decom: '2022-03-01', rne: 'B', ls: 'C1', place: 'U4', dec: '2022-08-01', rec: 'X1' },
      { decom: '2022-08-01', rne: 'T', ls: 'C1', place: 'U5', dec: '2023-01-05', rec: 'X1' },
      { decom: '2023-01-05', rne: 'U', ls: 'E1', place: 'A5', dec: null, rec: null },
    ], 'B1');
  });

  it('re-derives a child when a correction arrives later, replacing or retracting earlier facts', async () => {
    const child = new ChildHistory('883', 'C1');
    child.details({ dob: '2010-01-01' });
    const start = child.startCare('2024-03-28', { ls: 'V2', place: 'U6' });
    const wrongMove = child.move('2024-05-01', { place: 'R1', reason: 'OTHER' });
    child.endCare('2024-09-30', 'E13');
    await EpisodeSpec.given(child.events).whenDerived().thenEpisodes([{ rne: 'S' }, { rne: 'P' }], 'C1');

    const later = new ChildHistory('883', 'C1');
    later.retract(wrongMove, '2025-01-15');
    later.replace(start, '2025-01-15', { type: 'PeriodOfCareStarted', occurredAt: '2024-04-02', payload: { legalStatus: 'C1', categoryOfNeed: 'N2', placementType: 'U6' } });
    await EpisodeSpec.given(child.events).when(later.events).thenEpisodes([
      { decom: '2024-04-02', rne: 'S', ls: 'C1', cin: 'N2', place: 'U6', dec: '2024-09-30', rec: 'E13' },
    ], 'C1');
  });

  it('keeps the first copy of a repeated event id and starts a new period after a cease', async () => {
    const child = new ChildHistory('883', 'D1');
    child.details({ dob: '2009-07-07' });
    child.startCare('2023-05-01', { ls: 'V2', place: 'U6' });
    child.endCare('2023-06-01', 'E4A');
    child.startCare('2023-11-01', { ls: 'C1', place: 'U4' });
    await EpisodeSpec.given(child.events).when(child.events)
      .thenEpisodes([
        { decom: '2023-05-01', rne: 'S', dec: '2023-06-01', rec: 'E4A' },
        { decom: '2023-11-01', rne: 'S', dec: null, rec: null },
      ], 'D1')
      .thenRows('SELECT count(*)::INTEGER AS n FROM events', [{ n: child.events.length }]);
  });

  it('projects child details, reviews and missing episodes, and flags a date of birth after the care start', async () => {
    const child = new ChildHistory('883', 'E1');
    child.details({ dob: '2011-02-03', sex: 'F', upn: 'UN4' }, '2020-01-01');
    child.startCare('2020-01-01', { ls: 'C1', place: 'U6' });
    child.details({ dob: '2011-02-03', sex: 'F', upn: 'A123456789012' }, '2020-02-01');
    child.review('2020-01-25', 'PN1');
    child.missing('m1', '2020-03-01', '2020-03-03', 'A');
    child.missing('m2', '2020-04-01');
    const late = new ChildHistory('883', 'F1');
    late.details({ dob: '2021-01-01' }, '2021-01-01');
    late.startCare('2020-06-01', { ls: 'C1', place: 'U6' });
    await EpisodeSpec.given([...child.events, ...late.events]).whenDerived()
      .thenRows('SELECT child_id, upn, sex FROM children ORDER BY child_id', [
        { child_id: 'E1', upn: 'A123456789012', sex: 'F' },
        { child_id: 'F1', upn: 'UN1', sex: 'M' },
      ])
      .thenRows(`SELECT strftime(review_date, '%Y-%m-%d') AS d, review_code FROM reviews`, [{ d: '2020-01-25', review_code: 'PN1' }])
      .thenRows(`SELECT missing_episode_id AS id, missing_type AS t, strftime(mis_start, '%Y-%m-%d') AS s, strftime(mis_end, '%Y-%m-%d') AS e FROM missing_episodes ORDER BY id`, [
        { id: 'm1', t: 'A', s: '2020-03-01', e: '2020-03-03' },
        { id: 'm2', t: 'M', s: '2020-04-01', e: null },
      ])
      .thenRows('SELECT child_id, field, reason FROM data_quality_issues', [
        { child_id: 'F1', field: 'dateOfBirth', reason: 'date of birth 2021-01-01 is after the period of care started on 2020-06-01' },
      ]);
  });
});
