import type { CaseEvent } from '@careledger/events';
import { ChildHistory } from '@careledger/events/testing';
import { LA } from './smallLa';

/**
 * A hand-made LA for the missing and away measures, around 2023-24 (1 April 2023 to 31 March 2024). Incidents are
 * missing (M) unless marked away (A); each is start -> end (open: not ended).
 *   P  F 2008-05-05: in care since 2022-01-10 (C2, K2). Five in June 2023, the fifth on its last day:
 *        P1 06-02 -> 06-02, P2 06-07 -> 06-07, P3 06-12 -> 06-12, P4 06-18 -> 06-18, P5 06-30 -> 07-03
 *   Q  M 2007-08-10: in care since 2021-03-01 (C2, U4). Four in July, two in August (16 on 10 August):
 *        Q1 07-03, Q2 07-10, Q3 07-17, Q4 07-24 (each back the same day), Q5 08-05 -> 08-05, Q6 08-20 -> 08-23
 *   R  F 2009-01-20: in care since 2020-06-01 (C2, U6). R1 2023-03-28 -> 2023-04-03 (open across 1 April);
 *        R2 away (A) 2023-11-15 -> 2023-11-16
 *   S  M 2010-10-10: a short break (V3) 2023-08-01 to 2023-08-03, S1 2023-08-02 -> 08-02 during it
 *   T  F 2011-02-02: starts 2023-05-15 (C1, U4), moves 2024-01-15 (K2). T1 2023-09-05 -> 09-06, recorded in
 *        error and retracted on 2023-09-20; T2 2024-03-29, open
 *   U  M 2012-12-12: in care since 2022-03-01 (C2, U4); never missing
 *   V  F 2008-02-02: in care 2022-01-01 (C2, U4) to 2023-06-30 (E4A); V1 2023-08-10 -> 08-11, after leaving care
 */
export function missingLa(): CaseEvent[] {
  const p = new ChildHistory(LA, 'P');
  p.details({ sex: 'F', dob: '2008-05-05', ethnicity: 'WBRI' }, '2022-01-10');
  p.startCare('2022-01-10', { ls: 'C2', cin: 'N4', place: 'K2', provider: 'PR4', urn: 'SC111111' });
  p.missing('P1', '2023-06-02', '2023-06-02');
  p.missing('P2', '2023-06-07', '2023-06-07');
  p.missing('P3', '2023-06-12', '2023-06-12');
  p.missing('P4', '2023-06-18', '2023-06-18');
  p.missing('P5', '2023-06-30', '2023-07-03');

  const q = new ChildHistory(LA, 'Q');
  q.details({ sex: 'M', dob: '2007-08-10', ethnicity: 'WBRI' }, '2021-03-01');
  q.startCare('2021-03-01', { ls: 'C2', cin: 'N1', place: 'U4', provider: 'PR1' });
  for (const [id, day] of [['Q1', '2023-07-03'], ['Q2', '2023-07-10'], ['Q3', '2023-07-17'], ['Q4', '2023-07-24'], ['Q5', '2023-08-05']] as const) q.missing(id, day, day);
  q.missing('Q6', '2023-08-20', '2023-08-23');

  const r = new ChildHistory(LA, 'R');
  r.details({ sex: 'F', dob: '2009-01-20', ethnicity: 'MWBC' }, '2020-06-01');
  r.startCare('2020-06-01', { ls: 'C2', cin: 'N1', place: 'U6', provider: 'PR1' });
  r.missing('R1', '2023-03-28', '2023-04-03');
  r.missing('R2', '2023-11-15', '2023-11-16', 'A');

  const s = new ChildHistory(LA, 'S');
  s.details({ sex: 'M', dob: '2010-10-10', ethnicity: 'WBRI' }, '2023-08-01');
  s.startCare('2023-08-01', { ls: 'V3', cin: 'N2', place: 'U6' });
  s.missing('S1', '2023-08-02', '2023-08-02');
  s.endCare('2023-08-03', 'E13');

  const t = new ChildHistory(LA, 'T');
  t.details({ sex: 'F', dob: '2011-02-02', ethnicity: 'BAFR' }, '2023-05-15');
  t.startCare('2023-05-15', { ls: 'C1', cin: 'N1', place: 'U4', provider: 'PR1' });
  const inError = t.record('MissingEpisodeStarted', '2023-09-05', { id: 'T1', missingType: 'M' });
  t.record('MissingEpisodeEnded', '2023-09-06', { id: 'T1' });
  t.retract(inError, '2023-09-20');
  t.move('2024-01-15', { place: 'K2', provider: 'PR4', urn: 'SC222222', reason: 'CARPL' });
  t.missing('T2', '2024-03-29');

  const u = new ChildHistory(LA, 'U');
  u.details({ sex: 'M', dob: '2012-12-12', ethnicity: 'WBRI' }, '2022-03-01');
  u.startCare('2022-03-01', { ls: 'C2', cin: 'N1', place: 'U4', provider: 'PR1' });

  const v = new ChildHistory(LA, 'V');
  v.details({ sex: 'F', dob: '2008-02-02', ethnicity: 'WBRI' }, '2022-01-01');
  v.startCare('2022-01-01', { ls: 'C2', cin: 'N1', place: 'U4', provider: 'PR1' });
  v.endCare('2023-06-30', 'E4A');
  v.missing('V1', '2023-08-10', '2023-08-11');

  return [p, q, r, s, t, u, v].flatMap((child) => child.events);
}
