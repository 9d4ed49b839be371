import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType } from './define';

export const PeriodOfCareEnded = defineEventType({
  type: 'PeriodOfCareEnded',
  kind: 'fact',
  description: 'The child ceased to be looked after, with the 903 reason (REC). Closes the open episode.',
  payload: z.object({ reasonCeased: codeField.describe('903 REC (not X1)') }).strict(),
  codedFields: { reasonCeased: 'reasonEpisodeCeased' },
  // X1 is in the REC code list (the 903 writes it on episodes that end without leaving care), but careledger
  // derives those episode ends itself, so a sender never states it.
  consistency: (payload) => payload.reasonCeased === 'X1'
    ? [{ field: 'reasonCeased', reason: 'X1 is not a reason for leaving care: a new episode is derived from placement or legal status changes' }]
    : [],
  effect: 'closes the open episode; earlier episodes end `X1`',
  fieldNotes: { reasonCeased: 'REC, not X1' },
  build: (input: { reasonCeased: string }) => ({ reasonCeased: input.reasonCeased }),
});
