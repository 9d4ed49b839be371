import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, type PayloadIssue } from './define';

const COUPLES = ['MM', 'FF', 'MF'];
const SAME_SEX = ['MM', 'FF'];

export const AdopterMatched = defineEventType({
  type: 'AdopterMatched',
  kind: 'fact',
  description: 'The child was matched with prospective adopters on that date: how many, their sex and legal status, and whether they are the foster carers.',
  payload: z.object({
    numberOfAdopters: z.number().int().min(1).max(2).describe('903 AD1 NB_ADOPTR'),
    adoptersSex: codeField.describe('903 AD1 SEX_ADOPTR'),
    adoptersLegalStatus: codeField.describe('903 AD1 LS_ADOPTR'),
    fosterCarersAdopting: z.boolean().describe('903 AD1 FOSTER_CARE: adopted by the current foster carer(s)'),
  }).strict(),
  codedFields: { adoptersSex: 'adoptersSex', adoptersLegalStatus: 'adoptersLegalStatus' },
  consistency(payload) {
    const issues: PayloadIssue[] = [];
    const { numberOfAdopters: n, adoptersSex: sex, adoptersLegalStatus: status } = payload;
    const couple = COUPLES.includes(sex);
    // Rules 511, 514, 517-520, 524: number, sex and legal status of the adopters describe the same household.
    if (n === 2 && !couple) issues.push({ field: 'adoptersSex', reason: `two adopters must be MM, FF or MF, not ${sex} (rule 511)` });
    if (n === 1 && couple) issues.push({ field: 'adoptersSex', reason: `one adopter must be M1 or F1, not ${sex}` });
    if ((status === 'L0') === couple) issues.push({ field: 'adoptersLegalStatus', reason: `legal status ${status} does not fit adopters ${sex} (rule 514)` });
    if ((status === 'L11' || status === 'L3') && couple && sex !== 'MF') issues.push({ field: 'adoptersSex', reason: `legal status ${status} needs a male and female couple (MF), not ${sex} (rules 517, 520)` });
    if ((status === 'L12' || status === 'L4') && couple && !SAME_SEX.includes(sex)) issues.push({ field: 'adoptersSex', reason: `legal status ${status} needs a same-gender couple (MM or FF), not ${sex} (rules 518, 524)` });
    return issues;
  },
  effect: 'AD1 DATE_MATCH, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR, FOSTER_CARE for the child adopted (E11/E12)',
  fieldNotes: { numberOfAdopters: '1 or 2', adoptersSex: 'M1, F1, MM, FF, MF', adoptersLegalStatus: 'L0, L11, L12, L2, L3, L4' },
  build: (input: { fosterCarers?: boolean; couple?: boolean }) => (input.couple === false
    ? { numberOfAdopters: 1, adoptersSex: 'F1', adoptersLegalStatus: 'L0', fosterCarersAdopting: input.fosterCarers ?? false }
    : { numberOfAdopters: 2, adoptersSex: 'MF', adoptersLegalStatus: 'L11', fosterCarersAdopting: input.fosterCarers ?? false }),
});
