import { date, notBlank, text } from './column';
import { defineTable, type RowOf } from './table';

/**
 * One row per deprivation of liberty order (DoLO) in force at some time in the year while the child was looked
 * after: when it started and, once it has, when it ended. New in 2026-27. No DfE schema for 2026-27 is stored: the
 * table's name and column order are the DfE's open validator's (csc-validator-be-903 lac_validator/config.py, v0.1.14,
 * after its PR "833-new-data-table-needed-from-202627---deprivation-of-liberty-orders"), which tells CSVs apart by
 * their columns and names no file; careledger writes dolo.csv, lower case as its other files.
 */
export const dolo = defineTable({
  dfeName: 'DoLo',
  fileName: 'dolo.csv',
  rowsAre: 'deprivation of liberty orders',
  requiredInFolder: false,
  fromYear: 2027,
  columns: { CHILD: notBlank(text), DOB: date, DOLO_START: notBlank(date), DOLO_END: date },
  schemas: [{ fromYear: 2027, source: 'csc-validator-be-903 lac_validator/config.py (v0.1.14)', columns: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'] }],
});

export type DoLoRow = RowOf<typeof dolo>;
