import { describe, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { ReturnSpec } from '../src/testing';

/**
 * Hand-made LA for the year 2023-24 (1 April 2023 to 31 March 2024). Expected answers worked out by hand:
 *   A  three placements in the year, in care at 31 March (age 13, female, C1, K2)   -> at 31 March, during, started
 *   B  short breaks only (V3)                                                      -> in the 903 tables, in no figure
 *   C  starts 10 Apr (V2), ceases 1 Jun, starts again 1 Oct (C1), in care at 31 Mar  -> at 31 March, during, started once, ceased
 *   D  started 3 Apr 2023, corrected to 25 Mar 2023; ceased 1 Nov                    -> during, ceased; not started
 *   E  aged 17 on 31 March, UASC until 18th birthday (20 Aug 2024), in care since 2020 -> at 31 March (16 and over, UASC), during
 *   F  ceased in 2022                                                               -> nowhere
 *   G  ceased on 31 March 2024 (adopted, E11)                                       -> during, ceased; not at 31 March
 */
function fixtureHistory(): CaseEvent[] {
  const a = new ChildHistory('990', 'A');
  a.details({ sex: 'F', dob: '2010-06-15', ethnicity: 'WBRI', upn: 'A123456789012', isMother: false }, '2023-05-01');
  a.startCare('2023-05-01', { ls: 'C1', cin: 'N1', place: 'U6', provider: 'PR1' });
  a.move('2023-08-01', { place: 'U4', provider: 'PR4', reason: 'CARPL' });
  a.move('2023-12-01', { place: 'K2', provider: 'PR4', urn: 'SC123456', reason: 'CREQB' });
  a.review('2023-05-25', 'PN1');

  const b = new ChildHistory('990', 'B');
  b.details({ sex: 'M', dob: '2012-01-01', ethnicity: 'MWBC' }, '2023-06-01');
  b.startCare('2023-06-01', { ls: 'V3', cin: 'N2', place: 'U6' });
  b.endCare('2023-06-04', 'E13');
  b.startCare('2023-09-10', { ls: 'V3', cin: 'N2', place: 'U6' });
  b.endCare('2023-09-12', 'E13');
  b.startCare('2024-03-30', { ls: 'V3', cin: 'N2', place: 'U6' });

  const c = new ChildHistory('990', 'C');
  c.details({ sex: 'M', dob: '2018-02-01', ethnicity: 'BAFR' }, '2023-04-10');
  c.startCare('2023-04-10', { ls: 'V2', cin: 'N4', place: 'U6' });
  c.endCare('2023-06-01', 'E4A');
  c.startCare('2023-10-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  c.missing('c-1', '2023-11-02', '2023-11-03');

  const d = new ChildHistory('990', 'D');
  d.details({ sex: 'F', dob: '2009-03-03', ethnicity: 'WOTH' }, '2023-03-01');
  const wrongStart = d.startCare('2023-04-03', { ls: 'V2', cin: 'N5', place: 'U6' });
  d.endCare('2023-11-01', 'E4A');
  d.replace(wrongStart, '2023-12-15', { type: 'PeriodOfCareStarted', occurredAt: '2023-03-25', payload: { legalStatus: 'V2', categoryOfNeed: 'N5', placementType: 'U6' } });

  const e = new ChildHistory('990', 'E');
  e.details({ sex: 'M', dob: '2006-08-20', ethnicity: 'AOTH', uasc: true, uascCeased: '2024-08-20' }, '2020-01-01');
  e.startCare('2020-01-01', { ls: 'C2', cin: 'N8', place: 'U4' });

  const f = new ChildHistory('990', 'F');
  f.details({ sex: 'F', dob: '2015-01-01' }, '2021-01-01');
  f.startCare('2021-01-01', { ls: 'V2', place: 'U6' });
  f.endCare('2022-02-01', 'E4A');

  const g = new ChildHistory('990', 'G');
  g.details({ sex: 'F', dob: '2021-04-01', ethnicity: 'WBRI' }, '2022-05-05');
  g.startCare('2022-05-05', { ls: 'C2', cin: 'N1', place: 'U6' });
  g.endCare('2024-03-31', 'E11');

  return [a, b, c, d, e, f, g].flatMap((child) => child.events);
}

const spec = ReturnSpec.given(fixtureHistory()).forLa('990').year(2024).asAt('2024-06-30')
  .withPopulation([{ laCode: '990', midYear: 2023, estimate: 1800 }, { laCode: '990', midYear: 2024, estimate: 99999 }]);

describe('headline figures on a hand-made LA (2023-24)', () => {
  it('counts children looked after at 31 March, excluding short breaks and a child who ceased on 31 March', async () => {
    await spec.then.figure('cla_at_31_march', {
      value: 3,
      breakdowns: {
        sex: { Female: 1, Male: 2 },
        ageBandAt31March: { '10 to 15': 1, '16 and over': 1, '5 to 9': 1 },
        legalStatus: { C1: 2, C2: 1 },
        placementType: { K2: 1, U4: 1, U6: 1 },
        uasc: { 'Not UASC': 2, UASC: 1 },
      },
    });
  });

  it('computes the rate per 10,000 on the previous mid-year population', async () => {
    await spec.then.figure('cla_rate_per_10000', { value: 17, numerator: 3, denominator: 1800 });
  });

  it('counts each child once during the year, starts once and ceases once', async () => {
    await spec.thenFigures({
      cla_during_year: { value: 5 },
      started_in_year: { value: 2, breakdowns: { legalStatus: { C1: 1, V2: 1 } } },
      ceased_in_year: { value: 3, breakdowns: { reasonCeased: { E11: 1, E4A: 2 } } },
    });
  });

  it('writes 903 rows for every child looked after in the year, short breaks included', async () => {
    await spec.then.children('header', ['A', 'B', 'C', 'D', 'E', 'G']);
    await spec.then.rowCount('episodes', 11);
    await spec.then.csv(
      'episodes',
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n'
      + 'A,01/05/2023,S,C1,N1,U6,PR1,01/08/2023,X1,CARPL,,,\n'
      + 'A,01/08/2023,P,C1,N1,U4,PR4,01/12/2023,X1,CREQB,,,\n'
      + 'A,01/12/2023,P,C1,N1,K2,PR4,,,,,,SC123456\n'
      + 'D,25/03/2023,S,V2,N5,U6,,01/11/2023,E4A,,,,\n',
      { children: ['A', 'D'] },
    );
    await spec.then.table('header', [{ CHILD: 'A', SEX: '2', DOB: '15/06/2010', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '0', MC_DOB: '' }], { children: ['A'] });
    // DUC as recorded (his 18th birthday), though after the cutoff: issue 7 defect 3.
    await spec.then.table('uasc', [{ CHILD: 'E', DOB: '20/08/2006', SEX: '1', DUC: '20/08/2024' }]);
    await spec.then.table('reviews', [{ CHILD: 'A', DOB: '15/06/2010', REVIEW: '25/05/2023', REVIEW_CODE: 'PN1' }]);
    await spec.then.table('missing', [{ CHILD: 'C', DOB: '01/02/2018', MISSING: 'M', MIS_START: '02/11/2023', MIS_END: '03/11/2023' }]);
  });
});
