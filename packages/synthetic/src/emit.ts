/**
 * Writing plans out as events: when each fact was recorded (usually the same day or up to 3 days later, ~3%
 * 30-120 days late, never after asAt, and never before what it depends on), then the log order and timestamps.
 * Events are built once; only an index is sorted (a region holds a million of them).
 */
import { SCHEMA_VERSION, type CaseEvent, type CaseEventOf, type EventType } from '@careledger/events';
import { dateOf, type Day } from './dates';
import type { Rng } from './prng';
import type { ChildPlan } from './types';

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

const timeOfDay: string[] = [];
/** 'Thh:mm:ssZ' for a second of the day (cached: recordedAt strings share their pieces). */
function timeSuffix(seconds: number): string {
  let t = timeOfDay[seconds];
  if (t === undefined) {
    const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
    t = `T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}Z`;
    timeOfDay[seconds] = t;
  }
  return t;
}

export class Emitter {
  private readonly events: CaseEvent[] = [];
  private readonly rec: number[] = [];
  /** Orders events recorded on the same day: a correction sorts with the event it corrects. */
  private readonly key: number[] = [];

  constructor(private readonly laCode: string) {}

  add<T extends EventType>(child: ChildPlan, type: T, payload: CaseEventOf<T>['payload'], day: Day, rec: Day, key: Day = day): CaseEventOf<T> {
    const event = {
      eventId: child.rng.uuid(),
      schemaVersion: SCHEMA_VERSION,
      laCode: this.laCode,
      childId: child.childId,
      occurredAt: dateOf(day),
      recordedAt: '',
      source: SOURCE,
      type,
      payload,
    } as CaseEventOf<T>;
    this.events.push(event);
    this.rec.push(rec);
    this.key.push(key);
    return event;
  }

  /** The events in log order, with recordedAt times spread through each working day (08:00-18:00 UTC). */
  finish(): CaseEvent[] {
    const { rec, key, events } = this;
    const n = events.length;
    // One native numeric sort on (recorded day, key, insertion order) packed into a double.
    let minDay = Infinity;
    let maxDay = -Infinity;
    for (let i = 0; i < n; i++) {
      minDay = Math.min(minDay, key[i] as number);
      maxDay = Math.max(maxDay, rec[i] as number);
    }
    const dayScale = maxDay - minDay + 1;
    const seqScale = 2 ** Math.ceil(Math.log2(n + 1));
    if (dayScale * dayScale * seqScale > Number.MAX_SAFE_INTEGER) throw new RangeError('too many events to order');
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      packed[i] = (((rec[i] as number) - minDay) * dayScale + ((key[i] as number) - minDay)) * seqScale + i;
    }
    packed.sort();
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % seqScale;
    const sorted: CaseEvent[] = new Array(n);
    for (let i = 0; i < n;) {
      const day = rec[order[i] as number] as number;
      let j = i + 1;
      while (j < n && rec[order[j] as number] === day) j++;
      const date = dateOf(day);
      const step = 36_000 / (j - i);
      for (let k = i; k < j; k++) {
        const event = events[order[k] as number] as CaseEvent;
        event.recordedAt = date + timeSuffix(28_800 + Math.floor((k - i) * step));
        sorted[k] = event;
      }
      i = j;
    }
    return sorted;
  }
}
