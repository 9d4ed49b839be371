import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';

export const SocialWorkerAllocated = defineEventType({
  type: 'SocialWorkerAllocated',
  kind: 'fact',
  description: "A social worker became the child's allocated worker on that date, with the reason for the change; it ends the previous worker's episode.",
  payload: z.object({
    socialWorkerId: z.string().regex(/^(?:SW|XX)[A-Za-z0-9]{1,18}$/, "must begin with 'SW' or 'XX' (rule SW02STG1)").describe('903 SW_ID'),
    reason: codeField.describe('903 SW_REASON: the reason for the social worker change'),
  }).strict(),
  codedFields: { reason: 'socialWorkerChangeReason' },
  consistency: noRules,
  effect: 'a SWEpisodes row from this date to the next allocation or the end of care',
  fieldNotes: { socialWorkerId: 'SW or XX then letters/digits', reason: 'SW_REASON' },
  build: (input: { socialWorkerId: string; reason?: string }) => ({ socialWorkerId: input.socialWorkerId, reason: input.reason ?? 'MANAGE' }),
});
