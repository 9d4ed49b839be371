import { describe, expect, it } from 'vitest';
import { addDays, addYears, ageInYears, daysBetween, type CalendarDate } from '@careledger/runtime';
import { generateHistory } from '../src/index';
import { replay, type Fact } from './check';
import { childRecord, type ChildRecord, type Episode } from './episodes';

/** The rest of the 903 (OC2, OC3, AD1/PlacedAdoption, PrevPerm, SWEpisodes) in the demo LA and two small ones. */
const LAS = [
  { seed: 903, childrenInCare: 350, asAt: '2026-12-01' },
  { seed: 11, childrenInCare: 80, historyYears: 5, asAt: '2025-09-30' },
  { seed: 12, childrenInCare: 80, historyYears: 5, asAt: '2024-06-30' },
] as const;

const records: ChildRecord[] = LAS.flatMap((options) => {
  const { facts, problems } = replay(generateHistory(options).events, options.asAt);
  expect(problems).toEqual([]);
  return [...facts].map(([childId, list]) => childRecord(childId, list));
});

const OC2 = new Set(['HealthCheckCompleted', 'ImmunisationsReviewed', 'SdqRecorded', 'OffenceRecorded', 'SubstanceMisuseIdentified']);
const dobOf = (r: ChildRecord) => r.details[0]!.payload.dateOfBirth as CalendarDate;
const of = (r: ChildRecord, type: string) => r.facts.filter((f) => f.type === type);
const all = (type: string) => records.flatMap((r) => of(r, type).map((f) => ({ r, f })));
const shortBreak = (r: ChildRecord) => r.episodes.some((e) => e.legalStatus === 'V3' || e.legalStatus === 'V4');
const aprilOf = (d: CalendarDate) => `${Number(d.slice(0, 4)) - (d.slice(5) < '04-01' ? 1 : 0)}-04-01`;

/** Periods of care as [start, end) from a child's episodes. */
function periods(r: ChildRecord): { start: CalendarDate; end?: CalendarDate; reason?: string; episodes: Episode[] }[] {
  const list: { start: CalendarDate; end?: CalendarDate; reason?: string; episodes: Episode[] }[] = [];
  for (const e of r.episodes) {
    if (e.rne === 'S') list.push({ start: e.start, episodes: [] });
    const p = list[list.length - 1]!;
    p.episodes.push(e);
    if (e.reason) { p.end = e.end!; p.reason = e.reason; }
  }
  return list;
}

/** In the OC2 cohort for the collection year of `date`: looked after from its 1 April (or before) to its 31 March. */
function inCohort(r: ChildRecord, date: CalendarDate): boolean {
  const april = aprilOf(date);
  const nextApril = `${Number(april.slice(0, 4)) + 1}-04-01`;
  return !shortBreak(r) && periods(r).some((p) => p.start <= april && (p.end === undefined || p.end >= nextApril));
}

