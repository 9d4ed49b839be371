import { existsSync } from 'node:fs';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { todayInLondon, type CalendarDate, type Caller, type LaScope } from '@careledger/runtime';

/**
 * One read of child-level data: when, by which token (its id, never its secret), of which LAs, what was asked (an
 * HTTP route with its query, or the SQL text), how many rows it gave (null when not known) and its HTTP status.
 */
export interface AuditEntry {
  readonly at: string;
  readonly tokenId: string;
  readonly tokenName: string;
  readonly laCodes: LaScope;
  readonly route?: string;
  readonly sql?: string;
  readonly rows: number | null;
  readonly status: number;
}

/** What a caller of the audit says about a read; the time is the audit's. */
export interface ChildDataRead {
  readonly caller: Caller;
  /** The LAs the read could see: the one in the path, or for SQL the token's scope. */
  readonly laCodes: LaScope;
  readonly route?: string;
  readonly sql?: string;
  readonly rows: number | null;
  readonly status: number;
}

/**
 * The append-only audit file (`<data>/access/audit.jsonl`, mode 0600), one JSON line per read of child-level data.
 * Opened for appending only and written one whole line per write call, so reads recorded at once, by this process or
 * another serving the same folder, land as whole lines in some order and never inside one another.
 */
export class AuditLog {
  private constructor(readonly path: string, private readonly file: FileHandle) {}

  static async open(path: string): Promise<AuditLog> {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    return new AuditLog(path, await open(path, 'a', 0o600));
  }

  /** Resolves once the line is written; a read whose line cannot be written is not to be served. */
  async record(read: ChildDataRead, now: Date = new Date()): Promise<AuditEntry> {
    const entry: AuditEntry = {
      at: now.toISOString(),
      tokenId: read.caller.tokenId,
      tokenName: read.caller.name,
      laCodes: read.laCodes,
      ...(read.route === undefined ? {} : { route: read.route }),
      ...(read.sql === undefined ? {} : { sql: read.sql }),
      rows: read.rows,
      status: read.status,
    };
    await this.file.write(`${JSON.stringify(entry)}\n`);
    return entry;
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}

export interface AuditFilter {
  /** Entries that could have shown this LA's children (a `*` read counts for every LA). */
  readonly laCode?: string;
  /** Entries on or after this day, in London. */
  readonly since?: CalendarDate;
}

/** The audit file's entries, oldest first; a torn last line (a crash mid-write) is skipped, as it records no read. */
export async function readAudit(path: string, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  if (!existsSync(path)) return [];
  const entries: AuditEntry[] = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    let entry: AuditEntry;
    try {
      entry = JSON.parse(line) as AuditEntry;
    } catch {
      continue;
    }
    if (filter.laCode !== undefined && entry.laCodes !== '*' && !entry.laCodes.includes(filter.laCode)) continue;
    if (filter.since !== undefined && todayInLondon(new Date(entry.at)) < filter.since) continue;
    entries.push(entry);
  }
  return entries;
}
