import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '@careledger/events';
import { generateHistory } from '../src/index';
import { replay, type Fact } from './check';
import { childRecord, type ChildRecord } from './episodes';
import { EPISODE_RULES, urnsStablePerProvider } from './dfeRules';

/** The demo's LA (as `careledger generate --as-at 2026-12-01` makes it) and a few small ones. */
const LAS = [
  { seed: 903, childrenInCare: 350, asAt: '2026-12-01' },
  { seed: 1, childrenInCare: 60, historyYears: 4, asAt: '2025-09-30' },
  { seed: 2, childrenInCare: 60, historyYears: 4, asAt: '2025-03-31' },
  { seed: 3, childrenInCare: 60, historyYears: 6, asAt: '2024-11-15' },
] as const;

function recordsOf(events: readonly CaseEvent[], asAt: string): ChildRecord[] {
  const { facts, problems } = replay(events, asAt);
  expect(problems).toEqual([]);
  return [...facts].map(([childId, list]) => childRecord(childId, list));
}

const generated = LAS.map((options) => ({ options, records: recordsOf(generateHistory(options).events, options.asAt) }));

describe('a synthetic LA passes the DfE episode rules', () => {
  for (const [name, rule] of Object.entries(EPISODE_RULES)) {
    it(name, () => {
      for (const { options, records } of generated) {
        expect(records.flatMap((r) => rule(r, options.asAt)).slice(0, 10), `seed ${options.seed}`).toEqual([]);
      }
    });
  }

  it('urnsStablePerProvider', () => {
    for (const { options, records } of generated) expect(urnsStablePerProvider(records).slice(0, 10), `seed ${options.seed}`).toEqual([]);
  });

  it('uses each kind of placement the rules above constrain, so the checks are not vacuous', () => {
    const types = new Set(generated.flatMap(({ records }) => records.flatMap((r) => r.episodes.map((e) => e.placementType))));
    for (const t of ['P1', 'U1', 'U4', 'U6', 'K2', 'K3', 'A3', 'A5', 'A6', 'S1', 'R3', 'T1', 'T3', 'T4', 'Z1']) expect(types.has(t), t).toBe(true);
    expect([...types].some((t) => /^Z1[1-4]$/.test(t)), 'Z11-Z14').toBe(true);
    const reasons = new Set(generated.flatMap(({ records }) => records.flatMap((r) => r.episodes.map((e) => e.reason))));
    for (const r of ['E45', 'E46', 'E11', 'E12']) expect(reasons.has(r), r).toBe(true);
  });
});

describe('the DfE rule checks catch what they are for', () => {
  const fact = (type: string, date: string, payload: Record<string, unknown>, index = 0): Fact =>
    ({ event: {} as CaseEvent, type, date, payload, index });
  const details = fact('ChildDetailsRecorded', '2019-01-01', { dateOfBirth: '2015-06-01', upn: 'UN1', uasc: false });
  const start = (payload: Record<string, unknown>) => fact('PeriodOfCareStarted', '2019-01-01', { categoryOfNeed: 'N1', homePostcode: 'RM15 1AB', ...payload });

  it('P1 under V2, E45 from a children\'s home, UN1 at school age, missing URN and postcode', () => {
    const record = childRecord('X1', [
      details,
      start({ legalStatus: 'V2', placementType: 'P1', placementProvider: 'PR0', placementPostcode: 'RM15 1AB' }),
      fact('PlacementChanged', '2019-06-01', { placementType: 'K2', placementProvider: 'PR4', sameCarer: false }),
      fact('PlacementChanged', '2019-06-10', { placementType: 'T4', sameCarer: false }),
      fact('PlacementChanged', '2019-06-20', { placementType: 'K2', placementProvider: 'PR4', sameCarer: false }),
      fact('PeriodOfCareEnded', '2020-02-01', { reasonCeased: 'E45' }),
    ]);
    // Born 2015-06-01: 4 by 31 August 2019, so of school age for the 2020/21 return, but not for 2018/19 or 2019/20.
    expect(EPISODE_RULES.noUn1AtSchoolAge!(record, '2020-06-30')).toEqual([]);
    const later = childRecord('X1', [...record.facts, start({ legalStatus: 'C1', placementType: 'U6', placementProvider: 'PR1', placementPostcode: 'RM16 2AB', urn: '1234567' })]
      .map((f, i) => (i === record.facts.length ? { ...f, date: '2020-05-01' } : f)));
    expect(EPISODE_RULES.noUn1AtSchoolAge!(later, '2020-06-30')).toEqual(['X1 2020-04-01: UN1 for a child of school age (born 2015-06-01) (rule 209)']);
    expect(EPISODE_RULES.placedWithParentsUnderOrder!(record, '2020-06-30')).toEqual(['X1 episode 2019-01-01 P1/V2: P1 under V2 (rule 378)']);
    expect(EPISODE_RULES.sgoToFosterCarersFromFostering!(record, '2020-06-30')).toEqual(['X1 episode 2019-06-20 K2/V2: E45 from a non-foster placement (rule 516)']);
    expect(EPISODE_RULES.urnWhereRequired!(record, '2020-06-30')).toEqual(['X1 episode 2019-06-01 K2/V2: no URN (rule 218)', 'X1 episode 2019-06-20 K2/V2: no URN (rule 218)']);
    expect(EPISODE_RULES.postcodesWhereRequired!(record, '2020-06-30')).toEqual([
      'X1 episode 2019-06-01 K2/V2: no placement postcode (rule 392b)',
      'X1 episode 2019-06-10 T4/V2: no placement postcode (rule 392b)',
      'X1 episode 2019-06-20 K2/V2: no placement postcode (rule 392b)',
    ]);
    expect(EPISODE_RULES.temporaryPlacements!(record, '2020-06-30')).toEqual(['X1 episode 2019-06-10 T4/V2: 10 days, over 7 (rules 375/376/379)']);
  });

  it('Z1 open across 1 April 2025, P2 across 1 April 2024, a URN shared by two providers', () => {
    const z1 = childRecord('X2', [
      details,
      start({ legalStatus: 'C2', placementType: 'Z1', placementPostcode: 'SS17 1AB' }),
      fact('PlacementChanged', '2025-04-01', { placementType: 'K3', placementProvider: 'PR4', placementPostcode: 'SS17 2AB', urn: 'SC123456', sameCarer: false }),
    ]);
    expect(EPISODE_RULES.noZ1Across2025!(z1, '2025-06-30')).toEqual(['X2 episode 2019-01-01 Z1/C2: Z1 open after 2025-03-31']);
    const p2 = childRecord('X4', [details, start({ legalStatus: 'C2', placementType: 'P2', placementPostcode: 'SS17 1AB' })]);
    expect(EPISODE_RULES.noP2Across2024!(p2, '2024-06-30')).toEqual(['X4 episode 2019-01-01 P2/C2: P2 open after 2024-03-31']);
    const other = childRecord('X3', [details, start({ legalStatus: 'C2', placementType: 'K3', placementProvider: 'PR5', placementPostcode: 'SS17 2AB', urn: 'SC123456' })]);
    expect(urnsStablePerProvider([z1, other])).toEqual(['X3 episode 2019-01-01 K3/C2: URN SC123456 belongs to PR4 (rule 224)']);
  });
});
