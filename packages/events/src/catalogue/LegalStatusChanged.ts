import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';

export const LegalStatusChanged = defineEventType({
  type: 'LegalStatusChanged',
  kind: 'fact',
  description: 'The legal status changed. Opens an episode with RNE L (B or U with a placement change the same day).',
  payload: z.object({ legalStatus: codeField.describe('903 LS') }).strict(),
  codedFields: { legalStatus: 'legalStatus' },
  consistency: noRules,
  effect: 'new episode `L` (no episode if the status is unchanged)',
  build: (input: { ls: string }) => ({ legalStatus: input.ls }),
});
