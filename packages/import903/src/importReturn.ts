import { encodeValidatedEvent, type FieldError, type RejectedRecord } from '@careledger/events';
import type { EventLog } from '@careledger/eventlog';
import { collectionYear, type CollectionYear } from '@careledger/ssda903';
import { convertReturn } from './convert';
import { importSource } from './envelope';
import { readImportedHistory } from './history';
import type { Ssda903Input } from './input/port';
import { planImport, refusalsOf, type Contradiction, type ImportPlan } from './reconcile';
import type { FactCandidate, RowRefusal } from './tables/tableImport';
import type { WaitingFacts } from './waiting';

/** What the import needs of ingest: IngestService's batch entry point (validation, chronology, dead letters, the log). */
export interface ImportIngest {
  ingestNdjson(text: string, source: string): Promise<{ readonly appended: number; readonly duplicates: number; readonly rejected: readonly RejectedRecord[] }>;
}

/** Where rows that never became events are kept, with their reasons (the ingest dead-letter store). */
export interface RowDeadLetters {
  put(records: readonly RejectedRecord[], context: { readonly batchId: string; readonly source: string }): Promise<void>;
}

export interface ImportPorts {
  /** The log ingest appends to: read first to know what earlier imports recorded. */
  readonly log: EventLog;
  readonly ingest: ImportIngest;
  readonly deadLetters: RowDeadLetters;
  /** Facts that wait for an earlier return (waiting.ts); without it each import stands alone. */
  readonly waiting?: WaitingFacts;
}

export interface ImportReport {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly source: string;
  /** Rows the reader took from the return (a row it could not read is among `refused`). */
  readonly rows: number;
  /** Facts the return states. */
  readonly facts: number;
  readonly appended: number;
  /** Facts already recorded as the return states them (by an earlier import of this or another year). */
  readonly unchanged: number;
  readonly replaced: number;
  readonly retracted: number;
  readonly contradictions: readonly Contradiction[];
  /** Rows (or the facts of rows) that did not become events, in file and line order. */
  readonly refused: readonly RowRefusal[];
  /**
   * Facts of this LA's returns that wait for an earlier return (their period of care is not imported yet), after
   * this import: they are recorded when it is. Not refused: nothing in them is wrong.
   */
  readonly waiting: number;
  /** Facts that waited for this return (stated by later returns imported before it) and are now recorded. */
  readonly released: number;
}

/** One dead letter per refused row: the row's cells whole, with every reason, named by file and line. */
export function rowDeadLetters(refusals: readonly RowRefusal[]): RejectedRecord[] {
  const byRow = new Map<string, { refusal: RowRefusal; errors: FieldError[] }>();
  for (const refusal of refusals) {
    const at = `${refusal.file}\u0000${refusal.line}`;
    const entry = byRow.get(at) ?? { refusal, errors: [] };
    entry.errors.push({ field: refusal.column, reason: refusal.reason });
    byRow.set(at, entry);
  }
  return [...byRow.values()].map(({ refusal, errors }) => ({
    line: refusal.line, eventId: undefined, errors,
    raw: JSON.stringify({ file: refusal.file, line: refusal.line, ...(refusal.cells ? { row: refusal.cells } : {}) }),
  }));
}

const byPlace = (a: RowRefusal, b: RowRefusal) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/**
 * Imports one year's return for one LA: converts it (pure), reads what earlier imports recorded from the log, plans
 * the events (new facts, corrections where the years contradict) and ingests them as one batch, so every rule of
 * ingest applies. Rows that cannot become events go to the dead-letter store; ingest keeps the events it refuses.
 */
