import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { collectionYear, emptyTables, fromCsv, fromXml, isTableInYear, toCsv, toXml, type Ssda903Tables } from '../src';
import { LA, returnOf, withProjections } from './support/returnOf';

/**
 * Collection year 2026-27 (1 April 2026 to 31 March 2027). Worked by hand:
 *   DA  in care since 10 Jan 2025 (U1), in a children's home (K2) from 1 Mar 2026; an order from 1 Jun to
 *       31 Dec 2025 (before the year), one from 1 Mar to 30 Sep 2026, one from 1 Nov 2026 still in force
 *                                  -> 2026-03-01..2026-09-30; 2026-11-01..(blank)
 *   DB  in care 1 May to 15 Dec 2026 (Z12), an order from 1 May 2026 never recorded as ended
 *                                  -> 2026-05-01..2026-12-15 (the end of care ends it, for the 903)
 *   DC  in care since 1 Jan 2024 (K2); an order first recorded as made on 10 Jun 2026, corrected to 1 Jun; it ends
 *       31 May 2027, after the year -> 2026-06-01..(blank); an order recorded in error and retracted -> none
 *   DD  in care 1 Jan 2020 to 1 Dec 2025, an order from 1 Jan 2025 -> not in the return (no care in the year, and
 *       the order ended with care)
 */
function history(): CaseEvent[] {
  const da = new ChildHistory(LA, 'DA');
  da.details({ dob: '2012-05-05' }, '2025-01-10');
  da.startCare('2025-01-10', { ls: 'C2', cin: 'N1', place: 'U1' });
  da.record('DeprivationOfLibertyOrderMade', '2025-06-01', { id: 'a0' });
  da.record('DeprivationOfLibertyOrderEnded', '2025-12-31', { id: 'a0' });
  da.move('2026-03-01', { place: 'K2' });
  da.record('DeprivationOfLibertyOrderMade', '2026-03-01', { id: 'a1' });
  da.record('DeprivationOfLibertyOrderEnded', '2026-09-30', { id: 'a1' });
  da.record('DeprivationOfLibertyOrderMade', '2026-11-01', { id: 'a2' });

  const db = new ChildHistory(LA, 'DB');
  db.details({ dob: '2010-02-02' }, '2026-05-01');
  db.startCare('2026-05-01', { ls: 'C2', cin: 'N1', place: 'Z12' });
  db.record('DeprivationOfLibertyOrderMade', '2026-05-01', { id: 'b1' });
  db.endCare('2026-12-15', 'E4A');

  const dc = new ChildHistory(LA, 'DC');
  dc.details({ dob: '2011-03-03' }, '2024-01-01');
  dc.startCare('2024-01-01', { ls: 'C2', cin: 'N1', place: 'K2' });
  const wrong = dc.record('DeprivationOfLibertyOrderMade', '2026-06-10', { id: 'c1' });
  dc.replace(wrong, '2026-06-20', { type: 'DeprivationOfLibertyOrderMade', occurredAt: '2026-06-01', payload: { orderId: 'c1' } });
  dc.record('DeprivationOfLibertyOrderEnded', '2027-05-31', { id: 'c1' });
  const inError = dc.record('DeprivationOfLibertyOrderMade', '2026-08-01', { id: 'c2' });
  dc.retract(inError, '2026-08-02');

  const dd = new ChildHistory(LA, 'DD');
  dd.details({ dob: '2008-08-08' }, '2020-01-01');
  dd.startCare('2020-01-01', { ls: 'C2', cin: 'N1', place: 'K2' });
  dd.record('DeprivationOfLibertyOrderMade', '2025-01-01', { id: 'd1' });
  dd.endCare('2025-12-01', 'E4A');

  return [da, db, dc, dd].flatMap((child) => child.events);
}

const row = (CHILD: string, DOB: string, DOLO_START: string, DOLO_END: string) => ({ CHILD, DOB, DOLO_START, DOLO_END });

