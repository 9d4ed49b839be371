import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { selectCareLeaversWithoutContact } from '../src';
import { LA, returnOf, scopeOf, withProjections } from './support/returnOf';

/**
 * Collection year 2023-24. Worked by hand (birthday in the year; contact window 3 months before to 1 month after):
 *   LA17 turns 17 on 15 Aug 2023; in care Jan 2020 to 1 Jun 2023; contacts 20 May (87 days before) and 20 Aug
 *        (5 days after)                                            -> the 20 Aug contact: YES, F2, D1
 *   LB17 turns 17 on 10 Oct 2023 still in care                     -> no row (rule 1007), no issue
 *   LC19 19 on 1 Dec 2023; left care on the 18th birthday (E17); contacts 20 Nov 2023 and 15 Feb 2024 (76 days
 *        after, outside the window)                                -> the 20 Nov contact: YES, G6, Z1
 *   LD20 20 on 7 Jul 2023; left care at 18; no contact             -> no row; a return issue
 *   LE   died in care (E2) at 15; would be 17 on 9 Sep 2023        -> no row, no issue
 *   LF   short breaks (V3) only, would be 17 on 11 Nov 2023        -> no row, no issue
 *   LG   17 on 20 Apr 2023; looked after only 59 days after 14     -> no row, no issue (not a care leaver)
 *   LH   care transferred to another LA (E3) at 16; 18 on 6 Jun 2023 -> no row, no issue
 *   LI   21 on 10 May 2023; contact exactly 3 months before, 10 Feb 2023 (last year) -> REFU, 0, 0
 *   LJ   18 on 5 Jan 2024; left care at 17 and a half (5 Jul 2023); contact 10 Jan 2024 -> no row, no issue (rule
 *        1016: left care after the 17th birthday)
 *   LK   17 on 1 Sep 2023, leaving care that day; contact 5 Sep 2023 -> no row, no issue (rule 1016)
 */
