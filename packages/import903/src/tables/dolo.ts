import type { FactCandidate, RowRefusal } from './tableImport';
import { refuse, rowByRow } from './tableImport';

/**
 * DoLo (from 2026-27) -> DeprivationOfLibertyOrderMade at DOLO_START and DeprivationOfLibertyOrderEnded at DOLO_END.
 * The 903 has no id for an order, so its start date names it (the id that pairs start and end, and the natural key):
 * an order open on 31 March and ended in the next return is one order.
 */
export const dolo = rowByRow('DoLo', ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'], (row, origin): FactCandidate[] | RowRefusal => {
  const { DOLO_START: start, DOLO_END: end } = row.cells;
  if (!start) return refuse(row, origin, 'DOLO_START', 'blank: every deprivation of liberty order states when it started (rule 700)');
  if (end && end < start) return refuse(row, origin, 'DOLO_END', `the order ends (${end}) before it starts (${start})`);
  const orderId = `903-${start}`;
  const base = { childId: row.cells.CHILD!, origin };
  return [
    {
      ...base, key: `dolo:${start}`, columns: { orderId: 'DOLO_START', occurredAt: 'DOLO_START' },
      fact: { type: 'DeprivationOfLibertyOrderMade', occurredAt: start, payload: { orderId } },
    },
    {
      ...base, key: `dolo:${start}:end`, columns: { orderId: 'DOLO_START', occurredAt: 'DOLO_END' },
      fact: end ? { type: 'DeprivationOfLibertyOrderEnded', occurredAt: end, payload: { orderId } } : null,
      ...(end ? {} : { openAtYearEnd: true }),
    },
  ];
});
