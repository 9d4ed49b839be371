import { z } from 'zod';
import { defineEventType, noRules } from './define';

export const ImmunisationsReviewed = defineEventType({
  type: 'ImmunisationsReviewed',
  kind: 'fact',
  description: "Whether the child's immunisations were up to date when their record was reviewed on that date.",
  payload: z.object({ upToDate: z.boolean().describe('903 OC2 IMMUNISATIONS') }).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'OC2 IMMUNISATIONS: the latest review on or before 31 March',
  build: (input: { upToDate: boolean }) => ({ upToDate: input.upToDate }),
});
