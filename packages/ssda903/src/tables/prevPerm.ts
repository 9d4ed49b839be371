import { code, date, partialDate, text } from './column';
import { defineTable, type RowOf } from './table';

/**
 * One row per child who started to be looked after in the year: whether an adoption, special guardianship or
 * child arrangements order preceded it (PREV_PERM), and the LA and date of that order when known.
 */
export const prevPerm = defineTable({
  dfeName: 'PrevPerm',
  fileName: 'previous_permanence.csv',
  rowsAre: 'previous permanence records',
  requiredInFolder: false,
  // LA_PERM is a three-digit LA code or 999/NIR/NUK/SCO/WAL: text, not one code list. DATE_PERM may be partly known
  // (ZZ/06/2019) or not known at all (ZZ/ZZ/ZZZZ), as an LA with 999 or P4 gives it, so it is a partial date.
  columns: { CHILD: text, DOB: date, PREV_PERM: code(), LA_PERM: text, DATE_PERM: partialDate },
  schemas: [{ fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'] }],
});

export type PrevPermRow = RowOf<typeof prevPerm>;