describe('deprivation_of_liberty_orders: each order to its end, or to the end of care', () => {
  it('pairs each order with its end by id, after corrections, and ends it with care when that comes first', async () => {
    const rows = await withProjections(history(), (store) => store.query<Record<string, unknown>>(
      `SELECT child_id, order_id, strftime(dolo_start, '%Y-%m-%d') AS dolo_start, strftime(order_ended, '%Y-%m-%d') AS order_ended,
              strftime(dolo_end, '%Y-%m-%d') AS dolo_end
       FROM deprivation_of_liberty_orders ORDER BY child_id, dolo_start`));
    expect(rows).toEqual([
      { child_id: 'DA', order_id: 'a0', dolo_start: '2025-06-01', order_ended: '2025-12-31', dolo_end: '2025-12-31' },
      { child_id: 'DA', order_id: 'a1', dolo_start: '2026-03-01', order_ended: '2026-09-30', dolo_end: '2026-09-30' },
      { child_id: 'DA', order_id: 'a2', dolo_start: '2026-11-01', order_ended: null, dolo_end: null },
      { child_id: 'DB', order_id: 'b1', dolo_start: '2026-05-01', order_ended: null, dolo_end: '2026-12-15' },
      { child_id: 'DC', order_id: 'c1', dolo_start: '2026-06-01', order_ended: '2027-05-31', dolo_end: '2027-05-31' },
      { child_id: 'DD', order_id: 'd1', dolo_start: '2025-01-01', order_ended: null, dolo_end: '2025-12-01' },
    ]);
  });
});

describe('DoLo: the orders in force in the year', () => {
  it('returns the orders overlapping the year of the children looked after in it; an end after the cutoff is blank', async () => {
    const tables = await returnOf(history(), 2027);
    expect(tables.dolo).toEqual([
      row('DA', '2012-05-05', '2026-03-01', '2026-09-30'),
      row('DA', '2012-05-05', '2026-11-01', ''),
      row('DB', '2010-02-02', '2026-05-01', '2026-12-15'),
      row('DC', '2011-03-03', '2026-06-01', ''),
    ]);
  });

  it('as at a mid-year date, knows only the orders and ends by then', async () => {
    const tables = await returnOf(history(), 2027, '2026-08-31');
    expect(tables.dolo).toEqual([
      row('DA', '2012-05-05', '2026-03-01', ''),
      row('DB', '2010-02-02', '2026-05-01', ''),
      row('DC', '2011-03-03', '2026-06-01', ''),
    ]);
  });

  it('does not exist before 2026-27', async () => {
    expect(isTableInYear('dolo', collectionYear(2026))).toBe(false);
    expect(isTableInYear('dolo', collectionYear(2027))).toBe(true);
    const tables = await returnOf(history(), 2026);
    expect(tables.episodes.length).toBeGreaterThan(0);
    expect(tables.dolo).toEqual([]);
  });
});

describe('DoLo in the 903 files', () => {
  const year = collectionYear(2027);
  const orders = [row('DA', '2012-05-05', '2026-03-01', '2026-09-30'), row('DA', '2012-05-05', '2026-11-01', '')];

  it('writes and reads the CSV in the validator\'s column order', () => {
    const csv = toCsv('dolo', orders, year);
    expect(csv).toBe('CHILD,DOB,DOLO_START,DOLO_END\nDA,05/05/2012,01/03/2026,30/09/2026\nDA,05/05/2012,01/11/2026,\n');
    expect(fromCsv('dolo', csv, year)).toEqual(orders);
  });

  it('writes each order as a DOLO element beside the episodes, and reads it back', () => {
    const tables: Ssda903Tables = {
      ...emptyTables(),
      header: [{ CHILD: 'DA', SEX: 'F', DOB: '2012-05-05', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' }],
      episodes: [{ CHILD: 'DA', DECOM: '2026-03-01', RNE: 'P', LS: 'C2', CIN: 'N1', PLACE: 'K2', PLACE_PROVIDER: 'PR1', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: 'SC123456' }],
      dolo: orders,
    };
    const xml = toXml(tables, year);
    expect(xml).toContain('    </EPISODE>\n    <DOLO>\n      <DOLO_START>01/03/2026</DOLO_START>\n      <DOLO_END>30/09/2026</DOLO_END>\n    </DOLO>\n'
      + '    <DOLO>\n      <DOLO_START>01/11/2026</DOLO_START>\n      <DOLO_END/>\n    </DOLO>\n  </CHILD>\n');
    expect(fromXml(xml, year)).toEqual({ tables, issues: [] });
  });
});
