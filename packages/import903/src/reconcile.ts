import { hash } from 'node:crypto';
import { SCHEMA_VERSION, validateCaseEvent, type CaseEvent, type FieldError } from '@careledger/events';
import { collectionYear, type CollectionYear } from '@careledger/ssda903';
import { canonicalJson } from '@careledger/runtime';
import { importRecordedAt, importSource } from './envelope';
import type { ImportedHistory } from './history';
import { importEventId } from './ids';
import { MERGES } from './tables/registry';
import type { FactCandidate, FactDraft, RowRefusal } from './tables/tableImport';

/** Two returns stating one fact differently: which field, what each said, and which return's version stands. */
export interface Contradiction {
  readonly childId: string;
  /** The fact's natural key, e.g. 'episode:2024-01-10' or 'details:2025'. */
  readonly fact: string;
  /** The 903 column (RNE when an episode changed kind, its date column when one return states no such fact). */
  readonly field: string;
  readonly earlier: { readonly year: number; readonly value: string };
  readonly later: { readonly year: number; readonly value: string };
  /** What the import did: replaced the earlier year's event, retracted it, or kept the later year's and skipped this. */
  readonly resolution: 'replaced' | 'retracted' | 'kept';
  readonly file: string;
  readonly line: number;
}

export interface ImportPlan {
  /** The events to ingest, facts first (by date) then corrections, each as the validator returned it. */
  readonly events: readonly CaseEvent[];
  /** The candidate each event comes from, to name the row when ingest refuses one. */
  readonly origins: ReadonlyMap<string, FactCandidate>;
  /** Facts already recorded as this return states them. */
  readonly unchanged: number;
  readonly contradictions: readonly Contradiction[];
  /** Candidates whose events are not valid (an unknown code, a date after the return): their rows are refused. */
  readonly refusals: readonly RowRefusal[];
}

const same = (a: FactDraft | null, b: FactDraft | null) => canonicalJson(a) === canonicalJson(b);

const ORDER: Readonly<Record<string, number>> = { ChildDetailsRecorded: 0, PeriodOfCareStarted: 1, PeriodOfCareEnded: 3 };

/** The field of a draft as one string, for reports ('' when the draft does not state it). */
function valueOf(fact: FactDraft | null, field: string): string {
  if (fact === null) return '';
  const value = field === 'occurredAt' ? fact.occurredAt : field === 'type' ? fact.type : fact.payload[field];
  return value === undefined ? '' : typeof value === 'string' ? value : canonicalJson(value);
}

/** The fields two versions of a fact differ in: 'occurredAt' when one version states no fact at all. */
function fieldsThatDiffer(a: FactDraft | null, b: FactDraft | null): string[] {
  if (a === null || b === null) return ['occurredAt'];
  if (a.type !== b.type) return ['type'];
  const keys = [...new Set([...Object.keys(a.payload), ...Object.keys(b.payload)])];
  return [...(a.occurredAt !== b.occurredAt ? ['occurredAt'] : []), ...keys.filter((k) => canonicalJson(a.payload[k]) !== canonicalJson(b.payload[k]))];
}

/**
 * Decides what a year's return adds to what is already imported, so the log ends with one history per child whatever
 * order the years come in: a fact not yet recorded is appended under its deterministic id; one recorded as stated
 * changes nothing; one recorded differently is a contradiction, and the later return's version stands (an
 * EventReplaced of the recorded event when this return is the later, nothing when it is the earlier). A return that
 * states there is no such fact (an episode that did not change the legal status) retracts what an earlier return said.
 */
