import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { TABLES, collectionYear, fromXml, read903Folder, tablesInYear } from '@careledger/ssda903';
import { projectedDataFolder, runCliResult, STACK_LINE } from '../../../test/support/cli';

// generate -> ingest -> project a small synthetic LA, then export its 2025-26 return as CSVs and as XML.
const scratch = mkdtempSync(join(tmpdir(), 'careledger-export903-'));
const data = join(scratch, 'data');
const AS_AT = '2026-06-01';
const year = collectionYear(2026);
const exportArgs = (format: string, out: string, ...more: string[]) => ['export903', '--la', '999', '--year', '2025-26', '--as-at', AS_AT, '--data', data, '--format', format, '--out', out, ...more];

beforeAll(async () => {
  await projectedDataFolder(scratch, { children: 20, seed: 7, asAt: AS_AT });
}, 90_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('careledger export903', () => {
  it('writes the same return as a folder of DfE CSVs and as one DfE XML file', async () => {
    const folder = join(scratch, 'csv');
    const csv = await runCliResult(exportArgs('csv', folder));
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain(`wrote ${folder}: LA 999's 903 return for 2025-26 as at ${AS_AT}`);
    expect(readdirSync(folder).sort()).toEqual(tablesInYear(year).map((t) => TABLES[t].fileName).sort());

    const file = join(scratch, 'out', 'return.xml');
    const xml = await runCliResult(exportArgs('xml', file));
    expect(xml.code, xml.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n')).toBe(true);

    // Both files say the same: the XML read back gives exactly the rows the CSVs hold.
    const reading = await read903Folder(folder, year);
    expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const fromCsvs = reading.tables;
    expect(fromCsvs.header.length).toBeGreaterThan(0);
    expect(text.match(/<CHILD>/g)).toHaveLength(fromCsvs.header.length);
    expect(fromXml(text, year)).toEqual({ tables: fromCsvs, issues: [] });
  }, 60_000);

  it('refuses to replace what is at --out unless --force, and a folder where a file belongs even then', async () => {
    const file = join(scratch, 'existing.xml');
    writeFileSync(file, 'keep me');
    const refused = await runCliResult(exportArgs('xml', file));
    expect(refused.code).toBe(EXIT_CODE.invalid);
    expect(refused.stderr).toContain(`--out ${file} already exists: choose another --out, or add --force to replace it`);
    expect(refused.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(file, 'utf8')).toBe('keep me');

    const forced = await runCliResult(exportArgs('xml', file, '--force'));
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<EXPSSDA903>');

    const folder = join(scratch, 'a-folder');
    mkdirSync(folder);
    const wrongKind = await runCliResult(exportArgs('xml', folder, '--force'));
    expect(wrongKind.code).toBe(EXIT_CODE.invalid);
    expect(wrongKind.stderr).toContain(`--out ${folder} is a folder, but --format xml writes a file`);
    expect(statSync(folder).isDirectory()).toBe(true);

    const csvOverFolder = await runCliResult(exportArgs('csv', folder));
    expect(csvOverFolder.code).toBe(EXIT_CODE.invalid);
    expect(csvOverFolder.stderr).toContain('add --force to replace the 903 files in it');
    expect((await runCliResult(exportArgs('csv', folder, '--force'))).code).toBe(0);
    expect(readdirSync(folder)).toContain('header.csv');
  }, 60_000);

  it('says which formats there are', async () => {
    const result = await runCliResult(exportArgs('json', join(scratch, 'x.json')));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--format <format>');
    expect(result.stderr).toMatch(/Allowed choices are csv, xml/);
  });
});
