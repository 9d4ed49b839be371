import { beforeAll, describe, expect, it } from 'vitest';
import { validateCaseEvent, type CaseEvent } from '@careledger/events';
import { addDays, ageInYears, daysBetween } from '@careledger/runtime';
import { collectionYearContaining } from '@careledger/ssda903';
import { generateHistory, regionLaCode, type SyntheticHistory } from '../src/index';
import { deriveSeed } from '../src/prng';
import { inCareOn, replay, yearEnds, type Replay } from './check';

const asAt = '2025-06-30';
let history: SyntheticHistory;
let replayed: Replay;

beforeAll(() => {
  history = generateHistory({ asAt });
  replayed = replay(history.events, asAt);
});

const ofType = <T extends CaseEvent['type']>(type: T) =>
  history.events.filter((e): e is Extract<CaseEvent, { type: T }> => e.type === type);

describe('generateHistory (default: 350 looked after, 8 years)', () => {
  it('produces a realistic volume of events for one LA', () => {
    expect(history.laCode).toBe('999');
    expect(history.laName).toBe('Synthetic Borough');
    expect(history.events.length).toBeGreaterThan(25_000);
    expect(history.events.length).toBeLessThan(50_000);
  });

  it('every event passes validateCaseEvent', () => {
    const failures = history.events
      .map((e) => validateCaseEvent(e))
      .filter((v) => !v.ok)
      .slice(0, 5);
    expect(failures).toEqual([]);
  });

  it('keeps every invariant of a case history once corrections are applied', () => {
    expect(replayed.problems).toEqual([]);
  });

  it('has events in log order: recordedAt ascending, nothing after asAt', () => {
    const outOfOrder = history.events.findIndex((e, i) => i > 0 && e.recordedAt < history.events[i - 1]!.recordedAt);
    expect(outOfOrder).toBe(-1);
    expect(history.events.every((e) => e.recordedAt.slice(0, 10) <= asAt && e.occurredAt <= asAt)).toBe(true);
  });

  it('keeps the number looked after on each 31 March within 20% of the steady state', () => {
    const ends = yearEnds(2017, asAt);
    expect(ends).toHaveLength(8);
    for (const date of ends) {
      const count = inCareOn(replayed.periods, date);
      expect(count, date).toBeGreaterThanOrEqual(280);
      expect(count, date).toBeLessThanOrEqual(420);
    }
  });

  it('starts ~40% of the steady state a year', () => {
    const starts = replayed.periods.filter((p) => p.legalStatus !== 'V3' && p.legalStatus !== 'V4'
      && p.start >= '2018-04-01' && p.start <= '2025-03-31');
    const perYear = starts.length / 7;
    expect(perYear).toBeGreaterThan(100);
    expect(perYear).toBeLessThan(180);
  });

  it('has roughly the DfE age mix at 31 March', () => {
    const bands = [0, 0, 0, 0, 0];
    let total = 0;
    for (const date of yearEnds(2017, asAt)) {
      for (const p of replayed.periods) {
        if (p.legalStatus === 'V3' || p.legalStatus === 'V4' || p.start > date || (p.end && p.end <= date)) continue;
        const age = ageInYears(replayed.dob.get(p.childId)!, date);
        bands[age < 1 ? 0 : age <= 4 ? 1 : age <= 9 ? 2 : age <= 15 ? 3 : 4]! += 1;
        total++;
      }
    }
    const share = bands.map((b) => b / total);
    const expected = [0.05, 0.13, 0.17, 0.38, 0.27];
    share.forEach((s, i) => expect(Math.abs(s - expected[i]!), `band ${i}`).toBeLessThan(0.06));
  });

  it('records most facts within 3 days and ~3% 30-120 days late', () => {
    // What was known of a child before care (their details, their worker) is entered in the care record when it begins.
    const inCare = (e: CaseEvent) => replayed.periods.some((p) => p.childId === e.childId && p.start <= e.occurredAt && (!p.end || p.end > e.occurredAt));
    const lags = history.events
      .filter((e) => (e.type !== 'SocialWorkerAllocated' && e.type !== 'ChildDetailsRecorded') || inCare(e))
      .map((e) => daysBetween(e.occurredAt, e.recordedAt.slice(0, 10)));
    const late = lags.filter((d) => d >= 30).length / lags.length;
    const prompt = lags.filter((d) => d <= 3).length / lags.length;
    expect(late).toBeGreaterThan(0.015);
    expect(late).toBeLessThan(0.06);
    expect(prompt).toBeGreaterThan(0.9);
  });

  it('corrects a start date across 1 April, and retracts a mistaken placement move', () => {
    const byId = new Map(history.events.map((e) => [e.eventId, e]));
    const acrossApril = ofType('EventReplaced').filter((e) => {
      const target = byId.get(e.payload.targetEventId)!;
      return target.type === 'PeriodOfCareStarted'
        && collectionYearContaining(target.occurredAt).endYear !== collectionYearContaining(e.payload.replacement.occurredAt).endYear;
    });
    expect(acrossApril.length).toBeGreaterThanOrEqual(1);
    const retractions = ofType('EventRetracted');
    expect(retractions.length).toBeGreaterThanOrEqual(1);
    for (const r of retractions) expect(byId.get(r.payload.targetEventId)!.type).toBe('PlacementChanged');
    for (const c of [...retractions, ...ofType('EventReplaced')]) {
      const target = byId.get(c.payload.targetEventId)!;
      expect(daysBetween(target.recordedAt.slice(0, 10), c.recordedAt.slice(0, 10))).toBeGreaterThanOrEqual(0);
    }
  });

  it('has short-break children with many short V3 periods', () => {
    const shortBreaks = new Map<string, number>();
    for (const p of replayed.periods) {
      if (p.legalStatus !== 'V3') continue;
      if (p.end) expect(daysBetween(p.start, p.end)).toBeLessThanOrEqual(17);
      shortBreaks.set(p.childId, (shortBreaks.get(p.childId) ?? 0) + 1);
    }
    const children = new Set(history.events.map((e) => e.childId)).size;
    expect(shortBreaks.size / children).toBeGreaterThan(0.025);
    expect(Math.max(...shortBreaks.values())).toBeGreaterThanOrEqual(8);
    expect(ofType('ReviewHeld').some((r) => shortBreaks.has(r.childId))).toBe(false);
  });

  it('has UASC: 14-17, mostly male, UASC status ceasing at 18, ~6% of starts', () => {
    const uasc = ofType('ChildDetailsRecorded').filter((e) => e.payload.uasc);
    const children = new Set(uasc.map((e) => e.childId));
    const entrants = new Set(ofType('PeriodOfCareStarted').filter((e) => e.occurredAt >= '2017-04-01').map((e) => e.childId));
    const share = [...entrants].filter((c) => children.has(c)).length / entrants.size;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.1);
    for (const e of uasc) {
      const ceased = e.payload.uascCeasedDate!;
      expect([ageInYears(e.payload.dateOfBirth, addDays(ceased, -1)), ageInYears(e.payload.dateOfBirth, ceased)]).toEqual([17, 18]);
    }
    const males = uasc.filter((e) => e.payload.sex === 'M').length;
    expect(males / uasc.length).toBeGreaterThan(0.75);
  });

  it('has missing episodes, some still open at asAt', () => {
    expect(ofType('MissingEpisodeStarted').length).toBeGreaterThan(200);
    expect(replayed.openMissing).toBeGreaterThanOrEqual(1);
  });

  it('has a child who starts twice in one collection year', () => {
    const starts = new Map<string, number>();
    for (const p of replayed.periods) {
      if (p.legalStatus === 'V3' || p.legalStatus === 'V4') continue;
      const key = `${p.childId}:${collectionYearContaining(p.start).endYear}`;
      starts.set(key, (starts.get(key) ?? 0) + 1);
    }
    expect([...starts.values()].some((n) => n >= 2)).toBe(true);
  });

  it('corrects provisional UN4 UPNs and records young mothers', () => {
    const details = ofType('ChildDetailsRecorded');
    const un4 = new Set(details.filter((e) => e.payload.upn === 'UN4').map((e) => e.childId));
    expect(un4.size).toBeGreaterThan(0);
    expect(details.some((e) => un4.has(e.childId) && e.payload.upn !== 'UN4')).toBe(true);
    expect(details.some((e) => e.payload.isMother === true && e.payload.childsDateOfBirth)).toBe(true);
  });

  it('uses reviews on the statutory clock, PN0 only for under-4s', () => {
    const reviews = ofType('ReviewHeld');
    expect(reviews.length / 350 / 8).toBeGreaterThan(1.8);
    for (const r of reviews.slice(0, 2000)) {
      const age = ageInYears(replayed.dob.get(r.childId)!, r.occurredAt);
      expect(r.payload.participation === 'PN0').toBe(age < 4);
    }
  });

  it('changes legal status and placement in realistic ways', () => {
    const statuses = new Set(ofType('LegalStatusChanged').map((e) => e.payload.legalStatus));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['C1', 'C2', 'E1', 'V2']));
    const moves = ofType('PlacementChanged');
    const types = new Set(moves.map((e) => e.payload.placementType));
    for (const t of ['U6', 'K2', 'K3', 'A5', 'A6']) expect(types.has(t), t).toBe(true);
    expect(moves.some((m) => m.payload.placementType.startsWith('T'))).toBe(true);
    expect(moves.filter((m) => m.payload.placementType === 'A5').every((m) => m.payload.sameCarer)).toBe(true);
    const reasons = new Set(replayed.periods.map((p) => p.reason));
    for (const r of ['E4A', 'E11', 'E12', 'E13', 'E17', 'E3', 'E45']) expect(reasons.has(r), r).toBe(true);
  });

  it('writes an ONS-style population file sized for ~60-80 per 10,000', () => {
    const lines = history.populationCsv.trimEnd().split('\n');
    expect(lines[0]).toBe('time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,age_group,population_estimate');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(lines[1]).toMatch(/^2017,Reporting year,Local authority,E92000001,England,E12000006,East of England,999,E06999999,Synthetic Borough,Children aged 0 to 17 years,\d+$/);
    const population = lines.slice(1).map((l) => Number(l.split(',')[11]));
    for (let i = 1; i < population.length; i++) expect(population[i]! / population[i - 1]!).toBeCloseTo(1.01, 2);
    for (const date of yearEnds(2017, asAt)) {
      const year = Number(date.slice(0, 4));
      const rate = (inCareOn(replayed.periods, date) / population[year - 1 - 2017]!) * 10_000;
      expect(rate, date).toBeGreaterThan(55);
      expect(rate, date).toBeLessThan(90);
    }
  });

  it('gives sex U (valid from 1 April 2024) only to a child born since, whose details are recorded from birth', () => {
    // The bench region's LA 914 (as at 30 November 2026) once had a U baby born in September 2023.
    const index = Array.from({ length: 48 }, (_, i) => i).find((i) => regionLaCode(i) === '914')!;
    const region914 = generateHistory({ seed: deriveSeed(903, `region:${index}`), laCode: '914', laName: 'Synthetic Borough 914', childrenInCare: 350, asAt: '2026-11-30' });
    const details = region914.events.filter((e): e is Extract<CaseEvent, { type: 'ChildDetailsRecorded' }> => e.type === 'ChildDetailsRecorded');
    const indeterminate = details.filter((e) => e.payload.sex === 'U');
    expect(indeterminate.filter((e) => e.occurredAt < '2024-04-01' || e.payload.dateOfBirth < '2024-04-01')).toEqual([]);
    expect(details.map((e) => validateCaseEvent(e)).filter((r) => !r.ok)).toEqual([]);
  });
});
