import type { CaseEvent } from '@careledger/events';
import { ChildHistory } from '@careledger/events/testing';
import type { PopulationEstimate } from '../../src';

export const LA = '990';

/** DfE's rate for 2023-24 uses the mid-2023 estimate; the mid-2024 one is there to be ignored. */
export const POPULATION: readonly PopulationEstimate[] = [{ laCode: LA, midYear: 2023, estimate: 1800 }, { laCode: LA, midYear: 2024, estimate: 99999 }];

/**
 * A hand-made LA around the year 2023-24 (1 April 2023 to 31 March 2024), the headline fixture of services/returns
 * with three more children. Each measure's test works its answer out from this list:
 *   A  F 2010-06-15: starts 2023-05-01 (C1, U6), moves 2023-08-01 (U4) and 2023-12-01 (K2); in care since
 *      (for the missing measures: missing 2023-09-15 to 09-16, away 2024-01-10 back that day, missing from 2024-03-28, open)
 *   B  short breaks only (V3), three times                                  -> in no figure
 *   C  M 2018-02-01: starts 2023-04-10 (V2, U6), ceases 2023-06-01 (E4A); starts again 2023-10-01 (C1, U6)
 *   D  F 2009-03-03: start recorded as 2023-04-03, corrected to 2023-03-25 (V2, U6); ceases 2023-11-01 (E4A)
 *   E  M 2006-08-20, UASC until 2024-08-20 (DUC): in care since 2020-01-01 (C2, U4)
 *   F  F 2015-01-01: in care 2021-01-01 to 2022-02-01 (E4A)                   -> before the year
 *   G  F 2021-04-01: in care since 2022-05-05 (C2, U6); adopted 2024-03-31 (E11)
 *   H  M 2007-01-10, UASC until 2024-01-15 (DUC): in care since 2022-09-01 (C2, U4)
 *   I  F 2016-05-05: in care since 2021-06-01 (C2, U4); special guardianship 2023-09-30 (E45)
 */
