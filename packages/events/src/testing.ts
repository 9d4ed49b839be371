/**
 * Builders for hand-made case histories in tests: short to write, every event valid, ids deterministic.
 */
import { createHash } from 'node:crypto';
import type { CalendarDate } from '@careledger/runtime';
import { SCHEMA_VERSION, type CaseEvent, type CaseEventOf, type FactEventType, type FactPayload } from './caseEvents';

let counter = 0;

export function fixtureUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface PlacementInput {
  readonly place: string;
  readonly provider?: string;
  readonly postcode?: string;
  readonly urn?: string;
}

/** One child's history, built in the order the facts were recorded. */
export class ChildHistory {
  readonly events: CaseEvent[] = [];

  constructor(readonly laCode: string, readonly childId: string, private readonly source = 'fixture') {}

  private add<T extends CaseEvent['type']>(type: T, occurredAt: CalendarDate, payload: unknown, recordedOn?: CalendarDate): CaseEventOf<T> {
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

  details(input: { sex?: string; dob: CalendarDate; ethnicity?: string; upn?: string; uasc?: boolean; uascCeased?: CalendarDate; isMother?: boolean; childsDob?: CalendarDate }, on?: CalendarDate) {
    return this.add('ChildDetailsRecorded', on ?? input.dob, {
      sex: input.sex ?? 'M', dateOfBirth: input.dob, ethnicity: input.ethnicity ?? 'WBRI', upn: input.upn ?? 'UN1',
      uasc: input.uasc ?? false,
      ...(input.uascCeased ? { uascCeasedDate: input.uascCeased } : {}),
      ...(input.isMother !== undefined ? { isMother: input.isMother } : {}),
      ...(input.childsDob ? { childsDateOfBirth: input.childsDob } : {}),
    });
  }

  startCare(on: CalendarDate, input: { ls: string; cin?: string; homePostcode?: string } & PlacementInput, recordedOn?: CalendarDate) {
    return this.add('PeriodOfCareStarted', on, {
      legalStatus: input.ls, categoryOfNeed: input.cin ?? 'N1', ...placementPayload(input),
      ...(input.homePostcode ? { homePostcode: input.homePostcode } : {}),
    }, recordedOn);
  }

  move(on: CalendarDate, input: PlacementInput & { reason?: string; sameCarer?: boolean }, recordedOn?: CalendarDate) {
    return this.add('PlacementChanged', on, {
      ...placementPayload(input), sameCarer: input.sameCarer ?? false, ...(input.reason ? { reasonForChange: input.reason } : {}),
    }, recordedOn);
  }

  legalStatus(on: CalendarDate, ls: string, recordedOn?: CalendarDate) {
    return this.add('LegalStatusChanged', on, { legalStatus: ls }, recordedOn);
  }

  endCare(on: CalendarDate, reasonCeased: string, recordedOn?: CalendarDate) {
    return this.add('PeriodOfCareEnded', on, { reasonCeased }, recordedOn);
  }

  review(on: CalendarDate, participation: string) {
    return this.add('ReviewHeld', on, { participation });
  }

  missing(id: string, start: CalendarDate, end?: CalendarDate, missingType = 'M') {
    this.add('MissingEpisodeStarted', start, { missingEpisodeId: id, missingType });
    if (end) this.add('MissingEpisodeEnded', end, { missingEpisodeId: id });
  }

  retract(target: CaseEvent, on: CalendarDate, reason = 'recorded in error') {
    return this.add('EventRetracted', on, { targetEventId: target.eventId, reason });
  }

  replace<T extends FactEventType>(target: CaseEvent, on: CalendarDate, replacement: { type: T; occurredAt: CalendarDate; payload: FactPayload<T> }, reason = 'corrected') {
    return this.add('EventReplaced', on, { targetEventId: target.eventId, reason, replacement });
  }
}

function placementPayload(input: PlacementInput) {
  return {
    placementType: input.place,
    ...(input.provider ? { placementProvider: input.provider } : {}),
    ...(input.postcode ? { placementPostcode: input.postcode } : {}),
    ...(input.urn ? { urn: input.urn } : {}),
  };
}
