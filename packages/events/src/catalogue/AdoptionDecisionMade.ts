import { z } from 'zod';
import { defineEventType, noRules } from './define';

export const AdoptionDecisionMade = defineEventType({
  type: 'AdoptionDecisionMade',
  kind: 'fact',
  description: "The LA's agency decision maker decided that the child should be placed for adoption (not the date the child moved in).",
  payload: z.object({}).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'PlacedAdoption DATE_PLACED; AD1 DATE_INT',
  build: () => ({}),
});
