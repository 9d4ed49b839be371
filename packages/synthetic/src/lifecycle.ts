/**
 * The shape of each period of care: why the child came in (pathway), the legal status chain, when and why care
 * ended, and whether the child comes back. Placements, reviews and missing episodes are filled in later, only for
 * periods inside the history.
 */
import { byLimit, Weighted, type Rng } from './prng';
import { ageOn, birthday, type Day } from './dates';
import { categoryOfNeed, placementOrderCode, remandNeed, uascNeed } from './codes';
import type { ChildPlan, Pathway, PeriodPlan, StatusChange } from './types';

const pathwayByAge: ReadonlyArray<readonly [number, Weighted<Pathway>]> = [
  [1, new Weighted<Pathway>([['adopt', 38], ['sgo', 20], ['home', 25], ['other', 8], ['transfer', 2], ['to18', 7]])],
  [5, new Weighted<Pathway>([['adopt', 20], ['sgo', 20], ['home', 30], ['other', 12], ['transfer', 3], ['to18', 15]])],
  [10, new Weighted<Pathway>([['adopt', 3], ['sgo', 15], ['home', 35], ['other', 12], ['transfer', 4], ['to18', 31]])],
  [16, new Weighted<Pathway>([['sgo', 5], ['home', 34], ['other', 10], ['transfer', 4], ['to18', 41], ['remand', 6]])],
  [18, new Weighted<Pathway>([['home', 25], ['other', 10], ['transfer', 4], ['to18', 53], ['remand', 8]])],
];

const w = <T>(pairs: ReadonlyArray<readonly [T, number]>) => new Weighted<T>(pairs);
const entry: Record<string, Weighted<string>> = {
  adopt: w([['C1', 65], ['L2', 12], ['L1', 5], ['V2', 18]]),
  sgo: w([['C1', 55], ['V2', 30], ['L2', 10], ['L1', 5]]),
  home: w([['V2', 72], ['C1', 15], ['L1', 8], ['L2', 5]]),
  other: w([['V2', 65], ['C1', 25], ['L1', 5], ['L2', 5]]),
  transfer: w([['V2', 80], ['C1', 20]]),
  to18: w([['V2', 50], ['C1', 38], ['L1', 6], ['L2', 6]]),
};
/** Chance of V2 becoming C1, and of C1 becoming C2, by pathway. */
const toCareOrder: Record<string, readonly [number, number]> = {
  adopt: [1, 1], sgo: [0.6, 0.5], home: [0.05, 0.25], other: [0.1, 0.4], transfer: [0, 0], to18: [0.35, 0.85],
};
const endReason: Record<string, Weighted<string>> = {
  adopt: w([['E12', 60], ['E11', 40]]),
  home: w([['E4A', 80], ['E4B', 20]]),
  other: w([['E13', 70], ['E41', 30]]),
  early: w([['E5', 50], ['E6', 15], ['E8', 20], ['E13', 15]]),
  remand: w([['E14', 60], ['E9', 25], ['E8', 15]]),
};
const sgoReason = w<readonly [string, 'kin' | 'foster' | undefined]>([[['E45', 'kin'], 50], [['E46', 'foster'], 25], [['E47', undefined], 15], [['E48', undefined], 10]]);
const uascRoute = w<readonly [string, number, number]>([
  [['to18', 0, 0], 72], [['E3', 7, 90], 13], [['E13', 60, 400], 5], [['E15', 20, 200], 5], [['E16', 60, 400], 2], [['E8', 30, 300], 3],
]);

interface Chain {
  changes: StatusChange[];
  status: string;
  day: Day;
}

/** L1/L2 resolve within days, V2 may become C1, C1 may become C2: the usual route through the courts. */
function legalChain(rng: Rng, pathway: string, start: Day, first: string): Chain {
  const chain: Chain = { changes: [], status: first, day: start };
  const [pV2, pC1] = toCareOrder[pathway] ?? [0, 0];
  if (first === 'L1') moveTo(chain, rng.int(1, 3), rng.chance(pathway === 'adopt' || pathway === 'sgo' ? 0.8 : 0.3) ? 'C1' : 'V2');
  else if (first === 'L2') moveTo(chain, rng.int(5, 8), rng.chance(pathway === 'home' || pathway === 'other' ? 0.5 : 0.9) ? 'C1' : 'V2');
  if (chain.status === 'V2' && rng.chance(pV2)) moveTo(chain, rng.int(20, 300), 'C1');
  if (chain.status === 'C1' && rng.chance(pC1)) moveTo(chain, rng.int(150, 330), 'C2');
  return chain;
}

function moveTo(chain: Chain, after: number, code: string): void {
  chain.day += after;
  chain.status = code;
  chain.changes.push({ day: chain.day, legalStatus: code });
}

function homeDuration(rng: Rng): number {
  const r = rng.next();
  return r < 0.3 ? rng.int(2, 60) : r < 0.75 ? rng.int(61, 400) : rng.int(401, 1200);
}

