import { sexCodeForYear } from '../codingByYear';
import { code, date, notBlank, text } from './column';
import { defineTable, type RowOf } from './table';

// The DfE validator's column order (anchors 1.3).
const COLUMNS_2024 = ['CHILD', 'SEX', 'DOB', 'DUC'] as const;

/** One row per unaccompanied asylum-seeking child in the year; DUC is the date that status ceased, if it has. */
export const uasc = defineTable({
  dfeName: 'UASC',
  fileName: 'uasc.csv',
  rowsAre: 'UASC',
  requiredInFolder: false,
  columns: { CHILD: notBlank(text), DOB: date, SEX: code({ list: 'sex', recode: sexCodeForYear }), DUC: date },
  schemas: [
    { fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: COLUMNS_2024, codes: { SEX: ['1', '2'] } },
    { fromYear: 2025, source: 'SSDA903_schema_2025.diff.yml', columns: COLUMNS_2024, codes: { SEX: ['M', 'F', 'U'] } },
  ],
});

export type UascRow = RowOf<typeof uasc>;
