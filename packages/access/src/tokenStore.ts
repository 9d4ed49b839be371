import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { BusyError, InvalidInputError, NotFoundError, ROLES, UnauthenticatedError, UnavailableError, writeFileAtomically, type Caller, type LaScope, type Role } from '@careledger/runtime';
import { mintToken, parseToken, secretMatches } from './apiToken';

/** One API token as stored: who it is for and what it may do, and only the hash of its secret. */
export interface TokenRecord {
  readonly id: string;
  readonly name: string;
  readonly laCodes: LaScope;
  readonly roles: readonly Role[];
  readonly createdAt: string;
  readonly secretSha256: string;
  readonly revokedAt?: string;
}

const recordSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  name: z.string(),
  laCodes: z.union([z.literal('*'), z.array(z.string().regex(/^\d{3}$/)).min(1)]),
  roles: z.array(z.enum(ROLES)).min(1),
  createdAt: z.string(),
  secretSha256: z.string().regex(/^[0-9a-f]{64}$/),
  revokedAt: z.string().optional(),
});
const fileSchema = z.object({ version: z.literal(1), tokens: z.array(recordSchema) });

export interface NewToken {
  readonly name?: string;
  readonly laCodes: LaScope;
  readonly roles: readonly Role[];
}

/** Compared against when a token's id is unknown, so an unknown id costs the same time as a wrong secret. */
const NO_SUCH_HASH = '0'.repeat(64);

/**
 * The API tokens of an installation, in one JSON file (`<data>/access/tokens.json`, mode 0600): each change writes a
 * new file beside it and renames it over, so a reader never sees half a file, under a lock file so two `token create`
 * runs cannot lose each other's token. A long-running server re-reads the file when it changes, so a token created or
 * revoked takes effect at the next request.
 */
export class TokenStore {
  private cached: { key: string; records: readonly TokenRecord[] } | undefined;

  constructor(readonly path: string) {}

  async list(): Promise<readonly TokenRecord[]> {
    let info;
    try {
      info = await stat(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // A rename gives the file a new inode, so this key changes with every write.
    const key = `${info.ino}:${info.mtimeMs}:${info.size}`;
    if (this.cached?.key !== key) this.cached = { key, records: await this.read() };
    return this.cached.records;
  }

  /** A new token: its record is stored, its text returned once and kept nowhere. */
  async create(request: NewToken, now: Date = new Date()): Promise<{ token: string; record: TokenRecord }> {
    if (request.roles.length === 0) throw new InvalidInputError('access.no_roles', `a token needs at least one role: ${ROLES.join(', ')}`, {});
    if (request.laCodes !== '*' && request.laCodes.length === 0) throw new InvalidInputError('access.no_la', 'a token needs at least one LA code, or * for every LA', {});
    const minted = mintToken();
    const record: TokenRecord = {
      id: minted.id,
      name: request.name ?? '',
      laCodes: request.laCodes === '*' ? '*' : [...new Set(request.laCodes)].sort(),
      roles: ROLES.filter((role) => request.roles.includes(role)),
      createdAt: now.toISOString(),
      secretSha256: minted.secretSha256,
    };
    await this.change((records) => [...records, record]);
    return { token: minted.text, record };
  }

  /** Revokes a token for good (its record stays, so the audit can still name it). Revoking twice changes nothing. */
  async revoke(id: string, now: Date = new Date()): Promise<TokenRecord> {
    let revoked: TokenRecord | undefined;
    await this.change((records) => records.map((record) => {
      if (record.id !== id) return record;
      revoked = record.revokedAt ? record : { ...record, revokedAt: now.toISOString() };
      return revoked;
    }));
    if (!revoked) throw new NotFoundError('access.unknown_token', `no token ${id} in ${this.path}; careledger token list shows them`, { tokenId: id, path: this.path });
    return revoked;
  }

  /**
   * The caller a token's text names. Unknown ids and wrong secrets are refused alike; a revoked token is named as
   * such, since only its holder (who has the secret) can learn that.
   */
  async authenticate(text: string): Promise<Caller> {
    const parsed = parseToken(text);
    if (!parsed) throw new UnauthenticatedError('access.invalid_token', 'that is not a careledger API token (they look like clt_<id>_<secret>)');
    const record = (await this.list()).find((r) => r.id === parsed.id);
    if (!secretMatches(parsed.secret, record?.secretSha256 ?? NO_SUCH_HASH) || !record) {
      throw new UnauthenticatedError('access.invalid_token', 'the API token is not valid here: check it, or create one with careledger token create');
    }
    if (record.revokedAt) throw new UnauthenticatedError('access.revoked_token', `API token ${record.id} was revoked on ${record.revokedAt}`, { tokenId: record.id });
    return { tokenId: record.id, name: record.name, laCodes: record.laCodes, roles: record.roles };
  }

  private async read(): Promise<readonly TokenRecord[]> {
    const text = await readFile(this.path, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UnavailableError('access.store_unreadable', `the token store ${this.path} is not JSON: ${(error as Error).message}`, { path: this.path }, { cause: error });
    }
    const parsed = fileSchema.safeParse(value);
    if (!parsed.success) {
      throw new UnavailableError('access.store_unreadable', `the token store ${this.path} is not as careledger writes it: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { path: this.path });
    }
    return parsed.data.tokens;
  }

  private async change(update: (records: readonly TokenRecord[]) => readonly TokenRecord[]): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const lockPath = `${this.path}.lock`;
    let lock;
    try {
      lock = await open(lockPath, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      throw new BusyError('access.store_locked', `the token store is being changed by another process (lock file ${lockPath}); try again, or remove the lock file if no careledger token command is running`, { lockPath });
    }
    try {
      this.cached = undefined;
      const records = update(await this.list());
      await writeFileAtomically(this.path, `${JSON.stringify({ version: 1, tokens: records }, null, 2)}\n`, { mode: 0o600 });
    } finally {
      await lock.close();
      await rm(lockPath, { force: true });
    }
  }
}
