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

/** A cease in the year: an episode that ended a period of care (a REC other than X1, which is a change of episode). */
export function ceasedInYear(episode: EpisodeDates & Pick<EpisodeRow, 'REC'>, year: CollectionYear): boolean {
  return episode.DEC !== '' && episode.DEC >= year.start && episode.DEC <= year.end && episode.REC !== '' && episode.REC !== 'X1';
}
