import { Option } from 'commander';
import { type CalendarDate } from '@careledger/runtime';
import { readAudit, type AuditEntry } from '@careledger/access';
import { auditLogPath } from '../composition';
import { configFrom, laOption, parseDate, storageOptions, type StorageFlags } from '../flags';
import { assertCareledgerData } from '../preflight';
import { defineCommand } from './command';

interface AuditFlags extends StorageFlags {
  readonly la?: string;
  readonly since?: CalendarDate;
  readonly format: 'table' | 'json';
}

function describeEntry(e: AuditEntry): string {
  const token = `${e.tokenId}${e.tokenName ? ` (${e.tokenName})` : ''}`;
  const la = e.laCodes === '*' ? '*' : e.laCodes.join(',');
  return `${e.at}  ${token.padEnd(30)} LA ${la.padEnd(8)} ${String(e.status)}  rows ${String(e.rows ?? '-').padStart(6)}  ${e.route ?? `SQL: ${e.sql}`}`;
}

export const auditCommand = defineCommand<AuditFlags>({
  name: 'audit',
  description: 'the reads of child-level data (903 tables, drill-through, internal reports, SQL) recorded by serve: when, which token, which LA, what was asked, rows and status, oldest first',
  options: () => [
    laOption('only reads that could see this LA (three digits)'),
    new Option('--since <date>', 'only reads on or after this day in London, YYYY-MM-DD').argParser(parseDate('--since')),
    new Option('--format <format>', 'table (default) or json').choices(['table', 'json']).default('table'),
    ...storageOptions(),
  ],
  async action(flags, _args, io) {
    const config = configFrom(flags);
    assertCareledgerData(config, 'log');
    const entries = await readAudit(auditLogPath(config), { ...(flags.la ? { laCode: flags.la } : {}), ...(flags.since ? { since: flags.since } : {}) });
    if (flags.format === 'json') io.out(JSON.stringify({ entries }, null, 2));
    else if (entries.length === 0) io.out(`no child-level reads recorded${flags.la ? ` for LA ${flags.la}` : ''}${flags.since ? ` since ${flags.since}` : ''} (${auditLogPath(config)})`);
    else for (const entry of entries) io.out(describeEntry(entry));
    return 0;
  },
});
