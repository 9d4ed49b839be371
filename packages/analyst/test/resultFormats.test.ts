import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { arrowIpc, arrowIpcStream, formatCsv, formatJson, formatTable, writeParquet, type AnalystResult } from '../src';

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

  it('as an Arrow IPC stream written part by part, keeps every part, though one part has NULLs and the next none', async () => {
    const columns = RESULT.columns;
    // A query's chunks, as a session streams them: the first with a NULL in every column but child_id, the next without.
    const parts: AnalystResult[] = [
      { columns, rows: [RESULT.rows[1]!, RESULT.rows[0]!] },
      { columns, rows: [['C3', '7', '2015-01-02', 1.5, false], ['D4', '8', '2016-02-03', 2.5, true], ['E5', '9', '2017-03-04', 3.5, false]] },
      { columns, rows: [] },
    ];
    const bytes: Buffer[] = [];
    for await (const chunk of arrowIpcStream((async function* () { yield* parts; })())) bytes.push(Buffer.from(chunk as Uint8Array));
    const table = tableFromIPC(Buffer.concat(bytes));
    expect(table.numRows).toBe(5);
    expect(table.toArray().map((row) => row.toJSON().child_id)).toEqual(['B,"2"', 'A1', 'C3', 'D4', 'E5']);
    expect([...table.getChild('n')!]).toEqual([null, 3n, 7n, 8n, 9n]);
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
