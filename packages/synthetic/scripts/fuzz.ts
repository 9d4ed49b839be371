/**
 * Soak test over many seeds, sizes and asAt dates: validation, invariants, 31 March counts within 20%, and the
 * required features. `pnpm exec tsx packages/synthetic/scripts/fuzz.ts [toSeed] [fromSeed]`; prints "bad 0" when clean.
 */
import { validateCaseEvent } from '@careledger/events';
import { generateHistory } from '../src/index';
import { replay, inCareOn, yearEnds } from '../test/check';

const asAts = ['2025-06-30', '2024-03-31', '2024-04-01', '2023-10-28', '2026-02-14', '2019-12-31'];
let bad = 0;
for (let seed = Number(process.argv[3] ?? 0); seed < Number(process.argv[2] ?? 40); seed++) {
  const asAt = asAts[seed % asAts.length]!;
  const childrenInCare = [350, 60, 120, 900][seed % 4]!;
  const historyYears = [8, 3, 1, 12][seed % 4]!;
  const h = generateHistory({ seed, asAt, childrenInCare, historyYears, laCode: String(100 + seed) });
  const invalid = h.events.filter((e) => !validateCaseEvent(e).ok);
  const r = replay(h.events, asAt);
  const startYear = Number(h.populationCsv.split('\n')[1]!.slice(0, 4));
  const counts = yearEnds(startYear, asAt).map((d) => inCareOn(r.periods, d) / childrenInCare);
  const off = counts.filter((c) => c < 0.8 || c > 1.2);
  const byId = new Map(h.events.map((e) => [e.eventId, e]));
  const cy = (d: string) => (d.slice(5) >= '04-01' ? Number(d.slice(0, 4)) + 1 : Number(d.slice(0, 4)));
  const replacedAcross = h.events.filter((e) => e.type === 'EventReplaced' && cy(byId.get(e.payload.targetEventId)!.occurredAt) !== cy(e.payload.replacement.occurredAt)).length;
  const retractions = h.events.filter((e) => e.type === 'EventRetracted').length;
  if (invalid.length || r.problems.length || off.length || !replacedAcross || !retractions || !r.openMissing) {
    bad++;
    console.log(seed, asAt, childrenInCare, historyYears, 'invalid', invalid.length, invalid[0] && JSON.stringify(validateCaseEvent(invalid[0])), r.problems.slice(0, 5), 'counts', counts.map((c) => c.toFixed(2)).join(' '), 'repl', replacedAcross, 'retr', retractions, 'open', r.openMissing);
  }
}
console.log('bad', bad);
