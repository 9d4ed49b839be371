import { code, date, text } from './column';
import { defineTable, type RowOf } from './table';

/**
 * One row per social worker episode overlapping the year: who was the child's allocated worker from when to when,
 * and why the change to that worker was made. New in 2023-24 (the 2024 schema diff adds the table).
 */
export const swEpisodes = defineTable({
  dfeName: 'SWEpisodes',
  fileName: 'sw_episodes.csv',
  rowsAre: 'social worker episodes',
  requiredInFolder: false,
  fromYear: 2024,
  columns: { CHILD: text, DOB: date, SW_ID: text, SW_DECOM: date, SW_DEC: date, SW_REASON: code() },
  schemas: [{ fromYear: 2024, source: 'SSDA903_schema_2024.diff.yml', columns: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'] }],
});

export type SwEpisodeRow = RowOf<typeof swEpisodes>;
