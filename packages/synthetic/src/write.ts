/** One child's plan written out as drafts: details, periods of care and everything inside them, corrections. */
import type { CaseEventOf } from '@careledger/events';
import { ageOn, birthday, dateOf, type Day } from './dates';
import { emittedPeriods } from './corrections';
import { recordDay, type Emitter } from './emit';
import type { ChildPlan, LaEnv, PeriodPlan, PlacementMove } from './types';

type Details = CaseEventOf<'ChildDetailsRecorded'>['payload'];

const RETRACT_REASONS = ['Recorded against the wrong child', 'Placement move did not go ahead', 'Entered twice in error'];

function details(child: ChildPlan, on: Day, upn: string, motherOn: Day | undefined): Details {
  const mother = motherOn !== undefined && on >= motherOn;
  const payload: Details = { sex: child.sex, dateOfBirth: dateOf(child.dob), ethnicity: child.ethnicity, upn, uasc: child.uasc };
  if (child.sex === 'F' && ageOn(child.dob, on) >= 12) payload.isMother = mother;
  if (mother && child.childsDob !== undefined) payload.childsDateOfBirth = dateOf(child.childsDob);
  if (child.uasc) payload.uascCeasedDate = dateOf(birthday(child.dob, 18));
  // keep the schema's key order: uasc fields last
  const { uasc, uascCeasedDate, ...rest } = payload;
  return { ...rest, uasc, ...(uascCeasedDate ? { uascCeasedDate } : {}) };
}

function moveFact(m: PlacementMove) {
  return {
    type: 'PlacementChanged' as const,
    payload: { ...m.placement, ...(m.reason ? { reasonForChange: m.reason } : {}), sameCarer: m.sameCarer },
  };
}

export function writeChild(env: LaEnv, em: Emitter, child: ChildPlan): void {
  const periods = emittedPeriods(env, child);
  if (periods.length === 0) return;
  const rng = child.rng;
  const asAt = env.asAt;
  const first = periods[0] as PeriodPlan;
  // A new entrant's UPN may first be recorded as UN4 (not yet known), and corrected a few weeks later.
  const upnFix = child.provisionalUpn && first.start >= env.historyStart ? first.start + rng.int(20, 90) : undefined;
  const upnOn = (day: Day) => (upnFix !== undefined && day < upnFix ? child.provisionalUpn as string : child.upn);
  const motherPeriod = child.childsDob === undefined ? undefined
    : periods.find((p) => (child.childsDob as Day) > p.start && (child.childsDob as Day) < p.end);
  const motherOn = motherPeriod && child.childsDob !== undefined
    ? Math.min(child.childsDob + rng.int(0, 14), motherPeriod.end - 1, asAt) : undefined;
  let floor = -Infinity;
  for (const p of periods) {
    const startRec = recordDay(rng, p.recordedStart, asAt, floor, !p.replaced);
    if (p === first) {
      const on = Math.max(child.dob, Math.min(p.start, p.recordedStart) - rng.int(0, 3));
      em.add(child, { type: 'ChildDetailsRecorded', payload: details(child, on, upnOn(on), motherOn) }, on, startRec);
    }
    const startPayload = {
      ...p.placement, legalStatus: p.legalStatus, categoryOfNeed: p.categoryOfNeed, ...(child.home ? { homePostcode: child.home } : {}),
    };
    const started = em.add(child, { type: 'PeriodOfCareStarted', payload: startPayload }, p.recordedStart, startRec);
    if (p.replaced) {
      const rec = Math.max(startRec, Math.min(asAt, startRec + rng.int(14, 120)));
      em.add(child, {
        type: 'EventReplaced',
        payload: {
          targetEventId: started.eventId,
          reason: 'Start date entered incorrectly; corrected from the legal papers',
          replacement: { type: 'PeriodOfCareStarted', occurredAt: dateOf(p.start), payload: startPayload },
        },
      }, Math.min(p.start, p.recordedStart), rec, p.recordedStart);
    }
    const add = (fact: Parameters<Emitter['add']>[1], day: Day, minRec = startRec) => {
      if (day <= asAt) em.add(child, fact, day, recordDay(rng, day, asAt, minRec));
    };
    for (const c of p.statusChanges) add({ type: 'LegalStatusChanged', payload: { legalStatus: c.legalStatus } }, c.day);
    for (const m of p.placementChanges) add(moveFact(m), m.day);
    if (p.mistake && p.mistake.day <= asAt) {
      const mistakeRec = recordDay(rng, p.mistake.day, asAt, startRec, false);
      const wrong = em.add(child, moveFact(p.mistake), p.mistake.day, mistakeRec);
      em.add(child, {
        type: 'EventRetracted',
        payload: { targetEventId: wrong.eventId, reason: rng.pick(RETRACT_REASONS) },
      }, p.mistake.day, Math.max(mistakeRec, Math.min(asAt, mistakeRec + rng.int(14, 120))));
    }
    for (const r of p.reviews) add({ type: 'ReviewHeld', payload: { participation: r.participation } }, r.day);
    for (const m of p.missing) {
      if (m.start > asAt) continue;
      const rec = recordDay(rng, m.start, asAt, startRec);
      em.add(child, { type: 'MissingEpisodeStarted', payload: { missingEpisodeId: m.id, missingType: m.type } }, m.start, rec);
      if (m.end <= asAt) add({ type: 'MissingEpisodeEnded', payload: { missingEpisodeId: m.id } }, m.end, rec);
    }
    if (upnFix !== undefined && p === first && upnFix <= asAt) {
      add({ type: 'ChildDetailsRecorded', payload: details(child, upnFix, child.upn, motherOn) }, upnFix);
    }
    if (p === motherPeriod && motherOn !== undefined) {
      add({ type: 'ChildDetailsRecorded', payload: details(child, motherOn, upnOn(motherOn), motherOn) }, motherOn);
    }
    if (p.end <= asAt) {
      const endRec = recordDay(rng, p.end, asAt, startRec);
      em.add(child, { type: 'PeriodOfCareEnded', payload: { reasonCeased: p.reasonCeased ?? 'E8' } }, p.end, endRec);
      floor = endRec;
    }
  }
}
