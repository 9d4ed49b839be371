/** One child's plan written out as drafts: details, periods of care and everything inside them, corrections, contacts after care. */
import type { CaseEventOf } from '@careledger/events';
import { birthday, dateOf, type Day } from './dates';
import { emittedPeriods } from './corrections';
import { recordDay, type Emitter } from './emit';
import type { Placement } from './placements';
import type { ChildPlan, LaEnv, PeriodPlan, PlacementMove } from './types';

type Details = CaseEventOf<'ChildDetailsRecorded'>['payload'];

const RETRACT_REASONS = ['Recorded against the wrong child', 'Placement move did not go ahead', 'Entered twice in error'];

function details(child: ChildPlan, on: Day, upn: string, motherOn: Day | undefined): Details {
  const mother = motherOn !== undefined && on >= motherOn;
  const payload: Details = { sex: child.sex, dateOfBirth: dateOf(child.dob), ethnicity: child.ethnicity, upn } as Details;
  // The 903 expects MOTHER for every looked-after girl (rule 393), so it is always recorded for girls.
  if (child.sex === 'F') payload.isMother = mother;
  if (mother && child.childsDob !== undefined) payload.childsDateOfBirth = dateOf(child.childsDob);
  payload.uasc = child.uasc;
  if (child.uasc) payload.uascCeasedDate = dateOf(birthday(child.dob, 18));
  return payload;
}

/**
 * Payloads are built property by property, in the schema's order: object spread would make a region's million
 * payloads three times the size (V8 gives spread copies a slow dictionary shape).
 */
function placementPayload<T extends Placement>(pl: Placement): T {
  const payload = { placementType: pl.placementType } as T;
  if (pl.placementProvider) payload.placementProvider = pl.placementProvider;
  if (pl.placementPostcode) payload.placementPostcode = pl.placementPostcode;
  if (pl.urn) payload.urn = pl.urn;
  return payload;
}

function startPayload(p: PeriodPlan, home: string | undefined): CaseEventOf<'PeriodOfCareStarted'>['payload'] {
  const payload = placementPayload<CaseEventOf<'PeriodOfCareStarted'>['payload']>(p.placement);
  payload.legalStatus = p.legalStatus;
  payload.categoryOfNeed = p.categoryOfNeed;
  if (home) payload.homePostcode = home;
  return payload;
}

function movePayload(m: PlacementMove): CaseEventOf<'PlacementChanged'>['payload'] {
  const payload = placementPayload<CaseEventOf<'PlacementChanged'>['payload']>(m.placement);
  if (m.reason) payload.reasonForChange = m.reason;
  payload.sameCarer = m.sameCarer;
  return payload;
}

