import type { CalendarDate } from '@careledger/runtime';
import { streamKey, type CaseEvent, type FieldError } from '@careledger/events';

/** What the ingest index keeps of every event in the log: enough to check ids, conflicts and corrections. */
export interface IndexedEvent {
  readonly eventId: string;
  /** `laCode:childId`. */
  readonly childKey: string;
  readonly type: string;
  readonly occurredAt: CalendarDate;
  readonly contentHash: string;
}

const CORRECTIONS: ReadonlySet<string> = new Set(['EventRetracted', 'EventReplaced']);

/**
 * A correction must withdraw or restate an earlier event of the same child: a correction that reached into another
 * child's history would make that child's tables depend on which batch folded what. `target` is the event named by
 * `payload.targetEventId` as known before `event` (in the log or earlier in the batch), if any.
 *
 * Retracting a replacement is allowed (the earlier content stands again); retracting a retraction or replacing a
 * correction is not: the fact itself should be recorded again, or replaced.
 */
export function checkCorrectionScope(event: CaseEvent, target: IndexedEvent | undefined): FieldError[] {
  if (event.type !== 'EventRetracted' && event.type !== 'EventReplaced') return [];
  const field = 'payload.targetEventId';
  const targetId = event.payload.targetEventId;
  const childKey = streamKey(event);
  if (!target) {
    return [{ field, reason: `${event.type} targets no earlier event: ${targetId} is not in the log nor earlier in this batch` }];
  }
  if (target.childKey !== childKey) {
    return [{ field, reason: `${event.type} targets event ${targetId} of child ${target.childKey}, not of ${childKey}` }];
  }
  if (event.type === 'EventRetracted' && target.type === 'EventRetracted') {
    return [{ field, reason: `EventRetracted targets ${targetId}, itself a retraction: record the withdrawn fact again instead` }];
  }
  if (event.type === 'EventReplaced' && CORRECTIONS.has(target.type)) {
    return [{ field, reason: `EventReplaced targets ${targetId}, itself a correction (${target.type}): replace the original fact instead` }];
  }
  return [];
}
