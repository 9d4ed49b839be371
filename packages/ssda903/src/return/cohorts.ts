import type { CalendarDate } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import type { EpisodeRow } from '../tables';

/** What the in-year rules read of an episode: its dates ('' for an open episode's DEC), RNE and REC. */
export type EpisodeDates = Pick<EpisodeRow, 'DECOM' | 'DEC'>;

const openOn = (episode: EpisodeDates, date: CalendarDate): boolean => episode.DEC === '' || episode.DEC > date;

/** Looked after at 31 March: started on or before it, not ceased by it (ceasing on 31 March is not being in care). */
export function lookedAfterAt31March(episode: EpisodeDates, year: CollectionYear): boolean {
  return episode.DECOM <= year.end && openOn(episode, year.end);
}

/** Looked after at any time during the year: the same rule as the return's in-year episodes (inYear.sql). */
export function lookedAfterDuringYear(episode: EpisodeDates, year: CollectionYear): boolean {
  return episode.DECOM <= year.end && (episode.DEC === '' || episode.DEC >= year.start);
}

/** A start in the year: an episode that began a period of care (RNE S) between 1 April and 31 March. */
export function startedInYear(episode: EpisodeDates & Pick<EpisodeRow, 'RNE'>, year: CollectionYear): boolean {
  return episode.RNE === 'S' && episode.DECOM >= year.start && episode.DECOM <= year.end;
}

/**
 * Whether another of the child's episodes starts on the day an episode ended: the care went on (a change of
 * episode), whatever the episode's REC says. Built once over the year's episodes; asks about any one of them.
 */
export function continuesOnDec(episodes: readonly Pick<EpisodeRow, 'CHILD' | 'DECOM' | 'DEC'>[]): (episode: Pick<EpisodeRow, 'CHILD' | 'DECOM' | 'DEC'>) => boolean {
  const starts = new Map<string, number>();
  const key = (child: string, date: string) => `${child}\u0000${date}`;
  for (const e of episodes) starts.set(key(e.CHILD, e.DECOM), (starts.get(key(e.CHILD, e.DECOM)) ?? 0) + 1);
  // An episode that starts and ends on one day does not continue itself.
  return (e) => e.DEC !== '' && (starts.get(key(e.CHILD, e.DEC)) ?? 0) > (e.DECOM === e.DEC ? 1 : 0);
}

/**
 * A cease in the year: an episode that ended a period of care (a REC other than X1, which is a change of episode).
 *
 * A DEC with a blank REC breaks DfE rule 148 (DEC and REC are coded together or both left blank). A DfE data
 * officer reads it by what follows the DEC: when another of the child's episodes starts that day the child stayed in
 * care (an X1 left blank), so it is no cease; when none does the child left care that day, so they count as ceased,
 * for a reason not recorded. `continued` is whether an episode continues from the DEC (see `continuesOnDec`); the
 * caller reports the row, since the figure rests on this reading.
 */
export function ceasedInYear(episode: EpisodeDates & Pick<EpisodeRow, 'REC'>, year: CollectionYear, continued = false): boolean {
  if (episode.DEC === '' || episode.DEC < year.start || episode.DEC > year.end) return false;
  if (episode.REC === '') return !continued;
  return episode.REC !== 'X1';
}
