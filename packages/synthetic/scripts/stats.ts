import { validateCaseEvent, type CaseEvent } from '@careledger/events';
import { ageInYears } from '@careledger/runtime';
import { generateHistory, generateRegion } from '../src/index';

const asAt = process.argv[2] ?? '2025-06-30';
const t0 = performance.now();
const h = generateHistory({ asAt });
const t1 = performance.now();
console.log('events', h.events.length, 'ms', Math.round(t1 - t0));
const byType = new Map<string, number>();
for (const e of h.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
console.log(Object.fromEntries(byType));
let bad = 0;
for (const e of h.events) { const v = validateCaseEvent(e); if (!v.ok) { if (bad++ < 5) console.log(JSON.stringify(e), JSON.stringify(v.errors)); } }
console.log('invalid', bad);
// periods
const replaced = new Map<string, string>();
const retracted = new Set<string>();
for (const e of h.events) {
  if (e.type === 'EventReplaced') replaced.set(e.payload.targetEventId, e.payload.replacement.occurredAt);
  if (e.type === 'EventRetracted') retracted.add(e.payload.targetEventId);
}
interface P { start: string; end?: string; ls: string; place: string; child: string; reason?: string; moves: number }
const periods: P[] = []; const open = new Map<string, P>(); const dob = new Map<string, string>(); const sex = new Map<string, string>();
const sorted = [...h.events].sort((a, b) => a.childId.localeCompare(b.childId) || (replaced.get(a.eventId) ?? a.occurredAt).localeCompare(replaced.get(b.eventId) ?? b.occurredAt));
const placeAt31 = new Map<string, number>();
for (const e of sorted) {
  if (retracted.has(e.eventId)) continue;
  if (e.type === 'ChildDetailsRecorded') { dob.set(e.childId, e.payload.dateOfBirth); sex.set(e.childId, e.payload.sex); }
  if (e.type === 'PeriodOfCareStarted') { const p = { start: replaced.get(e.eventId) ?? e.occurredAt, ls: e.payload.legalStatus, place: e.payload.placementType, child: e.childId, moves: 0 }; periods.push(p); open.set(e.childId, p); }
  if (e.type === 'PlacementChanged') { const p = open.get(e.childId)!; if (e.occurredAt >= '2017-04-01' && !/^T/.test(e.payload.placementType)) p.moves++; p.place = e.payload.placementType; }
  if (e.type === 'PeriodOfCareEnded') { const p = open.get(e.childId)!; p.end = e.occurredAt; p.reason = e.payload.reasonCeased; }
}
const firstYear = Number(periods.length ? h.populationCsv.split('\n')[1]!.slice(0, 4) : 0) + 1;
const ages = new Map<string, number>();
let total = 0;
for (let y = firstYear; `${y}-03-31` <= asAt; y++) {
  const d = `${y}-03-31`;
  const inCare = periods.filter((p) => p.ls !== 'V3' && p.ls !== 'V4' && p.start <= d && (!p.end || p.end > d));
  const starts = periods.filter((p) => p.ls !== 'V3' && p.ls !== 'V4' && p.start >= `${y - 1}-04-01` && p.start <= d);
  const uascStarts = 0;
  console.log(d, 'inCare', inCare.length, 'starts', starts.length, uascStarts);
  for (const p of inCare) {
    const a = ageInYears(dob.get(p.child)!, d);
    const band = a < 1 ? '<1' : a <= 4 ? '1-4' : a <= 9 ? '5-9' : a <= 15 ? '10-15' : '16+';
    ages.set(band, (ages.get(band) ?? 0) + 1); total++;
  }
}
console.log('age mix', [...ages].map(([k, v]) => `${k}:${(100 * v / total).toFixed(1)}%`).join(' '));
const mix = (f: (p: P) => string, filter: (p: P) => boolean = () => true) => { const m = new Map<string, number>(); let n = 0; for (const p of periods.filter(filter)) { const k = f(p); m.set(k, (m.get(k) ?? 0) + 1); n++; } return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${(100 * v / n).toFixed(1)}`).join(' '); };
const nonSB = (p: P) => p.ls !== 'V3' && p.ls !== 'V4';
console.log('LS at start', mix((p) => p.ls, nonSB));
console.log('reasons', mix((p) => p.reason ?? 'open', nonSB));
console.log('place at end/now', mix((p) => p.place, (p) => nonSB(p) && !p.end));
let childYears = 0; let moves = 0;
for (const p of periods.filter(nonSB)) { const s = Math.max(Date.parse(p.start), Date.parse('2017-04-01')); const e = Date.parse(p.end ?? asAt); childYears += Math.max(0, e - s) / 3.15e10; moves += p.moves; }
console.log('moves/child-year', (moves / childYears).toFixed(2), 'childYears', childYears.toFixed(0));
const males = [...sex.values()].filter((s) => s === 'M').length; console.log('male %', (100 * males / sex.size).toFixed(1), 'children', sex.size);
const lateCount = h.events.filter((e) => Date.parse(e.recordedAt.slice(0, 10)) - Date.parse(e.occurredAt) >= 30 * 864e5).length;
console.log('late %', (100 * lateCount / h.events.length).toFixed(2));
console.log(h.populationCsv);
if (process.argv[3] === 'region') {
  const t2 = performance.now();
  const r = generateRegion({ laCount: 50, asAt });
  const t3 = performance.now();
  console.log('region events', r.reduce((s, x) => s + x.events.length, 0), 'ms', Math.round(t3 - t2));
}
