import type { z } from 'zod';
import type { CalendarDate } from '@careledger/runtime';
import type { CodeListName } from '@careledger/ssda903';

/** A problem inside a payload; `field` is relative to the payload (the validator adds where the payload sits). */
export interface PayloadIssue {
  readonly field: string;
  readonly reason: string;
}

/** What a consistency rule may look at besides the payload: nothing that needs the log or the clock. */
export interface RuleContext {
  readonly eventId: string;
  /** The calendar date of the fact being checked (its occurredAt; a replacement's own). */
  readonly occurredAt: CalendarDate;
  /** The calendar date the event was recorded (its recordedAt's date). */
  readonly recordedOn: CalendarDate;
}

/** Facts describe the child's care; corrections withdraw or replace an earlier fact. */
export type EventKind = 'fact' | 'correction';

/**
 * Everything careledger knows about one event type, in one place. The unions, JSON Schemas, README table, column
 * lists and test builders are derived from these definitions, so adding a type is one file plus a registry line.
 */
export interface EventTypeDefinition<T extends string, K extends EventKind, S extends z.ZodObject, I> {
  readonly type: T;
  readonly kind: K;
  /** One or two sentences for the JSON Schema and the README. */
  readonly description: string;
  readonly payload: S;
  /** Payload fields whose values must be codes of a 903 code list in force on the fact's date. */
  readonly codedFields: Readonly<Partial<Record<keyof z.output<S> & string, CodeListName>>>;
  // Methods, not function properties: a definition is then assignable to the registry's general type.
  /** Rules within one event, beyond shape and codes: a pure function of the parsed payload. */
  consistency(payload: z.output<S>, context: RuleContext): readonly PayloadIssue[];
  /** What the event does to the 903 return, as the README states it. */
  readonly effect: string;
  /** Builds a valid payload from short test input (used by `ChildHistory`). */
  build(input: I): z.input<S>;
  /** Short notes on fields for the README's payload column (the field list itself comes from the schema). */
  readonly fieldNotes?: Readonly<Partial<Record<keyof z.output<S> & string, string>>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the builder input is each type's own business
export type AnyEventTypeDefinition = EventTypeDefinition<string, EventKind, z.ZodObject, any>;

/** Declares an event type; the generics are inferred, so a missing or mistyped piece is a type error here. */
export function defineEventType<const T extends string, const K extends EventKind, S extends z.ZodObject, I>(
  definition: EventTypeDefinition<T, K, S, I>,
): EventTypeDefinition<T, K, S, I> {
  return definition;
}

/** No rule beyond shape and codes. */
export const noRules = (): readonly PayloadIssue[] => [];

/** A record with one entry per event type, built from a function of the type. */
export function byType<K extends string, V>(types: readonly K[], value: (type: K) => V): Readonly<Record<K, V>> {
  return Object.fromEntries(types.map((type) => [type, value(type)])) as unknown as Record<K, V>;
}
