import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVE_UNITS } from '@careledger/ssda903';
import { DERIVE_STEPS, PROJECTION_DDL, PROJECTION_TABLES, ProjectionStore, deriveOrder, factViewName } from '../src';
import { payloadColumns } from '@careledger/events';

const unit = (name: string, ...dependsOn: string[]) => ({ name, dependsOn });

describe('derive order', () => {
  it('runs each unit after what it depends on, otherwise in registry order', () => {
    expect(deriveOrder([unit('c', 'b'), unit('a'), unit('b', 'a'), unit('d')]).map((u) => u.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a dependency on an unregistered unit, a cycle and a name registered twice', () => {
    expect(() => deriveOrder([unit('episodes', 'care_periods')])).toThrow("projection 'episodes' depends on 'care_periods', which is not registered");
    expect(() => deriveOrder([unit('a', 'c'), unit('b', 'a'), unit('c', 'b')])).toThrow('cycle: a -> c -> b -> a');
    expect(() => deriveOrder([unit('a'), unit('a')])).toThrow("projection 'a' is registered twice");
  });

  it('orders the 903 registry with the fact views between the corrections and what reads them', () => {
    const names = DERIVE_STEPS.map((u) => u.name);
    expect(names.indexOf('effective_facts')).toBeLessThan(names.indexOf('fact_views'));
    for (const u of DERIVE_STEPS) for (const d of u.dependsOn) expect(names.indexOf(d)).toBeLessThan(names.indexOf(u.name));
    expect(names).toHaveLength(DERIVE_UNITS.length + 1);
  });

  it('lists the projection tables and their DDL from the registry', () => {
    expect([...PROJECTION_TABLES].sort()).toEqual(DERIVE_UNITS.filter((u) => u.ddl.length > 0).map((u) => u.name).sort());
    for (const table of [...PROJECTION_TABLES, 'events', 'projector_offsets', 'dirty_children', 'projection_schema']) {
      expect(PROJECTION_DDL.filter((ddl) => ddl.startsWith(`CREATE TABLE ${table} `))).toHaveLength(1);
    }
  });
});

describe('fact views', () => {
  it('type each payload column from the payload schema', () => {
    expect(payloadColumns('ChildDetailsRecorded')).toContainEqual({ field: 'childsDateOfBirth', column: 'childs_date_of_birth', sqlType: 'DATE' });
    expect(payloadColumns('PlacementChanged')).toContainEqual({ field: 'sameCarer', column: 'same_carer', sqlType: 'BOOLEAN' });
    expect(payloadColumns('PlacementChanged')).toContainEqual({ field: 'placementType', column: 'placement_type', sqlType: 'VARCHAR' });
    expect(factViewName('PeriodOfCareStarted')).toBe('fact_period_of_care_started');
  });
});

describe('a derive failure', () => {
  it('names the projection and the statement that failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careledger-derive-fail-'));
    const store = await ProjectionStore.open({ path: join(dir, 'projections.duckdb') });
    try {
      // A payload no producer of careledger writes: the fact views cannot parse it.
      await store.query(`INSERT INTO events VALUES ('e1', 0, 0, 'ChildDetailsRecorded', '883:Z1', '883', 'Z1', DATE '2020-01-01',
        '2020-01-01T12:00:00Z', 'test', NULL, NULL, 'ChildDetailsRecorded', DATE '2020-01-01', 'not json')`);
      await store.query(`INSERT INTO dirty_children VALUES ('883:Z1')`);
      const failure = store.deriveDirtyChildren();
      await expect(failure).rejects.toThrow(/^deriving projection 'children' failed: .*\(statement 2 of 2: INSERT INTO children/s);
      await expect(store.deriveDirtyChildren()).rejects.toMatchObject({ kind: 'internal', code: 'projections.derive', context: { projection: 'children', statement: 2 } });
      // The failed derivation left nothing half-done: the child is still dirty.
      expect(await store.query('SELECT child_key FROM dirty_children')).toEqual([{ child_key: '883:Z1' }]);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
