import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, type PayloadIssue } from './define';

export const CareLeaverContactRecorded = defineEventType({
  type: 'CareLeaverContactRecorded',
  kind: 'fact',
  description: "The LA's contact with a care leaver on that date (around a birthday from the 17th): in touch or not, main activity and accommodation.",
  payload: z.object({
    inTouch: codeField.describe('903 OC3 IN_TOUCH'),
    activity: codeField.describe('903 OC3 ACTIV'),
    accommodation: codeField.describe('903 OC3 ACCOM'),
  }).strict(),
  codedFields: { inTouch: 'careLeaverInTouch', activity: 'careLeaverActivity', accommodation: 'careLeaverAccommodation' },
  consistency(payload) {
    const issues: PayloadIssue[] = [];
    const noneKnown = payload.inTouch === 'DIED' || payload.inTouch === 'RHOM';
    // Rule 344: died or returned home means activity and accommodation 0; rule 345: in touch means they are known.
    if (noneKnown && payload.activity !== '0') issues.push({ field: 'activity', reason: `activity must be 0 when IN_TOUCH is ${payload.inTouch} (rule 344)` });
    if (noneKnown && payload.accommodation !== '0') issues.push({ field: 'accommodation', reason: `accommodation must be 0 when IN_TOUCH is ${payload.inTouch} (rule 344)` });
    if (payload.inTouch === 'YES' && payload.activity === '0') issues.push({ field: 'activity', reason: 'in touch, so the activity is known: it cannot be 0 (rule 345)' });
    if (payload.inTouch === 'YES' && payload.accommodation === '0') issues.push({ field: 'accommodation', reason: 'in touch, so the accommodation is known: it cannot be 0 (rule 345)' });
    return issues;
  },
  effect: 'an OC3 row for the year whose 17th-21st birthday it is nearest',
  fieldNotes: { inTouch: 'YES, NO, DIED, REFU, NREQ, RHOM', activity: 'ACTIV', accommodation: 'ACCOM' },
  build: (input: { inTouch?: string; activity?: string; accommodation?: string }) => ({
    inTouch: input.inTouch ?? 'YES', activity: input.activity ?? 'F2', accommodation: input.accommodation ?? 'U1',
  }),
});
