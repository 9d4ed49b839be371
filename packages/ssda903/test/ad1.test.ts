import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { LA, returnOf } from './support/returnOf';

/**
 * Collection year 2023-24. Worked by hand:
 *   DA  adopted by the foster carers: in care 10 Jan 2021 (U4), decision 20 Apr 2022, placement order 1 Jul 2022,
 *       matched with them 14 Feb 2023 (MF, married), placed for adoption with them (A5, same carer) 1 Mar 2023,
 *       adopted 30 Sep 2023 (E11)              -> 2022-04-20, 2023-02-14, FOSTER_CARE 1, 2, MF, L11
 *   DB  decision 1 May 2021 reversed 1 Nov 2021 (RD3); decision 1 Oct 2022; matched 5 Jan 2023 (F1, single), that
 *       match disrupted, matched 1 Jun 2023 (MF); adopted 1 Feb 2024 (E12)
 *                                                -> 2022-10-01 (the decision in force), 2023-06-01, 0, 2, MF, L11
 *   DC  adopted 15 Mar 2023, before the year      -> no row
 *   DD  decision 1 Jan 2023, adopted 1 Dec 2023, no match recorded -> a row, the match items blank
 */
function history(): CaseEvent[] {
  const da = new ChildHistory(LA, 'DA');
  da.details({ dob: '2020-03-03' }, '2021-01-10');
  da.startCare('2021-01-10', { ls: 'C2', cin: 'N1', place: 'U4', provider: 'PR1' });
  da.record('AdoptionDecisionMade', '2022-04-20', undefined);
  da.legalStatus('2022-07-01', 'E1');
  da.record('AdopterMatched', '2023-02-14', { fosterCarers: true });
  da.move('2023-03-01', { place: 'A5', provider: 'PR1', sameCarer: true, reason: 'CARPL' });
  da.endCare('2023-09-30', 'E11');

  const db = new ChildHistory(LA, 'DB');
  db.details({ dob: '2019-06-06' }, '2020-12-01');
  db.startCare('2020-12-01', { ls: 'C2', cin: 'N1', place: 'U6' });
  db.record('AdoptionDecisionMade', '2021-05-01', undefined);
  db.record('AdoptionDecisionReversed', '2021-11-01', { reason: 'RD3' });
  db.record('AdoptionDecisionMade', '2022-10-01', undefined);
  db.record('AdopterMatched', '2023-01-05', { couple: false });
  db.record('AdopterMatched', '2023-06-01', {});
  db.move('2023-07-01', { place: 'A6', provider: 'PR4', reason: 'CARPL' });
  db.endCare('2024-02-01', 'E12');

  const dc = new ChildHistory(LA, 'DC');
  dc.details({ dob: '2019-01-01' }, '2020-01-01');
  dc.startCare('2020-01-01', { ls: 'C2', cin: 'N1', place: 'U6' });
  dc.record('AdoptionDecisionMade', '2021-01-01', undefined);
  dc.record('AdopterMatched', '2022-06-01', {});
  dc.endCare('2023-03-15', 'E11');

  const dd = new ChildHistory(LA, 'DD');
  dd.details({ dob: '2021-11-11' }, '2022-02-01');
  dd.startCare('2022-02-01', { ls: 'C2', cin: 'N1', place: 'U6' });
  dd.record('AdoptionDecisionMade', '2023-01-01', undefined);
  dd.endCare('2023-12-01', 'E11');

  return [da, db, dc, dd].flatMap((child) => child.events);
}

describe('AD1: children adopted in the year', () => {
  it('reports the decision in force and the latest match before the adoption, foster carers adopting or not', async () => {
    const tables = await returnOf(history(), 2024);
    expect(tables.ad1).toEqual([
      { CHILD: 'DA', DOB: '2020-03-03', DATE_INT: '2022-04-20', DATE_MATCH: '2023-02-14', FOSTER_CARE: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11' },
      { CHILD: 'DB', DOB: '2019-06-06', DATE_INT: '2022-10-01', DATE_MATCH: '2023-06-01', FOSTER_CARE: '0', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11' },
      { CHILD: 'DD', DOB: '2021-11-11', DATE_INT: '2023-01-01', DATE_MATCH: '', FOSTER_CARE: '', NB_ADOPTR: '', SEX_ADOPTR: '', LS_ADOPTR: '' },
    ]);
    // The decisions that led to the adoptions are in force in the year, with no reversal (rules 523, 558).
    expect(tables.placedAdoption).toEqual([
      { CHILD: 'DA', DOB: '2020-03-03', DATE_PLACED: '2022-04-20', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
      { CHILD: 'DB', DOB: '2019-06-06', DATE_PLACED: '2022-10-01', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
      { CHILD: 'DD', DOB: '2021-11-11', DATE_PLACED: '2023-01-01', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
    ]);
  });

  it('as at a mid-year date, reports only the adoptions by then', async () => {
    const tables = await returnOf(history(), 2024, '2023-10-31');
    expect(tables.ad1.map((r) => r.CHILD)).toEqual(['DA']);
  });
});
