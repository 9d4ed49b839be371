import { code, date, text } from './column';
import { defineTable, type RowOf } from './table';

/**
 * One row per decision that the child should be placed for adoption in force at some time in the year. DATE_PLACED is
 * the date of the LA's decision (not the day the child moved in, rules 115/1003); DATE_PLACED_CEASED and
 * REASON_PLACED_CEASED say when and why it was decided that the child should no longer be placed (rules 116, 522).
 */
export const placedAdoption = defineTable({
  dfeName: 'PlacedAdoption',
  fileName: 'placed_for_adoption.csv',
  rowsAre: 'decisions to place for adoption',
  requiredInFolder: false,
  columns: { CHILD: text, DOB: date, DATE_PLACED: date, DATE_PLACED_CEASED: date, REASON_PLACED_CEASED: code() },
  schemas: [{ fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'] }],
});

export type PlacedAdoptionRow = RowOf<typeof placedAdoption>;