function history(): CaseEvent[] {
  const a = new ChildHistory(LA, 'LA17');
  a.details({ dob: '2006-08-15' }, '2020-01-01');
  a.startCare('2020-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  a.endCare('2023-06-01', 'E13');
  a.record('CareLeaverContactRecorded', '2023-05-20', { inTouch: 'YES', activity: 'P5', accommodation: 'B1' });
  a.record('CareLeaverContactRecorded', '2023-08-20', { inTouch: 'YES', activity: 'F2', accommodation: 'D1' });

  const b = new ChildHistory(LA, 'LB17');
  b.details({ dob: '2006-10-10' }, '2019-01-01');
  b.startCare('2019-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });

  const c = new ChildHistory(LA, 'LC19');
  c.details({ dob: '2004-12-01' }, '2018-03-01');
  c.startCare('2018-03-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  c.endCare('2022-12-01', 'E17');
  c.record('CareLeaverContactRecorded', '2023-11-20', { inTouch: 'YES', activity: 'G6', accommodation: 'Z1' });
  c.record('CareLeaverContactRecorded', '2024-02-15', { inTouch: 'YES', activity: 'F5', accommodation: 'U1' });

  const d = new ChildHistory(LA, 'LD20');
  d.details({ dob: '2003-07-07' }, '2017-01-01');
  d.startCare('2017-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  d.endCare('2021-07-07', 'E17');

  const e = new ChildHistory(LA, 'LE');
  e.details({ dob: '2006-09-09' }, '2019-01-01');
  e.startCare('2019-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  e.endCare('2022-02-02', 'E2');

  const f = new ChildHistory(LA, 'LF');
  f.details({ dob: '2006-11-11' }, '2021-01-01');
  f.startCare('2021-01-01', { ls: 'V3', cin: 'N2', place: 'U6' });
  f.endCare('2023-05-01', 'E13');

  const g = new ChildHistory(LA, 'LG');
  g.details({ dob: '2006-04-20' }, '2023-01-01');
  g.startCare('2023-01-01', { ls: 'V2', cin: 'N1', place: 'U4' });
  g.endCare('2023-03-01', 'E4A');
  g.record('CareLeaverContactRecorded', '2023-04-20', { inTouch: 'YES', activity: 'F2', accommodation: 'B1' });

  const h = new ChildHistory(LA, 'LH');
  h.details({ dob: '2005-06-06' }, '2019-01-01');
  h.startCare('2019-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  h.endCare('2022-01-01', 'E3');

  const i = new ChildHistory(LA, 'LI');
  i.details({ dob: '2002-05-10' }, '2016-01-01');
  i.startCare('2016-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  i.endCare('2020-05-10', 'E17');
  i.record('CareLeaverContactRecorded', '2023-02-10', { inTouch: 'REFU', activity: '0', accommodation: '0' });

  const j = new ChildHistory(LA, 'LJ');
  j.details({ dob: '2006-01-05' }, '2019-01-01');
  j.startCare('2019-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  j.endCare('2023-07-05', 'E13');
  j.record('CareLeaverContactRecorded', '2024-01-10', { inTouch: 'YES', activity: 'F2', accommodation: 'B1' });

  const k = new ChildHistory(LA, 'LK');
  k.details({ dob: '2006-09-01' }, '2019-01-01');
  k.startCare('2019-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  k.endCare('2023-09-01', 'E13');
  k.record('CareLeaverContactRecorded', '2023-09-05', { inTouch: 'YES', activity: 'F2', accommodation: 'B1' });

  return [a, b, c, d, e, f, g, h, i, j, k].flatMap((child) => child.events);
}

describe('OC3: care leavers around their 17th to 21st birthdays', () => {
  it('reports the contact nearest the birthday, for care leavers not looked after on it', async () => {
    const tables = await returnOf(history(), 2024);
    expect(tables.oc3).toEqual([
      { CHILD: 'LA17', DOB: '2006-08-15', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'D1' },
      { CHILD: 'LC19', DOB: '2004-12-01', IN_TOUCH: 'YES', ACTIV: 'G6', ACCOM: 'Z1' },
      { CHILD: 'LI', DOB: '2002-05-10', IN_TOUCH: 'REFU', ACTIV: '0', ACCOM: '0' },
    ]);
    // The Header holds the children looked after in the year and the care leavers with an OC3 row (rule 1012), not
    // LD20, who has none (a Header row with neither episodes nor OC3 fails rule EPI).
    expect(tables.header.map((row) => row.CHILD)).toEqual(['LA17', 'LB17', 'LC19', 'LF', 'LI', 'LJ', 'LK']);
  });

  it('names the care leaver with no contact around the birthday as a return issue', async () => {
    const issues = await withProjections(history(), (store) => selectCareLeaversWithoutContact(store, scopeOf(2024)));
    expect(issues).toEqual([{ childId: 'LD20', age: 20, birthday: '2023-07-07', contactFrom: '2023-04-07', contactTo: '2023-08-07' }]);
  });

  it('as at a mid-year date, knows only the birthdays and contacts by then', async () => {
    const events = history();
    const tables = await returnOf(events, 2024, '2023-08-16');
    // LA17's birthday has passed but the nearer contact is not yet made: the May one stands in.
    expect(tables.oc3).toEqual([
      { CHILD: 'LA17', DOB: '2006-08-15', IN_TOUCH: 'YES', ACTIV: 'P5', ACCOM: 'B1' },
      { CHILD: 'LI', DOB: '2002-05-10', IN_TOUCH: 'REFU', ACTIV: '0', ACCOM: '0' },
    ]);
    const issues = await withProjections(events, (store) => selectCareLeaversWithoutContact(store, scopeOf(2024, '2023-08-16')));
    expect(issues.map((issue) => issue.childId)).toEqual(['LD20']);
  });

  it('counts a 29 February birthday on 1 March in other years', async () => {
    const leap = new ChildHistory(LA, 'LL');
    leap.details({ dob: '2008-02-29' }, '2020-01-01');
    leap.startCare('2020-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
    leap.endCare('2024-10-01', 'E13');
    // 17 on 1 March 2025 (2024-25), with no contact yet: the issue names the birthday and its window.
    const issues = await withProjections(leap.events, (store) => selectCareLeaversWithoutContact(store, scopeOf(2025)));
    expect(issues).toEqual([{ childId: 'LL', age: 17, birthday: '2025-03-01', contactFrom: '2024-12-01', contactTo: '2025-04-01' }]);
    // 16 on 29 February 2024: no OC3 birthday in 2023-24.
    expect(await withProjections(leap.events, (store) => selectCareLeaversWithoutContact(store, scopeOf(2024)))).toEqual([]);
  });
});
