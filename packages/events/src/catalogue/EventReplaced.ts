import { z } from 'zod';
import { calendarDateField } from '../fields';
import { defineEventType } from './define';
import { correctionReasonField } from './EventRetracted';
// Type-only: the registry passes its facts in at run time, so there is no import cycle.
import type { FACTS } from './index';

type Facts = typeof FACTS;

function replacementOf<const T extends string, S extends z.ZodObject>(type: T, payload: S) {
  return z.object({ type: z.literal(type), occurredAt: calendarDateField, payload }).strict();
}

/** The schema of a replacement of any one of the fact types. */
type ReplacementSchema = { [K in keyof Facts]: ReturnType<typeof replacementOf<K, Facts[K]['payload']>> }[keyof Facts];

/**
 * EventReplaced carries the corrected fact in full, of any fact type, so its schema is built over the registry's
 * facts (passed in, as the registry imports this file).
 */
export function defineEventReplaced(facts: Facts) {
  const options = Object.values(facts).map((fact) => replacementOf(fact.type, fact.payload));
  const replacement = z.discriminatedUnion('type', options as unknown as [ReplacementSchema, ...ReplacementSchema[]]);
  return defineEventType({
    type: 'EventReplaced',
    kind: 'correction',
    description: 'Correction: an earlier event\'s content (date and payload) is replaced in full.',
    payload: z.object({
      targetEventId: z.uuid(),
      reason: correctionReasonField,
      replacement,
    }).strict(),
    codedFields: {},
    // The corrected fact's own codes and rules are checked as that fact's, on its date, by the validator.
    consistency: (payload, { eventId }) => payload.targetEventId === eventId
      ? [{ field: 'targetEventId', reason: 'an event cannot replace itself' }]
      : [],
    effect: 'the target\'s content is replaced in full (the latest replacement wins)',
    fieldNotes: { replacement: '`{ type, occurredAt, payload }`' },
    build: (input: { targetEventId: string; reason?: string; replacement: z.input<typeof replacement> }) =>
      ({ targetEventId: input.targetEventId, reason: input.reason ?? 'corrected', replacement: input.replacement }),
  });
}
