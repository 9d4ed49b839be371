import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';

export const AdoptionDecisionReversed = defineEventType({
  type: 'AdoptionDecisionReversed',
  kind: 'fact',
  description: 'The LA decided that the child should no longer be placed for adoption, with the reason.',
  payload: z.object({ reason: codeField.describe('903 REASON_PLACED_CEASED, RD1-RD4') }).strict(),
  codedFields: { reason: 'reasonPlacedCeased' },
  consistency: noRules,
  effect: 'closes the PlacedAdoption row: DATE_PLACED_CEASED, REASON_PLACED_CEASED',
  fieldNotes: { reason: 'RD1-RD4' },
  build: (input: { reason?: string }) => ({ reason: input.reason ?? 'RD1' }),
});
