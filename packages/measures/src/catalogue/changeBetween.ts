import { readFileSync } from 'node:fs';
import type { CalendarDate } from '@careledger/runtime';
import type { ProjectionQuery } from '@careledger/ssda903';
import type { Measure } from './defineMeasure';
import type { MeasureResult, MeasureRow } from './computeMeasure';

const RECORDED_BETWEEN_SQL = readFileSync(new URL('./recordedBetween.sql', import.meta.url), 'utf8');

/** An event recorded between two reports, as recordedBetween.sql reads it. */
export interface RecordedEvent {
  readonly event_id: string;
  readonly child_id: string;
  readonly type: string;
  readonly occurred_on: CalendarDate;
  readonly recorded_at: string;
  readonly fact_type: string | null;
  readonly correction_reason: string | null;
  readonly target_event_id: string | null;
  readonly target_type: string | null;
  readonly target_occurred_on: CalendarDate | null;
  readonly target_recorded_at: string | null;
}

/**
 * Why an event recorded between two reports can move a figure:
 * - correction: it retracts or replaces an event recorded earlier;
 * - lateRecorded: it happened on or before the day of the first report but was recorded after it;
 * - newActivity: it happened after the first report.
 */
export type ChangeCause = 'correction' | 'lateRecorded' | 'newActivity';

export interface ExplainedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredOn: CalendarDate;
  readonly recordedAt: string;
  readonly cause: ChangeCause;
  /** For a correction: what it corrected. */
  readonly corrected?: { readonly eventId: string; readonly type: string | null; readonly occurredOn: CalendarDate | null; readonly recordedAt: string | null; readonly reason: string | null };
}

export interface RowState {
  readonly inNumerator: boolean;
  readonly inDenominator: boolean;
  readonly columns: Readonly<Record<string, string | number | boolean | null>>;
}

/** How one child's (or record's) row differs between the two reports. */
export type RowChange = 'added' | 'removed' | 'enteredNumerator' | 'leftNumerator' | 'enteredDenominator' | 'leftDenominator' | 'detailsChanged';

export interface ChildChange {
  readonly childId: string;
  readonly recordId?: string;
  readonly changes: readonly RowChange[];
  readonly before?: RowState;
  readonly after?: RowState;
  /** The events recorded between the reports for this child: what caused the change. */
  readonly events: readonly ExplainedEvent[];
}

export interface FigureAtReport {
  readonly asKnownOn: string;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator?: number;
}

export interface MeasureChange {
  readonly measure: string;
  readonly period: string;
  readonly before: FigureAtReport;
  readonly after: FigureAtReport;
  /** Every row that differs, with its events. */
  readonly children: readonly ChildChange[];
  /** How many changed rows each cause touches (a row can have several). */
  readonly causes: Readonly<Record<ChangeCause, number>>;
}

export interface ReportOn {
  readonly asKnownOn: string;
  readonly result: MeasureResult;
}

/** The events of the LA recorded after one instant and up to another. */
export async function eventsRecordedBetween(query: ProjectionQuery, laCode: string, knownFrom: string, knownTo: string): Promise<RecordedEvent[]> {
  return query.query<RecordedEvent>(RECORDED_BETWEEN_SQL, { laCode, knownFrom, knownTo });
}

const CORRECTIONS = new Set(['EventRetracted', 'EventReplaced']);

function causeOf(event: RecordedEvent, firstReportDate: CalendarDate): ChangeCause {
  if (CORRECTIONS.has(event.type)) return 'correction';
  return event.occurred_on <= firstReportDate ? 'lateRecorded' : 'newActivity';
}

function explained(event: RecordedEvent, firstReportDate: CalendarDate): ExplainedEvent {
  const cause = causeOf(event, firstReportDate);
  return {
    eventId: event.event_id, type: event.fact_type && event.type === 'EventReplaced' ? `EventReplaced (${event.fact_type})` : event.type,
    occurredOn: event.occurred_on, recordedAt: event.recorded_at, cause,
    ...(cause === 'correction' && event.target_event_id
      ? { corrected: { eventId: event.target_event_id, type: event.target_type, occurredOn: event.target_occurred_on, recordedAt: event.target_recorded_at, reason: event.correction_reason } }
      : {}),
  };
}