export function smallLa(): CaseEvent[] {
  const a = new ChildHistory(LA, 'A');
  a.details({ sex: 'F', dob: '2010-06-15', ethnicity: 'WBRI', upn: 'A123456789012', isMother: false }, '2023-05-01');
  a.startCare('2023-05-01', { ls: 'C1', cin: 'N1', place: 'U6', provider: 'PR1' });
  a.move('2023-08-01', { place: 'U4', provider: 'PR4', reason: 'CARPL' });
  a.move('2023-12-01', { place: 'K2', provider: 'PR4', urn: 'SC123456', reason: 'CREQB' });
  a.missing('A1', '2023-09-15', '2023-09-16');
  a.missing('A2', '2024-01-10', '2024-01-10', 'A');
  a.missing('A3', '2024-03-28');

  const b = new ChildHistory(LA, 'B');
  b.details({ sex: 'M', dob: '2012-01-01', ethnicity: 'MWBC' }, '2023-06-01');
  b.startCare('2023-06-01', { ls: 'V3', cin: 'N2', place: 'U6' });
  b.endCare('2023-06-04', 'E13');
  b.startCare('2023-09-10', { ls: 'V3', cin: 'N2', place: 'U6' });
  b.endCare('2023-09-12', 'E13');
  b.startCare('2024-03-30', { ls: 'V3', cin: 'N2', place: 'U6' });

  const c = new ChildHistory(LA, 'C');
  c.details({ sex: 'M', dob: '2018-02-01', ethnicity: 'BAFR' }, '2023-04-10');
  c.startCare('2023-04-10', { ls: 'V2', cin: 'N4', place: 'U6' });
  c.endCare('2023-06-01', 'E4A');
  c.startCare('2023-10-01', { ls: 'C1', cin: 'N1', place: 'U6' });

  const d = new ChildHistory(LA, 'D');
  d.details({ sex: 'F', dob: '2009-03-03', ethnicity: 'WOTH' }, '2023-03-01');
  const wrongStart = d.startCare('2023-04-03', { ls: 'V2', cin: 'N5', place: 'U6' });
  d.endCare('2023-11-01', 'E4A');
  d.replace(wrongStart, '2023-12-15', { type: 'PeriodOfCareStarted', occurredAt: '2023-03-25', payload: { legalStatus: 'V2', categoryOfNeed: 'N5', placementType: 'U6' } });

  const e = new ChildHistory(LA, 'E');
  e.details({ sex: 'M', dob: '2006-08-20', ethnicity: 'AOTH', uasc: true, uascCeased: '2024-08-20' }, '2020-01-01');
  e.startCare('2020-01-01', { ls: 'C2', cin: 'N8', place: 'U4' });

  const f = new ChildHistory(LA, 'F');
  f.details({ sex: 'F', dob: '2015-01-01' }, '2021-01-01');
  f.startCare('2021-01-01', { ls: 'V2', place: 'U6' });
  f.endCare('2022-02-01', 'E4A');

  const g = new ChildHistory(LA, 'G');
  g.details({ sex: 'F', dob: '2021-04-01', ethnicity: 'WBRI' }, '2022-05-05');
  g.startCare('2022-05-05', { ls: 'C2', cin: 'N1', place: 'U6' });
  g.endCare('2024-03-31', 'E11');

  const h = new ChildHistory(LA, 'H');
  h.details({ sex: 'M', dob: '2007-01-10', ethnicity: 'AOTH', uasc: true, uascCeased: '2024-01-15' }, '2022-09-01');
  h.startCare('2022-09-01', { ls: 'C2', cin: 'N8', place: 'U4' });

  const i = new ChildHistory(LA, 'I');
  i.details({ sex: 'F', dob: '2016-05-05', ethnicity: 'WBRI' }, '2021-06-01');
  i.startCare('2021-06-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  i.endCare('2023-09-30', 'E45');

  return [a, b, c, d, e, f, g, h, i].flatMap((child) => child.events);
}

/**
 * smallLa with four more children who leave care in January-March 2024, for the figures about leaving care:
 *   K  M 2012-03-03: starts 2023-04-05 (V2, U6), ceases 2023-05-01 (E4A); starts 2023-07-01 (C2, U4), adopted 2024-02-10 (E11);
 *      a youth caution on 2023-10-10
 *   L  F 2020-01-01: in care since 2022-01-01 (C2, U4); adopted 2024-01-20 (E11)
 *   M  M 2011-11-11: in care since 2022-02-01 (V2, U6); ceases 2024-02-05 (E4A)
 *   N  F 2013-12-12: in care since 2022-03-01 (C2, U4); ceases 2024-02-20 (E13)
 */
export function smallLaWithLeavers(): CaseEvent[] {
  const k = new ChildHistory(LA, 'K');
  k.details({ sex: 'M', dob: '2012-03-03' }, '2023-04-05');
  k.startCare('2023-04-05', { ls: 'V2', cin: 'N4', place: 'U6' });
  k.endCare('2023-05-01', 'E4A');
  k.startCare('2023-07-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  k.record('OffenceRecorded', '2023-10-10', { outcome: 'youth_caution' });
  k.endCare('2024-02-10', 'E11');

  const l = new ChildHistory(LA, 'L');
  l.details({ sex: 'F', dob: '2020-01-01' }, '2022-01-01');
  l.startCare('2022-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  l.endCare('2024-01-20', 'E11');

  const m = new ChildHistory(LA, 'M');
  m.details({ sex: 'M', dob: '2011-11-11' }, '2022-02-01');
  m.startCare('2022-02-01', { ls: 'V2', cin: 'N4', place: 'U6' });
  m.endCare('2024-02-05', 'E4A');

  const n = new ChildHistory(LA, 'N');
  n.details({ sex: 'F', dob: '2013-12-12' }, '2022-03-01');
  n.startCare('2022-03-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  n.endCare('2024-02-20', 'E13');

  return [...smallLa(), ...[k, l, m, n].flatMap((child) => child.events)];
}

/**
 * A relevant child for the catalogue's contract tests, kept out of smallLaWithLeavers so its figures stay as they
 * are: neither smallLa nor the synthetic LA has a 16- or 17-year-old who has left care at 31 March 2024.
 *   R  F 2006-06-01: in care 2021-01-01 to 2022-12-01 (E8, aged 16): relevant at 17 on 31 March 2024
 */
export function relevantCareLeaver(): CaseEvent[] {
  const r = new ChildHistory(LA, 'R');
  r.details({ sex: 'F', dob: '2006-06-01' }, '2021-01-01');
  r.startCare('2021-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  r.endCare('2022-12-01', 'E8');
  return r.events;
}