export function writeChild(env: LaEnv, em: Emitter, child: ChildPlan): void {
  const periods = emittedPeriods(env, child);
  if (periods.length === 0) return;
  const rng = child.rng;
  const asAt = env.asAt;
  const first = periods[0] as PeriodPlan;
  // A new entrant's UPN may first be recorded as UN4 (not yet known), and corrected a few weeks later.
  let upnFix = child.provisionalUpn && first.start >= env.historyStart ? first.start + rng.int(20, 90) : undefined;
  if (upnFix !== undefined && first.reasonCeased === 'E2' && upnFix >= first.end) upnFix = undefined; // nothing after a death
  // A UN1 child's school UPN is recorded when they start school in care, or when they next come into care.
  const school = child.schoolUpn;
  const schoolPeriod = school && periods.find((p) => p.end > school.from);
  const schoolDay = school && schoolPeriod ? Math.max(school.from, schoolPeriod.start, schoolPeriod.recordedStart) : undefined;
  const upnOn = (day: Day) => (schoolDay !== undefined && day >= schoolDay ? (school as { upn: string }).upn
    : upnFix !== undefined && day < upnFix ? child.provisionalUpn as string : child.upn);
  const motherPeriod = child.childsDob === undefined ? undefined
    : periods.find((p) => (child.childsDob as Day) > p.start && (child.childsDob as Day) < p.end);
  const motherOn = motherPeriod && child.childsDob !== undefined
    ? Math.min(child.childsDob + rng.int(0, 14), motherPeriod.end - 1, asAt) : undefined;
  let floor = -Infinity;
  for (const p of periods) {
    const startRec = recordDay(rng, p.recordedStart, asAt, floor, !p.replaced);
    if (p === first) {
      // Known before care began, and before any worker was allocated (most children have one beforehand).
      const allocated = (p.records ?? []).filter((r) => r.type === 'SocialWorkerAllocated').map((r) => r.day);
      const on = Math.max(child.dob, Math.min(p.start, p.recordedStart, ...allocated) - rng.int(0, 3));
      em.add(child, 'ChildDetailsRecorded', details(child, on, upnOn(on), motherOn), on, startRec);
    }
    const started = em.add(child, 'PeriodOfCareStarted', startPayload(p, child.home), p.recordedStart, startRec);
    if (p.replaced) {
      const rec = Math.max(startRec, Math.min(asAt, startRec + rng.int(14, 120)));
      em.add(child, 'EventReplaced', {
        targetEventId: started.eventId,
        reason: 'Start date entered incorrectly; corrected from the legal papers',
        replacement: { type: 'PeriodOfCareStarted', occurredAt: dateOf(p.start), payload: startPayload(p, child.home) },
      }, Math.min(p.start, p.recordedStart), rec, p.recordedStart);
    }
    for (const c of p.statusChanges) {
      if (c.day <= asAt) em.add(child, 'LegalStatusChanged', { legalStatus: c.legalStatus }, c.day, recordDay(rng, c.day, asAt, startRec));
    }
    for (const m of p.placementChanges) {
      if (m.day <= asAt) em.add(child, 'PlacementChanged', movePayload(m), m.day, recordDay(rng, m.day, asAt, startRec));
    }
    if (p.mistake && p.mistake.day <= asAt) {
      const mistakeRec = recordDay(rng, p.mistake.day, asAt, startRec, false);
      const wrong = em.add(child, 'PlacementChanged', movePayload(p.mistake), p.mistake.day, mistakeRec);
      em.add(child, 'EventRetracted', { targetEventId: wrong.eventId, reason: rng.pick(RETRACT_REASONS) },
        p.mistake.day, Math.max(mistakeRec, Math.min(asAt, mistakeRec + rng.int(14, 120))));
    }
    for (const r of p.reviews) {
      if (r.day <= asAt) em.add(child, 'ReviewHeld', { participation: r.participation, ...(r.chairedByChild ? { chairedByChild: true } : {}) }, r.day, recordDay(rng, r.day, asAt, startRec));
    }
    for (const r of p.records ?? []) {
      if (r.day <= asAt) em.add(child, r.type, r.payload, r.day, recordDay(rng, r.day, asAt, startRec));
    }
    for (const m of p.missing) {
      if (m.start > asAt) continue;
      const startedRec = recordDay(rng, m.start, asAt, startRec);
      em.add(child, 'MissingEpisodeStarted', { missingEpisodeId: m.id, missingType: m.type }, m.start, startedRec);
      if (m.end <= asAt) em.add(child, 'MissingEpisodeEnded', { missingEpisodeId: m.id }, m.end, recordDay(rng, m.end, asAt, startedRec));
    }
    if (p === schoolPeriod && schoolDay !== undefined && schoolDay <= asAt) {
      em.add(child, 'ChildDetailsRecorded', details(child, schoolDay, upnOn(schoolDay), motherOn), schoolDay, recordDay(rng, schoolDay, asAt, startRec));
    }
    if (upnFix !== undefined && p === first && upnFix <= asAt) {
      em.add(child, 'ChildDetailsRecorded', details(child, upnFix, child.upn, motherOn), upnFix, recordDay(rng, upnFix, asAt, startRec));
    }
    if (p === motherPeriod && motherOn !== undefined) {
      em.add(child, 'ChildDetailsRecorded', details(child, motherOn, upnOn(motherOn), motherOn), motherOn, recordDay(rng, motherOn, asAt, startRec));
    }
    if (p.end <= asAt) {
      const endRec = recordDay(rng, p.end, asAt, startRec);
      em.add(child, 'PeriodOfCareEnded', { reasonCeased: p.reasonCeased ?? 'E8' }, p.end, endRec);
      floor = endRec;
    }
  }
  for (const r of child.leaverContacts ?? []) {
    if (r.day <= asAt) em.add(child, r.type, r.payload, r.day, recordDay(rng, r.day, asAt, floor));
  }
}
