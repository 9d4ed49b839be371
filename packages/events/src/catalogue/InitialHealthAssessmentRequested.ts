import { z } from 'zod';
import { defineEventType, noRules } from './define';

export const InitialHealthAssessmentRequested = defineEventType({
  type: 'InitialHealthAssessmentRequested',
  kind: 'fact',
  description: "The LA asked health services on that date to carry out the initial health assessment of a child who had become looked after (statutory guidance: promptly; local KPI: within 48 hours).",
  payload: z.object({}).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'none on the 903; local measures of IHAs requested within 48 hours of entering care',
  build: () => ({}),
});
