import { z } from 'zod';
import { defineEventType, noRules } from './define';

export const InitialHealthAssessmentCompleted = defineEventType({
  type: 'InitialHealthAssessmentCompleted',
  kind: 'fact',
  description: "A registered medical practitioner carried out the child's initial health assessment on that date (due within 20 working days of entering care); it is a health assessment for the 903 too.",
  payload: z.object({}).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'OC2 HEALTH_ASSESSMENT, as a health assessment, for the year it falls in; IHA completed within 20 working days',
  build: () => ({}),
});
