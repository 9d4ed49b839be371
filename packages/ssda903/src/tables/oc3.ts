import { code, date, text } from './column';
import { defineTable, type RowOf } from './table';

/**
 * One row per care leaver whose 17th to 21st birthday falls in the year: whether the LA is in touch with them, their
 * main activity and their accommodation, as found on or around that birthday.
 */
export const oc3 = defineTable({
  dfeName: 'OC3',
  fileName: 'oc3.csv',
  rowsAre: 'care leavers',
  requiredInFolder: false,
  columns: { CHILD: text, DOB: date, IN_TOUCH: code(), ACTIV: code(), ACCOM: code() },
  schemas: [{ fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'] }],
});

export type Oc3Row = RowOf<typeof oc3>;
