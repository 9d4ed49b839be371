/**
 * Previous permanence, recorded on entry to each period of care that starts from 1 April 2016 (rule 634): most
 * children have had none (Z1); a few were adopted, or had a special guardianship or child arrangements order
 * before, with the LA that arranged it and the order's date; for some it is not known (P4), nor therefore the LA
 * (999) or the date (wholly unknown).
 */
import { UNKNOWN_DATE } from '@careledger/ssda903';
import { Weighted, type Rng } from './prng';
import { dateOf, dayOf, type Day } from './dates';
import { settledStart } from './corrections';
import type { ChildPlan, LaEnv, PeriodPlan, RecordPlan } from './types';

const PREV_PERM_FROM: Day = dayOf('2016-04-01');
const previous = new Weighted<string>([['Z1', 86], ['P2', 5], ['P3', 4], ['P4', 3], ['P1', 2]]);
/** Elsewhere in England (three-digit LA codes), Wales or Scotland, or not known (999). */
const OTHER_LAS = ['201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '301', '302',
  '303', '304', '305', '306', '307', '308', '309', '310', '311', '312', '313', '314', '315', '316', '317', '318', '319', '320',
  '330', '331', '332', '333', '334', '335', '336', '340', '341', '342', '343', '344', '350', '351', '352', '353', '354', '355'];

function laOf(rng: Rng, own: string): string {
  const r = rng.next();
  return r < 0.75 ? own : r < 0.92 ? rng.pick(OTHER_LAS) : r < 0.95 ? rng.pick(['WAL', 'SCO']) : '999';
}

const NONE = Object.freeze({ previousPermanence: 'Z1' });
// Not known whether there was an order, so nor where or when: the 903 still wants LA_PERM and DATE_PERM (rule 630),
// as "information not available" (999) and a wholly unknown date (ZZ/ZZ/ZZZZ). Constant, so no number is drawn.
const UNKNOWN = Object.freeze({ previousPermanence: 'P4', laOfPermanence: '999', dateOfPermanence: UNKNOWN_DATE });

export function planPermanence(env: LaEnv, child: ChildPlan, p: PeriodPlan, records: RecordPlan[]): void {
  const day = settledStart(p);
  if (p.start < PREV_PERM_FROM) return;
  const rng = child.rng;
  let code = child.shortBreak ? 'Z1' : previous.pick(rng);
  // An order needs time before care: a baby coming into care has had none.
  if (code !== 'Z1' && code !== 'P4' && day - child.dob < 120) code = 'Z1';
  if (code === 'Z1' || code === 'P4') {
    records.push({ day, type: 'PreviousPermanenceRecorded', payload: code === 'Z1' ? NONE : UNKNOWN });
    return;
  }
  const ordered = rng.int(child.dob + 60, day - 30);
  records.push({ day, type: 'PreviousPermanenceRecorded', payload: { previousPermanence: code, laOfPermanence: laOf(rng, env.laCode), dateOfPermanence: dateOf(ordered) } });
}
