import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';

export const ReviewHeld = defineEventType({
  type: 'ReviewHeld',
  kind: 'fact',
  description: 'A statutory looked-after review was held, with the child\'s participation code.',
  payload: z.object({ participation: codeField.describe('903 REVIEW_CODE, PN0-PN7') }).strict(),
  codedFields: { participation: 'participation' },
  consistency: noRules,
  effect: 'a Reviews row',
  fieldNotes: { participation: 'PN0-PN7' },
  build: (input: { participation: string }) => ({ participation: input.participation }),
});
