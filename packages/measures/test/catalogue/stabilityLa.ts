import type { CaseEvent } from '@careledger/events';
import { ChildHistory } from '@careledger/events/testing';
import { LA } from './smallLa';

/**
 * A hand-made LA for the placement stability measures, read as at 31 March 2024 (the twelve months 1 April 2023 to
 * 31 March 2024; two years: from 1 April 2022; 30 months before: 30 September 2021; two years before: 31 March
 * 2022). Legal status C2 and foster care with other carers (U4) unless said. Age on 31 March 2024 in brackets.
 *   S1   F 2012-01-01 (12): in care since 2021-01-01; moves 2023-06-01 (U5), 2023-10-01 (U4): three placements in the
 *        year, two moves. Social workers SW1 2021-01-01, SW2 2023-05-01, SW3 2023-11-01.
 *   S2   M 2010-05-05 (13): in care since 2021-06-01; legal status E1 on 2023-05-01 (RNE L, not a placement); moves
 *        2023-09-01 (U6): two placements. Social workers SWA 2021-06-01, SWB 2023-04-01 (the first day), SWC
 *        2023-10-01.
 *   S3   F 2019-02-02 (5): in care since 2020-03-01; placed for adoption with the same foster carers 2023-07-01 (A5,
 *        RNE T): not a new placement. Social workers SWD 2020-03-01, SWE 2022-12-01, SWF 2023-03-31.
 *   S4   M 2008-03-31 (16 on the date): in care since 2019-01-01, never moved.
 *   S4b  F 2008-04-01 (15: 16 the next day): in care since 2019-01-01, never moved.
 *   S5   F 2013-03-03 (11): in care 2019-01-01 to 2022-06-01 (E4A), again from 2022-09-01: more than 2.5 years in
 *        care, split by a gap.
 *   S6   M 2015-05-05: a short break (V3) from 2024-03-01: in no figure.
 *   S8   F 2020-01-01 (4): in care since 2021-01-01; placed for adoption with new carers 2023-01-01 (A6). Social
 *        workers SWG 2021-01-01, SWH 2023-06-01, SWG again 2023-09-01.
 *   T1   M 2011-07-07 (12): in care since 2021-02-01 (U4, PR1); in hospital 2023-05-10 (T1), back to the same U4
 *        2023-05-20; with other carers while his are on holiday 2023-08-01 (T3), back 2023-08-10.
 *   T2   F 2012-08-08 (11): in care since 2021-03-01 (U4, PR4); a temporary placement 2023-11-01 (T4), then on to a
 *        new placement 2023-11-05 (U6): not back where she was.
 *   R1   F 2014-02-02 (10): in care since 2022-01-01 (U6); moves 2023-05-01 (U4); a move on 2023-07-01 (U6)
 *        recorded in error and retracted on 2023-07-15.
 *   M1   M 2009-09-09 (14): in care since 2023-04-15 (U6); moves 2023-06-01 (U6), 2023-09-01 (K2), 2024-01-10 (U4).
 *        Social workers SWI 2023-02-01 (before he came into care), SWJ 2023-05-01, SWK 2023-08-01.
 *   F1   F 2016-06-06 (7): in care since 2022-10-01 (U6); moves 2023-04-01 (U4, the first day), 2023-12-01 (U5).
 *   F2   M 2016-06-06 (7): in care since 2022-10-01 (U6); moves 2023-03-31 (U4, the day before), 2023-12-01 (U5).
 *   Y18  M 2005-06-01 (18): in care since 2020-01-01 (V2), never moved.
 *   W    F 2021-05-05 (2): in care since 2021-06-01 (U6); placed for adoption with new carers 2023-02-01 (A4); with
 *        the same carers, placement order and A6 on 2023-10-01 (E1, RNE U).
 *   B25  M 2015-01-01 (9): in care since 2021-09-30 (exactly 2.5 years), never moved.
 *   B25b F 2015-01-01 (9): in care since 2021-10-01 (a day short of 2.5 years), never moved.
 *   C2y  M 2013-01-01 (11): in care since 2021-01-01 (U6); moves 2022-03-31 (U4: exactly two years by the date).
 *   C2yb F 2013-01-01 (11): in care since 2021-01-01 (U6); moves 2022-04-01 (U4: a day short of two years).
 *   L1   M 2010-10-10: in care 2023-05-01 (U6) to 2024-02-01 (E4A); moves 2023-06-01 (U6), 2023-07-01 (U6),
 *        2023-08-01 (U4).
 */
