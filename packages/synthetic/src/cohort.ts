/**
 * Who comes into care, and when. Starts arrive day by day at ~40% of the steady state a year, nudged up or down by
 * how far the number in care is from `childrenInCare` (the "ceases balance starts" feedback). The simulation runs
 * from 18½ years before the history so that the children already in care at its start (some for many years) have
 * a realistic mix of ages and lengths of stay.
 */
import { aprilFirstOnOrBefore, dayFromYmd, ymdOf, type Day } from './dates';
import { NumberHeap } from './heap';
import { planLifecycle, planPeriod } from './lifecycle';
import { createChild } from './child';
import type { Rng } from './prng';
import type { ChildPlan, LaEnv } from './types';

/** Starts a year as a share of the steady-state number looked after. */
const START_SHARE = 0.4;
/** Feedback gain: a 10% shortfall raises the start rate by 30%. */
const GAIN = 3;
const SPAN = 8192; // period lengths are below 18 years (6575 days)

export interface IdSource {
  next(): string;
}

/**
 * Unique 7-digit child ids (903 CHILD) in no visible order: k -> 1,000,000 + (a*k + b) mod 9,000,000, with `a`
 * coprime to 9,000,000, is a permutation, so ids never repeat and no set of used ids is needed.
 */
export function childIds(rng: Rng): IdSource {
  const multipliers = [1_234_577, 2_718_283, 3_141_593, 4_870_849, 6_180_341, 7_654_321];
  const a = rng.pick(multipliers);
  const b = rng.int(0, 8_999_999);
  let k = 0;
  return {
    next() {
      if (k >= 9_000_000) throw new RangeError('out of 7-digit child ids');
      return String(1_000_000 + ((a * k++ + b) % 9_000_000));
    },
  };
}

/** The 2 April in the middle of the history, if there is room after it for a correction to be recorded. */
export function aprilPlantDay(env: LaEnv): Day | undefined {
  const april = aprilFirstOnOrBefore(Math.floor((env.historyStart + env.asAt) / 2));
  return april + 1 + 150 <= env.asAt ? april + 1 : undefined;
}

/**
 * A child who starts on 2 April, goes home within weeks and comes back in the same collection year. Their first
 * start will be first recorded as a few days before 1 April and corrected later (see corrections).
 */
function plantedChild(rng: Rng, day: Day): ChildPlan {
  const child = createChild(rng, day, 'general');
  const [y, m, d] = ymdOf(day);
  child.dob = dayFromYmd(y - rng.int(7, 12), m, d) - rng.int(1, 300);
  const first = planPeriod(rng, child, day);
  first.pathway = 'home';
  first.end = day + rng.int(20, 50);
  first.reasonCeased = 'E4A';
  first.statusChanges = first.statusChanges.filter((c) => c.day < first.end);
  delete first.adoption;
  delete first.sgoCarer;
  first.homeWithParents = false;
  child.periods.push(first);
  const second = planPeriod(rng, child, first.end + rng.int(5, 40));
  child.periods.push(second);
  return child;
}

export interface Cohort {
  readonly children: ChildPlan[];
  readonly planted: ChildPlan | undefined;
}

export function simulateCohort(env: LaEnv, master: Rng): Cohort {
  const children: ChildPlan[] = [];
  let planted: ChildPlan | undefined;
  const n = env.childrenInCare;
  const base = (n * START_SHARE) / 365.25;
  const active = new NumberHeap(); // end days of periods in progress
  const future = new NumberHeap(); // start * SPAN + length of periods not yet started
  const plant = aprilPlantDay(env);
  const admit = (child: ChildPlan, day: Day) => {
    for (const p of child.periods) {
      if (p.start <= day) active.push(p.end);
      else future.push(p.start * SPAN + (p.end - p.start));
    }
    children.push(child);
  };
  for (let day = env.historyStart - Math.round(18.5 * 365.25); day <= env.asAt; day++) {
    while (future.size > 0 && Math.floor(future.peek() / SPAN) <= day) {
      const key = future.pop();
      const start = Math.floor(key / SPAN);
      active.push(start + (key - start * SPAN));
    }
    while (active.size > 0 && active.peek() <= day) active.pop();
    const gap = (n - active.size) / n;
    const starts = master.poisson(base * Math.min(4, Math.max(0.1, 1 + GAIN * gap)));
    for (let i = 0; i < starts; i++) {
      const rng = master.fork();
      const child = createChild(rng, day, rng.chance(0.06) ? 'uasc' : 'general');
      planLifecycle(rng, child, day);
      admit(child, day);
    }
    if (day === plant) {
      planted = plantedChild(master.fork(), day);
      admit(planted, day);
    }
  }
  return { children, planted };
}
