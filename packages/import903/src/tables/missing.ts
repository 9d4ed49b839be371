import type { FactCandidate, RowRefusal } from './tableImport';
import { firstBlank, refuse, rowByRow } from './tableImport';

/**
 * Missing -> MissingEpisodeStarted at MIS_START and MissingEpisodeEnded at MIS_END. The 903 has no id for a missing
 * episode, so its start date names it (the id that pairs start and end, and the natural key): an episode open on
 * 31 March and closed in the next return is one episode.
 */
export const missing = rowByRow('Missing', ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'], (row, origin): FactCandidate[] | RowRefusal => {
  const blank = firstBlank(row, ['MISSING', 'MIS_START']);
  if (blank) return refuse(row, origin, blank, 'blank: every missing episode states it');
  const { MIS_START: start, MIS_END: end } = row.cells;
  if (end && end < start!) return refuse(row, origin, 'MIS_END', `the missing episode ends (${end}) before it starts (${start})`);
  const missingEpisodeId = `903-${start}`;
  const base = { childId: row.cells.CHILD!, origin };
  return [
    {
      ...base, key: `missing:${start}`, columns: { missingType: 'MISSING', missingEpisodeId: 'MIS_START', occurredAt: 'MIS_START' },
      fact: { type: 'MissingEpisodeStarted', occurredAt: start!, payload: { missingEpisodeId, missingType: row.cells.MISSING } },
    },
    {
      ...base, key: `missing:${start}:end`, columns: { missingEpisodeId: 'MIS_START', occurredAt: 'MIS_END' },
      fact: end ? { type: 'MissingEpisodeEnded', occurredAt: end, payload: { missingEpisodeId } } : null,
      ...(end ? {} : { openAtYearEnd: true }),
    },
  ];
});
