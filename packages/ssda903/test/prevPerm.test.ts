import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { collectionYear, toCsv } from '../src';
import { LA, returnOf } from './support/returnOf';

/**
 * Collection year 2023-24 (1 April 2023 to 31 March 2024). Worked by hand:
 *   PA  starts 1 Jun 2023; SGO (P2) by LA 815 on 14 Feb 2019 recorded on entry      -> P2, 815, 2019-02-14
 *   PB  in care since 2020 (Z1 recorded then)                                      -> no row: no start in the year
 *   PC  starts 1 Apr 2023 (Z1 recorded 3 Apr), leaves 1 Jul, starts again 1 Nov;
 *       adoption (P1, LA not known) recorded 25 Oct while the re-entry was planned  -> P1, 999, 2018-03-01 (the latest start)
 *   PD  starts 1 Feb 2024; its record is dated 10 Apr 2024, after the cutoff        -> no row: not yet known
 *   PE  starts 1 Sep 2023 with nothing recorded                                    -> no row (careledger does not guess P4)
 * As at 30 Sep 2023 PC's latest start so far is 1 Apr, so its row is that period's Z1.
 */
function history(): CaseEvent[] {
  const pa = new ChildHistory(LA, 'PA');
  pa.details({ dob: '2015-05-10' }, '2023-06-01');
  pa.startCare('2023-06-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  pa.record('PreviousPermanenceRecorded', '2023-06-01', { previousPermanence: 'P2', la: '815', date: '2019-02-14' });

  const pb = new ChildHistory(LA, 'PB');
  pb.details({ dob: '2012-01-20' }, '2020-01-01');
  pb.startCare('2020-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  pb.record('PreviousPermanenceRecorded', '2020-01-01', {});

  const pc = new ChildHistory(LA, 'PC');
  pc.details({ dob: '2010-11-30' }, '2023-04-01');
  pc.startCare('2023-04-01', { ls: 'V2', cin: 'N4', place: 'U6' });
  pc.record('PreviousPermanenceRecorded', '2023-04-03', { previousPermanence: 'Z1' });
  pc.endCare('2023-07-01', 'E4A');
  pc.record('PreviousPermanenceRecorded', '2023-10-25', { previousPermanence: 'P1', la: '999', date: '2018-03-01' });
  pc.startCare('2023-11-01', { ls: 'C1', cin: 'N1', place: 'U6' });

  const pd = new ChildHistory(LA, 'PD');
  pd.details({ dob: '2019-07-07' }, '2024-02-01');
  pd.startCare('2024-02-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  pd.record('PreviousPermanenceRecorded', '2024-04-10', { previousPermanence: 'P3', la: '815', date: '2021-05-05' });

  const pe = new ChildHistory(LA, 'PE');
  pe.details({ dob: '2016-03-03' }, '2023-09-01');
  pe.startCare('2023-09-01', { ls: 'C1', cin: 'N1', place: 'U6' });

  return [pa, pb, pc, pd, pe].flatMap((child) => child.events);
}

describe('PrevPerm: children who started to be looked after in the year', () => {
  it('reports what was recorded for the latest period of care started in the year', async () => {
    const tables = await returnOf(history(), 2024);
    expect(tables.prevPerm).toEqual([
      { CHILD: 'PA', DOB: '2015-05-10', PREV_PERM: 'P2', LA_PERM: '815', DATE_PERM: '2019-02-14' },
      { CHILD: 'PC', DOB: '2010-11-30', PREV_PERM: 'P1', LA_PERM: '999', DATE_PERM: '2018-03-01' },
    ]);
  });

  it('as at a mid-year date, knows only the starts and records by then', async () => {
    const tables = await returnOf(history(), 2024, '2023-09-30');
    expect(tables.prevPerm).toEqual([
      { CHILD: 'PA', DOB: '2015-05-10', PREV_PERM: 'P2', LA_PERM: '815', DATE_PERM: '2019-02-14' },
      { CHILD: 'PC', DOB: '2010-11-30', PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' },
    ]);
  });

  it('writes a date of the order known only in part as the DfE does, ZZ/ZZ/ZZZZ when nothing is known (rule 630)', async () => {
    // PF starts 1 Aug 2023, not known whether an order preceded it (P4): LA 999, date wholly unknown.
    // PG starts 15 Sep 2023 after an SGO (P2) by LA 815 in June 2019, day not known.
    const pf = new ChildHistory(LA, 'PF');
    pf.details({ dob: '2011-04-04' }, '2023-08-01');
    pf.startCare('2023-08-01', { ls: 'C1', cin: 'N1', place: 'U6' });
    pf.record('PreviousPermanenceRecorded', '2023-08-01', { previousPermanence: 'P4', la: '999', date: 'ZZZZ-ZZ-ZZ' });
    const pg = new ChildHistory(LA, 'PG');
    pg.details({ dob: '2014-12-01' }, '2023-09-15');
    pg.startCare('2023-09-15', { ls: 'C1', cin: 'N1', place: 'U6' });
    pg.record('PreviousPermanenceRecorded', '2023-09-15', { previousPermanence: 'P2', la: '815', date: '2019-06-ZZ' });

    const tables = await returnOf([...pf.events, ...pg.events], 2024);
    expect(tables.prevPerm).toEqual([
      { CHILD: 'PF', DOB: '2011-04-04', PREV_PERM: 'P4', LA_PERM: '999', DATE_PERM: 'ZZZZ-ZZ-ZZ' },
      { CHILD: 'PG', DOB: '2014-12-01', PREV_PERM: 'P2', LA_PERM: '815', DATE_PERM: '2019-06-ZZ' },
    ]);
    expect(toCsv('prevPerm', tables.prevPerm, collectionYear(2024)))
      .toBe('CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nPF,04/04/2011,P4,999,ZZ/ZZ/ZZZZ\nPG,01/12/2014,P2,815,ZZ/06/2019\n');
  });
});
