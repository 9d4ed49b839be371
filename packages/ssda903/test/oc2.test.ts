import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { LA, returnOf } from './support/returnOf';

/**
 * Collection year 2023-24 (1 April 2023 to 31 March 2024; ages at 31 March 2024). Worked by hand:
 *   OA  in care from 1 Apr 2023, every day of the year (the DfE counts it), aged 4 (3 on 1 April):
 *       development and health assessments, dental check, immunisations up to date  -> HEALTH_CHECK 1, SDQ blank
 *       (none recorded), CONVICTED blank (under 10), substance misuse 0 with blank intervention items
 *   OB  in care from 2 Apr 2023: 12 months less a day                                  -> no row
 *   OC  in care from 31 Mar 2023, exactly 12 months, aged 13: SDQs 18 (May) then 12 (Feb); convicted in Aug;
 *       substance misuse, intervention offered and refused; immunisations up to date in 2022, not in Nov 2023;
 *       health assessment only in Jan 2023 (last year)        -> SDQ 12, CONVICTED 1, 0/0/0 health, misuse 1, 0, 1
 *   OD  in care since 2015, aged 17 (16 on 1 April): SDQ not completed (SDQ5); never had immunisations reviewed;
 *       intervention received                                  -> SDQ_REASON SDQ5, CONVICTED 0, IMMUNISATIONS blank
 *   OE  short breaks (V4) since 2022                           -> no row
 *   OF  ceased 1 Dec 2023;  OG  ceased 1 Jun 2023 and back on 20 Jun -> no rows
 *   OI  aged 3, in care since 2021; an SDQ recorded anyway; immunisations up to date in 2021
 *                                                               -> SDQ blank (rule 188), HEALTH_CHECK 0, IMMUNISATIONS 1
 *   OJ  aged 2, in care since 2022: one health assessment in the year (under 5s need two), a dental check
 *                                                               -> HEALTH_ASSESSMENT 0, TEETH_CHECK 1
 */
