import { sexCodeForYear } from '../codingByYear';
import { code, date, notBlank, text } from './column';
import { defineTable, type RowOf } from './table';

const COLUMNS_2024 = ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'] as const;

/** One row per child looked after in the year: who the child is. */
export const header = defineTable({
  dfeName: 'Header',
  fileName: 'header.csv',
  rowsAre: 'children',
  requiredInFolder: true,
  columns: {
    CHILD: notBlank(text), SEX: code({ list: 'sex', recode: sexCodeForYear }), DOB: date, ETHNIC: code({ list: 'ethnicity' }), UPN: text,
    // 1 if the child is a mother, 0 if not, blank if not recorded.
    MOTHER: code({ list: ['0', '1'] }), MC_DOB: date,
  },
  schemas: [
    { fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: COLUMNS_2024, codes: { SEX: ['1', '2'] } },
    { fromYear: 2025, source: 'SSDA903_schema_2025.diff.yml', columns: COLUMNS_2024, codes: { SEX: ['M', 'F', 'U'] } },
  ],
});

export type HeaderRow = RowOf<typeof header>;
