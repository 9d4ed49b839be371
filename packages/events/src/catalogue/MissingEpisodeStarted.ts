import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';
import { missingEpisodeIdField } from './missing';

export const MissingEpisodeStarted = defineEventType({
  type: 'MissingEpisodeStarted',
  kind: 'fact',
  description: 'The child went missing (M) or was away without authorisation (A).',
  payload: z.object({
    missingEpisodeId: missingEpisodeIdField,
    missingType: codeField.describe('903 MISSING: M missing, A away without authorisation'),
  }).strict(),
  codedFields: { missingType: 'missingType' },
  consistency: noRules,
  effect: 'a Missing row, open',
  fieldNotes: { missingType: 'M missing, A away' },
  build: (input: { id: string; missingType?: string }) => ({ missingEpisodeId: input.id, missingType: input.missingType ?? 'M' }),
});
