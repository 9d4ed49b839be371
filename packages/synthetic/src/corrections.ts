/**
 * Corrections, recorded weeks or months after the fact: a period's start date first entered wrongly and replaced
 * (EventReplaced), and a placement move recorded by mistake and withdrawn (EventRetracted). ~1.5% of children.
 * After each correction the history is consistent: nothing in the period happens on or before its corrected start.
 */
import type { Rng } from './prng';
import { ageOn, aprilFirstOnOrBefore, type Day } from './dates';
import { reasonForChange } from './codes';
import { choosePlacement } from './placements';
import { placementOn, statusOn, validOn } from './moves';
import type { ChildPlan, LaEnv, PeriodPlan } from './types';

/** The periods that appear in the history (remembered: called often, and stable once planned). */
export function emittedPeriods(env: LaEnv, child: ChildPlan): PeriodPlan[] {
  child.inHistory ??= child.periods.filter((p) => p.end >= env.historyStart && p.start <= env.asAt);
  return child.inHistory;
}

function firstEventDay(p: PeriodPlan): Day {
  let first = p.end;
  if (p.statusChanges[0]) first = Math.min(first, p.statusChanges[0].day);
  if (p.placementChanges[0]) first = Math.min(first, p.placementChanges[0].day);
  if (p.reviews[0]) first = Math.min(first, p.reviews[0].day);
  if (p.missing[0]) first = Math.min(first, p.missing[0].start);
  if (p.mistake) first = Math.min(first, p.mistake.day);
  return first;
}

/** Record the start `shift` days out (corrected later), if the history stays consistent either way. */
export function misdateStart(env: LaEnv, child: ChildPlan, p: PeriodPlan, shift: number): boolean {
  const index = child.periods.indexOf(p);
  const previous = child.periods[index - 1];
  const wrong = p.start + shift;
  if (p.replaced || p.start < env.historyStart || wrong > env.asAt - 30 || wrong <= child.dob || child.sex === 'U') return false;
  if (previous && wrong < previous.end + 1) return false;
  if (wrong >= firstEventDay(p) || !validOn(p.placement.placementType, wrong)) return false;
  p.recordedStart = wrong;
  p.replaced = true;
  return true;
}

function recordMistake(env: LaEnv, rng: Rng, child: ChildPlan, p: PeriodPlan): boolean {
  const lo = Math.max(p.start + 1, env.historyStart);
  const hi = Math.min(p.end - 1, env.asAt - 30);
  if (hi < lo || p.mistake) return false;
  const day = rng.int(lo, hi);
  if (p.placementChanges.some((m) => m.day === day) || p.missing.some((m) => m.start <= day && day <= m.end)) return false;
  if (/^[TA]/.test(placementOn(p, day).placementType)) return false;
  const placement = choosePlacement(rng, env.geo, ageOn(child.dob, day), day, { uasc: child.uasc, home: child.home, legalStatus: statusOn(p, day) });
  p.mistake = { day, placement, reason: reasonForChange.pick(rng), sameCarer: false };
  return true;
}

/** At least one start moved across a 1 April: the planted child's, or any start within a few days of one. */
function moveStartAcrossApril(env: LaEnv, children: readonly ChildPlan[], planted: ChildPlan | undefined): void {
  const first = planted?.periods[0];
  if (planted && first && misdateStart(env, planted, first, -(first.start - aprilFirstOnOrBefore(first.start)) - 1)) return;
  for (const child of children) {
    if (child.shortBreak) continue;
    for (const p of emittedPeriods(env, child)) {
      const april = aprilFirstOnOrBefore(p.start);
      if (p.start - april < 6 && april > env.historyStart && misdateStart(env, child, p, april - p.start - 1)) return;
      const next = aprilFirstOnOrBefore(p.start + 6);
      if (next > p.start && misdateStart(env, child, p, next - p.start)) return;
    }
  }
}

export function planCorrections(env: LaEnv, rng: Rng, children: readonly ChildPlan[], planted: ChildPlan | undefined): void {
  moveStartAcrossApril(env, children, planted);
  let mistakes = 0;
  for (const child of children) {
    if (child.shortBreak) continue;
    const r = rng.next();
    if (r >= 0.016) continue;
    const p = rng.pick(emittedPeriods(env, child));
    if (r < 0.008) misdateStart(env, child, p, rng.int(1, 7) * (rng.chance(0.6) ? -1 : 1));
    else if (recordMistake(env, rng, child, p)) mistakes++;
  }
  for (let i = 0; mistakes === 0 && i < children.length * 4; i++) {
    const child = rng.pick(children);
    if (!child.shortBreak && recordMistake(env, rng, child, rng.pick(emittedPeriods(env, child)))) mistakes++;
  }
}

/** The later of the start as first recorded and as corrected: a fact from this day is inside the period either way. */
export function settledStart(p: PeriodPlan): Day {
  return Math.max(p.start, p.recordedStart);
}