describe('OC2: health and outcomes for children looked after for 12 months', () => {
  it('records them only in cohort years, at the ages the rules allow (190, 188/189, 546, 157)', () => {
    const problems: string[] = [];
    for (const r of records) {
      for (const f of r.facts) {
        if (!OC2.has(f.type)) continue;
        const where = `${r.childId} ${f.type} ${f.date}`;
        if (!inCohort(r, f.date)) problems.push(`${where}: not in the OC2 cohort that year (rule 190)`);
        const april = aprilOf(f.date);
        const yearEnd = addDays(`${Number(april.slice(0, 4)) + 1}-04-01`, -1);
        const ageAtEnd = ageInYears(dobOf(r), yearEnd);
        // Turning 4 or 17 in the year: a score or SDQ1, too young or old when assessed (rule 197B).
        const turning = (ageInYears(dobOf(r), april) === 3 && ageAtEnd === 4) || (ageInYears(dobOf(r), april) === 16 && ageAtEnd === 17);
        if (f.type === 'SdqRecorded' && !turning && (ageInYears(dobOf(r), april) < 4 || ageAtEnd > 16)) problems.push(`${where}: SDQ outside 4-16 (rules 188/189)`);
        if (f.type === 'SdqRecorded' && !turning && f.payload.reasonNotCompleted === 'SDQ1') problems.push(`${where}: SDQ1 for a 4-16 year old (rule 157)`);
        if (f.type === 'SdqRecorded' && turning && f.payload.score === undefined && f.payload.reasonNotCompleted !== 'SDQ1') problems.push(`${where}: turning 4 or 17 without a score or SDQ1 (rule 197B)`);
        if (f.payload.check === 'development_assessment' && ageAtEnd >= 5) problems.push(`${where}: development assessment at 5+ (rule 546)`);
        const ageThen = ageInYears(dobOf(r), f.date);
        if (f.type === 'OffenceRecorded' && (ageThen < 10 || ageThen > 17)) problems.push(`${where}: offence at ${ageThen}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('has realistic rates: ~90% assessed, ~84% immunised, ~81% dental, SDQ mean ~15, a few offences and misuse', () => {
    const cohortYears: { r: ChildRecord; april: CalendarDate; facts: Fact[] }[] = [];
    for (const r of records) {
      const byYear = new Map<CalendarDate, Fact[]>();
      for (const f of r.facts) if (OC2.has(f.type)) byYear.set(aprilOf(f.date), [...(byYear.get(aprilOf(f.date)) ?? []), f]);
      for (const [april, facts] of byYear) if (april <= '2025-04-01' && april >= '2018-04-01') cohortYears.push({ r, april, facts });
    }
    expect(cohortYears.length).toBeGreaterThan(1000);
    const share = (test: (y: (typeof cohortYears)[number]) => boolean, among = cohortYears) => among.filter(test).length / among.length;
    const has = (y: (typeof cohortYears)[number], check: string) => y.facts.some((f) => f.payload.check === check);
    expect(share((y) => has(y, 'health_assessment'))).toBeGreaterThan(0.85);
    expect(share((y) => has(y, 'health_assessment'))).toBeLessThan(0.96);
    expect(share((y) => has(y, 'dental_check'))).toBeGreaterThan(0.72);
    expect(share((y) => has(y, 'dental_check'))).toBeLessThan(0.9);
    expect(share((y) => y.facts.some((f) => f.type === 'ImmunisationsReviewed' && f.payload.upToDate === true))).toBeGreaterThan(0.78);
    expect(share((y) => y.facts.some((f) => f.type === 'ImmunisationsReviewed' && f.payload.upToDate === true))).toBeLessThan(0.92);
    const under5 = cohortYears.filter((y) => ageInYears(dobOf(y.r), addDays(addYears(y.april, 1), -1)) < 5);
    expect(share((y) => y.facts.filter((f) => f.payload.check === 'health_assessment').length === 2, under5)).toBeGreaterThan(0.5);
    expect(share((y) => has(y, 'development_assessment'), under5)).toBeGreaterThan(0.8);
    const scores = cohortYears.flatMap((y) => y.facts.filter((f) => f.type === 'SdqRecorded' && f.payload.score !== undefined).map((f) => f.payload.score as number));
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean).toBeGreaterThan(13.5);
    expect(mean).toBeLessThan(16.5);
    const sdqs = cohortYears.flatMap((y) => y.facts.filter((f) => f.type === 'SdqRecorded'));
    expect(scores.length / sdqs.length).toBeGreaterThan(0.7);
    expect(scores.length / sdqs.length).toBeLessThan(0.9);
    const teens = cohortYears.filter((y) => ageInYears(dobOf(y.r), y.april) >= 10 && ageInYears(dobOf(y.r), y.april) <= 16);
    const offending = share((y) => y.facts.some((f) => f.type === 'OffenceRecorded'), teens);
    expect(offending).toBeGreaterThan(0.01);
    expect(offending).toBeLessThan(0.06);
    const misuse = share((y) => y.facts.some((f) => f.type === 'SubstanceMisuseIdentified'));
    expect(misuse).toBeGreaterThan(0.01);
    expect(misuse).toBeLessThan(0.06);
  });
});

describe('initial health assessments', () => {
  it('requests and carries out at most one per period of care, inside it, the assessment after the request', () => {
    const problems: string[] = [];
    let requests = 0;
    let within2Days = 0;
    let assessments = 0;
    for (const r of records) {
      const ihas = r.facts.filter((f) => f.type.startsWith('InitialHealthAssessment'));
      if (ihas.length === 0) continue;
      if (shortBreak(r)) problems.push(`${r.childId}: an IHA for a child on short breaks`);
      for (const p of periods(r)) {
        const inside = ihas.filter((f) => f.date >= p.start && (p.end === undefined || f.date < p.end));
        const requested = inside.filter((f) => f.type === 'InitialHealthAssessmentRequested');
        const completed = inside.filter((f) => f.type === 'InitialHealthAssessmentCompleted');
        if (requested.length > 1 || completed.length > 1) problems.push(`${r.childId} ${p.start}: more than one IHA request or assessment`);
        if (requested[0] && completed[0] && completed[0].date < requested[0].date) problems.push(`${r.childId} ${p.start}: assessed before it was requested`);
        if (requested[0]) { requests++; if (daysBetween(p.start, requested[0].date) <= 2) within2Days++; }
        if (completed[0]) assessments++;
      }
      const outside = ihas.filter((f) => !periods(r).some((p) => f.date >= p.start && (p.end === undefined || f.date < p.end)));
      if (outside.length > 0) problems.push(`${r.childId}: an IHA outside every period of care (${outside[0]!.date})`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    // About 70% of requests within two days of entering care; most periods with a request also have an assessment.
    expect(requests).toBeGreaterThan(300);
    expect(within2Days / requests).toBeGreaterThan(0.6);
    expect(within2Days / requests).toBeLessThan(0.85);
    expect(assessments / requests).toBeGreaterThan(0.6);
  });
});

describe('OC3: care leavers', () => {
  it('contacts only young people who left care at 16+, after they left, around a 17th-21st birthday (1007, 1016, 3001, 347)', () => {
    const problems: string[] = [];
    for (const r of records) {
      const contacts = of(r, 'CareLeaverContactRecorded');
      if (contacts.length === 0) continue;
      const last = periods(r).at(-1)!;
      if (!last.end || ageInYears(dobOf(r), last.end) < 16) problems.push(`${r.childId}: contacted but left care at ${last.end}`);
      if (['E2', 'E3', 'E11', 'E12', 'E45', 'E46', 'E47', 'E48'].includes(last.reason ?? '')) problems.push(`${r.childId}: contacted after ${last.reason}`);
      for (const c of contacts) {
        const where = `${r.childId} contact ${c.date}`;
        if (last.end && c.date <= last.end) problems.push(`${where}: before leaving care ${last.end}`);
        const nearest = [17, 18, 19, 20, 21].map((age) => addYears(dobOf(r), age)).filter((b) => Math.abs(daysBetween(b, c.date)) <= 28 || (last.end && b <= last.end && c.date === addDays(last.end, 1)));
        if (nearest.length === 0) problems.push(`${where}: not around a 17th-21st birthday`);
        const age = ageInYears(dobOf(r), c.date);
        if (age <= 17 && String(c.payload.accommodation).startsWith('Z')) problems.push(`${where}: with former foster carers at 17 (rule 3001)`);
        if (age < 18 && String(c.payload.accommodation).startsWith('T')) problems.push(`${where}: a foyer under 18 (rule 347)`);
      }
      if (new Set(contacts.map((c) => ageInYears(dobOf(r), addDays(c.date, 28)))).size !== contacts.length) problems.push(`${r.childId}: two contacts for one birthday`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('is mostly in touch, ~55-65% in education, employment or training, ~85-90% suitably housed', () => {
    const contacts = all('CareLeaverContactRecorded').map(({ f }) => f.payload as { inTouch: string; activity: string; accommodation: string });
    expect(contacts.length).toBeGreaterThan(500);
    const share = (test: (c: (typeof contacts)[number]) => boolean) => contacts.filter(test).length / contacts.length;
    expect(share((c) => c.inTouch === 'YES')).toBeGreaterThan(0.8);
    expect(share((c) => /^[FP]/.test(c.activity))).toBeGreaterThan(0.55);
    expect(share((c) => /^[FP]/.test(c.activity))).toBeLessThan(0.68);
    expect(share((c) => c.accommodation.endsWith('1'))).toBeGreaterThan(0.82);
    expect(share((c) => c.accommodation.endsWith('1'))).toBeLessThan(0.92);
  });
});

describe('AD1 and PlacedAdoption: the adoption process', () => {
  it('decides, matches, places and adopts in that order, matching carers to A3/A5 (331, 333, 334, 335, 521, 554, 557, 525)', () => {
    const problems: string[] = [];
    let adopted = 0;
    let reversed = 0;
    for (const r of records) {
      for (const p of periods(r)) {
        const inPeriod = (f: Fact) => f.date >= p.start && (p.end === undefined || f.date < p.end);
        const decisions = of(r, 'AdoptionDecisionMade').filter(inPeriod);
        const reversals = of(r, 'AdoptionDecisionReversed').filter(inPeriod);
        const matches = of(r, 'AdopterMatched').filter(inPeriod);
        const where = `${r.childId} period ${p.start}`;
        const placed = p.episodes.find((e) => /^A[3-6]$/.test(e.placementType));
        const order = p.episodes.find((e) => e.legalStatus === 'E1');
        if (decisions.length > 1) problems.push(`${where}: ${decisions.length} decisions`);
        if (p.reason === 'E11' || p.reason === 'E12') {
          adopted++;
          const [decision, match] = [decisions[0], matches[0]];
          if (!decision || !match || !placed) { problems.push(`${where}: adopted without decision, match or placement (rule 601)`); continue; }
          if (!(decision.date <= match.date && match.date <= placed.start && placed.start < p.end!)) problems.push(`${where}: out of order ${decision.date} ${match.date} ${placed.start} ${p.end} (rules 331/333/521)`);
          if (order && decision.date > order.start) problems.push(`${where}: decided ${decision.date} after the placement order ${order.start} (rule 554)`);
          if ((match.payload.fosterCarersAdopting === true) !== (placed.placementType === 'A3' || placed.placementType === 'A5')) problems.push(`${where}: FOSTER_CARE does not fit ${placed.placementType} (rule 335)`);
          if (reversals.length > 0) problems.push(`${where}: adopted after a reversal (rule 525)`);
        } else if (decisions.length > 0) {
          if (p.end && matches.length > 0) problems.push(`${where}: matched but left care not adopted`);
          if (p.end && reversals.length === 0) problems.push(`${where}: left care with an open decision (rule 557)`);
          if (reversals[0] && reversals[0].date < decisions[0]!.date) problems.push(`${where}: reversed before decided (rule 522)`);
          reversed += reversals.length;
        }
        if (order && decisions.length === 0) problems.push(`${where}: placement order without a decision (rule 553)`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(adopted).toBeGreaterThan(40);
    expect(reversed).toBeGreaterThan(5);
  });

  it('has foster carers adopting, couples and single adopters', () => {
    const matches = all('AdopterMatched').map(({ f }) => f.payload);
    expect(matches.some((m) => m.fosterCarersAdopting === true)).toBe(true);
    expect(matches.some((m) => m.numberOfAdopters === 1)).toBe(true);
    expect(matches.filter((m) => m.adoptersSex === 'MF').length / matches.length).toBeGreaterThan(0.5);
  });
});

describe('PrevPerm and SWEpisodes', () => {
  it('records previous permanence on entry to each period from April 2016, an order with its LA and date, P4 with LA 999 and no part of a date (630, 632, 634)', () => {
    const problems: string[] = [];
    const codes = new Map<string, number>();
    for (const r of records) {
      for (const p of periods(r)) {
        const recorded = of(r, 'PreviousPermanenceRecorded').filter((f) => f.date >= p.start && (p.end === undefined || f.date < p.end));
        const expected = p.start >= '2016-04-01' ? 1 : 0;
        if (recorded.length !== expected) { problems.push(`${r.childId} period ${p.start}: ${recorded.length} previous permanence records`); continue; }
        const f = recorded[0];
        if (!f) continue;
        const code = f.payload.previousPermanence as string;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (['P1', 'P2', 'P3'].includes(code) && !(f.payload.laOfPermanence && (f.payload.dateOfPermanence as string) > dobOf(r) && (f.payload.dateOfPermanence as string) < p.start)) {
          problems.push(`${r.childId} period ${p.start}: ${code} without an LA and a date between birth and entry`);
        }
        // Not known whether there was an order, so nor its LA (999) or any part of its date (rule 630 still asks).
        if (code === 'P4' && !(f.payload.laOfPermanence === '999' && f.payload.dateOfPermanence === 'ZZZZ-ZZ-ZZ')) {
          problems.push(`${r.childId} period ${p.start}: P4 with LA ${String(f.payload.laOfPermanence)} and date ${String(f.payload.dateOfPermanence)}, not 999 and ZZZZ-ZZ-ZZ`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    const total = [...codes.values()].reduce((a, b) => a + b, 0);
    expect(codes.get('Z1')! / total).toBeGreaterThan(0.8);
    for (const code of ['P1', 'P2', 'P3', 'P4']) expect(codes.get(code), code).toBeGreaterThan(0);
  });

  it('allocates a social worker a year or more before care (or at birth), none missing between periods, changing every 6-18 months (SW01, SW02, SW09, SW10, SW12)', () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const r of records) {
      if (shortBreak(r)) continue;
      const all = of(r, 'SocialWorkerAllocated');
      let previousEnd: CalendarDate | undefined;
      for (const p of periods(r)) {
        // A period's workers: from the previous period's end (or ever, for the first) to this one's end.
        const allocations = all.filter((f) => (previousEnd === undefined || f.date >= previousEnd) && (p.end === undefined || f.date < p.end));
        const where = `${r.childId} period ${p.start}`;
        // The history starts on 2020-04-01 at the latest: only the worker then in force, and later ones, are recorded.
        const inForce = allocations.filter((f) => f.date <= addDays(p.start, 7)).at(-1);
        if (!inForce) {
          if (p.start > '2020-04-01') problems.push(`${where}: no social worker when care began`);
        } else if (previousEnd === undefined) {
          // Up to two years before a start after 2022-04-01 is within every history here, so the first is recorded.
          if (p.start > '2022-04-01' && allocations[0]!.date > addDays(p.start, -366) && allocations[0]!.date !== dobOf(r)) problems.push(`${where}: first worker allocated only ${allocations[0]!.date}`);
        } else if (allocations[0]!.date !== previousEnd) {
          problems.push(`${where}: a gap from the previous period's end ${previousEnd} to ${allocations[0]!.date}`);
        }
        for (let i = 1; i < allocations.length; i++) {
          const gap = daysBetween(allocations[i - 1]!.date, allocations[i]!.date);
          if (gap < 180 || gap > 540) problems.push(`${where}: ${gap} days between workers`);
          if (allocations[i]!.payload.socialWorkerId === allocations[i - 1]!.payload.socialWorkerId) problems.push(`${where}: the same worker allocated again`);
        }
        for (const a of allocations) ids.add(a.payload.socialWorkerId as string);
        previousEnd = p.end;
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect([...ids].every((id) => /^SW\d+$/.test(id))).toBe(true);
    expect(ids.size).toBeLessThan(80);
  });
});
