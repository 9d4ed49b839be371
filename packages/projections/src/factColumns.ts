import { FACT_EVENT_TYPES, type FactEventType } from '@careledger/events';

/** The typed columns of each fact type's payload come from the event catalogue: the store keeps no field list. */
export { payloadColumns, type PayloadColumn } from '@careledger/events';

export const FACT_TYPES: readonly FactEventType[] = FACT_EVENT_TYPES;