function history(): CaseEvent[] {
  const oa = new ChildHistory(LA, 'OA');
  oa.details({ dob: '2019-09-01' }, '2023-04-01');
  oa.startCare('2023-04-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  oa.record('HealthCheckCompleted', '2023-10-10', { check: 'development_assessment' });
  oa.record('HealthCheckCompleted', '2023-10-10', { check: 'health_assessment' });
  oa.record('HealthCheckCompleted', '2024-03-01', { check: 'health_assessment' });
  oa.record('HealthCheckCompleted', '2023-06-01', { check: 'dental_check' });
  oa.record('ImmunisationsReviewed', '2023-10-10', { upToDate: true });

  const ob = new ChildHistory(LA, 'OB');
  ob.details({ dob: '2015-01-01' }, '2023-04-02');
  ob.startCare('2023-04-02', { ls: 'C1', cin: 'N1', place: 'U6' });
  ob.record('HealthCheckCompleted', '2023-05-01', { check: 'health_assessment' });

  const oc = new ChildHistory(LA, 'OC');
  oc.details({ dob: '2010-05-05' }, '2023-03-31');
  oc.startCare('2023-03-31', { ls: 'C2', cin: 'N1', place: 'U4' });
  oc.record('ImmunisationsReviewed', '2022-05-01', { upToDate: true });
  oc.record('HealthCheckCompleted', '2023-01-15', { check: 'health_assessment' });
  oc.record('SdqRecorded', '2023-05-01', { score: 18 });
  oc.record('OffenceRecorded', '2023-08-08', { outcome: 'conviction' });
  oc.record('SubstanceMisuseIdentified', '2023-07-01', { received: false, refused: true });
  oc.record('ImmunisationsReviewed', '2023-11-01', { upToDate: false });
  oc.record('SdqRecorded', '2024-02-01', { score: 12 });

  const od = new ChildHistory(LA, 'OD');
  od.details({ dob: '2006-06-01' }, '2015-02-01');
  od.startCare('2015-02-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  od.record('SdqRecorded', '2023-09-01', { reasonNotCompleted: 'SDQ5' });
  od.record('SubstanceMisuseIdentified', '2023-12-01', { received: true });
  od.record('HealthCheckCompleted', '2023-05-05', { check: 'dental_check' });
  od.record('HealthCheckCompleted', '2023-05-05', { check: 'health_assessment' });

  const oe = new ChildHistory(LA, 'OE');
  oe.details({ dob: '2012-02-02' }, '2022-01-01');
  oe.startCare('2022-01-01', { ls: 'V4', cin: 'N2', place: 'U6' });

  const of = new ChildHistory(LA, 'OF');
  of.details({ dob: '2012-03-03' }, '2021-01-01');
  of.startCare('2021-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  of.endCare('2023-12-01', 'E4A');

  const og = new ChildHistory(LA, 'OG');
  og.details({ dob: '2013-03-03' }, '2021-01-01');
  og.startCare('2021-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  og.endCare('2023-06-01', 'E4A');
  og.startCare('2023-06-20', { ls: 'V2', cin: 'N1', place: 'U4' });

  const oi = new ChildHistory(LA, 'OI');
  oi.details({ dob: '2020-06-01' }, '2021-01-01');
  oi.startCare('2021-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  oi.record('ImmunisationsReviewed', '2021-07-01', { upToDate: true });
  oi.record('SdqRecorded', '2023-09-01', { score: 5 });

  const oj = new ChildHistory(LA, 'OJ');
  oj.details({ dob: '2021-08-01' }, '2022-01-01');
  oj.startCare('2022-01-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  oj.record('HealthCheckCompleted', '2023-09-01', { check: 'health_assessment' });
  oj.record('HealthCheckCompleted', '2023-09-01', { check: 'dental_check' });

  return [oa, ob, oc, od, oe, of, og, oi, oj].flatMap((child) => child.events);
}

/** cells: SDQ_SCORE to INTERVENTION_OFFERED in the file's order, comma-separated. */
const row = (CHILD: string, DOB: string, cells: string) => {
  const [SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED] = cells.split(',');
  return { CHILD, DOB, SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED };
};

describe('OC2: children looked after continuously for 12 months at 31 March', () => {
  it('holds the cohort, with the year\'s outcomes: 0 for not done, blank for not applicable or not known', async () => {
    const tables = await returnOf(history(), 2024);
    expect(tables.oc2).toEqual([
      row('OA', '2019-09-01', ',,,1,1,1,1,0,,'),
      row('OC', '2010-05-05', '12,,1,,0,0,0,1,0,1'),
      row('OD', '2006-06-01', ',SDQ5,0,,,1,1,1,1,'),
      row('OI', '2020-06-01', ',,,0,1,0,0,0,,'),
      row('OJ', '2021-08-01', ',,,0,,1,0,0,,'),
    ]);
  });

  it('as at a mid-year date, is the provisional cohort in care since 1 April, with the facts known by then', async () => {
    const tables = await returnOf(history(), 2024, '2023-09-30');
    expect(tables.oc2.map((r) => r.CHILD)).toEqual(['OA', 'OC', 'OD', 'OF', 'OI', 'OJ']);
    expect(tables.oc2.find((r) => r.CHILD === 'OC')).toMatchObject({ SDQ_SCORE: '18', CONVICTED: '1', IMMUNISATIONS: '1' });
  });

  it('counts an initial health assessment as a health assessment, and a request for one as nothing', async () => {
    // 2023-24 again. IK enters care on 1 Apr 2023 (in the cohort, aged 13), IHA requested 3 Apr and carried out
    // 21 Apr: its only assessment of the year -> 1. IL enters care on 31 Mar 2023, aged 4 at 31 March 2024 (two
    // needed): IHA 14 Apr and a review health assessment 10 Oct make two -> 1. IM, in care from 1 Apr 2023, has the
    // IHA requested but never carried out -> 0. IN's IHA was on 20 Mar 2023, in the year before -> 0.
    const ik = new ChildHistory(LA, 'IK');
    ik.details({ dob: '2010-06-01' }, '2023-04-01');
    ik.startCare('2023-04-01', { ls: 'C2', cin: 'N1', place: 'U4' });
    ik.record('InitialHealthAssessmentRequested', '2023-04-03', undefined);
    ik.record('InitialHealthAssessmentCompleted', '2023-04-21', undefined);
    const il = new ChildHistory(LA, 'IL');
    il.details({ dob: '2019-06-01' }, '2023-03-31');
    il.startCare('2023-03-31', { ls: 'C2', cin: 'N1', place: 'U4' });
    il.record('InitialHealthAssessmentCompleted', '2023-04-14', undefined);
    il.record('HealthCheckCompleted', '2023-10-10', { check: 'health_assessment' });
    const im = new ChildHistory(LA, 'IM');
    im.details({ dob: '2010-06-01' }, '2023-04-01');
    im.startCare('2023-04-01', { ls: 'C2', cin: 'N1', place: 'U4' });
    im.record('InitialHealthAssessmentRequested', '2023-04-01', undefined);
    const iN = new ChildHistory(LA, 'IN');
    iN.details({ dob: '2010-06-01' }, '2023-03-01');
    iN.startCare('2023-03-01', { ls: 'C2', cin: 'N1', place: 'U4' });
    iN.record('InitialHealthAssessmentCompleted', '2023-03-20', undefined);
    const tables = await returnOf([ik, il, im, iN].flatMap((child) => child.events), 2024);
    expect(tables.oc2.map((r) => [r.CHILD, r.HEALTH_ASSESSMENT])).toEqual([['IK', '1'], ['IL', '1'], ['IM', '0'], ['IN', '0']]);
  });
});
