import { z } from 'zod';
import { defineEventType, noRules } from './define';

export const HEALTH_CHECKS = ['health_assessment', 'dental_check', 'development_assessment'] as const;

export const HealthCheckCompleted = defineEventType({
  type: 'HealthCheckCompleted',
  kind: 'fact',
  description: "A looked-after child's statutory health assessment, dental check or (under 5) development assessment was carried out on that date.",
  payload: z.object({
    check: z.enum(HEALTH_CHECKS).describe('health_assessment (903 HEALTH_ASSESSMENT), dental_check (TEETH_CHECK), development_assessment (HEALTH_CHECK, under 5s)'),
  }).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'OC2 HEALTH_ASSESSMENT, TEETH_CHECK or HEALTH_CHECK for the year it falls in',
  fieldNotes: { check: 'health_assessment, dental_check, development_assessment' },
  build: (input: { check: (typeof HEALTH_CHECKS)[number] }) => ({ check: input.check }),
});
