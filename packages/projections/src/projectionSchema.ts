import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InternalError } from '@careledger/runtime';
import { EVENT_TYPES } from '@careledger/events';
import { createdTable, DERIVE_UNITS, splitSql, type DeriveUnit } from '@careledger/ssda903';
import { deriveOrder } from './deriveOrder';
import { FACT_VIEWS_UNIT } from './factViews';

const sql = (file: string) => splitSql(readFileSync(new URL(`./storage/${file}`, import.meta.url), 'utf8'));

/** The store's own tables: events, dirty children, offsets and the schema hash. */
export const STORE_DDL: readonly string[] = sql('store.sql');
export const STAGING_DDL: readonly string[] = sql('staging.sql');
export const STAGE_EVENTS: readonly string[] = sql('stageEvents.sql');

/** Every derive step in the order it runs: the registry plus the store's fact views, checked at start-up. */
export const DERIVE_STEPS: readonly DeriveUnit[] = checkedSteps();

function checkedSteps(): DeriveUnit[] {
  const known = new Set<string>(EVENT_TYPES);
  for (const unit of DERIVE_UNITS) {
    const unknown = unit.handles.filter((type) => !known.has(type));
    if (unknown.length > 0) throw new InternalError('projections.registry', `projection '${unit.name}' handles unknown event types: ${unknown.join(', ')}`, { projection: unit.name, unknown });
    for (const ddl of unit.ddl) {
      if (createdTable(ddl) !== unit.name) throw new InternalError('projections.registry', `projection '${unit.name}' creates table '${createdTable(ddl)}': a unit's table is named after it`, { projection: unit.name });
    }
  }
  return deriveOrder([...DERIVE_UNITS, FACT_VIEWS_UNIT]);
}

const tableOf = (ddl: string) => createdTable(ddl)!;

/** The derived projection tables (children, episodes, ...), from the registry. */
export const PROJECTION_TABLES: readonly string[] = DERIVE_STEPS.flatMap((unit) => unit.ddl.map(tableOf));
/** Every table the store keeps in the file. */
export const STORE_TABLES: readonly string[] = [...STORE_DDL.map(tableOf), ...PROJECTION_TABLES];

/** Every table's DDL: the store's tables, then each projection's (for schemas/projections.sql). */
export const PROJECTION_DDL: readonly string[] = [...STORE_DDL, ...DERIVE_STEPS.flatMap((unit) => unit.ddl)];

/**
 * A hash of everything a file's contents depend on: the tables, how events are staged, the fact views and every
 * derive statement. A file built with another hash is refolded from the log rather than half-working.
 */
export const PROJECTION_SCHEMA_HASH: string = createHash('sha256')
  .update(JSON.stringify({ store: STORE_DDL, staging: STAGE_EVENTS, steps: DERIVE_STEPS.map((u) => ({ name: u.name, ddl: u.ddl, derive: u.derive })) }))
  .digest('hex')
  .slice(0, 16);
