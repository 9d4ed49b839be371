import { firstBlank, refuse, rowByRow } from './tableImport';

/**
 * SWEpisodes -> SocialWorkerAllocated on SW_DECOM with SW_ID and SW_REASON (the reason for the change that began the
 * episode, rule SW03). SW_DEC is not a fact of its own: the next allocation or the end of care ends the episode.
 */
export const swEpisodes = rowByRow('SWEpisodes', ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'], (row, origin) => {
  const blank = firstBlank(row, ['SW_ID', 'SW_DECOM', 'SW_REASON']);
  if (blank) return refuse(row, origin, blank, 'blank: every social worker episode states it (rule SW03)');
  const { cells } = row;
  return [{
    childId: cells.CHILD!, key: `social-worker:${cells.SW_DECOM}`, origin,
    columns: { socialWorkerId: 'SW_ID', reason: 'SW_REASON', occurredAt: 'SW_DECOM' },
    fact: { type: 'SocialWorkerAllocated', occurredAt: cells.SW_DECOM!, payload: { socialWorkerId: cells.SW_ID, reason: cells.SW_REASON } },
  }];
});
