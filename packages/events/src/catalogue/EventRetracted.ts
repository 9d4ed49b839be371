import { z } from 'zod';
import { defineEventType } from './define';

export const correctionReasonField = z.string().min(1).max(500);

export const EventRetracted = defineEventType({
  type: 'EventRetracted',
  kind: 'correction',
  description: 'Correction: an earlier event was wrong and is withdrawn.',
  payload: z.object({
    targetEventId: z.uuid(),
    reason: correctionReasonField,
  }).strict(),
  codedFields: {},
  consistency: (payload, { eventId }) => payload.targetEventId === eventId
    ? [{ field: 'targetEventId', reason: 'an event cannot retract itself' }]
    : [],
  effect: 'the target is withdrawn; the child is re-derived',
  build: (input: { targetEventId: string; reason?: string }) => ({ targetEventId: input.targetEventId, reason: input.reason ?? 'recorded in error' }),
});
