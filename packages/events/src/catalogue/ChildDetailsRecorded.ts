import { z } from 'zod';
import type { CalendarDate } from '@careledger/runtime';
import { calendarDateField, codeField, upnField } from '../fields';
import { defineEventType, type PayloadIssue } from './define';

export const ChildDetailsRecorded = defineEventType({
  type: 'ChildDetailsRecorded',
  kind: 'fact',
  description: 'The child\'s header details as now known (sex, date of birth, ethnicity, UPN, mother, UASC). The latest by date wins.',
  payload: z.object({
    sex: codeField.describe('903 SEX: M, F or U (1/2 accepted for facts before 2024-04-01)'),
    dateOfBirth: calendarDateField,
    ethnicity: codeField.describe('903 ETHNIC'),
    upn: upnField,
    isMother: z.boolean().optional().describe('903 MOTHER'),
    childsDateOfBirth: calendarDateField.optional().describe("903 MC_DOB: date of birth of the child's child"),
    uasc: z.boolean().describe('unaccompanied asylum-seeking child'),
    uascCeasedDate: calendarDateField.optional().describe('903 DUC: date UASC status ceased'),
  }).strict(),
  codedFields: { sex: 'sex', ethnicity: 'ethnicity' },
  consistency(payload, { recordedOn }) {
    const issues: PayloadIssue[] = [];
    const dob = payload.dateOfBirth;
    if (dob > recordedOn) issues.push({ field: 'dateOfBirth', reason: `date of birth ${dob} is after the date it was recorded (${recordedOn})` });
    const duc = payload.uascCeasedDate;
    if (duc && duc < dob) issues.push({ field: 'uascCeasedDate', reason: `UASC ceased date ${duc} is before the date of birth ${dob}` });
    if (duc && payload.uasc !== true) issues.push({ field: 'uascCeasedDate', reason: 'a UASC ceased date needs uasc: true' });
    const mcDob = payload.childsDateOfBirth;
    if (mcDob && mcDob <= dob) issues.push({ field: 'childsDateOfBirth', reason: `the child's child cannot be born (${mcDob}) before the child (${dob})` });
    if (mcDob && payload.isMother === false) issues.push({ field: 'childsDateOfBirth', reason: "a child's child's date of birth needs isMother: true" });
    return issues;
  },
  effect: 'Header and UASC rows; the latest by date wins',
  fieldNotes: { sex: 'M/F/U; 1/2 before 2024-25', upn: 'or UN1-UN5' },
  build(input: { sex?: string; dob: CalendarDate; ethnicity?: string; upn?: string; uasc?: boolean; uascCeased?: CalendarDate; isMother?: boolean; childsDob?: CalendarDate }) {
    return {
      sex: input.sex ?? 'M', dateOfBirth: input.dob, ethnicity: input.ethnicity ?? 'WBRI', upn: input.upn ?? 'UN1',
      uasc: input.uasc ?? false,
      ...(input.uascCeased ? { uascCeasedDate: input.uascCeased } : {}),
      ...(input.isMother !== undefined ? { isMother: input.isMother } : {}),
      ...(input.childsDob ? { childsDateOfBirth: input.childsDob } : {}),
    };
  },
});
