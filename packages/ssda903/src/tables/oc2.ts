import { code, date, text } from './column';
import { defineTable, type RowOf } from './table';

const COLUMNS_2024 = [
  'CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK',
  'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED',
] as const;

/**
 * One row per child looked after continuously for at least 12 months at 31 March: their health, offending and
 * substance misuse outcomes in the year. The flags are 1 or 0, blank where the item does not apply to the child.
 */
export const oc2 = defineTable({
  dfeName: 'OC2',
  fileName: 'oc2.csv',
  rowsAre: 'children looked after for 12 months',
  requiredInFolder: false,
  columns: {
    CHILD: text, DOB: date, SDQ_SCORE: text, SDQ_REASON: code(), CONVICTED: code(), HEALTH_CHECK: code(),
    IMMUNISATIONS: code(), TEETH_CHECK: code(), HEALTH_ASSESSMENT: code(), SUBSTANCE_MISUSE: code(),
    INTERVENTION_RECEIVED: code(), INTERVENTION_OFFERED: code(),
  },
  schemas: [{ fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: COLUMNS_2024 }],
});

export type Oc2Row = RowOf<typeof oc2>;
