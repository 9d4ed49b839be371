/**
 * Builders for hand-made case histories in tests: short to write, every event valid, ids deterministic. Each
 * payload is built by its type's builder in the catalogue, so a new event type brings its own.
 */
import { createHash } from 'node:crypto';
import type { CalendarDate } from '@careledger/runtime';
import { CATALOGUE } from './catalogue';
import { SCHEMA_VERSION, type CaseEvent, type CaseEventOf, type EventType, type FactEventType, type FactPayload } from './caseEvents';

export type { PlacementInput } from './catalogue/placement';

let counter = 0;

export function fixtureUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The input of `type`'s test builder. */
export type BuilderInput<T extends EventType> = Parameters<(typeof CATALOGUE)[T]['build']>[0];

/** One child's history, built in the order the facts were recorded. */
export class ChildHistory {
  readonly events: CaseEvent[] = [];

  constructor(readonly laCode: string, readonly childId: string, private readonly source = 'fixture') {}

  /** Any event type, through its catalogue builder. */
  record<T extends EventType>(type: T, occurredAt: CalendarDate, input: BuilderInput<T>, recordedOn?: CalendarDate): CaseEventOf<T> {
    const build = CATALOGUE[type].build as (input: BuilderInput<T>) => unknown;
    return this.add(type, occurredAt, build(input), recordedOn);
  }

  private add<T extends EventType>(type: T, occurredAt: CalendarDate, payload: unknown, recordedOn?: CalendarDate): CaseEventOf<T> {
    counter += 1;
    const event = {
      eventId: fixtureUuid(`${this.laCode}:${this.childId}:${this.events.length}:${type}:${occurredAt}:${counter}`),
      schemaVersion: SCHEMA_VERSION,
      type,
      laCode: this.laCode,
      childId: this.childId,
      occurredAt,
      recordedAt: `${recordedOn ?? occurredAt}T12:00:00Z`,
      source: this.source,
      payload,
    } as unknown as CaseEventOf<T>;
    this.events.push(event);
    return event;
  }

  details(input: BuilderInput<'ChildDetailsRecorded'>, on?: CalendarDate) {
    return this.record('ChildDetailsRecorded', on ?? input.dob, input);
  }

  startCare(on: CalendarDate, input: BuilderInput<'PeriodOfCareStarted'>, recordedOn?: CalendarDate) {
    return this.record('PeriodOfCareStarted', on, input, recordedOn);
  }

  move(on: CalendarDate, input: BuilderInput<'PlacementChanged'>, recordedOn?: CalendarDate) {
    return this.record('PlacementChanged', on, input, recordedOn);
  }

  legalStatus(on: CalendarDate, ls: string, recordedOn?: CalendarDate) {
    return this.record('LegalStatusChanged', on, { ls }, recordedOn);
  }

  endCare(on: CalendarDate, reasonCeased: string, recordedOn?: CalendarDate) {
    return this.record('PeriodOfCareEnded', on, { reasonCeased }, recordedOn);
  }

  /** A review held on the day; participation undefined for one whose participation was not recorded. */
  review(on: CalendarDate, participation: string | undefined, options: { chairedByChild?: boolean } = {}) {
    return this.record('ReviewHeld', on, { ...(participation !== undefined ? { participation } : {}), ...options });
  }

  missing(id: string, start: CalendarDate, end?: CalendarDate, missingType = 'M') {
    this.record('MissingEpisodeStarted', start, { id, missingType });
    if (end) this.record('MissingEpisodeEnded', end, { id });
  }

  retract(target: CaseEvent, on: CalendarDate, reason = 'recorded in error') {
    return this.record('EventRetracted', on, { targetEventId: target.eventId, reason });
  }

  replace<T extends FactEventType>(target: CaseEvent, on: CalendarDate, replacement: { type: T; occurredAt: CalendarDate; payload: FactPayload<T> }, reason = 'corrected') {
    return this.record('EventReplaced', on, { targetEventId: target.eventId, reason, replacement: replacement as BuilderInput<'EventReplaced'>['replacement'] });
  }
}
