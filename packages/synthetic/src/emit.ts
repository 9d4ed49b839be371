/**
 * Writing plans out as events: when each fact was recorded (usually the same day or up to 3 days later, ~3%
 * 30-120 days late, never after asAt, and never before what it depends on), then the log order and timestamps.
 */
import { SCHEMA_VERSION, type CaseEvent, type CaseEventOf, type EventType } from '@careledger/events';
import { dateOf, type Day } from './dates';
import type { Rng } from './prng';
import type { ChildPlan } from './types';

export type Fact = { [K in EventType]: { type: K; payload: CaseEventOf<K>['payload'] } }[EventType];

export interface Draft {
  readonly eventId: string;
  readonly childId: string;
  readonly fact: Fact;
  /** occurredAt */
  readonly day: Day;
  /** The day it was recorded. */
  readonly rec: Day;
  /** Orders events recorded on the same day: a correction sorts with the event it corrects. */
  readonly key: Day;
  readonly seq: number;
}

export const SOURCE = 'careledger-synthetic';

/** The day a fact on `day` is recorded, at or after `floor`, never after `asAt`. */
export function recordDay(rng: Rng, day: Day, asAt: Day, floor: Day, allowLate = true): Day {
  const r = rng.next();
  let lag = r < 0.57 ? 0 : r < 0.77 ? 1 : r < 0.89 ? 2 : 3;
  if (allowLate && r >= 0.97) {
    const late = rng.int(30, 120);
    if (day + late <= asAt) lag = late;
  }
  return Math.min(asAt, Math.max(floor, day + lag));
}

export class Emitter {
  private readonly drafts: Draft[] = [];

  add(child: ChildPlan, fact: Fact, day: Day, rec: Day, key: Day = day): Draft {
    const draft: Draft = { eventId: child.rng.uuid(), childId: child.childId, fact, day, rec, key, seq: this.drafts.length };
    this.drafts.push(draft);
    return draft;
  }

  /** The events in log order, with recordedAt times spread through each working day (08:00-18:00 UTC). */
  finish(laCode: string): CaseEvent[] {
    const drafts = this.drafts.sort((a, b) => a.rec - b.rec || a.key - b.key || a.seq - b.seq);
    const events: CaseEvent[] = new Array(drafts.length);
    for (let i = 0; i < drafts.length;) {
      const rec = (drafts[i] as Draft).rec;
      let j = i;
      while (j < drafts.length && (drafts[j] as Draft).rec === rec) j++;
      const date = dateOf(rec);
      for (let k = i; k < j; k++) {
        const d = drafts[k] as Draft;
        const seconds = 8 * 3600 + Math.floor(((k - i) * 36_000) / (j - i));
        const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
        events[k] = {
          eventId: d.eventId,
          schemaVersion: SCHEMA_VERSION,
          laCode,
          childId: d.childId,
          occurredAt: dateOf(d.day),
          recordedAt: `${date}T${time}Z`,
          source: SOURCE,
          type: d.fact.type,
          payload: d.fact.payload,
        } as CaseEvent;
      }
      i = j;
    }
    return events;
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
