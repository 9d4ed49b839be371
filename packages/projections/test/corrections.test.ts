import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { ProjectionStore } from '../src';
import { EpisodeSpec, foldInBatches, projectionSnapshot } from '../src/testing';

/** Interleaves the children's histories one event at a time, keeping each child's own order. */
function interleave(...histories: readonly (readonly CaseEvent[])[]): CaseEvent[] {
  const merged: CaseEvent[] = [];
  for (let i = 0; histories.some((h) => i < h.length); i++) for (const h of histories) if (i < h.length) merged.push(h[i]!);
  return merged;
}

/**
 * Several children with every kind of correction, including ones that must NOT apply: a retraction and a
 * replacement recorded for child A that target child B's events, and a retraction that comes before its target.
 */
function history(): CaseEvent[] {
  const a = new ChildHistory('883', 'CA');
  a.details({ dob: '2012-01-01' });
  const aStart = a.startCare('2023-01-10', { ls: 'C1', place: 'U6' });
  const aWrongMove = a.move('2023-03-01', { place: 'U4', reason: 'CARPL' });
  const aMove = a.move('2023-06-01', { place: 'U5', reason: 'CARPL' });
  a.endCare('2023-12-01', 'E4A');

  const b = new ChildHistory('883', 'CB');
  b.details({ dob: '2013-01-01' });
  const bStart = b.startCare('2023-02-01', { ls: 'V2', place: 'U6' });
  const bMove = b.move('2023-04-01', { place: 'U4', reason: 'CARPL' });
  b.record('PlacementReclassified', '2023-05-01', { place: 'U5' });

  const c = new ChildHistory('883', 'CC');
  c.details({ dob: '2011-01-01' });
  c.startCare('2022-05-01', { ls: 'C1', place: 'U6' });
  const review = c.review('2022-06-01', 'PN1');
  c.replace(review, '2022-06-10', { type: 'ReviewHeld', occurredAt: '2022-06-02', payload: { participation: 'PN3' } });
  c.endCare('2022-08-01', 'E13');
  c.legalStatus('2022-09-01', 'C2');
  c.missing('m1', '2022-06-05', '2022-06-07', 'A');

  const aLater = new ChildHistory('883', 'CA');
  aLater.retract(aWrongMove, '2024-01-05');
  aLater.replace(aStart, '2024-01-05', { type: 'PeriodOfCareStarted', occurredAt: '2023-01-15', payload: { legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U6' } });
  const wrongReplacement = aLater.replace(aMove, '2024-01-06', { type: 'PlacementChanged', occurredAt: '2023-07-01', payload: { placementType: 'R1', sameCarer: false } });
  aLater.retract(wrongReplacement, '2024-01-07');
  // Cross-child corrections: recorded for A, aimed at B. They never apply, whatever the batching.
  aLater.retract(bMove, '2024-01-08');
  aLater.replace(bStart, '2024-01-08', { type: 'PeriodOfCareStarted', occurredAt: '2023-02-20', payload: { legalStatus: 'C1', categoryOfNeed: 'N1', placementType: 'K2' } });

  const d = new ChildHistory('883', 'CD');
  d.details({ dob: '2014-01-01' });
  d.startCare('2023-03-01', { ls: 'C1', place: 'U6' });
  const dMove = d.move('2023-05-01', { place: 'U4', reason: 'CARPL' });
  const early = d.retract(dMove, '2023-05-02');
  // The retraction is placed before its target in the log: it is not a correction of an earlier event.
  const dEvents = [...d.events.slice(0, 2), early, dMove];

  // The rest of the 903 (OC2, OC3, AD1, PlacedAdoption, PrevPerm, SWEpisodes, DoLo), so every projection has rows to compare.
  const e = new ChildHistory('883', 'CE');
  e.details({ dob: '2006-01-01' });
  e.startCare('2019-01-01', { ls: 'C2', place: 'U4' });
  e.record('PreviousPermanenceRecorded', '2019-01-01', { previousPermanence: 'P3', la: '999' });
  const worker = e.record('SocialWorkerAllocated', '2019-01-01', { socialWorkerId: 'SW1' });
  e.record('SocialWorkerAllocated', '2022-02-01', { socialWorkerId: 'SW2', reason: 'LEFTRL' });
  e.replace(worker, '2019-01-05', { type: 'SocialWorkerAllocated', occurredAt: '2019-01-02', payload: { socialWorkerId: 'SW3', reason: 'MANAGE' } });
  e.record('HealthCheckCompleted', '2022-05-01', { check: 'dental_check' });
  e.record('AdoptionDecisionMade', '2019-06-01', undefined);
  e.record('AdopterMatched', '2019-09-01', {});
  e.record('AdoptionDecisionReversed', '2020-01-01', { reason: 'RD4' });
  const order = e.record('DeprivationOfLibertyOrderMade', '2020-03-01', { id: 'D1' });
  e.replace(order, '2020-03-09', { type: 'DeprivationOfLibertyOrderMade', occurredAt: '2020-03-02', payload: { orderId: 'D1' } });
  e.record('DeprivationOfLibertyOrderEnded', '2021-01-01', { id: 'D1' });
  e.endCare('2023-06-01', 'E13');
  e.record('CareLeaverContactRecorded', '2024-01-10', {});

  const merged = interleave(a.events, b.events, c.events, dEvents, e.events);
  // Duplicates: the same events delivered again, later in the log.
  return [...merged, bMove, ...aLater.events, review, aStart];
}

const A_EPISODES = [
  { decom: '2023-01-15', rne: 'S', ls: 'C2', place: 'U6', dec: '2023-06-01', rec: 'X1' },
  { decom: '2023-06-01', rne: 'P', ls: 'C2', place: 'U5', dec: '2023-12-01', rec: 'E4A' },
];
const B_EPISODES = [
  { decom: '2023-02-01', rne: 'S', ls: 'V2', place: 'U6', dec: '2023-04-01', rec: 'X1' },
  { decom: '2023-04-01', rne: 'P', ls: 'V2', place: 'U4', dec: null, rec: null },
];
const D_EPISODES = [
  { decom: '2023-03-01', rne: 'S', place: 'U6', dec: '2023-05-01', rec: 'X1' },
  { decom: '2023-05-01', rne: 'P', place: 'U4', dec: null, rec: null },
];

describe('corrections', () => {
  it.each([1, 7, 50_000])('apply only to an earlier event of the same child (batches of %i)', async (batchSize) => {
    await EpisodeSpec.given(history()).whenDerived({ batchSize })
      .thenEpisodes(A_EPISODES, 'CA')
      .thenEpisodes(B_EPISODES, 'CB')
      .thenEpisodes(D_EPISODES, 'CD')
      .thenRows(`SELECT child_id, strftime(review_date, '%Y-%m-%d') AS d, review_code FROM reviews`, [{ child_id: 'CC', d: '2022-06-02', review_code: 'PN3' }])
      .thenRows(`SELECT child_id, field FROM data_quality_issues ORDER BY child_id`, [{ child_id: 'CC', field: 'type' }]);
  });

  it('give identical tables whatever the batch size', async () => {
    const events = history();
    const snapshots = [];
    for (const batchSize of [1, 7, 50_000]) {
      const dir = mkdtempSync(join(tmpdir(), 'careledger-batches-'));
      const store = await ProjectionStore.open({ path: join(dir, 'projections.duckdb') });
      try {
        await foldInBatches(store, events, 0, batchSize);
        snapshots.push(await projectionSnapshot(store));
      } finally {
        store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(Object.values(snapshots[0]!).every((rows) => rows.length > 0)).toBe(true);
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[2]).toEqual(snapshots[0]);
  });
});
