import { FACT_EVENT_TYPES, payloadSchemas, type FactEventType } from '@careledger/events';

export interface PayloadColumn {
  readonly field: string;
  readonly column: string;
  readonly sqlType: 'VARCHAR' | 'DATE' | 'BOOLEAN';
}

export const FACT_TYPES: readonly FactEventType[] = FACT_EVENT_TYPES;

/**
 * The typed columns of a fact type's payload, read from today's payload schemas. Stand-in for the event catalogue's
 * `payloadColumns(type)`: when the catalogue lands this function is replaced by its import.
 */
export function payloadColumns(type: FactEventType): PayloadColumn[] {
  return Object.entries(payloadSchemas[type].shape).map(([field, schema]) => {
    let inner = schema as unknown as { def: { type: string; innerType?: unknown }; description?: string };
    while (inner.def.innerType) inner = inner.def.innerType as typeof inner;
    const sqlType = inner.def.type === 'boolean' ? 'BOOLEAN' : inner.description?.startsWith('A calendar date') ? 'DATE' : 'VARCHAR';
    return { field, column: field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), sqlType };
  });
}
