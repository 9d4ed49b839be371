import { code, date, notBlank, text } from './column';
import { defineTable, type RowOf } from './table';

/** One row per episode of going missing (M) or away without authorisation (A) overlapping the year. */
export const missing = defineTable({
  dfeName: 'Missing',
  fileName: 'missing.csv',
  rowsAre: 'missing episodes',
  requiredInFolder: false,
  columns: { CHILD: notBlank(text), DOB: date, MISSING: code({ list: 'missingType' }), MIS_START: notBlank(date), MIS_END: date },
  schemas: [{ fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'] }],
});

export type MissingRow = RowOf<typeof missing>;
