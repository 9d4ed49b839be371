import { FACT_VIEWS } from '@careledger/ssda903';
import { FACT_EVENT_TYPES, payloadColumns, payloadJsonShape, type FactEventType } from '@careledger/events';

/** `fact_placement_changed` for 'PlacementChanged'. */
export function factViewName(type: FactEventType): string {
  return `fact_${type.replace(/(?<!^)[A-Z]/g, (c) => `_${c}`).toLowerCase()}`;
}

/**
 * A fact type's typed view over the effective facts: the payload is kept as JSON text in `events` (so a new event
 * type or field never widens that table), parsed here once per fact with a shape generated from its columns.
 */
export function factViewSql(type: FactEventType): string {
  const columns = payloadColumns(type);
  // The shape reads dates as text; they are cast here, as the 903 dates are calendar-date strings in the payload.
  const shape = payloadJsonShape(type);
  const selected = columns.map((c) => (c.sqlType === 'DATE' ? `CAST(p."${c.field}" AS DATE) AS ${c.column}` : `p."${c.field}" AS ${c.column}`));
  const envelope = 'child_key, la_code, child_id, event_id, log_partition, log_offset, fact_type, fact_date';
  // A fact that is all date (a decision made on a day) has an empty payload: there is nothing to parse.
  if (columns.length === 0) return `CREATE OR REPLACE TEMP VIEW ${factViewName(type)} AS SELECT ${envelope} FROM effective_facts WHERE fact_type = '${type}'`;
  return `CREATE OR REPLACE TEMP VIEW ${factViewName(type)} AS
SELECT ${envelope},
  ${selected.join(', ')}
FROM (SELECT *, from_json(fact_payload, '${shape}') AS p FROM effective_facts WHERE fact_type = '${type}')`;
}

/** The derive step the registry's units depend on as 'fact_views'. */
export const FACT_VIEWS_UNIT = {
  name: FACT_VIEWS,
  ddl: [] as readonly string[],
  derive: FACT_EVENT_TYPES.map(factViewSql),
  dependsOn: ['effective_facts'],
  handles: FACT_EVENT_TYPES,
} as const;