export function stabilityLa(): CaseEvent[] {
  const child = (id: string, dob: string, since: string, place = 'U4', extra: { ls?: string; provider?: string } = {}) => {
    const h = new ChildHistory(LA, id);
    h.details({ sex: 'F', dob }, since);
    h.startCare(since, { ls: extra.ls ?? 'C2', cin: 'N1', place, ...(extra.provider ? { provider: extra.provider } : {}) });
    return h;
  };
  const allocate = (h: ChildHistory, ...allocations: [string, string][]) => {
    for (const [socialWorkerId, on] of allocations) h.record('SocialWorkerAllocated', on, { socialWorkerId, reason: 'MANAGE' });
  };

  const s1 = child('S1', '2012-01-01', '2021-01-01');
  s1.move('2023-06-01', { place: 'U5', reason: 'CARPL' });
  s1.move('2023-10-01', { place: 'U4', reason: 'CARPL' });
  allocate(s1, ['SW1', '2021-01-01'], ['SW2', '2023-05-01'], ['SW3', '2023-11-01']);

  const s2 = child('S2', '2010-05-05', '2021-06-01');
  s2.legalStatus('2023-05-01', 'E1');
  s2.move('2023-09-01', { place: 'U6', reason: 'CARPL' });
  allocate(s2, ['SWA', '2021-06-01'], ['SWB', '2023-04-01'], ['SWC', '2023-10-01']);

  const s3 = child('S3', '2019-02-02', '2020-03-01');
  s3.move('2023-07-01', { place: 'A5', sameCarer: true });
  allocate(s3, ['SWD', '2020-03-01'], ['SWE', '2022-12-01'], ['SWF', '2023-03-31']);

  const s4 = child('S4', '2008-03-31', '2019-01-01');
  const s4b = child('S4b', '2008-04-01', '2019-01-01');

  const s5 = child('S5', '2013-03-03', '2019-01-01');
  s5.endCare('2022-06-01', 'E4A');
  s5.startCare('2022-09-01', { ls: 'C2', cin: 'N1', place: 'U4' });

  const s6 = child('S6', '2015-05-05', '2024-03-01', 'U6', { ls: 'V3' });

  const s8 = child('S8', '2020-01-01', '2021-01-01');
  s8.move('2023-01-01', { place: 'A6', reason: 'CARPL' });
  allocate(s8, ['SWG', '2021-01-01'], ['SWH', '2023-06-01'], ['SWG', '2023-09-01']);

  const t1 = child('T1', '2011-07-07', '2021-02-01', 'U4', { provider: 'PR1' });
  t1.move('2023-05-10', { place: 'T1' });
  t1.move('2023-05-20', { place: 'U4', provider: 'PR1' });
  t1.move('2023-08-01', { place: 'T3' });
  t1.move('2023-08-10', { place: 'U4', provider: 'PR1' });

  const t2 = child('T2', '2012-08-08', '2021-03-01', 'U4', { provider: 'PR4' });
  t2.move('2023-11-01', { place: 'T4' });
  t2.move('2023-11-05', { place: 'U6', provider: 'PR4', reason: 'CARPL' });

  const r1 = child('R1', '2014-02-02', '2022-01-01', 'U6');
  r1.move('2023-05-01', { place: 'U4', reason: 'CARPL' });
  const inError = r1.move('2023-07-01', { place: 'U6', reason: 'CARPL' });
  r1.retract(inError, '2023-07-15');

  const m1 = child('M1', '2009-09-09', '2023-04-15', 'U6');
  m1.move('2023-06-01', { place: 'U6', reason: 'CARPL' });
  m1.move('2023-09-01', { place: 'K2', reason: 'CARPL' });
  m1.move('2024-01-10', { place: 'U4', reason: 'CARPL' });
  allocate(m1, ['SWI', '2023-02-01'], ['SWJ', '2023-05-01'], ['SWK', '2023-08-01']);

  const f1 = child('F1', '2016-06-06', '2022-10-01', 'U6');
  f1.move('2023-04-01', { place: 'U4', reason: 'CARPL' });
  f1.move('2023-12-01', { place: 'U5', reason: 'CARPL' });
  const f2 = child('F2', '2016-06-06', '2022-10-01', 'U6');
  f2.move('2023-03-31', { place: 'U4', reason: 'CARPL' });
  f2.move('2023-12-01', { place: 'U5', reason: 'CARPL' });

  const y18 = child('Y18', '2005-06-01', '2020-01-01', 'U4', { ls: 'V2' });

  const w = child('W', '2021-05-05', '2021-06-01', 'U6');
  w.move('2023-02-01', { place: 'A4', reason: 'CARPL' });
  w.legalStatus('2023-10-01', 'E1');
  w.move('2023-10-01', { place: 'A6', sameCarer: true });

  const b25 = child('B25', '2015-01-01', '2021-09-30');
  const b25b = child('B25b', '2015-01-01', '2021-10-01');

  const c2y = child('C2y', '2013-01-01', '2021-01-01', 'U6');
  c2y.move('2022-03-31', { place: 'U4', reason: 'CARPL' });
  const c2yb = child('C2yb', '2013-01-01', '2021-01-01', 'U6');
  c2yb.move('2022-04-01', { place: 'U4', reason: 'CARPL' });

  const l1 = child('L1', '2010-10-10', '2023-05-01', 'U6');
  l1.move('2023-06-01', { place: 'U6', reason: 'CARPL' });
  l1.move('2023-07-01', { place: 'U6', reason: 'CARPL' });
  l1.move('2023-08-01', { place: 'U4', reason: 'CARPL' });
  l1.endCare('2024-02-01', 'E4A');

  return [s1, s2, s3, s4, s4b, s5, s6, s8, t1, t2, r1, m1, f1, f2, y18, w, b25, b25b, c2y, c2yb, l1].flatMap((h) => h.events);
}
