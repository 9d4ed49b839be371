import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { collectionYear, selectReturn } from '@careledger/ssda903';
import { asAt, computeMeasure, computeOverPeriods, computeSeries, monthOf, quartersOf, yearOf, type Measure, type Period } from '../../src';
import { childrenAwayInPeriod } from '../../src/catalogue/measures/childrenAwayInPeriod';
import { childrenAwayPercent } from '../../src/catalogue/measures/childrenAwayPercent';
import { childrenMissingAtDate } from '../../src/catalogue/measures/childrenMissingAtDate';
import { childrenMissingFiveTimesInAMonth } from '../../src/catalogue/measures/childrenMissingFiveTimesInAMonth';
import { childrenMissingFiveTimesInPeriod } from '../../src/catalogue/measures/childrenMissingFiveTimesInPeriod';
import { childrenMissingInPeriod } from '../../src/catalogue/measures/childrenMissingInPeriod';
import { childrenMissingOrAwayInPeriod } from '../../src/catalogue/measures/childrenMissingOrAwayInPeriod';
import { childrenMissingPercent } from '../../src/catalogue/measures/childrenMissingPercent';
import { missingIncidentMeanDays } from '../../src/catalogue/measures/missingIncidentMeanDays';
import { missingIncidentsInPeriod } from '../../src/catalogue/measures/missingIncidentsInPeriod';
import { missingIncidentsPerChild } from '../../src/catalogue/measures/missingIncidentsPerChild';
import { missingLa } from './missingLa';
import { LA } from './smallLa';

/*
 * missingLa (missingLa.ts) over 2023-24. Which incidents are a looked-after child's:
 *   in: P1-P5 (K2), Q1-Q6 (U4), R2 (away, U6), T2 (K2: T moved there on 15 January);
 *       R1 started 28 March 2023, before the year: carried over into it (open on 1 April), not an incident of it;
 *   out: S1 (S was on a short break, V3), V1 (V had left care on 30 June), T1 (retracted: recorded in error).
 * Children looked after during the year: P, Q, R, T, U, V = 6 (S only had a short break).
 */
const year = collectionYear(2024);
const theYear = yearOf(year);
const [q1, q2] = quartersOf(year);

const measure = (store: Parameters<typeof computeMeasure>[0], m: Measure, period: Period) => computeMeasure(store, m, { laCode: LA, period });

describe('missing and away incidents in a period', () => {
  it('counts each incident of a looked-after child in the period it started, by type, placement and age at the start', async () => {
    await withProjections(missingLa(), async (store) => {
      // The year: P 5 + Q 6 + R2 + T2 = 13 (12 M, 1 A). K2: P1-P5 and T2 = 6; U4: Q1-Q6 = 6; U6: R2. Ages at the
      // start: all 10 to 15 except Q6 (Q turned 16 on 10 August, Q6 began on 20 August).
      const result = await measure(store, missingIncidentsInPeriod, theYear);
      expect(result).toMatchObject({
        value: 13,
        breakdowns: {
          missing_type: { A: 1, M: 12 },
          place: { K2: 6, U4: 6, U6: 1 },
          age_group: { '10 to 15 years': 12, '16 years and over': 1 },
        },
      });
      expect(result.children.map((r) => r.record_id)).toEqual(['P/P1', 'P/P2', 'P/P3', 'P/P4', 'P/P5', 'Q/Q1', 'Q/Q2', 'Q/Q3', 'Q/Q4', 'Q/Q5', 'Q/Q6', 'R/R2', 'T/T2']);
      expect(result.children.find((r) => r.record_id === 'Q/Q6')).toMatchObject({ child_id: 'Q', missing_type: 'M', mis_start: '2023-08-20', mis_end: '2023-08-23', place: 'U4', age_at_start: 16 });
      // T2 is still open at 31 March: no MIS_END.
      expect(result.children.find((r) => r.record_id === 'T/T2')).toMatchObject({ mis_end: null, place: 'K2', age_at_start: 13 });
    });
  });

  it('counts an incident starting on the last day of a month in that month, and one carried over not again', async () => {
    await withProjections(missingLa(), async (store) => {
      // June: P1-P5 (P5 began on 30 June) = 5. July: Q1-Q4 = 4 (P5, open on 1 July, was June's).
      expect((await measure(store, missingIncidentsInPeriod, monthOf('2023-06-01'))).value).toBe(5);
      expect((await measure(store, missingIncidentsInPeriod, monthOf('2023-07-01'))).value).toBe(4);
      // April: none began (R1 began in March).
      expect((await measure(store, missingIncidentsInPeriod, monthOf('2023-04-01'))).value).toBe(0);
      // August: Q5, Q6 = 2; S1 (short break) and V1 (after leaving care) are not counted.
      const august = await measure(store, missingIncidentsInPeriod, monthOf('2023-08-01'));
      expect(august.children.map((r) => r.record_id)).toEqual(['Q/Q5', 'Q/Q6']);
      // September: T1 was retracted, so nothing.
      expect((await measure(store, missingIncidentsInPeriod, monthOf('2023-09-01'))).children).toEqual([]);
    });
  });
});

