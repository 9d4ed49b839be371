/**
 * Looked-after reviews on the statutory clock (reg. 33, Care Planning Regulations 2010): the first within
 * 20 working days of the start, the second within 3 months of the first, then every 6 months; ~8% are late.
 */
import { addMonthsDay, addWorkingDays, ageOn, weekday, type Day } from './dates';
import { participation } from './codes';
import type { Rng } from './prng';
import type { PeriodPlan, ReviewPlan } from './types';

export function planReviews(rng: Rng, dob: Day, p: PeriodPlan, from: Day, to: Day): ReviewPlan[] {
  const reviews: ReviewPlan[] = [];
  let due = addWorkingDays(p.start, 20);
  for (let n = 0; ; n++) {
    let held = rng.chance(0.08) ? due + rng.int(1, 30) : due - rng.int(0, 10);
    const wd = weekday(held);
    if (wd >= 5) held -= wd - 4; // reviews happen on weekdays: bring a weekend forward to Friday
    if (held <= p.start) held = p.start + 1;
    if (held >= p.end || held > to) break;
    if (held >= from) {
      const age = ageOn(dob, held);
      const code = participation(rng, age);
      // Some older children who attend and speak chair their own review. Decided from the review itself, not
      // drawn from rng, so every other generated fact stays as it was.
      reviews.push({ day: held, participation: code, chairedByChild: age >= 14 && code === 'PN1' && held % 5 === 0 });
    }
    due = addMonthsDay(held, n === 0 ? 3 : 6);
  }
  return reviews;
}
