import { code, date, notBlank, text } from './column';
import { defineTable, type RowOf } from './table';

/** One row per review of the child's care plan held in the year. */
export const reviews = defineTable({
  dfeName: 'Reviews',
  fileName: 'reviews.csv',
  rowsAre: 'reviews',
  requiredInFolder: false,
  columns: { CHILD: notBlank(text), DOB: date, REVIEW: notBlank(date), REVIEW_CODE: code({ list: 'participation' }) },
  schemas: [{ fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'] }],
});

export type ReviewRow = RowOf<typeof reviews>;
