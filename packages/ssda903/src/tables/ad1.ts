import { code, date, text } from './column';
import { defineTable, type RowOf } from './table';

/**
 * One row per child adopted in the year (an episode ceasing E11 or E12): the decision that led to it (DATE_INT), the
 * match with the adopters (DATE_MATCH) and who they are: FOSTER_CARE 1 when the child's foster carers adopt,
 * NB_ADOPTR 1 or 2, SEX_ADOPTR and LS_ADOPTR.
 */
export const ad1 = defineTable({
  dfeName: 'AD1',
  fileName: 'ad1.csv',
  rowsAre: 'adoptions',
  requiredInFolder: false,
  columns: {
    CHILD: text, DOB: date, DATE_INT: date, DATE_MATCH: date, FOSTER_CARE: code(), NB_ADOPTR: text, SEX_ADOPTR: code(),
    LS_ADOPTR: code(),
  },
  schemas: [{
    fromYear: 2024, source: 'SSDA903_schema_2024.yml',
    columns: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  }],
});

export type Ad1Row = RowOf<typeof ad1>;
