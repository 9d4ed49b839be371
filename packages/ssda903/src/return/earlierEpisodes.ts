import { readFileSync } from 'node:fs';
import type { CalendarDate } from '@careledger/runtime';
import type { ProjectionQuery } from './port';

const EARLIER_EPISODES = readFileSync(new URL('./earlierEpisodes.sql', import.meta.url), 'utf8');

/** An episode that ceased before the previous year's return began (earlierEpisodes.sql). */
export interface EarlierEpisode {
  readonly child: string;
  readonly decom: CalendarDate;
  readonly dec: CalendarDate;
  readonly ls: string | null;
  readonly rec: string | null;
}

/** The LA's episodes that ceased before `before` (1 April of the year before the collection year). */
export async function selectEarlierEpisodes(query: ProjectionQuery, request: { readonly laCode: string; readonly before: CalendarDate }): Promise<EarlierEpisode[]> {
  return query.query<EarlierEpisode>(EARLIER_EPISODES, { laCode: request.laCode, before: request.before });
}
