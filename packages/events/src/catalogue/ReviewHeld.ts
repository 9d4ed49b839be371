import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';

export const ReviewHeld = defineEventType({
  type: 'ReviewHeld',
  kind: 'fact',
  description: 'A statutory looked-after review was held, with the child\'s participation code when it was recorded and whether the child chaired it.',
  payload: z.object({
    // Optional: a review held is a review held; one whose participation nobody recorded is counted as "not
    // recorded" (committee papers report it as its own category) rather than refused and lost.
    participation: codeField.optional().describe('903 REVIEW_CODE, PN0-PN7; absent when not recorded'),
    chairedByChild: z.boolean().optional().describe('the child chaired or co-chaired the review (not a 903 field; absent when not recorded)'),
  }).strict(),
  codedFields: { participation: 'participation' },
  consistency: noRules,
  effect: 'a Reviews row (REVIEW_CODE blank when participation was not recorded); the review clock and participation measures',
  fieldNotes: { participation: 'PN0-PN7, optional', chairedByChild: 'optional' },
  build: (input: { participation?: string; chairedByChild?: boolean }) => ({
    ...(input.participation !== undefined ? { participation: input.participation } : {}),
    ...(input.chairedByChild !== undefined ? { chairedByChild: input.chairedByChild } : {}),
  }),
});