export function planImport(candidates: readonly FactCandidate[], history: ImportedHistory, options: { laCode: string; year: CollectionYear }): ImportPlan {
  const { laCode, year } = options;
  const recordedAt = importRecordedAt(year);
  const source = importSource(year);
  const facts: CaseEvent[] = [];
  const corrections: CaseEvent[] = [];
  const origins = new Map<string, FactCandidate>();
  const contradictions: Contradiction[] = [];
  const refusals: RowRefusal[] = [];
  const retracted = new Set<string>();
  let unchanged = 0;

  const idOf = (c: FactCandidate, key = c.key) => importEventId(laCode, c.childId, key);
  const live = (id: string) => history.get(id)?.fact != null;

  const validated = (c: FactCandidate, raw: Record<string, unknown>): CaseEvent | undefined => {
    const result = validateCaseEvent({ schemaVersion: SCHEMA_VERSION, laCode, childId: c.childId, recordedAt, source, ...raw });
    if (result.ok) return result.event;
    refusals.push(...refusalsOf(c, result.errors));
    return undefined;
  };
  const correction = (c: FactCandidate, eventId: string, type: 'EventReplaced' | 'EventRetracted', payload: Record<string, unknown>) => {
    const event = validated(c, { eventId, type, occurredAt: year.end, payload });
    if (event) { corrections.push(event); origins.set(event.eventId, c); }
  };
  const retract = (c: FactCandidate, target: string, reason: string) => {
    if (retracted.has(target)) return;
    retracted.add(target);
    correction(c, importEventId(laCode, c.childId, `retracted:${target}`), 'EventRetracted', { targetEventId: target, reason });
  };

  for (const stated of candidates) {
    const c = stated.whenAbsent && !live(idOf(stated)) ? stated.whenAbsent : stated;
    const eventId = idOf(c);
    let fact: FactDraft | null = null;
    if (c.fact) {
      const event = validated(c, { eventId, type: c.fact.type, occurredAt: c.fact.occurredAt, payload: c.fact.payload });
      if (!event) continue;
      fact = { type: c.fact.type, occurredAt: event.occurredAt, payload: event.payload as Record<string, unknown> };
      const recorded = history.get(eventId);
      if (!recorded) {
        facts.push(event);
        origins.set(eventId, c);
      }
    }
    const recorded = history.get(eventId);
    if (recorded && recorded.fact === null) {
      if (fact) refusals.push({ ...where(c), column: c.columns.occurredAt ?? 'CHILD', reason: `${c.key} of child ${c.childId} was imported before and then withdrawn by a correction (event ${eventId}): it is not imported again` });
      continue;
    }
    if (recorded && !same(recorded.fact, fact)) {
      const isLater = year.endYear >= recorded.year;
      const [earlier, later, laterYear] = isLater ? [recorded.fact, fact, year.endYear] : [fact, recorded.fact, recorded.year];
      const merge = later && earlier && later.type === earlier.type ? MERGES[later.type] : undefined;
      const stands = later && earlier && merge ? merge(earlier, later, collectionYear(laterYear).start) : later;
      // A return that had not seen the fact happen by its 31 March (an episode still open) does not contradict one that did.
      const silent = !isLater && fact === null && c.openAtYearEnd;
      if (!silent && !same(stands, recorded.fact)) {
        const resolution = stands === null ? 'retracted' : 'replaced';
        report(c, earlier, stands, isLater ? recorded.year : year.endYear, laterYear, resolution);
        if (stands === null) retract(c, eventId, `the ${year.endYear} return states no ${c.key} for the child, where the ${recorded.year} return did`);
        else {
          const digest = hash('sha256', canonicalJson(stands), 'hex').slice(0, 16);
          correction(c, importEventId(laCode, c.childId, `replaced:${eventId}:${digest}`), 'EventReplaced', {
            targetEventId: eventId,
            reason: `the ${laterYear} return states ${c.key} differently from the ${isLater ? recorded.year : year.endYear} return; the later return stands`,
            replacement: stands,
          });
        }
      } else if (!silent && !isLater && !same(stands, fact)) {
        // This return is the earlier one: the recorded (later) version stands, and this one's differences are reported.
        report(c, fact, stands, year.endYear, laterYear, 'kept');
      } else unchanged += 1;
    } else if (recorded) unchanged += 1;
    if (fact) {
      for (const key of c.supersedes ?? []) {
        const target = idOf(c, key);
        if (live(target)) retract(c, target, `the ${year.endYear} return states the episodes before ${c.key}: the start of care inferred for it is withdrawn`);
      }
    }
  }

  function report(c: FactCandidate, earlier: FactDraft | null, later: FactDraft | null, earlierYear: number, laterYear: number, resolution: Contradiction['resolution']) {
    for (const field of fieldsThatDiffer(earlier, later)) {
      contradictions.push({
        childId: c.childId, fact: c.key, field: c.columns[field] ?? field,
        earlier: { year: earlierYear, value: valueOf(earlier, field) },
        later: { year: laterYear, value: valueOf(later, field) },
        resolution, ...where(c),
      });
    }
  }

  const byDate = (a: CaseEvent, b: CaseEvent) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : (ORDER[a.type] ?? 2) - (ORDER[b.type] ?? 2));
  return { events: [...facts.sort(byDate), ...corrections], origins, unchanged, contradictions, refusals };
}

const where = (c: FactCandidate) => ({ file: c.origin.file, line: c.origin.line });

/** A validator's errors on an event, as refusals of the row it came from, naming the 903 column. */
export function refusalsOf(c: FactCandidate, errors: readonly FieldError[]): RowRefusal[] {
  return errors.map((error) => {
    const field = error.field.replace(/^payload\.(replacement\.)?(payload\.)?/, '').replace(/^replacement\./, '');
    return { ...where(c), childId: c.childId, column: c.columns[field] ?? field, reason: error.reason };
  });
}
