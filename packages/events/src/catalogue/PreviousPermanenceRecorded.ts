import { z } from 'zod';
import { earliestDayOf, isLaCode } from '@careledger/ssda903';
import { codeField, partialDateField } from '../fields';
import { defineEventType, type PayloadIssue } from './define';

/** LA_PERM besides a three-digit LA code: information not available, the other UK nations, outside the UK. */
export const LA_PERM_OTHER = ['999', 'NIR', 'NUK', 'SCO', 'WAL'] as const;

export const PreviousPermanenceRecorded = defineEventType({
  type: 'PreviousPermanenceRecorded',
  kind: 'fact',
  description: 'On entry to care: whether the child had an adoption, special guardianship or child arrangements order before, and where and when it was made.',
  payload: z.object({
    previousPermanence: codeField.describe('903 PREV_PERM'),
    laOfPermanence: z.string().optional().describe('903 LA_PERM: the LA that arranged it, or 999, NIR, NUK, SCO, WAL'),
    dateOfPermanence: partialDateField.optional().describe('903 DATE_PERM: the date of the order, YYYY-MM-DD with ZZ or ZZZZ for the parts not known (2019-06-ZZ, ZZZZ-ZZ-ZZ)'),
  }).strict(),
  codedFields: { previousPermanence: 'previousPermanence' },
  consistency(payload, { occurredAt }) {
    const issues: PayloadIssue[] = [];
    const la = payload.laOfPermanence;
    if (la !== undefined && !isLaCode(la) && !(LA_PERM_OTHER as readonly string[]).includes(la)) issues.push({ field: 'laOfPermanence', reason: `'${la}' is not a three-digit LA code or one of ${LA_PERM_OTHER.join(', ')} (rule 633)` });
    // Rule 635: no order, so no date or LA of one.
    if (payload.previousPermanence === 'Z1' && (la !== undefined || payload.dateOfPermanence !== undefined)) issues.push({ field: 'previousPermanence', reason: 'Z1 (no previous permanence) cannot have an LA or date of the order (rule 635)' });
    // The order came before the care whose start this records: even the earliest day a partly known date can be must
    // not follow the fact (rule 632 wants it before DECOM; a date with its year unknown cannot be judged).
    const earliest = payload.dateOfPermanence === undefined ? undefined : earliestDayOf(payload.dateOfPermanence);
    if (earliest !== undefined && earliest > occurredAt) issues.push({ field: 'dateOfPermanence', reason: `the order's date ${payload.dateOfPermanence} is after the fact's date ${occurredAt}` });
    return issues;
  },
  effect: 'a PrevPerm row for the period of care it starts',
  fieldNotes: { previousPermanence: 'P1-P4, Z1', laOfPermanence: 'LA code or 999/NIR/NUK/SCO/WAL', dateOfPermanence: 'date, parts not known as ZZ/ZZZZ' },
  build: (input: { previousPermanence?: string; la?: string; date?: string }) => ({
    previousPermanence: input.previousPermanence ?? 'Z1',
    ...(input.la ? { laOfPermanence: input.la } : {}),
    ...(input.date ? { dateOfPermanence: input.date } : {}),
  }),
});
