import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionYear, parseCsv } from '@careledger/ssda903';
import { RULES, rulesForYear, VALIDATION_YEARS, versionFor } from '../src';
import type { RuleCases } from './support/ruleCases';

const CATALOGUE = new URL('../../../../shared/reference/ssda903/903_2024_25_rule_info.csv', import.meta.url);
const pythonList = (text: string): string[] => [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

const catalogue = new Map(parseCsv(readFileSync(CATALOGUE, 'utf8')).records.slice(1)
  .filter((r) => r.cells.length >= 4)
  .map((r) => [r.cells[0]!, { message: r.cells[1]!, fields: pythonList(r.cells[2]!) }]));

async function everyCase(): Promise<Map<string, RuleCases[string][number][]>> {
  const dir = new URL('./rules/', import.meta.url);
  const byRule = new Map<string, RuleCases[string][number][]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cases.ts'))) {
    const { CASES } = (await import(new URL(file, dir).href)) as { CASES: RuleCases };
    for (const [code, cases] of Object.entries(CASES)) byRule.set(code, [...(byRule.get(code) ?? []), ...cases]);
  }
  return byRule;
}

describe('the rule registry', () => {
  it("states each 2024-25 rule's message and fields exactly as the DfE's catalogue does", () => {
    const year = rulesForYear(collectionYear(2025));
    expect(year.length).toBeGreaterThan(0);
    const differing = year.flatMap((rule): { code: string; reason?: string; ours?: unknown; catalogue?: unknown }[] => {
      const listed = catalogue.get(rule.code);
      if (!listed) return [{ code: rule.code, reason: 'not in the catalogue' }];
      return JSON.stringify([rule.message, rule.fields]) === JSON.stringify([listed.message, listed.fields]) ? []
        : [{ code: rule.code, ours: [rule.message, rule.fields], catalogue: [listed.message, listed.fields] }];
    });
    expect(differing).toEqual([]);
  });

  it('has for every rule, in every year it applies, a case that fails it and a case that passes it', async () => {
    const cases = await everyCase();
    const gaps: string[] = [];
    for (const rule of RULES) {
      const years = VALIDATION_YEARS.filter((y) => versionFor(rule, y));
      const ruleCases = cases.get(rule.code) ?? [];
      if (!ruleCases.some((c) => Object.values(c.fails).some((rows) => rows.length > 0))) gaps.push(`rule ${rule.code} has no failing case`);
      // A passing case is a case that fails nothing, or a row of one of the rule's tables that a case says must pass
      // (the cases' failing rows are exact, so every row not listed is tested to pass).
      const tables = new Set(rule.versions.flatMap((v) => v.tables));
      const passes = ruleCases.some((c) => Object.values(c.fails).every((rows) => rows.length === 0)
        || Object.entries(c.rows).some(([table, rows]) => tables.has(table) && rows.some((_, i) => !(c.fails[table] ?? []).includes(i))));
      if (!passes) gaps.push(`rule ${rule.code} has no passing case`);
      // Each version is tested in a year it applies to.
      for (const version of rule.versions.filter((v) => !v.retired)) {
        const applies = years.filter((y) => versionFor(rule, y) === version);
        const tested = ruleCases.some((c) => applies.includes(c.year ? Number(c.year.slice(0, 4)) + 1 : 2025));
        if (!tested) gaps.push(`rule ${rule.code}: the version from ${version.fromYear - 1}-${String(version.fromYear % 100).padStart(2, '0')} has no case in its years`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
