import { z } from 'zod';
import { calendarDateField, childIdField, codeField, laCodeField, postcodeField, upnField, urnField } from './fields';

export const SCHEMA_VERSION = 1;

export const placementFields = z.object({
  placementType: codeField.describe('903 PLACE'),
  placementProvider: codeField.optional().describe('903 PLACE_PROVIDER'),
  placementPostcode: postcodeField.optional().describe('903 PL_POST'),
  urn: urnField.optional().describe('903 URN of the placement provider'),
});

export const payloadSchemas = {
  ChildDetailsRecorded: z.object({
    sex: codeField.describe('903 SEX: M, F or U (1/2 accepted for facts before 2024-04-01)'),
    dateOfBirth: calendarDateField,
    ethnicity: codeField.describe('903 ETHNIC'),
    upn: upnField,
    isMother: z.boolean().optional().describe('903 MOTHER'),
    childsDateOfBirth: calendarDateField.optional().describe("903 MC_DOB: date of birth of the child's child"),
    uasc: z.boolean().describe('unaccompanied asylum-seeking child'),
    uascCeasedDate: calendarDateField.optional().describe('903 DUC: date UASC status ceased'),
  }).strict(),
  PeriodOfCareStarted: placementFields.extend({
    legalStatus: codeField.describe('903 LS'),
    categoryOfNeed: codeField.describe('903 CIN'),
    homePostcode: postcodeField.optional().describe('903 HOME_POST'),
  }).strict(),
  PlacementChanged: placementFields.extend({
    reasonForChange: codeField.optional().describe('903 REASON_PLACE_CHANGE for the placement that ended'),
    sameCarer: z.boolean().default(false).describe('true when the placement changes but the carer(s) stay the same (RNE T/U)'),
  }).strict(),
  LegalStatusChanged: z.object({ legalStatus: codeField.describe('903 LS') }).strict(),
  PeriodOfCareEnded: z.object({ reasonCeased: codeField.describe('903 REC (not X1)') }).strict(),
  ReviewHeld: z.object({ participation: codeField.describe('903 REVIEW_CODE, PN0-PN7') }).strict(),
  MissingEpisodeStarted: z.object({
    missingEpisodeId: z.string().min(1).max(64),
    missingType: codeField.describe('903 MISSING: M missing, A away without authorisation'),
  }).strict(),
  MissingEpisodeEnded: z.object({ missingEpisodeId: z.string().min(1).max(64) }).strict(),
  EventRetracted: z.object({
    targetEventId: z.uuid(),
    reason: z.string().min(1).max(500),
  }).strict(),
} as const;

export type FactEventType = Exclude<keyof typeof payloadSchemas, 'EventRetracted'>;
export const FACT_EVENT_TYPES = Object.keys(payloadSchemas).filter((t) => t !== 'EventRetracted') as FactEventType[];

const envelope = {
  eventId: z.uuid(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  laCode: laCodeField,
  childId: childIdField,
  occurredAt: calendarDateField.describe('the calendar date the fact happened'),
  recordedAt: z.iso.datetime({ offset: true }).describe('when the fact was entered in the case system'),
  source: z.string().min(1).max(100).describe('the system or person that recorded it'),
};

function eventSchema<T extends keyof typeof payloadSchemas>(type: T) {
  return z.object({ ...envelope, type: z.literal(type), payload: payloadSchemas[type] }).strict();
}

function replacementOf<T extends FactEventType>(type: T) {
  return z.object({ type: z.literal(type), occurredAt: calendarDateField, payload: payloadSchemas[type] }).strict();
}

/** A replacement carries the corrected fact in full: its type, date and payload. */
const replacementSchema = z.discriminatedUnion('type', [
  replacementOf('ChildDetailsRecorded'), replacementOf('PeriodOfCareStarted'), replacementOf('PlacementChanged'),
  replacementOf('LegalStatusChanged'), replacementOf('PeriodOfCareEnded'), replacementOf('ReviewHeld'),
  replacementOf('MissingEpisodeStarted'), replacementOf('MissingEpisodeEnded'),
]);

export const eventSchemas = {
  ChildDetailsRecorded: eventSchema('ChildDetailsRecorded'),
  PeriodOfCareStarted: eventSchema('PeriodOfCareStarted'),
  PlacementChanged: eventSchema('PlacementChanged'),
  LegalStatusChanged: eventSchema('LegalStatusChanged'),
  PeriodOfCareEnded: eventSchema('PeriodOfCareEnded'),
  ReviewHeld: eventSchema('ReviewHeld'),
  MissingEpisodeStarted: eventSchema('MissingEpisodeStarted'),
  MissingEpisodeEnded: eventSchema('MissingEpisodeEnded'),
  EventRetracted: eventSchema('EventRetracted'),
  EventReplaced: z.object({
    ...envelope,
    type: z.literal('EventReplaced'),
    payload: z.object({
      targetEventId: z.uuid(),
      reason: z.string().min(1).max(500),
      replacement: replacementSchema,
    }).strict(),
  }).strict(),
} as const;

export type EventType = keyof typeof eventSchemas;
export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

export const caseEventSchema = z.discriminatedUnion('type', [
  eventSchemas.ChildDetailsRecorded, eventSchemas.PeriodOfCareStarted, eventSchemas.PlacementChanged,
  eventSchemas.LegalStatusChanged, eventSchemas.PeriodOfCareEnded, eventSchemas.ReviewHeld,
  eventSchemas.MissingEpisodeStarted, eventSchemas.MissingEpisodeEnded, eventSchemas.EventRetracted,
  eventSchemas.EventReplaced,
]);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventOf<T extends EventType> = Extract<CaseEvent, { type: T }>;
export type FactPayload<T extends FactEventType> = z.infer<(typeof payloadSchemas)[T]>;
export type Replacement = CaseEventOf<'EventReplaced'>['payload']['replacement'];

export const EVENT_DESCRIPTIONS: Record<EventType, string> = {
  ChildDetailsRecorded: 'The child\'s header details as now known (sex, date of birth, ethnicity, UPN, mother, UASC). The latest by date wins.',
  PeriodOfCareStarted: 'The child started to be looked after: legal status, category of need, first placement. Opens a 903 episode with RNE S.',
  PlacementChanged: 'The child moved placement (or the placement changed with the same carer). Opens an episode with RNE P or T (B or U with a legal status change the same day).',
  LegalStatusChanged: 'The legal status changed. Opens an episode with RNE L (B or U with a placement change the same day).',
  PeriodOfCareEnded: 'The child ceased to be looked after, with the 903 reason (REC). Closes the open episode.',
  ReviewHeld: 'A statutory looked-after review was held, with the child\'s participation code.',
  MissingEpisodeStarted: 'The child went missing (M) or was away without authorisation (A).',
  MissingEpisodeEnded: 'The child returned from a missing or away episode.',
  EventRetracted: 'Correction: an earlier event was wrong and is withdrawn.',
  EventReplaced: 'Correction: an earlier event\'s content (date and payload) is replaced in full.',
};
