/**
 * The adoption process around a placement for adoption: the agency decision that the child should be placed
 * (months after entry, on or before any placement order, rule 554), the match with adopters (weeks before the
 * placement, rules 331/333), then the placement and the order already planned. A few children for whom adoption
 * was decided are not adopted: the decision is reversed (RD1-RD4) while they are still in care (rule 557).
 */
import { Weighted, type Rng } from './prng';
import { ageOn, type Day } from './dates';
import { settledStart } from './corrections';
import type { ChildPlan, PeriodPlan, RecordPlan } from './types';

type Adopters = { numberOfAdopters: number; adoptersSex: string; adoptersLegalStatus: string };
/** Couples by sex and legal status (rules 511, 514, 517-520, 524), and single adopters. */
const adopters = new Weighted<Adopters>([
  [{ numberOfAdopters: 2, adoptersSex: 'MF', adoptersLegalStatus: 'L11' }, 56],
  [{ numberOfAdopters: 2, adoptersSex: 'MF', adoptersLegalStatus: 'L3' }, 12],
  [{ numberOfAdopters: 2, adoptersSex: 'MF', adoptersLegalStatus: 'L2' }, 1],
  [{ numberOfAdopters: 2, adoptersSex: 'MM', adoptersLegalStatus: 'L12' }, 3],
  [{ numberOfAdopters: 2, adoptersSex: 'MM', adoptersLegalStatus: 'L2' }, 3],
  [{ numberOfAdopters: 2, adoptersSex: 'MM', adoptersLegalStatus: 'L4' }, 2],
  [{ numberOfAdopters: 2, adoptersSex: 'FF', adoptersLegalStatus: 'L12' }, 4],
  [{ numberOfAdopters: 2, adoptersSex: 'FF', adoptersLegalStatus: 'L2' }, 3],
  [{ numberOfAdopters: 2, adoptersSex: 'FF', adoptersLegalStatus: 'L4' }, 2],
  [{ numberOfAdopters: 1, adoptersSex: 'F1', adoptersLegalStatus: 'L0' }, 11],
  [{ numberOfAdopters: 1, adoptersSex: 'M1', adoptersLegalStatus: 'L0' }, 3],
]);
const reversalReason = new Weighted<string>([['RD3', 35], ['RD1', 25], ['RD2', 20], ['RD4', 20]]);
/** Pathways on which a young child's plan may be adoption for a while, before it changes. */
const REVERSIBLE = new Set(['sgo', 'to18', 'other', 'home']);

export function planAdoption(child: ChildPlan, p: PeriodPlan, records: RecordPlan[]): void {
  const rng = child.rng;
  const first = settledStart(p) + 1;
  const order = p.statusChanges.find((c) => c.legalStatus === 'E1' || c.legalStatus === 'D1')?.day;
  if (p.adoption) {
    const placed = p.adoption.day;
    const decided = order !== undefined
      ? Math.max(first, order - rng.int(14, 120))
      : Math.min(placed - 1, first + Math.round((placed - first) * (0.2 + 0.3 * rng.next())));
    const matched = Math.max(decided, placed - rng.int(7, 42));
    const household = adopters.pick(rng);
    records.push(
      { day: decided, type: 'AdoptionDecisionMade', payload: {} },
      { day: matched, type: 'AdopterMatched', payload: { ...household, fosterCarersAdopting: p.adoption.withCarer ?? false } },
    );
    return;
  }
  // A placement order but no adoption (the child died, or turned 18 first): the decision was reversed before care ended.
  if (order !== undefined && p.end - order > 2) {
    reversed(rng, records, Math.max(first, order - rng.int(14, 120)), order + 1, p.end - 1, 'RD4');
    return;
  }
  if (REVERSIBLE.has(p.pathway) && ageOn(child.dob, p.start) < 6 && p.end - first > 240 && rng.chance(0.08)) {
    const decided = first + rng.int(60, Math.min(400, p.end - first - 120));
    reversed(rng, records, decided, decided + 30, p.end - 1, reversalReason.pick(rng));
  }
}

function reversed(rng: Rng, records: RecordPlan[], decided: Day, from: Day, to: Day, reason: string): void {
  const reversal = rng.int(Math.min(from, to), Math.min(to, from + 365));
  records.push(
    { day: decided, type: 'AdoptionDecisionMade', payload: {} },
    { day: Math.max(decided, reversal), type: 'AdoptionDecisionReversed', payload: { reason } },
  );
}
