import { describe, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { ReturnSpec } from '../src/testing';

/**
 * Issue 7, defects 1, 3 and 4: a past return restated with the header facts in force at its cutoff. Every test here
 * failed on main before the fix (main printed each child's latest details whatever the year, blanked a DUC after the
 * cutoff, and printed MOTHER for short-break children). Expected rows worked out by hand:
 *   M   girl in care since 2021, not a mother; new details dated 10 Feb 2026: mother of a baby born 1 Feb 2026
 *   R   in care since 2022: sex '1', NOBT, UN1, born 2 Feb 2012; new details dated 15 Jan 2025: F, WIRI, a UPN and
 *       the date of birth 20 Feb 2012
 *   L   in care since Jan 2023 but only details dated 1 May 2024 (after 31 March 2024): a mother of a baby born
 *       20 Apr 2024, UASC
 *   L2  in care since Jan 2023, only details dated 1 May 2024: a mother, her child's birth date not recorded
 *   B   short breaks only (V3) in 2023-24, a mother since 2022              -> MOTHER and MC_DOB blank
 *   B2  a short break (V4), then care (C2) in 2023-24, a mother since 2022   -> MOTHER 1 and MC_DOB printed
 *   U1  UASC since 2022, DUC recorded 10 Jun 2025 (after the cutoff)        -> DUC printed as recorded
 *   U2  UASC, no DUC, born 9 Sep 2007                                       -> DUC is the 18th birthday 9 Sep 2025
 *   U3  UASC, no DUC, born 29 Feb 2008                                      -> 18th birthday 1 Mar 2026 (as ageInYears)
 *   U4  was UASC until 10 Jan 2023, before the year                         -> not in the UASC table
 */
function history(): CaseEvent[] {
  const m = new ChildHistory('990', 'M');
  m.details({ sex: 'F', dob: '2009-05-01', ethnicity: 'WBRI', upn: 'A123456789012', isMother: false }, '2021-09-01');
  m.startCare('2021-09-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  m.details({ sex: 'F', dob: '2009-05-01', ethnicity: 'WBRI', upn: 'A123456789012', isMother: true, childsDob: '2026-02-01' }, '2026-02-10');

  const r = new ChildHistory('990', 'R');
  r.details({ sex: '1', dob: '2012-02-02', ethnicity: 'NOBT', upn: 'UN1' }, '2022-06-01');
  r.startCare('2022-06-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  r.details({ sex: 'F', dob: '2012-02-20', ethnicity: 'WIRI', upn: 'B98765432109X' }, '2025-01-15');

  const l = new ChildHistory('990', 'L');
  l.startCare('2023-01-05', { ls: 'C2', cin: 'N1', place: 'U4' });
  l.details({ sex: 'F', dob: '2008-03-03', ethnicity: 'WBRI', upn: 'UN2', isMother: true, childsDob: '2024-04-20', uasc: true }, '2024-05-01');

  const l2 = new ChildHistory('990', 'L2');
  l2.startCare('2023-01-05', { ls: 'C2', cin: 'N1', place: 'U4' });
  l2.details({ sex: 'F', dob: '2008-04-04', ethnicity: 'WBRI', upn: 'UN2', isMother: true }, '2024-05-01');

  const b = new ChildHistory('990', 'B');
  b.details({ sex: 'F', dob: '2006-06-06', ethnicity: 'WBRI', isMother: true, childsDob: '2022-11-11' }, '2022-12-01');
  b.startCare('2023-06-01', { ls: 'V3', cin: 'N2', place: 'U6' });
  b.endCare('2023-06-04', 'E13');

  const b2 = new ChildHistory('990', 'B2');
  b2.details({ sex: 'F', dob: '2006-07-07', ethnicity: 'WBRI', isMother: true, childsDob: '2022-10-10' }, '2022-12-01');
  b2.startCare('2023-06-01', { ls: 'V4', cin: 'N2', place: 'U6' });
  b2.endCare('2023-06-04', 'E13');
  b2.startCare('2023-09-01', { ls: 'C2', cin: 'N1', place: 'U4' });

  const u1 = new ChildHistory('990', 'U1');
  u1.details({ sex: 'M', dob: '2008-01-15', ethnicity: 'AOTH', uasc: true, uascCeased: '2025-06-10' }, '2022-04-01');
  u1.startCare('2022-04-01', { ls: 'V2', cin: 'N8', place: 'U4' });

  const u2 = new ChildHistory('990', 'U2');
  u2.details({ sex: 'M', dob: '2007-09-09', ethnicity: 'AOTH', uasc: true }, '2022-04-01');
  u2.startCare('2022-04-01', { ls: 'V2', cin: 'N8', place: 'U4' });

  const u3 = new ChildHistory('990', 'U3');
  u3.details({ sex: 'M', dob: '2008-02-29', ethnicity: 'AOTH', uasc: true }, '2022-04-01');
  u3.startCare('2022-04-01', { ls: 'V2', cin: 'N8', place: 'U4' });

  const u4 = new ChildHistory('990', 'U4');
  u4.details({ sex: 'M', dob: '2005-03-03', ethnicity: 'AOTH', uasc: true, uascCeased: '2023-01-10' }, '2021-04-01');
  u4.startCare('2021-04-01', { ls: 'C2', cin: 'N8', place: 'U4' });

  return [m, r, l, l2, b, b2, u1, u2, u3, u4].flatMap((child) => child.events);
}

const given = () => ReturnSpec.given(history()).forLa('990');

describe('a past return holds the header facts in force at its cutoff (issue 7 defect 1; failed on main)', () => {
  it('2023-24 shows a girl who became a mother in 2026 as not a mother, and the sex, ethnicity, UPN and DOB of then', async () => {
    await given().year(2024).asAt('2026-06-30').then.table('header', [
      { CHILD: 'M', SEX: '2', DOB: '01/05/2009', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '0', MC_DOB: '' },
      { CHILD: 'R', SEX: '1', DOB: '02/02/2012', ETHNIC: 'NOBT', UPN: 'UN1', MOTHER: '', MC_DOB: '' },
    ], { children: ['M', 'R'] });
  });

  it('2025-26 shows the same girl as the mother of a baby born on 1 February 2026', async () => {
    await given().year(2026).asAt('2026-06-30').then.table('header', [
      { CHILD: 'M', SEX: 'F', DOB: '01/05/2009', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '1', MC_DOB: '01/02/2026' },
    ], { children: ['M'] });
  });

  it('a mid-year return (2024-25 as at 31 December 2024) holds the details of then; the full year those of 31 March', async () => {
    await given().year(2025).asAt('2024-12-31').then.table('header', [
      { CHILD: 'R', SEX: 'M', DOB: '02/02/2012', ETHNIC: 'NOBT', UPN: 'UN1', MOTHER: '', MC_DOB: '' },
    ], { children: ['R'] });
    await given().year(2025).asAt('2026-06-30').then.table('header', [
      { CHILD: 'R', SEX: 'F', DOB: '20/02/2012', ETHNIC: 'WIRI', UPN: 'B98765432109X', MOTHER: '', MC_DOB: '' },
    ], { children: ['R'] });
  });

  it('a child whose only details are dated after the cutoff keeps the stable fields but no motherhood or UASC not yet happened', async () => {
    const spec = given().year(2024).asAt('2026-06-30');
    await spec.then.table('header', [
      { CHILD: 'L', SEX: '2', DOB: '03/03/2008', ETHNIC: 'WBRI', UPN: 'UN2', MOTHER: '0', MC_DOB: '' },
      { CHILD: 'L2', SEX: '2', DOB: '04/04/2008', ETHNIC: 'WBRI', UPN: 'UN2', MOTHER: '', MC_DOB: '' },
    ], { children: ['L', 'L2'] });
    await spec.then.table('uasc', [], { children: ['L'] });
  });
});

describe('DUC is printed as recorded, or the 18th birthday of a UASC child with none (issue 7 defect 3; failed on main)', () => {
  it('2023-24 prints a DUC after the cutoff, the 18th birthday when none is recorded, and leaves out a UASC status ended before the year', async () => {
    await given().year(2024).asAt('2026-06-30').then.table('uasc', [
      { CHILD: 'U1', DOB: '15/01/2008', SEX: '1', DUC: '10/06/2025' },
      { CHILD: 'U2', DOB: '09/09/2007', SEX: '1', DUC: '09/09/2025' },
      { CHILD: 'U3', DOB: '29/02/2008', SEX: '1', DUC: '01/03/2026' },
    ]);
  });

  it('the next year prints the same DUC', async () => {
    await given().year(2025).asAt('2026-06-30').then.table('uasc', [{ CHILD: 'U1', DOB: '15/01/2008', SEX: 'M', DUC: '10/06/2025' }], { children: ['U1'] });
  });
});

describe('MOTHER and MC_DOB are blank for a child on short breaks only (issue 7 defect 4; failed on main)', () => {
  it('blanks them for V3-only, prints them for a child with a short break and a care episode', async () => {
    await given().year(2024).asAt('2026-06-30').then.table('header', [
      { CHILD: 'B', SEX: '2', DOB: '06/06/2006', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '', MC_DOB: '' },
      { CHILD: 'B2', SEX: '2', DOB: '07/07/2006', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '1', MC_DOB: '10/10/2022' },
    ], { children: ['B', 'B2'] });
  });
});
