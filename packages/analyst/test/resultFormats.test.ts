import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { arrowIpc, formatCsv, formatJson, formatTable, writeParquet, type AnalystResult } from '../src';

// What a session gives for: SELECT child_id, n, born, miles, in_care FROM ... (hand-made, one NULL of each kind).
const RESULT: AnalystResult = {
  columns: [{ name: 'child_id', type: 'VARCHAR' }, { name: 'n', type: 'BIGINT' }, { name: 'born', type: 'DATE' }, { name: 'miles', type: 'DOUBLE' }, { name: 'in_care', type: 'BOOLEAN' }],
  rows: [['A1', '3', '2012-05-17', 12.5, true], ['B,"2"', null, null, null, null]],
};
const asJson = JSON.parse(formatJson(RESULT)).rows as Record<string, unknown>[];

describe('a result', () => {
  it('as a table, CSV and JSON', () => {
    expect(formatTable(RESULT)).toBe([
      'child_id  n  born        miles  in_care', '--------  -  ----------  -----  -------', 'A1        3  2012-05-17  12.5   true', 'B,"2"', '(2 rows)',
    ].join('\n'));
    expect(formatCsv(RESULT)).toBe('child_id,n,born,miles,in_care\nA1,3,2012-05-17,12.5,true\n"B,""2""",,,,\n');
    expect(asJson).toEqual([{ child_id: 'A1', n: '3', born: '2012-05-17', miles: 12.5, in_care: true }, { child_id: 'B,"2"', n: null, born: null, miles: null, in_care: null }]);
  });

  it('as an Arrow IPC stream, read back with apache-arrow, equals the JSON', () => {
    const table = tableFromIPC(arrowIpc(RESULT));
    const back = table.toArray().map((row) => {
      const r = row.toJSON() as Record<string, unknown>;
      return { ...r, n: r.n === null ? null : String(r.n), born: r.born === null ? null : new Date(r.born as number).toISOString().slice(0, 10) };
    });
    expect(back).toEqual(asJson);
    expect(table.schema.fields.map((f) => `${f.name} ${f.type}`)).toEqual(['child_id Utf8', 'n Int64', 'born Date32<DAY>', 'miles Float64', 'in_care Bool']);
  });

  it('as Parquet, read back with DuckDB, equals the JSON', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'careledger-parquet-')), 'result.parquet');
    await writeParquet(RESULT, path);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`);
      expect(reader.getRowObjectsJson()).toEqual(asJson);
      expect(reader.columnTypes().map(String)).toEqual(['VARCHAR', 'BIGINT', 'DATE', 'DOUBLE', 'BOOLEAN']);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
