import { encodeValidatedEvent, type FieldError, type RejectedRecord } from '@careledger/events';
import type { EventLog } from '@careledger/eventlog';
import type { CollectionYear } from '@careledger/ssda903';
import { convertReturn } from './convert';
import { importSource } from './envelope';
import { readImportedHistory } from './history';
import type { Ssda903Input } from './input/port';
import { planImport, refusalsOf, type Contradiction } from './reconcile';
import type { RowRefusal } from './tables/tableImport';

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
  // Every planned event is the validator's output (planImport), already in the canonical key order.
  const ingested = plan.events.length > 0
    ? await ports.ingest.ingestNdjson(plan.events.map(encodeValidatedEvent).join('\n'), source)
    : { appended: 0, duplicates: 0, rejected: [] };
  const refusedByIngest = ingested.rejected.flatMap((r) => {
    const origin = r.eventId ? plan.origins.get(r.eventId) : undefined;
    return origin ? refusalsOf(origin, r.errors) : [];
  });
  const rowRefusals = [...conversion.refusals, ...plan.refusals].sort(byPlace);
  await ports.deadLetters.put(rowDeadLetters(rowRefusals), { batchId: `${source}:${options.laCode}`, source });
  const refusedIds = new Set(ingested.rejected.map((r) => r.eventId));
  const accepted = plan.events.filter((e) => !refusedIds.has(e.eventId));
  const rows = Object.values(input.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
  return {
    laCode: options.laCode, year: options.year, source, rows, facts: conversion.candidates.filter((c) => c.fact).length,
    appended: accepted.filter((e) => e.type !== 'EventReplaced' && e.type !== 'EventRetracted').length,
    unchanged: plan.unchanged + ingested.duplicates,
    replaced: accepted.filter((e) => e.type === 'EventReplaced').length,
    retracted: accepted.filter((e) => e.type === 'EventRetracted').length,
    contradictions: plan.contradictions,
    refused: [...rowRefusals, ...refusedByIngest].sort(byPlace),
  };
}