describe('children who went missing or were away in a period', () => {
  it('counts each child once, with a child already missing at the start, missing and away apart and together', async () => {
    await withProjections(missingLa(), async (store) => {
      // Missing (M) in the year: P (5), Q (6), R (R1 carried over from March; R's own incident of the year is away),
      // T (T2; T1 retracted) = 4. Away (A): R = 1. Either: P, Q, R, T = 4.
      const missing = await measure(store, childrenMissingInPeriod, theYear);
      expect(missing.value).toBe(4);
      expect(missing.children.map((r) => [r.child_id, r.missing_incidents, r.first_missing_start, r.missing_carried_over])).toEqual([
        ['P', 5, '2023-06-02', false], ['Q', 6, '2023-07-03', false], ['R', 0, null, true], ['T', 1, '2024-03-29', false],
      ]);
      const away = await measure(store, childrenAwayInPeriod, theYear);
      expect(away.children.map((r) => [r.child_id, r.away_incidents, r.first_away_start, r.away_carried_over])).toEqual([['R', 1, '2023-11-15', false]]);
      const either = await measure(store, childrenMissingOrAwayInPeriod, theYear);
      expect(either.children.map((r) => [r.child_id, r.missing_incidents, r.away_incidents, r.carried_over])).toEqual([
        ['P', 5, 0, false], ['Q', 6, 0, false], ['R', 0, 1, true], ['T', 1, 0, false],
      ]);
    });
  });

  it('by month: a child missing across a month end is missing in both months', async () => {
    await withProjections(missingLa(), async (store) => {
      // April: R (missing since 28 March, back 3 April). June: P. July: P (P5 open on 1 July), Q. September: none
      // (T1 retracted). November: away R, missing nobody.
      const children = async (month: string) => (await measure(store, childrenMissingInPeriod, monthOf(month))).children.map((r) => r.child_id);
      expect(await children('2023-04-01')).toEqual(['R']);
      expect(await children('2023-06-01')).toEqual(['P']);
      expect(await children('2023-07-01')).toEqual(['P', 'Q']);
      expect(await children('2023-09-01')).toEqual([]);
      expect(await children('2023-11-01')).toEqual([]);
      expect((await measure(store, childrenAwayInPeriod, monthOf('2023-11-01'))).value).toBe(1);
    });
  });
});

describe('percent of children looked after during the period who went missing, or were away (DfE)', () => {
  it('is over every child looked after at any time in the period, short breaks left out', async () => {
    await withProjections(missingLa(), async (store) => {
      // The year: P, Q, R, T of P, Q, R, T, U, V: 4 / 6 = 66.7% -> 67. Away: R, 1 / 6 = 16.7% -> 17.
      const missing = await measure(store, childrenMissingPercent, theYear);
      expect(missing).toMatchObject({ value: 67, numerator: 4, denominator: 6 });
      expect(missing.children.map((r) => [r.child_id, r.in_numerator, r.first_episode_started])).toEqual([
        ['P', true, '2022-01-10'], ['Q', true, '2021-03-01'], ['R', true, '2020-06-01'], ['T', true, '2023-05-15'], ['U', false, '2022-03-01'], ['V', false, '2022-01-01'],
      ]);
      expect(await measure(store, childrenAwayPercent, theYear)).toMatchObject({ value: 17, numerator: 1, denominator: 6 });
      // April: looked after P, Q, R, U, V (T starts in May); missing R (carried over): 1 / 5 = 20%.
      expect(await measure(store, childrenMissingPercent, monthOf('2023-04-01'))).toMatchObject({ value: 20, numerator: 1, denominator: 5 });
      // August: P, Q, R, T, U (V left on 30 June; S's short break is not being looked after): Q, 1 / 5 = 20%.
      expect(await measure(store, childrenMissingPercent, monthOf('2023-08-01'))).toMatchObject({ value: 20, numerator: 1, denominator: 5 });
    });
  });

  it('by quarter, pooled and as the mean of months, each labelled', async () => {
    await withProjections(missingLa(), async (store) => {
      // Q1 pooled: looked after P, Q, R, T, U, V = 6; missing R (carried over), P (June) = 2 / 6 = 33%.
      // Q1 by month: April R 1/5 = 20%, May nobody 0/6 (T from 15 May), June P 1/6 = 16.7%: 36.7 / 3 = 12.2 -> 12.
      const pooled = await computeSeries(store, childrenMissingPercent, { laCode: LA, year, grain: 'quarter' });
      expect(pooled.points[0]).toMatchObject({ value: 33, numerator: 2, denominator: 6 });
      const mean = await computeSeries(store, childrenMissingPercent, { laCode: LA, year, grain: 'quarter', aggregate: 'meanOfMonths' });
      expect(mean.points[0]).toMatchObject({ value: 12, note: 'mean of 3 monthly percentages' });
      expect(mean.points[0]!.months!.map((m) => [m.numerator, m.denominator])).toEqual([[1, 5], [0, 6], [1, 6]]);
    });
  });
});

