import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear } from '@careledger/ssda903';
import { computeMeasure, measureById, yearOf } from '../../src';

const LA = '990';
const year = yearOf(collectionYear(2024));

/*
 * 2023-24. The OC2 cohort (looked after continuously from 1 April 2023 or before, still at 31 March 2024): H1-H6.
 *   H1 3 on 31 March (2020-06-01), in care since 2022: health assessments 2023-06-01 and 2023-12-01 (two, as an
 *      under-5 needs), development assessment, dental check, immunisations up to date.
 *   H2 3 (2020-09-09), since 2022: one health assessment (an under-5 needs two), immunisations NOT up to date.
 *   H3 12 (2011-05-05), since 2020: health assessment, dental check, immunisations up to date, SDQ 16, convicted
 *      2023-11-01 and cautioned 2024-01-15.
 *   H4 14 (2009-07-07), since 2021-04-01: no health assessment, SDQ 17, substance misuse 2023-06-01.
 *   H5 15 (2008-08-08), since 2019: health assessment, SDQ 20.
 *   H6 10 (2013-04-04), since 2023-04-01 exactly (1 April counts): health assessment, SDQ 19.
 *   H7 8, since 2023-04-02: a day short, not in OC2. H8 13, in care 2020 to 2024-02-01: not in OC2; cautioned
 *      2023-06-01 while looked after.
 */
function healthLa() {
  const child = (id: string, dob: string, since: string) => {
    const h = new ChildHistory(LA, id);
    h.details({ sex: 'F', dob }, since);
    h.startCare(since, { ls: 'C2', cin: 'N1', place: 'U4' });
    return h;
  };
  const h1 = child('H1', '2020-06-01', '2022-01-01');
  h1.record('HealthCheckCompleted', '2023-06-01', { check: 'health_assessment' });
  h1.record('HealthCheckCompleted', '2023-12-01', { check: 'health_assessment' });
  h1.record('HealthCheckCompleted', '2023-07-01', { check: 'development_assessment' });
  h1.record('HealthCheckCompleted', '2023-08-01', { check: 'dental_check' });
  h1.record('ImmunisationsReviewed', '2023-05-01', { upToDate: true });
  const h2 = child('H2', '2020-09-09', '2022-02-01');
  h2.record('HealthCheckCompleted', '2023-10-01', { check: 'health_assessment' });
  h2.record('ImmunisationsReviewed', '2023-10-01', { upToDate: false });
  const h3 = child('H3', '2011-05-05', '2020-01-01');
  h3.record('HealthCheckCompleted', '2023-09-01', { check: 'health_assessment' });
  h3.record('HealthCheckCompleted', '2023-09-02', { check: 'dental_check' });
  h3.record('ImmunisationsReviewed', '2023-09-01', { upToDate: true });
  h3.record('SdqRecorded', '2023-09-01', { score: 16 });
  h3.record('OffenceRecorded', '2023-11-01', { outcome: 'conviction' });
  h3.record('OffenceRecorded', '2024-01-15', { outcome: 'youth_caution' });
  const h4 = child('H4', '2009-07-07', '2021-04-01');
  h4.record('SdqRecorded', '2023-09-01', { score: 17 });
  h4.record('SubstanceMisuseIdentified', '2023-06-01', { refused: true });
  const h5 = child('H5', '2008-08-08', '2019-01-01');
  h5.record('HealthCheckCompleted', '2023-05-05', { check: 'health_assessment' });
  h5.record('SdqRecorded', '2023-09-01', { score: 20 });
  const h6 = child('H6', '2013-04-04', '2023-04-01');
  h6.record('HealthCheckCompleted', '2023-05-05', { check: 'health_assessment' });
  h6.record('SdqRecorded', '2023-09-01', { score: 19 });
  const h7 = child('H7', '2015-05-05', '2023-04-02');
  h7.record('HealthCheckCompleted', '2023-05-05', { check: 'health_assessment' });
  const h8 = child('H8', '2010-10-10', '2020-01-01');
  h8.record('OffenceRecorded', '2023-06-01', { outcome: 'youth_caution' });
  h8.endCare('2024-02-01', 'E4A');
  return [h1, h2, h3, h4, h5, h6, h7, h8].flatMap((h) => h.events);
}

type Store = Parameters<typeof computeMeasure>[0];
const figure = async (store: Store, id: string) => {
  const { value, numerator, denominator } = await computeMeasure(store, measureById(id)!, { laCode: LA, period: year });
  return [value, numerator, denominator];
};

describe('health of children in care 12 months (OC2)', () => {
  it('counts the OC2 cohort as the return does, each outcome over it', async () => {
    await withProjections(healthLa(), async (store) => {
      // H1 (two assessments), H3, H5, H6: 4 of 6 = 66.7 -> 67. H2 had one (needs two), H4 none.
      expect(await figure(store, 'oc2_health_assessment_percent')).toEqual([67, 4, 6]);
      const rows = (await computeMeasure(store, measureById('oc2_health_assessment_percent')!, { laCode: LA, period: year })).children.map((r) => r.child_id);
      expect(rows).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
      expect(await figure(store, 'oc2_dental_check_percent')).toEqual([33, 2, 6]);
      // H1 and H3 up to date; H2 reviewed and not; the rest never reviewed (not up to date): 2/6.
      expect(await figure(store, 'oc2_immunisations_percent')).toEqual([33, 2, 6]);
      // Under 5: H1 and H2; H1 assessed.
      expect(await figure(store, 'oc2_development_assessment_percent')).toEqual([50, 1, 2]);
      expect(await figure(store, 'oc2_substance_misuse_percent')).toEqual([17, 1, 6]);
    });
  });

  it('SDQs: completed, the average, and the concern thresholds 17 (DfE) and 20 (local)', async () => {
    await withProjections(healthLa(), async (store) => {
      // Aged 5 to 16: H3 (16), H4 (17), H5 (20), H6 (19): all have scores.
      expect(await figure(store, 'oc2_sdq_completed_percent')).toEqual([100, 4, 4]);
      // (16 + 17 + 20 + 19) / 4 = 18.0.
      expect((await figure(store, 'oc2_sdq_average'))[0]).toBe(18);
      // 17 or more: H4, H5, H6 = 75%; 20 or more: H5 = 25%.
      expect(await figure(store, 'oc2_sdq_concern_percent')).toEqual([75, 3, 4]);
      expect(await figure(store, 'oc2_sdq_concern_20_percent')).toEqual([25, 1, 4]);
    });
  });

  it('convictions among those aged 10 to 17, and offences by children looked after (local)', async () => {
    await withProjections(healthLa(), async (store) => {
      // Aged 10 or over: H3, H4, H5, H6; H3 convicted: 1/4 = 25%.
      expect(await figure(store, 'oc2_convictions_percent')).toEqual([25, 1, 4]);
      // H3's two and H8's one (H8 was looked after when cautioned): 3 offences, 2 children.
      expect((await figure(store, 'offences_in_period'))[0]).toBe(3);
      expect((await figure(store, 'children_offending_in_period'))[0]).toBe(2);
    });
  });
});
