/**
 * The case event types and their zod schemas, derived from the catalogue (src/catalogue/): nothing here lists
 * event types by hand.
 */
import { z } from 'zod';
import { CATALOGUE, FACTS, type Catalogue } from './catalogue';
import { byType } from './catalogue/define';
import { calendarDateField, childIdField, laCodeField } from './fields';

/** The version of the event format the catalogue describes; older versions are upgraded by the codec. */
export const SCHEMA_VERSION = 1;

export { placementFields } from './catalogue/placement';

export type EventType = keyof Catalogue;
export type FactEventType = keyof typeof FACTS;

export const EVENT_TYPES = Object.keys(CATALOGUE) as EventType[];
export const FACT_EVENT_TYPES = Object.keys(FACTS) as FactEventType[];

/** Payload schemas of the facts and of a retraction (a replacement's payload is in `eventSchemas`). */
export const payloadSchemas = byType(
  EVENT_TYPES.filter((type): type is Exclude<EventType, 'EventReplaced'> => type !== 'EventReplaced'),
  (type) => CATALOGUE[type].payload,
) as { readonly [T in Exclude<EventType, 'EventReplaced'>]: Catalogue[T]['payload'] };

const envelope = {
  eventId: z.uuid(),
  // After the codec's upgrade every event is of the current version; older and newer ones are handled there.
  schemaVersion: z.literal(SCHEMA_VERSION),
  laCode: laCodeField,
  childId: childIdField,
  occurredAt: calendarDateField.describe('the calendar date the fact happened'),
  recordedAt: z.iso.datetime({ offset: true }).describe('when the fact was entered in the case system'),
  source: z.string().min(1).max(100).describe('the system or person that recorded it'),
};

function eventSchema<const T extends string, S extends z.ZodObject>(type: T, payload: S) {
  return z.object({ ...envelope, type: z.literal(type), payload }).strict();
}

type EventSchemaOf<T extends EventType> = ReturnType<typeof eventSchema<T, Catalogue[T]['payload']>>;

export const eventSchemas = byType(EVENT_TYPES, (type) => eventSchema(type, CATALOGUE[type].payload)) as unknown as
  { readonly [T in EventType]: EventSchemaOf<T> };

type AnyEventSchema = { [T in EventType]: EventSchemaOf<T> }[EventType];
export const caseEventSchema = z.discriminatedUnion(
  'type',
  EVENT_TYPES.map((type) => eventSchemas[type]) as unknown as [AnyEventSchema, ...AnyEventSchema[]],
);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventOf<T extends EventType> = Extract<CaseEvent, { type: T }>;
export type FactPayload<T extends FactEventType> = z.infer<(typeof payloadSchemas)[T]>;
export type Replacement = CaseEventOf<'EventReplaced'>['payload']['replacement'];

export const EVENT_DESCRIPTIONS: Readonly<Record<EventType, string>> = byType(EVENT_TYPES, (type) => CATALOGUE[type].description);
