import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Option } from 'commander';
import {
  ANALYST_VIEWS, AnalystSession, DEFAULT_LIMITS, RESULT_FORMATS, arrowIpc, formatCsv, formatJson, formatTable, publishedAt, writeParquet,
  type AnalystResult, type ResultFormat,
} from '@careledger/analyst';
import { InvalidInputError, asCareledgerError } from '@careledger/runtime';
import { userInfo } from 'node:os';
import { AuditLog } from '@careledger/access';
import { analystDir, auditLogPath } from '../composition';
import { configFrom, parseCount, parseLaCodes, storageOptions, type StorageFlags } from '../flags';
import { defineCommand, type CommandIo } from './command';

interface SqlFlags extends StorageFlags {
  readonly la?: string[];
  readonly format: ResultFormat;
  readonly out?: string;
  readonly pseudonymise?: boolean;
  readonly timeout: number;
  readonly maxRows: number;
}

async function emit(result: AnalystResult, flags: SqlFlags, io: CommandIo): Promise<void> {
  if (flags.format === 'parquet' || flags.format === 'arrow') {
    if (!flags.out) throw new InvalidInputError('cli.sql.out_needed', `--format ${flags.format} writes a file: give --out FILE`, { format: flags.format });
    if (flags.format === 'parquet') await writeParquet(result, flags.out);
    else await writeFile(flags.out, arrowIpc(result));
    io.warn(`wrote ${flags.out}: ${result.rows.length} row${result.rows.length === 1 ? '' : 's'} as ${flags.format}`);
    return;
  }
  const text = flags.format === 'csv' ? formatCsv(result) : flags.format === 'json' ? formatJson(result) : `${formatTable(result)}\n`;
  if (flags.out) {
    await writeFile(flags.out, text);
    io.warn(`wrote ${flags.out}: ${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`);
  } else io.out(text.trimEnd());
}

/** One query a line, or several lines ending in `;`; `.views` lists the views, `.quit` (or end of input) ends. */
async function prompt(run: (query: string) => Promise<AnalystResult>, flags: SqlFlags, io: CommandIo): Promise<void> {
  const lines = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true, prompt: 'careledger> ' });
  let pending = '';
  if (process.stdin.isTTY) lines.prompt();
  for await (const line of lines) {
    const trimmed = line.trim();
    if (pending === '' && trimmed === '.quit') break;
    if (pending === '' && trimmed === '.views') io.out(ANALYST_VIEWS.map((v) => v.name).join('\n'));
    else if (trimmed !== '') {
      pending = `${pending}${line}\n`;
      if (trimmed.endsWith(';')) {
        try {
          await emit(await run(pending), { ...flags, out: undefined } as SqlFlags, io);
        } catch (error) {
          io.warn(`error: ${asCareledgerError(error).message}`);
        }
        pending = '';
      }
    }
    if (process.stdin.isTTY) lines.prompt();
  }
}

export const sqlCommand = defineCommand<SqlFlags>({
  name: 'sql',
  arguments: '[query]',
  description: "SQL over the analyst views (careledger schema lists them) of the LAs' published data, read-only and sandboxed; without a query, a prompt",
  options: () => [
    new Option('--la <codes>', 'only these LAs (comma-separated; default every LA published)').argParser(parseLaCodes('--la')),
    new Option('--format <format>', 'table (default), csv, json, arrow (IPC stream) or parquet').choices([...RESULT_FORMATS]).default('table'),
    new Option('--out <file>', 'write the result there (needed for arrow and parquet)'),
    new Option('--pseudonymise', 'child ids as keyed pseudonyms, dates of birth as their month, postcodes as their district'),
    new Option('--timeout <seconds>', 'stop a query running longer').argParser(parseCount('--timeout', 1)).default(DEFAULT_LIMITS.timeoutMs / 1000),
    new Option('--max-rows <n>', 'refuse a query giving more rows').argParser(parseCount('--max-rows', 1)).default(DEFAULT_LIMITS.maxRows),
    ...storageOptions(),
  ],
  async action(flags, args, io) {
    const config = configFrom(flags);
    const dir = analystDir(config);
    const session = await AnalystSession.open(dir, { laCodes: flags.la ?? 'all', pseudonymised: flags.pseudonymise === true }, { timeoutMs: flags.timeout * 1000, maxRows: flags.maxRows });
    // Child-level reads are audited from the command line too, under the user who ran it (no token is involved).
    const audit = await AuditLog.open(auditLogPath(config));
    const caller = { tokenId: 'cli', name: `careledger sql (${userInfo().username})`, laCodes: flags.la ?? ('*' as const), roles: ['sql' as const] };
    const run = async (query: string): Promise<AnalystResult> => {
      try {
        const result = await session.query(query);
        await audit.record({ caller, laCodes: caller.laCodes, sql: query, rows: result.rows.length, status: 200 });
        return result;
      } catch (error) {
        await audit.record({ caller, laCodes: caller.laCodes, sql: query, rows: null, status: 400 });
        throw error;
      }
    };
    try {
      // How fresh: the data as the projector last published it, which it does after every catch-up that changed it.
      const times = await publishedAt(dir);
      const oldest = session.laCodes.map((la) => times.get(la)).filter((t): t is string => t !== undefined).sort()[0];
      if (oldest) io.warn(`careledger sql: LA ${session.laCodes.join(', ')}, data as published at ${oldest} or later`);
      const query = args[0];
      if (query === undefined) await prompt(run, flags, io);
      else await emit(await run(query), flags, io);
      return 0;
    } finally {
      session.close();
      await audit.close();
    }
  },
});