describe('children missing 5 or more times (Cheshire East P2.7): in a month of the period, and in the period', () => {
  it('counts 5 in one calendar month, not 4, with an incident on the month\'s last day in that month', async () => {
    await withProjections(missingLa(), async (store) => {
      // The year, in a month: P (5 in June, the fifth on 30 June) = 1; Q's most in a month is 4 (July).
      // T (1) is considered too; R, only carried over, has no incident of the year to count.
      const inAMonth = await measure(store, childrenMissingFiveTimesInAMonth, theYear);
      expect(inAMonth.value).toBe(1);
      expect(inAMonth.children.map((r) => [r.child_id, r.in_numerator, r.missing_incidents, r.most_missing_in_a_month, r.busiest_month])).toEqual([
        ['P', true, 5, 5, '2023-06'], ['Q', false, 6, 4, '2023-07'], ['T', false, 1, 1, '2024-03'],
      ]);
      // The year, in the period: P (5) and Q (6, across July and August) = 2.
      const inThePeriod = await measure(store, childrenMissingFiveTimesInPeriod, theYear);
      expect(inThePeriod.children.filter((r) => r.in_numerator).map((r) => r.child_id)).toEqual(['P', 'Q']);
      expect([childrenMissingFiveTimesInAMonth.variant, childrenMissingFiveTimesInPeriod.variant]).toEqual(['fiveOrMoreInAMonth', 'fiveOrMoreInThePeriod']);
    });
  });

  it('by quarter: Q\'s six in July and August are 5 or more in the quarter but not in any month of it', async () => {
    await withProjections(missingLa(), async (store) => {
      // Q1: P in June, both readings = 1. Q2: Q (4 in July, 2 in August): in a month 0, in the period 1; P, only
      // carried over into July with P5, is not considered.
      const results = await computeOverPeriods(store, childrenMissingFiveTimesInAMonth, { laCode: LA, periods: [q1!, q2!] });
      expect(results.map((r) => r.value)).toEqual([1, 0]);
      expect(results[1]!.children.map((r) => r.child_id)).toEqual(['Q']);
      expect((await computeOverPeriods(store, childrenMissingFiveTimesInPeriod, { laCode: LA, periods: [q1!, q2!] })).map((r) => r.value)).toEqual([1, 1]);
    });
  });
});

describe('children still missing or away at a date', () => {
  it('counts an incident open at the end of the date; back on the date is not missing', async () => {
    await withProjections(missingLa(), async (store) => {
      // 31 March 2024: T (T2 since 29 March) = 1.
      const march = await measure(store, childrenMissingAtDate, asAt('2024-03-31'));
      expect(march).toMatchObject({ value: 1, breakdowns: { missing_type: { M: 1 } } });
      expect(march.children).toEqual([{ child_id: 'T', in_numerator: true, in_denominator: false, missing_type: 'M', missing_since: '2024-03-29', place: 'K2' }]);
      // 1 April 2023: R (since 28 March); 3 April: R came back that day, nobody.
      expect((await measure(store, childrenMissingAtDate, asAt('2023-04-01'))).children.map((r) => r.child_id)).toEqual(['R']);
      expect((await measure(store, childrenMissingAtDate, asAt('2023-04-03'))).value).toBe(0);
      // 30 June 2023: P (P5 began that day, back 3 July). 15 November: R away.
      expect((await measure(store, childrenMissingAtDate, asAt('2023-06-30'))).children.map((r) => r.child_id)).toEqual(['P']);
      expect(await measure(store, childrenMissingAtDate, asAt('2023-11-15'))).toMatchObject({ value: 1, breakdowns: { missing_type: { A: 1 } } });
      // 2 August 2023: S was missing from a short break, not counted.
      expect((await measure(store, childrenMissingAtDate, asAt('2023-08-02'))).value).toBe(0);
    });
  });
});