export function planPeriod(rng: Rng, child: ChildPlan, start: Day): PeriodPlan {
  const age = ageOn(child.dob, start);
  const b18 = birthday(child.dob, 18);
  const pathway: Pathway = child.uasc && child.periods.length === 0
    ? 'uasc'
    : byLimit(pathwayByAge, age).pick(rng);
  const p: PeriodPlan = {
    start, end: b18, reasonCeased: undefined, recordedStart: start, pathway, legalStatus: 'V2',
    categoryOfNeed: pathway === 'uasc' ? uascNeed.pick(rng) : pathway === 'remand' ? remandNeed.pick(rng)
      : (pathway === 'adopt' || pathway === 'sgo') && rng.chance(0.8) ? 'N1' : categoryOfNeed.pick(rng),
    statusChanges: [], placement: { placementType: 'U6' }, placementChanges: [], reviews: [], missing: [],
  };
  let end: Day = b18;
  let reason: string | undefined;
  if (pathway === 'uasc') {
    const [code, lo, hi] = uascRoute.pick(rng);
    if (code !== 'to18') { end = start + rng.int(lo, hi); reason = code; }
  } else if (pathway === 'remand') {
    const pace = rng.chance(0.15);
    p.legalStatus = pace ? 'J2' : 'J1';
    end = start + (pace ? rng.int(1, 3) : rng.int(14, 150));
    reason = pace ? 'E8' : endReason.remand!.pick(rng);
  } else {
    const consent = pathway === 'adopt' && age < 1 && rng.chance(0.12);
    p.legalStatus = consent ? 'V2' : entry[pathway]!.pick(rng);
    const chain = legalChain(rng, consent ? 'transfer' : pathway, start, p.legalStatus);
    p.statusChanges = chain.changes;
    switch (pathway) {
      case 'adopt': {
        let placed: Day;
        if (consent) {
          placed = start + rng.int(60, 240);
          reason = 'E11';
        } else {
          const e1 = chain.day + rng.int(1, 45);
          p.statusChanges.push({ day: e1, legalStatus: placementOrderCode(e1) });
          placed = e1 + rng.int(90, 360);
          reason = endReason.adopt!.pick(rng);
        }
        p.adoption = { day: placed, consent };
        end = placed + rng.int(180, 400);
        break;
      }
      case 'sgo': {
        const [code, carer] = sgoReason.pick(rng);
        reason = code;
        if (carer) p.sgoCarer = carer;
        end = chain.status === 'C2' ? chain.day + rng.int(180, 900) : Math.max(chain.day, start) + rng.int(150, 600);
        break;
      }
      case 'home':
        if (p.legalStatus === 'L1' && rng.chance(0.35)) {
          p.statusChanges = [];
          end = start + rng.int(1, 3);
          reason = 'E4B';
        } else {
          end = start + homeDuration(rng);
          reason = endReason.home!.pick(rng);
          p.homeWithParents = (chain.status === 'C1' || chain.status === 'C2') && rng.chance(0.6); // placed with parents on an order
        }
        break;
      case 'other':
        end = start + rng.int(90, 900);
        reason = endReason.other!.pick(rng);
        break;
      case 'transfer':
        end = start + rng.int(14, 300);
        reason = 'E3';
        break;
      default: // to18
        if (age >= 13 && rng.chance(0.1)) {
          const early = birthday(child.dob, 16) + rng.int(180, 700);
          if (early > start + 30 && early < b18) { end = early; reason = endReason.early!.pick(rng); }
        }
    }
  }
  if (rng.chance(0.0015)) {
    end = start + rng.int(1, Math.max(1, end - start));
    reason = 'E2';
  }
  if (end >= b18) { end = b18; reason = undefined; }
  p.end = end;
  p.reasonCeased = reason;
  p.statusChanges = p.statusChanges.filter((c) => c.day > start && c.day < end);
  if (p.adoption && p.adoption.day >= end) delete p.adoption;
  if (p.adoption && reason !== 'E11' && reason !== 'E12') delete p.adoption;
  return p;
}

/** Chance of coming back into care after each kind of ending. */
const REENTRY: Readonly<Record<string, number>> = { E4A: 0.25, E4B: 0.3, E13: 0.2, E14: 0.2, E8: 0.1 };

/** Every period of care a child will have, from the first start (later ones may start after asAt). */
export function planLifecycle(rng: Rng, child: ChildPlan, firstStart: Day): void {
  const lastStart = birthday(child.dob, 18) - 30;
  let start = firstStart;
  for (let n = 0; n < 4; n++) {
    const p = planPeriod(rng, child, start);
    child.periods.push(p);
    if (!rng.chance(REENTRY[p.reasonCeased ?? ''] ?? 0)) break;
    start = p.end + (rng.chance(0.4) ? rng.int(1, 120) : rng.int(121, 1500));
    if (start > lastStart) break;
  }
}
