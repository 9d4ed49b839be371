import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCollectionYear, type TableName } from '@careledger/ssda903';
import { tableByDfeName, validateReturn, type ReferenceFiles, type ReturnAsWritten } from '../../src';

type Rows = readonly Readonly<Record<string, string>>[];

/**
 * One hand-made case of a rule: the rows of each table (by DfE name; `Episodes_last` and the like are the previous
 * year's), and the rows that must fail, by table and 0-based index in the rows given ({} when nothing may fail).
 * Cells not given are blank. The rows reach the rule as the files would give them (row = index + 2, the CSV line).
 */
export interface RuleCase {
  readonly name: string;
  /** The collection year (default 2024-25). */
  readonly year?: string;
  readonly rows: Readonly<Record<string, Rows>>;
  /** Whether the previous year's return is given (default: when any `_last` table has rows). */
  readonly previousGiven?: boolean;
  readonly laCode?: string;
  readonly reference?: { readonly providers?: Rows; readonly postcodes?: Rows; readonly localAuthorities?: Rows };
  readonly fails: Readonly<Record<string, readonly number[]>>;
}

/** Each rule's cases, by rule code. */
export type RuleCases = Readonly<Record<string, readonly RuleCase[]>>;

function returnOf(rows: RuleCase['rows'], last: boolean): ReturnAsWritten {
  const tables: Partial<Record<TableName, { file: string; rows: { row: number; cells: Record<string, string> }[] }>> = {};
  for (const [name, given] of Object.entries(rows)) {
    if (/_last$/i.test(name) !== last) continue;
    const table = tableByDfeName(name.replace(/_last$/i, ''));
    if (!table) throw new Error(`no 903 table is named ${name}`);
    tables[table.registryName] = { file: `${table.sqlName}.csv`, rows: given.map((cells, i) => ({ row: i + 2, cells })) };
  }
  return { tables, problems: [] };
}

function referenceFiles(reference: RuleCase['reference']): ReferenceFiles {
  if (!reference) return {};
  const dir = mkdtempSync(join(tmpdir(), 'careledger-rule-case-'));
  const files: Record<string, string> = {};
  for (const [name, rows] of Object.entries(reference)) {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, `${[columns.join(','), ...rows.map((r) => columns.map((c) => `"${(r[c] ?? '').replaceAll('"', '""')}"`).join(','))].join('\n')}\n`);
    files[name] = path;
  }
  return files;
}

/** The rows a case's rule fails, as the case states them: table to sorted 0-based indexes. */
export async function failingRows(code: string, ruleCase: RuleCase): Promise<Record<string, number[]>> {
  const year = parseCollectionYear(ruleCase.year ?? '2024-25');
  if (!year) throw new Error(`case ${ruleCase.name}: ${ruleCase.year} is not a collection year`);
  const previousGiven = ruleCase.previousGiven ?? Object.entries(ruleCase.rows).some(([name, rows]) => /_last$/i.test(name) && rows.length > 0);
  const report = await validateReturn({
    year, current: returnOf(ruleCase.rows, false), ...(previousGiven ? { previous: returnOf(ruleCase.rows, true) } : {}),
    ...(ruleCase.laCode ? { laCode: ruleCase.laCode } : {}), reference: referenceFiles(ruleCase.reference), only: [code],
  });
  if (report.notRun.length > 0) throw new Error(`case ${ruleCase.name}: rule ${code} was not run: ${report.notRun[0]!.reason}`);
  const found: Record<string, number[]> = {};
  for (const failure of report.failures) (found[failure.table] ??= []).push(failure.row - 2);
  for (const rows of Object.values(found)) rows.sort((a, b) => a - b);
  return found;
}

/** A describe block per rule, an it per case: each case's failing rows are exactly those it states. */
export function testRuleCases(cases: RuleCases): void {
  for (const [code, ruleCases] of Object.entries(cases)) {
    describe(`rule ${code}`, () => {
      for (const ruleCase of ruleCases) {
        it(ruleCase.name, async () => {
          const expected = Object.fromEntries(Object.entries(ruleCase.fails).filter(([, rows]) => rows.length > 0).map(([t, rows]) => [t, [...rows].sort((a, b) => a - b)]));
          expect(await failingRows(code, ruleCase)).toEqual(expected);
        });
      }
    });
  }
}
