import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { LA, returnOf } from './support/returnOf';

/**
 * Collection year 2023-24. Worked by hand:
 *   AA  in care since 1 Mar 2022; decision 10 Nov 2022, reversed 2 Oct 2023 (RD2: no placement order); a new
 *       decision 15 Jan 2024                         -> 2022-11-10 ceased 2023-10-02 RD2; 2024-01-15 open
 *   AB  in care since 2020; decision 1 Feb 2021, reversed 1 Dec 2022 (RD1)        -> no row: not in force in the year
 *   AC  in care since 2021; decision 1 Jun 2022, recorded again 1 Aug 2022; adopted 20 Dec 2023 (E12)
 *                                                    -> one row 2022-06-01, blank ceased (an adoption is no reversal)
 *   AD  in care 2019 to 2022 (adopted, E11, on 1 May 2022 after a decision on 1 Oct 2021); back in care on
 *       1 Jun 2023                                   -> no row: that decision ended with the adoption before the year
 * As at 30 Sep 2023 AA's reversal is not yet known and its second decision not yet made.
 */
function history(): CaseEvent[] {
  const aa = new ChildHistory(LA, 'AA');
  aa.details({ dob: '2021-01-05' }, '2022-03-01');
  aa.startCare('2022-03-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  aa.record('AdoptionDecisionMade', '2022-11-10', undefined);
  aa.record('AdoptionDecisionReversed', '2023-10-02', { reason: 'RD2' });
  aa.record('AdoptionDecisionMade', '2024-01-15', undefined);

  const ab = new ChildHistory(LA, 'AB');
  ab.details({ dob: '2018-04-04' }, '2020-05-01');
  ab.startCare('2020-05-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  ab.record('AdoptionDecisionMade', '2021-02-01', undefined);
  ab.record('AdoptionDecisionReversed', '2022-12-01', { reason: 'RD1' });

  const ac = new ChildHistory(LA, 'AC');
  ac.details({ dob: '2020-09-09' }, '2021-06-01');
  ac.startCare('2021-06-01', { ls: 'C2', cin: 'N1', place: 'U6' });
  ac.record('AdoptionDecisionMade', '2022-06-01', undefined);
  ac.record('AdoptionDecisionMade', '2022-08-01', undefined);
  ac.endCare('2023-12-20', 'E12');

  const ad = new ChildHistory(LA, 'AD');
  ad.details({ dob: '2017-02-02' }, '2019-03-01');
  ad.startCare('2019-03-01', { ls: 'C2', cin: 'N1', place: 'U6' });
  ad.record('AdoptionDecisionMade', '2021-10-01', undefined);
  ad.endCare('2022-05-01', 'E11');
  ad.startCare('2023-06-01', { ls: 'V2', cin: 'N5', place: 'U6' });

  return [aa, ab, ac, ad].flatMap((child) => child.events);
}

const row = (CHILD: string, DOB: string, DATE_PLACED: string, DATE_PLACED_CEASED = '', REASON_PLACED_CEASED = '') => ({ CHILD, DOB, DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED });

describe('PlacedAdoption: decisions to place for adoption in force in the year', () => {
  it('reports each decision in force, closed by a reversal decided by the cutoff', async () => {
    const tables = await returnOf(history(), 2024);
    expect(tables.placedAdoption).toEqual([
      row('AA', '2021-01-05', '2022-11-10', '2023-10-02', 'RD2'),
      row('AA', '2021-01-05', '2024-01-15'),
      row('AC', '2020-09-09', '2022-06-01'),
    ]);
  });

  it('as at a mid-year date, does not know a later reversal or decision', async () => {
    const tables = await returnOf(history(), 2024, '2023-09-30');
    expect(tables.placedAdoption).toEqual([row('AA', '2021-01-05', '2022-11-10'), row('AC', '2020-09-09', '2022-06-01')]);
  });
});
