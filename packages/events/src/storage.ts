/**
 * How a fact's payload is stored, derived from its schema, so a store never keeps its own list of fields: each
 * field with a snake_case column name and a storage type (calendar dates as DATE, booleans as BOOLEAN, whole numbers as INTEGER,
 * other numbers as DOUBLE, the rest as VARCHAR).
 */
import type { z } from 'zod';
import { FACTS } from './catalogue';
import { FACT_EVENT_TYPES, type FactEventType } from './caseEvents';
import { byType } from './catalogue/define';
import { calendarDateField } from './fields';

export type StorageType = 'VARCHAR' | 'DATE' | 'BOOLEAN' | 'INTEGER' | 'DOUBLE';

export interface PayloadColumn {
  readonly field: string;
  readonly column: string;
  readonly sqlType: StorageType;
}

/** 'childsDateOfBirth' -> 'childs_date_of_birth'. */
export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

// Every calendar-date field is built from calendarDateField, and zod's wrappers (describe, optional) keep its check.
const calendarDateCheck = calendarDateField._zod.def.checks?.[0];

/** The schema under optional/default/nullable wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) current = def.innerType;
    else return current;
  }
}

/** z.number().int() carries a safe-integer format check. */
function isWholeNumber(schema: z.core.$ZodType): boolean {
  return (schema._zod.def.checks ?? []).some((check) => {
    const def = check._zod.def as { check?: string; format?: string };
    return def.check === 'number_format' && (def.format === 'safeint' || def.format === 'int32' || def.format === 'uint32');
  });
}

export function storageTypeOf(schema: z.core.$ZodType): StorageType {
  const inner = unwrap(schema);
  if (inner._zod.def.type === 'boolean') return 'BOOLEAN';
  // Whole numbers (an SDQ score, a number of adopters) are INTEGER; other numbers (a distance in miles) DOUBLE.
  if (inner._zod.def.type === 'number') return isWholeNumber(inner) ? 'INTEGER' : 'DOUBLE';
  if (calendarDateCheck && inner._zod.def.checks?.includes(calendarDateCheck)) return 'DATE';
  return 'VARCHAR';
}

const COLUMNS = byType(FACT_EVENT_TYPES, (type): readonly PayloadColumn[] =>
  Object.entries(FACTS[type].payload.shape as Record<string, z.core.$ZodType>).map(([field, schema]) =>
    ({ field, column: snakeCase(field), sqlType: storageTypeOf(schema) })));

/** The payload fields of a fact type, in schema order, as columns. */
export function payloadColumns(type: FactEventType): readonly PayloadColumn[] {
  return COLUMNS[type];
}

/**
 * The DuckDB `from_json` structure of a fact's payload, e.g. `{"legalStatus":"VARCHAR"}`. Dates are read as text
 * and cast to DATE by the caller, as the fold has always done, so a bad date in the log fails in one named place.
 */
export function payloadJsonShape(type: FactEventType): string {
  return JSON.stringify(Object.fromEntries(payloadColumns(type).map((c) => [c.field, c.sqlType === 'DATE' ? 'VARCHAR' : c.sqlType])));
}
