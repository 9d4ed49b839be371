import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, FACT_EVENT_TYPES } from '@careledger/events';
import { DERIVE_UNITS, createdTable, splitSql } from '../src';

describe('splitSql', () => {
  it('splits on semicolons outside strings, quoted names and comments, and drops leading comments', () => {
    const text = `-- why the first statement exists; it has a semicolon
CREATE TABLE t (a VARCHAR);
/* a block; comment */
INSERT INTO t VALUES ('x;y'), ('it''s; fine');
SELECT "odd;name" FROM t -- trailing; comment
;
  ;`;
    expect(splitSql(text)).toEqual([
      'CREATE TABLE t (a VARCHAR)',
      "INSERT INTO t VALUES ('x;y'), ('it''s; fine')",
      'SELECT "odd;name" FROM t -- trailing; comment',
    ]);
  });
});

describe('derive registry', () => {
  it('has one .sql file per unit and every .sql file registered', () => {
    const files = readdirSync(new URL('../src/derive/', import.meta.url)).filter((f) => f.endsWith('.sql')).map((f) => f.replace(/\.sql$/, ''));
    expect(files.sort()).toEqual(DERIVE_UNITS.map((u) => u.name).sort());
  });

  it('names each projection table after its unit, and every unit derives something', () => {
    for (const unit of DERIVE_UNITS) {
      expect(unit.derive.length).toBeGreaterThan(0);
      for (const ddl of unit.ddl) expect(createdTable(ddl)).toBe(unit.name);
    }
    expect(DERIVE_UNITS.filter((u) => u.ddl.length > 0).map((u) => u.name).sort()).toEqual([
      'adoption_decisions', 'adoption_matches', 'care_leaver_birthdays', 'care_leaver_contacts', 'child_details', 'children', 'data_quality_issues', 'deprivation_of_liberty_orders', 'episodes', 'health_outcomes', 'missing_episodes', 'placement_reclassifications', 'placements', 'previous_permanence', 'reviews',
      'social_worker_episodes',
    ]);
  });

  it('has every fact type read by a projection, beyond the corrections step every event passes through', () => {
    const handled = new Set(DERIVE_UNITS.filter((u) => u.name !== 'effective_facts').flatMap((u) => u.handles));
    expect(FACT_EVENT_TYPES.filter((type) => !handled.has(type))).toEqual([]);
  });

  it('applies the corrections to every event type', () => {
    expect([...DERIVE_UNITS.find((u) => u.name === 'effective_facts')!.handles].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('holds SQL as text and never imports DuckDB', () => {
    for (const file of readdirSync(new URL('../src/derive/', import.meta.url)).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(new URL(`../src/derive/${file}`, import.meta.url), 'utf8')).not.toMatch(/(?:from|import\()\s*['"][^'"]*duckdb/i);
    }
  });
});
