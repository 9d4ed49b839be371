import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, type PayloadIssue } from './define';

export const SdqRecorded = defineEventType({
  type: 'SdqRecorded',
  kind: 'fact',
  description: "The child's Strengths and Difficulties Questionnaire score on that date, or the reason no score was obtained.",
  payload: z.object({
    score: z.number().int().min(0).max(40).optional().describe('903 OC2 SDQ_SCORE, 0-40'),
    reasonNotCompleted: codeField.optional().describe('903 OC2 SDQ_REASON, SDQ1-SDQ5, when there is no score'),
  }).strict(),
  codedFields: { reasonNotCompleted: 'sdqReason' },
  consistency(payload) {
    const issues: PayloadIssue[] = [];
    // Rule 197a: a reason only when there is no score; and one of the two must be said.
    if (payload.score !== undefined && payload.reasonNotCompleted !== undefined) issues.push({ field: 'reasonNotCompleted', reason: 'a reason for no SDQ score cannot be given with a score' });
    if (payload.score === undefined && payload.reasonNotCompleted === undefined) issues.push({ field: 'score', reason: 'give the SDQ score or the reason it was not completed' });
    return issues;
  },
  effect: 'OC2 SDQ_SCORE / SDQ_REASON: the latest in the year',
  fieldNotes: { score: '0-40', reasonNotCompleted: 'SDQ1-SDQ5' },
  build: (input: { score?: number; reasonNotCompleted?: string }) => (input.score !== undefined ? { score: input.score } : { reasonNotCompleted: input.reasonNotCompleted ?? 'SDQ4' }),
});
