import { Readable } from 'node:stream';
import { Bool, DateDay, Field, Float64, Int32, Int64, RecordBatch, RecordBatchStreamWriter, Schema, Struct, Table, TimestampMillisecond, Utf8, makeData, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvQuote, sqlStringLiteral } from '@careledger/runtime';
import type { AnalystResult } from './session';

/** How a query's result leaves careledger: text for people, JSON and CSV for scripts, Arrow and Parquet for tools. */
export const RESULT_FORMATS = ['table', 'csv', 'json', 'arrow', 'parquet'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** Columns aligned under their names, NULL shown as an empty cell, and the row count. */
export function formatTable(result: AnalystResult): string {
  const cells = [result.columns.map((c) => c.name), ...result.rows.map((row) => row.map(text))];
  const widths = result.columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line), `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`].join('\n');
}

export function formatCsv(result: AnalystResult): string {
  return `${[result.columns.map((c) => csvQuote(c.name)), ...result.rows.map((row) => row.map((v) => csvQuote(text(v))))].map((r) => r.join(',')).join('\n')}\n`;
}

/** `{ columns: [{ name, type }], rows: [{ column: value }] }`, values as DuckDB's JSON reading gives them. */
export function formatJson(result: AnalystResult): string {
  const names = result.columns.map((c) => c.name);
  return `${JSON.stringify({ columns: result.columns, rows: result.rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i] ?? null]))) }, null, 2)}\n`;
}

/** The Arrow type of a DuckDB type, and how its JSON values become Arrow's. Types Arrow has no match for are text. */
function arrowType(type: string): { readonly type: DataType; readonly convert: (v: unknown) => unknown } {
  switch (type.replace(/\(.*$/, '')) {
    case 'VARCHAR': return { type: new Utf8(), convert: String };
    case 'BOOLEAN': return { type: new Bool(), convert: Boolean };
    case 'TINYINT': case 'SMALLINT': case 'INTEGER': case 'UTINYINT': case 'USMALLINT': return { type: new Int32(), convert: Number };
    case 'BIGINT': case 'UINTEGER': return { type: new Int64(), convert: (v) => BigInt(v as string | number) };
    case 'DOUBLE': case 'FLOAT': case 'DECIMAL': return { type: new Float64(), convert: Number };
    // A calendar date: midnight UTC of that day, which Arrow counts in days.
    case 'DATE': return { type: new DateDay(), convert: (v) => new Date(`${String(v)}T00:00:00Z`) };
    case 'TIMESTAMP': return { type: new TimestampMillisecond(), convert: (v) => new Date(String(v).replace(' ', 'T') + 'Z') };
    default: return { type: new Utf8(), convert: text };
  }
}

/**
 * The result's Arrow schema: every field nullable, whatever a part's values. The stream writer ends its stream at a
 * batch whose schema differs from the first (a column with no NULLs in one chunk and some in the next would), so
 * the schema is stated once from the DuckDB types and every batch is made with it.
 */
function arrowSchema(result: Pick<AnalystResult, 'columns'>): Schema {
  return new Schema(result.columns.map((c) => new Field(c.name, arrowType(c.type).type, true)));
}

function recordBatch(schema: Schema, result: AnalystResult): RecordBatch {
  const children = result.columns.map((c, i) => {
    const { type, convert } = arrowType(c.type);
    return vectorFromArray(result.rows.map((row) => (row[i] === null || row[i] === undefined ? null : convert(row[i]))), type).data[0]!;
  });
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: result.rows.length, nullCount: 0, children }));
}

/** An Arrow IPC stream of the result (pyarrow: `pyarrow.ipc.open_stream`; polars: `pl.read_ipc_stream`; R: `arrow::read_ipc_stream`). */
export function arrowIpc(result: AnalystResult): Uint8Array {
  const schema = arrowSchema(result);
  return tableToIPC(new Table(schema, [recordBatch(schema, result)]), 'stream');
}

/** The same Arrow IPC stream, written a part (a record batch) at a time as the query gives its rows. */
export function arrowIpcStream(parts: AsyncIterable<AnalystResult>): Readable {
  const writer = new RecordBatchStreamWriter();
  const bytes = Readable.from(writer as AsyncIterable<Uint8Array>);
  void (async () => {
    try {
      let schema: Schema | undefined;
      for await (const part of parts) {
        schema ??= arrowSchema(part);
        writer.write(recordBatch(schema, part));
      }
      writer.finish();
    } catch (error) {
      bytes.destroy(error as Error);
    }
  })();
  return bytes;
}

/** The JSON of formatJson, written a part at a time: `{ "columns": [...], "rows": [ ... ] }`. */
export function jsonStream(parts: AsyncIterable<AnalystResult>): Readable {
  return Readable.from((async function* () {
    let started = false;
    let rows = 0;
    for await (const part of parts) {
      const names = part.columns.map((c) => c.name);
      if (!started) yield `{"columns":${JSON.stringify(part.columns)},"rows":[`;
      started = true;
      for (const row of part.rows) yield `${rows++ === 0 ? '' : ','}\n${JSON.stringify(Object.fromEntries(names.map((n, i) => [n, row[i] ?? null])))}`;
    }
    yield ']}\n';
  })());
}

/**
 * A Parquet file of the result at `path`, written by a DuckDB of careledger's own that holds only the result: the
 * analyst's query ran in the sandbox, which cannot write files; here only careledger's statements run.
 */
export async function writeParquet(result: AnalystResult, path: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const connection = await instance.connect();
  const literal = (v: unknown) => (v === null || v === undefined ? 'NULL' : sqlStringLiteral(text(v)));
  try {
    const names = result.columns.map((c) => `"${c.name.replaceAll('"', '""')}"`);
    await connection.run(`CREATE TABLE result (${result.columns.map((c, i) => `${names[i]} ${c.type}`).join(', ')})`);
    const batch = 1000;
    for (let start = 0; start < result.rows.length; start += batch) {
      const values = result.rows.slice(start, start + batch).map((row) => `(${row.map((v, i) => `CAST(${literal(v)} AS ${result.columns[i]!.type})`).join(', ')})`);
      await connection.run(`INSERT INTO result VALUES ${values.join(', ')}`);
    }
    await connection.run(`COPY result TO ${sqlStringLiteral(path)} (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
