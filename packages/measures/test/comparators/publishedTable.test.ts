import { describe, expect, it } from 'vitest';
import { readPublishedTable } from '../../src';

const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,children_count,rate_per_10000';

/** Thrown errors as { message, context }, to look at what a data officer is told. */
function refusal(run: () => unknown): { message: string; code: string; errors: { line: number | null; column: string | null; value: string; reason: string }[] } {
  try {
    run();
  } catch (error) {
    const e = error as { message: string; code: string; context: { errors: never[] } };
    return { message: e.message, code: e.code, errors: e.context.errors };
  }
  throw new Error('expected a refusal');
}

describe('reading a published DfE table (the CSV downloaded from explore-education-statistics)', () => {
  it('turns each row into a year, a geography, its characteristics and numbers or named symbols', () => {
    // A BOM and CRLF, as downloads come; a quoted characteristic holding a comma; a parliamentary constituency row
    // (another level, left out and counted); an LA whose figures DfE suppressed (c) and one not applicable (z).
    const text = `\uFEFF${HEADER}\r\n`
      + '2025,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,81770,67\r\n'
      + '2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Children looked after on 31 March each year,14990,90\r\n'
      + '2025,Reporting year,Local authority,E92000001,England,E12000002,North West,895,Cheshire East,E06000049,"Starting, ceasing",612,78\r\n'
      + '2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,201,City of London,E09000001,Children looked after on 31 March each year,c,c\r\n'
      + '2024,Reporting year,Local authority,E92000001,England,E12000009,South West,420,Isles of Scilly,E06000053,Children looked after on 31 March each year,z,z\r\n'
      + '2025,Reporting year,Parliamentary constituency,E92000001,England,,,,,,Children looked after on 31 March each year,5,1\r\n';
    const table = readPublishedTable(text, 'cla.csv');
    // Value columns are told by their cells (numbers and symbols only); population_type is a characteristic.
    expect(table.valueColumns).toEqual(['children_count', 'rate_per_10000']);
    expect(table.filterColumns).toEqual(['population_type']);
    expect(table.otherLevels).toEqual({ 'Parliamentary constituency': 1 });
    expect(table.rows.map((r) => [r.line, r.year, r.geography.level])).toEqual([[2, 2025, 'National'], [3, 2025, 'Regional'], [4, 2025, 'Local authority'], [5, 2025, 'Local authority'], [6, 2024, 'Local authority']]);
    expect(table.rows[0]).toMatchObject({ timePeriod: '2025', geography: { level: 'National', name: 'England' }, values: { children_count: { kind: 'number', value: 81770 }, rate_per_10000: { kind: 'number', value: 67 } } });
    expect(table.rows[1]!.geography).toEqual({ level: 'Regional', regionCode: 'E12000002', regionName: 'North West' });
    expect(table.rows[2]).toMatchObject({
      geography: { level: 'Local authority', laCode: '895', newLaCode: 'E06000049', laName: 'Cheshire East', regionName: 'North West' },
      filters: { population_type: 'Starting, ceasing' },
    });
    expect(table.rows[3]!.values).toEqual({ children_count: { kind: 'symbol', symbol: 'c' }, rate_per_10000: { kind: 'symbol', symbol: 'c' } });
    expect(table.rows[4]!.values['children_count']).toEqual({ kind: 'symbol', symbol: 'z' });
  });

  it('reads a financial year 202425 as the year ending 31 March 2025, and decimals (an average SDQ score)', () => {
    const text = 'time_period,time_identifier,geographic_level,country_name,characteristic,children_count\n'
      + '202425,Financial year,National,England,SDQ average score,14.9\n';
    expect(readPublishedTable(text, 'sdq.csv').rows[0]).toMatchObject({ timePeriod: '202425', year: 2025, values: { children_count: { kind: 'number', value: 14.9 } } });
  });

  it('keeps a named value column as a value even when a characteristic looks numeric, and leaves out named columns the file lacks', () => {
    // "age" holds numbers but is a characteristic here: the caller names the value columns.
    const text = 'time_period,geographic_level,age,children_count\n2025,National,10,120\n2025,National,11,c\n';
    const table = readPublishedTable(text, 'ages.csv', { valueColumns: ['children_count', 'children_percent'] });
    expect(table.valueColumns).toEqual(['children_count']);
    expect(table.rows.map((r) => r.filters['age'])).toEqual(['10', '11']);
  });

  it('refuses every cell it cannot read, naming file, line, column, value and reason', () => {
    const text = `${HEADER}\n`
      + '2025,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,81770,67\n'
      + '2025,Reporting year,Local authority,E92000001,England,E12000002,North West,95,Cheshire East,E06000049,Children looked after on 31 March each year,612,78\n'
      + '2025,Reporting year,Local authority,E92000001,England,E12000002,North West,896,Cheshire West,E06000050,Children looked after on 31 March each year,,n/a\n'
      + '25,Reporting year,Regional,E92000001,England,E12000002,,,,,Children looked after on 31 March each year,14990,90\n';
    const { message, code, errors } = refusal(() => readPublishedTable(text, 'downloads/cla.csv', { valueColumns: ['children_count', 'rate_per_10000'] }));
    expect(code).toBe('published.unreadable');
    expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'old_la_code', '95'],
      [4, 'children_count', ''],
      [4, 'rate_per_10000', 'n/a'],
      [5, 'time_period', '25'],
      [5, 'region_name', ''],
    ]);
    expect(errors[1]!.reason).toMatch(/^blank: DfE writes a number or a symbol \(c, k, low, u, x, z\)/);
    expect(errors[2]!.reason).toBe('not a number or a DfE symbol (c, k, low, u, x, z)');
    expect(message).toContain('published table downloads/cla.csv: 5 issues stop it being read:');
    expect(message).toContain("downloads/cla.csv, line 4, rate_per_10000: 'n/a' not a number or a DfE symbol");
  });

  it('refuses a file without the columns it needs, and a year that does not end on 31 March', () => {
    expect(refusal(() => readPublishedTable('time_period,geographic_level,breakdown\n2025,National,x\n', 'stability.csv', { requiredColumns: ['cla_group'] })).errors)
      .toEqual([expect.objectContaining({ line: 1, column: 'cla_group', reason: 'the column is missing' })]);
    expect(refusal(() => readPublishedTable('geographic_level,children_count\nNational,5\n', 'nothing.csv')).errors)
      .toEqual([expect.objectContaining({ column: 'time_period', reason: 'the column is missing' })]);
    // School absence is published by academic year: not a year careledger's figures are for.
    const academic = refusal(() => readPublishedTable('time_period,time_identifier,geographic_level,children_count\n202425,Academic year,National,12\n', 'absence.csv'));
    expect(academic.errors).toEqual([expect.objectContaining({ line: 2, column: 'time_identifier', value: 'Academic year' })]);
    // 202426 is not a financial year.
    expect(refusal(() => readPublishedTable('time_period,time_identifier,geographic_level,n\n202426,Financial year,National,1\n', 'f.csv')).errors)
      .toEqual([expect.objectContaining({ column: 'time_period', value: '202426' })]);
  });

  it('refuses an empty file and a column named twice', () => {
    expect(refusal(() => readPublishedTable('\n\n', 'empty.csv')).errors).toEqual([expect.objectContaining({ reason: 'the file is empty' })]);
    expect(refusal(() => readPublishedTable('time_period,geographic_level,n,n\n2025,National,1,2\n', 'twice.csv')).errors)
      .toEqual([expect.objectContaining({ column: 'n', reason: expect.stringContaining('appears twice') })]);
  });
});
