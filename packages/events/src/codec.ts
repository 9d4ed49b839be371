/**
 * The one owner of the wire format of a case event: how it is written to the log (encode), read back or received
 * (decode: parse, upgrade, validate), identified cheaply (identify), and keyed (childKey/streamKey).
 */
import { CATALOGUE } from './catalogue';
import { byType } from './catalogue/define';
import { EVENT_TYPES, SCHEMA_VERSION, type CaseEvent } from './caseEvents';
import { childKey } from './childKey';
import { UPGRADERS, type Upgrader } from './upgrades';
import { eventIdOf, validateCurrentEvent, type EventValidation, type FieldError } from './validation';

export { childKey, streamKey } from './childKey';

export interface CodecOptions {
  /** The upgraders of older schema versions (default: the registry in upgrades.ts). */
  readonly upgraders?: readonly Upgrader[];
}

export type Upgraded =
  | { readonly ok: true; readonly record: unknown }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Brings a raw record of an older schema version up to `to`, one version at a time. A version newer than `to`, or
 * one with no upgrader, is refused naming the version. A missing or non-numeric version is left to validation,
 * which names it as any other bad field.
 */
export function upgradeRecord(raw: unknown, upgraders: readonly Upgrader[] = UPGRADERS, to: number = SCHEMA_VERSION): Upgraded {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, record: raw };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version === to) return { ok: true, record: raw };
  if (version > to) {
    return { ok: false, errors: [{ field: 'schemaVersion', reason: `schemaVersion ${version} is newer than this careledger reads (${to}): upgrade careledger before sending it` }] };
  }
  let record = raw as Record<string, unknown>;
  for (let from = version; from < to; from += 1) {
    const upgrader = upgraders.find((u) => u.from === from);
    if (!upgrader) {
      const oldest = oldestReadable(upgraders, to);
      return { ok: false, errors: [{ field: 'schemaVersion', reason: `schemaVersion ${version} is not a version careledger reads (it reads ${oldest === to ? to : `${oldest} to ${to}`})` }] };
    }
    record = { ...upgrader.upgrade(record), schemaVersion: from + 1 };
  }
  return { ok: true, record };
}

function oldestReadable(upgraders: readonly Upgrader[], to: number): number {
  let oldest = to;
  while (upgraders.some((u) => u.from === oldest - 1)) oldest -= 1;
  return oldest;
}

/**
 * Validates one raw event (as JSON.parse gave it): upgraded from an older schema version first, then shape,
 * 903 codes on the fact's date and the type's consistency rules.
 */
export function validateCaseEvent(raw: unknown, options: CodecOptions = {}): EventValidation {
  const upgraded = upgradeRecord(raw, options.upgraders);
  if (!upgraded.ok) return { ok: false, eventId: eventIdOf(raw), errors: upgraded.errors };
  return validateCurrentEvent(upgraded.record);
}

/** Where a malformed text is reported: a line of an NDJSON batch, or a record of the log. */
export type TextUnit = '(line)' | '(record)';

/** JSON.parse, upgrade, validate. Malformed JSON is an error on the field `unit`. */
export function decodeEvent(text: string, options: CodecOptions & { readonly unit?: TextUnit } = {}): EventValidation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, eventId: undefined, errors: [{ field: options.unit ?? '(record)', reason: `malformed JSON: ${(error as Error).message}` }] };
  }
  return validateCaseEvent(raw, options);
}

const PAYLOAD_KEYS = byType(EVENT_TYPES, (type) => Object.keys(CATALOGUE[type].payload.shape));

/** `value`'s keys in `order` first, then any others as they come (a valid event has no others). */
function ordered(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in value) out[key] = value[key];
  for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key];
  return out;
}

function payloadOf(event: CaseEvent): Record<string, unknown> {
  const payload = ordered(event.payload as Record<string, unknown>, PAYLOAD_KEYS[event.type]);
  if (event.type !== 'EventReplaced') return payload;
  const { replacement } = event.payload;
  return {
    ...payload,
    replacement: {
      type: replacement.type,
      occurredAt: replacement.occurredAt,
      payload: ordered(replacement.payload as Record<string, unknown>, PAYLOAD_KEYS[replacement.type]),
    },
  };
}

/**
 * Canonical JSON of an event: the envelope first in a fixed order, then the payload in its schema's order. This is
 * exactly what `JSON.stringify` of a zod-parsed event gives (what ingest and the synthetic generator wrote before
 * the codec), so the log's bytes are unchanged, and `identifyEvent` can read the envelope's start.
 */
export function encodeEvent(event: CaseEvent): string {
  return JSON.stringify({
    eventId: event.eventId,
    schemaVersion: event.schemaVersion,
    laCode: event.laCode,
    childId: event.childId,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    source: event.source,
    type: event.type,
    payload: payloadOf(event),
  });
}

/**
 * `encodeEvent` of an event that `decodeEvent`/`validateCaseEvent` just returned, for ingest's hot path: zod builds
 * its output in the schema's key order, which is the canonical order, so plain JSON.stringify gives the same bytes
 * (the codec tests hold the two equal for every event type) without rebuilding the objects.
 */
export function encodeValidatedEvent(event: CaseEvent): string {
  return JSON.stringify(event);
}

/** The start every encoded event has: its id, version, LA and child, in that order, before anything else. */
const ENCODED_START = /^\{"eventId":"([0-9a-f-]{36})","schemaVersion":\d+,"laCode":"(\d{3})","childId":"([A-Za-z0-9]{1,10})",/;

/**
 * The event id and child key of a record `encodeEvent` wrote, read from its first bytes without parsing it;
 * undefined for anything else (decode those in full).
 */
export function identifyEvent(text: string): { eventId: string; childKey: string } | undefined {
  const match = ENCODED_START.exec(text);
  return match ? { eventId: match[1]!, childKey: childKey(match[2]!, match[3]!) } : undefined;
}