function stateOf(measure: Measure, row: MeasureRow): RowState {
  return {
    inNumerator: row.in_numerator, inDenominator: row.in_denominator,
    columns: Object.fromEntries(Object.keys(measure.columns).map((c) => [c, row[c] ?? null])),
  };
}

function changesBetween(before: RowState | undefined, after: RowState | undefined): RowChange[] {
  if (!before) return ['added', ...(after!.inNumerator ? ['enteredNumerator' as const] : []), ...(after!.inDenominator ? ['enteredDenominator' as const] : [])];
  if (!after) return ['removed', ...(before.inNumerator ? ['leftNumerator' as const] : []), ...(before.inDenominator ? ['leftDenominator' as const] : [])];
  const changes: RowChange[] = [];
  if (!before.inNumerator && after.inNumerator) changes.push('enteredNumerator');
  if (before.inNumerator && !after.inNumerator) changes.push('leftNumerator');
  if (!before.inDenominator && after.inDenominator) changes.push('enteredDenominator');
  if (before.inDenominator && !after.inDenominator) changes.push('leftDenominator');
  if (JSON.stringify(before.columns) !== JSON.stringify(after.columns)) changes.push('detailsChanged');
  return changes;
}

/** The London calendar date of an instant: the day the first report was run. */
function londonDate(instant: string): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/**
 * Why a figure moved between two reports: the rows (children, or records) that differ, each with the events
 * recorded between the two instants for that child and the cause of each (a correction of an earlier record, a
 * fact recorded late, new activity). A pure function of the two results and the events.
 */
export function changeBetween(measure: Measure, before: ReportOn, after: ReportOn, events: readonly RecordedEvent[]): MeasureChange {
  const keyOf = (row: MeasureRow) => (measure.counts === 'children' ? row.child_id : `${row.child_id}\u0000${row['record_id']}`);
  const beforeRows = new Map(before.result.children.map((r) => [keyOf(r), r]));
  const afterRows = new Map(after.result.children.map((r) => [keyOf(r), r]));
  const eventsByChild = new Map<string, RecordedEvent[]>();
  for (const event of events) eventsByChild.set(event.child_id, [...(eventsByChild.get(event.child_id) ?? []), event]);
  const firstReportDate = londonDate(before.asKnownOn);
  const causes: Record<ChangeCause, number> = { correction: 0, lateRecorded: 0, newActivity: 0 };
  const children: ChildChange[] = [];
  const keys = [...new Set([...beforeRows.keys(), ...afterRows.keys()])].sort();
  for (const key of keys) {
    const b = beforeRows.get(key);
    const a = afterRows.get(key);
    const row = (a ?? b)!;
    const beforeState = b ? stateOf(measure, b) : undefined;
    const afterState = a ? stateOf(measure, a) : undefined;
    const changes = changesBetween(beforeState, afterState);
    if (changes.length === 0) continue;
    const childEvents = (eventsByChild.get(row.child_id) ?? []).map((e) => explained(e, firstReportDate));
    for (const cause of new Set(childEvents.map((e) => e.cause))) causes[cause] += 1;
    children.push({
      childId: row.child_id, ...(measure.counts === 'children' ? {} : { recordId: String(row['record_id']) }), changes,
      ...(beforeState ? { before: beforeState } : {}), ...(afterState ? { after: afterState } : {}), events: childEvents,
    });
  }
  const figure = (report: ReportOn): FigureAtReport => ({
    asKnownOn: report.asKnownOn, value: report.result.value, numerator: report.result.numerator,
    ...(report.result.denominator !== undefined ? { denominator: report.result.denominator } : {}),
  });
  return { measure: measure.id, period: after.result.period.label, before: figure(before), after: figure(after), children, causes };
}
