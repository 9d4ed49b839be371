import { z } from 'zod';
import { defineEventType, noRules } from './define';

export const OFFENCE_OUTCOMES = ['conviction', 'youth_caution'] as const;

export const OffenceRecorded = defineEventType({
  type: 'OffenceRecorded',
  kind: 'fact',
  description: 'The child was convicted, or given a youth caution or youth conditional caution, for an offence committed while looked after.',
  payload: z.object({ outcome: z.enum(OFFENCE_OUTCOMES).describe('conviction or youth_caution') }).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'OC2 CONVICTED = 1 for the year it falls in',
  fieldNotes: { outcome: 'conviction, youth_caution' },
  build: (input: { outcome?: (typeof OFFENCE_OUTCOMES)[number] }) => ({ outcome: input.outcome ?? 'conviction' }),
});