describe('missing incidents per child, and their mean length in days', () => {
  it('is the incidents of the period over the children who went missing in it, to one decimal', async () => {
    await withProjections(missingLa(), async (store) => {
      // The year: P 5, Q 6, T 1: 12 / 3 = 4.0 (R, only carried over, is not among them).
      const perChild = await measure(store, missingIncidentsPerChild, theYear);
      expect(perChild).toMatchObject({ value: 4, numerator: 3, denominator: 3 });
      // Q2: Q 6 / 1 = 6. Q1: P 5 / 1 = 5.
      expect((await computeOverPeriods(store, missingIncidentsPerChild, { laCode: LA, periods: [q1!, q2!] })).map((r) => r.value)).toEqual([5, 6]);
    });
  });

  it('counts the calendar days touched, both ends included, over the incidents back by the period end', async () => {
    await withProjections(missingLa(), async (store) => {
      // The year's M incidents: P1-P4 1 day each, P5 30 June - 3 July 4; Q1-Q5 1 each, Q6 20-23 August 4; T2 open.
      // (4 + 4) + (5 + 4) = 17 days over 11 incidents = 1.55 -> 2 (counting differences of dates instead, a same-day
      // return as 1, would give 15 / 11 = 1.36 -> 1).
      const year = await measure(store, missingIncidentMeanDays, theYear);
      expect(year).toMatchObject({ value: 2, numerator: 11, denominator: 12 });
      expect(year.children.find((r) => r.record_id === 'P/P5')).toMatchObject({ days: 4, mis_end: '2023-07-03', in_numerator: true });
      expect(year.children.find((r) => r.record_id === 'T/T2')).toMatchObject({ days: null, mis_end: null, in_numerator: false, in_denominator: true });
      // June: P5 is still open at 30 June (back 3 July), so only P1-P4: 4 / 4 = 1.
      const june = await measure(store, missingIncidentMeanDays, monthOf('2023-06-01'));
      expect(june).toMatchObject({ value: 1, numerator: 4, denominator: 5 });
      expect(june.children.find((r) => r.record_id === 'P/P5')).toMatchObject({ mis_end: null, days: null, in_numerator: false });
      // November: R2 is away, not missing: no incident, no value.
      expect(await measure(store, missingIncidentMeanDays, monthOf('2023-11-01'))).toMatchObject({ value: null, numerator: 0 });
    });
  });
});

describe('the missing measures beside the 903 return', () => {
  it('count the return\'s Missing rows that start in the year, less those not while looked after', async () => {
    await withProjections(missingLa(), async (store) => {
      const { tables } = await selectReturn(store, { laCode: LA, year, asAt: '2024-03-31' });
      // The return holds every Missing row of its children overlapping the year: R1 (carried over), S1 (S's short
      // break puts S in the return), V1 (V was looked after in April-June) and the 13 the measure counts. The
      // measure leaves S1 and V1 out (not while looked after) and R1 (it started in 2022-23): 16 - 3 = 13.
      const inYear = tables.missing.filter((row) => row.MIS_START >= year.start);
      expect(tables.missing.map((row) => `${row.CHILD}:${row.MIS_START}`)).toEqual(expect.arrayContaining(['R:2023-03-28', 'S:2023-08-02', 'V:2023-08-10']));
      expect(tables.missing).toHaveLength(16);
      const counted = await measure(store, missingIncidentsInPeriod, theYear);
      expect(counted.value).toBe(inYear.filter((row) => row.CHILD !== 'S' && row.CHILD !== 'V').length);
      // Still missing at 31 March: the return's rows with no MIS_END.
      expect((await measure(store, childrenMissingAtDate, asAt(year.end))).children.map((r) => r.child_id)).toEqual(tables.missing.filter((row) => !row.MIS_END).map((row) => row.CHILD));
    });
  });
});

describe('every missing measure over many periods in one query', () => {
  it('gives what it gives period by period', async () => {
    const measures = [missingIncidentsInPeriod, childrenMissingInPeriod, childrenAwayInPeriod, childrenMissingOrAwayInPeriod, childrenMissingPercent,
      childrenAwayPercent, childrenMissingFiveTimesInAMonth, childrenMissingFiveTimesInPeriod, missingIncidentsPerChild, missingIncidentMeanDays];
    const periods = [monthOf('2023-04-01'), monthOf('2023-06-01'), monthOf('2023-07-01'), q1!, q2!, theYear];
    await withProjections(missingLa(), async (store) => {
      for (const m of measures as Measure[]) {
        const oneByOne = [];
        for (const period of periods) oneByOne.push(await measure(store, m, period));
        expect(await computeOverPeriods(store, m, { laCode: LA, periods }), m.id).toEqual(oneByOne);
      }
      const dates = ['2023-04-01', '2023-04-03', '2023-06-30', '2024-03-31'].map(asAt);
      const atDates = [];
      for (const period of dates) atDates.push(await measure(store, childrenMissingAtDate, period));
      expect(await computeOverPeriods(store, childrenMissingAtDate, { laCode: LA, periods: dates })).toEqual(atDates);
    });
  });
});
