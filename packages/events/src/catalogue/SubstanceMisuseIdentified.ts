import { z } from 'zod';
import { defineEventType, type PayloadIssue } from './define';

export const SubstanceMisuseIdentified = defineEventType({
  type: 'SubstanceMisuseIdentified',
  kind: 'fact',
  description: 'The child was identified as having a substance misuse problem, with whether an intervention was received, or offered and refused.',
  payload: z.object({
    interventionReceived: z.boolean().describe('903 OC2 INTERVENTION_RECEIVED'),
    interventionOfferedButRefused: z.boolean().optional().describe('903 OC2 INTERVENTION_OFFERED: offered an intervention but refused it (only when none was received)'),
  }).strict(),
  codedFields: {},
  consistency(payload) {
    const issues: PayloadIssue[] = [];
    // Rules 158/159: the offered-but-refused item is blank when an intervention was received, and needed when not.
    if (payload.interventionReceived && payload.interventionOfferedButRefused !== undefined) issues.push({ field: 'interventionOfferedButRefused', reason: 'leave it out when an intervention was received (rule 158)' });
    if (!payload.interventionReceived && payload.interventionOfferedButRefused === undefined) issues.push({ field: 'interventionOfferedButRefused', reason: 'say whether an intervention was offered and refused when none was received (rule 159)' });
    return issues;
  },
  effect: 'OC2 SUBSTANCE_MISUSE = 1 and the intervention items, for the year it falls in',
  build: (input: { received?: boolean; refused?: boolean }) => (input.received
    ? { interventionReceived: true }
    : { interventionReceived: false, interventionOfferedButRefused: input.refused ?? false }),
});
