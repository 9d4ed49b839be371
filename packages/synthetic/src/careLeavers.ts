/**
 * Contacts with care leavers: young people who left care at 16 or over having been looked after for at least 13
 * weeks since their 14th birthday (not adopted, not under an SGO or child arrangements order, not transferred,
 * not died in care). The LA is in touch around each of the 17th-21st birthdays that falls after they left
 * (rules 1007/1016), within a few weeks. DfE England 2025: EET 64% at 17-18 and 54% at 19-21, suitable
 * accommodation 89-91%.
 */
import { Weighted, type Rng } from './prng';
import { ageOn, birthday, type Day } from './dates';
import type { ChildPlan, LaEnv, RecordPlan } from './types';

const NOT_CARE_LEAVERS = new Set(['E2', 'E3', 'E11', 'E12', 'E41', 'E45', 'E46', 'E47', 'E48', 'E15', 'E16']);

const eetYoung = new Weighted<string>([['F2', 55], ['P2', 5], ['F4', 8], ['P4', 1], ['F5', 12], ['P5', 6], ['F1', 3], ['P1', 1]]);
const eetOlder = new Weighted<string>([['F1', 18], ['P1', 3], ['F2', 22], ['P2', 5], ['F4', 12], ['P4', 2], ['F5', 28], ['P5', 10]]);
const neet = new Weighted<string>([['G5', 58], ['G4', 25], ['G6', 17]]);
/** Suitable accommodation by letter; never with former foster carers at 17 (rule 3001) nor a foyer under 18 (rule 347). */
const suitableAt17 = new Weighted<string>([['B1', 30], ['D1', 30], ['E1', 12], ['U1', 12], ['K1', 6], ['C1', 5], ['Y1', 5]]);
const suitableOlder = new Weighted<string>([['U1', 36], ['B1', 20], ['D1', 12], ['Z1', 8], ['E1', 6], ['K1', 6], ['T1', 5], ['Y1', 4], ['C1', 3]]);
const unsuitable = new Weighted<string>([['S2', 25], ['W2', 15], ['V2', 15], ['B2', 15], ['U2', 15], ['K2', 10], ['X2', 5]]);

function activity(rng: Rng, age: number): string {
  return rng.chance(age <= 18 ? 0.72 : 0.62) ? (age <= 18 ? eetYoung : eetOlder).pick(rng) : neet.pick(rng);
}

/** `age` on the day of the contact, which may be a little before the birthday. */
function accommodation(rng: Rng, age: number, stayingPut: boolean): string {
  if (stayingPut && age >= 18 && age <= 20 && rng.chance(0.6)) return 'Z1';
  if (rng.chance(0.06)) return unsuitable.pick(rng);
  return (age <= 17 ? suitableAt17 : suitableOlder).pick(rng);
}

/** Days looked after on or after `from`, across the child's periods. */
function daysInCareSince(child: ChildPlan, from: Day): number {
  let days = 0;
  for (const p of child.periods) days += Math.max(0, p.end - Math.max(p.start, from));
  return days;
}

export function planCareLeaverContacts(env: LaEnv, child: ChildPlan): RecordPlan[] {
  const last = child.periods[child.periods.length - 1];
  if (!last || child.shortBreak || last.start > env.asAt || NOT_CARE_LEAVERS.has(last.reasonCeased ?? '')) return [];
  if (last.end < birthday(child.dob, 16) || daysInCareSince(child, birthday(child.dob, 14)) < 91) return [];
  const rng = child.rng;
  const stayingPut = last.reasonCeased === 'E17';
  const records: RecordPlan[] = [];
  for (let age = 17; age <= 21; age++) {
    const birthdayDay = birthday(child.dob, age);
    if (last.end > birthdayDay) continue; // still looked after on that birthday
    const day = Math.max(last.end + 1, birthdayDay + rng.int(-14, 28));
    if (day > env.asAt) break;
    const r = rng.next();
    const inTouch = r < 0.003 ? 'DIED' : r < 0.02 ? 'RHOM' : r < 0.05 ? 'REFU' : r < (age >= 21 ? 0.11 : 0.07) ? 'NREQ' : r < (age >= 21 ? 0.17 : 0.12) ? 'NO' : 'YES';
    let payload: { inTouch: string; activity: string; accommodation: string };
    if (inTouch === 'DIED' || inTouch === 'RHOM') payload = { inTouch, activity: '0', accommodation: '0' };
    else if ((inTouch === 'NO' || inTouch === 'REFU') && rng.chance(0.8)) payload = { inTouch, activity: '0', accommodation: '0' };
    else payload = { inTouch, activity: activity(rng, age), accommodation: accommodation(rng, ageOn(child.dob, day), stayingPut) };
    records.push({ day, type: 'CareLeaverContactRecorded', payload });
    if (inTouch === 'DIED') break;
  }
  return records;
}