export async function importReturn(input: Ssda903Input, options: { laCode: string; year: CollectionYear }, ports: ImportPorts): Promise<ImportReport> {
  const source = importSource(options.year);
  const conversion = convertReturn(input, options);
  const history = await readImportedHistory(ports.log, options.laCode);
  const plan = planImport(conversion.candidates, history, options);
  const ingested = await ingestPlan(plan, source, ports.ingest);
  // A fact refused only for the child's chronology so far waits for an earlier return, when there is somewhere to wait.
  const waitsHere = (r: RejectedRecord) => ports.waiting !== undefined && r.errors.every((e) => e.rule === 'chronology');
  const refusedByIngest = ingested.rejected.filter((r) => !waitsHere(r)).flatMap((r) => {
    const origin = r.eventId ? plan.origins.get(r.eventId) : undefined;
    return origin ? refusalsOf(origin, r.errors) : [];
  });
  const rowRefusals = [...conversion.refusals, ...plan.refusals].sort(byPlace);
  await ports.deadLetters.put(rowDeadLetters(rowRefusals), { batchId: `${source}:${options.laCode}`, source });
  const refusedIds = new Set(ingested.rejected.map((r) => r.eventId));
  const accepted = plan.events.filter((e) => !refusedIds.has(e.eventId));
  const { waiting, released } = ports.waiting
    ? await offerWaiting(ports.waiting, ports, options, waitingOf(ingested.rejected.filter(waitsHere), plan.origins))
    : { waiting: 0, released: 0 };
  const rows = Object.values(input.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
  return {
    laCode: options.laCode, year: options.year, source, rows, facts: conversion.candidates.filter((c) => c.fact).length,
    appended: accepted.filter((e) => e.type !== 'EventReplaced' && e.type !== 'EventRetracted').length,
    unchanged: plan.unchanged + ingested.duplicates,
    replaced: accepted.filter((e) => e.type === 'EventReplaced').length,
    retracted: accepted.filter((e) => e.type === 'EventRetracted').length,
    contradictions: plan.contradictions,
    refused: [...rowRefusals, ...refusedByIngest].sort(byPlace),
    waiting,
    released,
  };
}

async function ingestPlan(plan: ImportPlan, source: string, ingest: ImportIngest): Promise<{ appended: number; duplicates: number; rejected: readonly RejectedRecord[] }> {
  // Every planned event is the validator's output (planImport), already in the canonical key order.
  return plan.events.length > 0 ? ingest.ingestNdjson(plan.events.map(encodeValidatedEvent).join('\n'), source) : { appended: 0, duplicates: 0, rejected: [] };
}

/** The candidates behind refused events, once each. */
function waitingOf(rejected: readonly RejectedRecord[], origins: ReadonlyMap<string, FactCandidate>): FactCandidate[] {
  const candidates = new Set<FactCandidate>();
  for (const r of rejected) {
    const candidate = r.eventId ? origins.get(r.eventId) : undefined;
    if (candidate) candidates.add(candidate);
  }
  return [...candidates];
}

/**
 * Offers every waiting fact of the LA again, now that this return is in: each return's waiting facts are planned
 * against the history as it now stands (so a contradiction between the years is still settled by the later return)
 * and ingested; what chronology still refuses waits on, with this return's own newly waiting facts.
 */
async function offerWaiting(
  store: WaitingFacts, ports: ImportPorts, options: { laCode: string; year: CollectionYear }, newlyWaiting: readonly FactCandidate[],
): Promise<{ waiting: number; released: number }> {
  const before = await store.load(options.laCode);
  const after = new Map<number, readonly FactCandidate[]>();
  let released = 0;
  for (const [endYear, candidates] of [...before].sort(([a], [b]) => a - b)) {
    if (endYear === options.year.endYear) continue; // this return was just planned whole: its waiting facts are new
    const year = collectionYear(endYear);
    const plan = planImport(candidates, await readImportedHistory(ports.log, options.laCode), { laCode: options.laCode, year });
    const ingested = await ingestPlan(plan, importSource(year), ports.ingest);
    const still = waitingOf(ingested.rejected.filter((r) => r.errors.every((e) => e.rule === 'chronology')), plan.origins);
    released += plan.events.length - ingested.rejected.length;
    if (still.length > 0) after.set(endYear, still);
  }
  if (newlyWaiting.length > 0) after.set(options.year.endYear, newlyWaiting);
  await store.save(options.laCode, after);
  return { waiting: [...after.values()].reduce((n, c) => n + c.length, 0), released };
}
