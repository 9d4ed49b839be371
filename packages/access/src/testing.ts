import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpGuard, LaScope, Role } from '@careledger/runtime';
import { AuditLog, readAudit, type AuditEntry } from './auditLog';
import { accessGuard } from './guard';
import { TokenStore } from './tokenStore';

export interface TestAccess {
  readonly guard: HttpGuard;
  readonly tokens: TokenStore;
  readonly auditPath: string;
  /** A new token's request headers: `{ authorization: 'Bearer clt_...' }`. */
  headers(laCodes: LaScope, roles: readonly Role[]): Promise<{ authorization: string }>;
  audited(): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

/** A real token store and audit file in a temp folder (or `dir`), for tests that call the HTTP API. */
export async function openTestAccess(dir?: string): Promise<TestAccess> {
  const root = dir ?? mkdtempSync(join(tmpdir(), 'careledger-access-'));
  const tokens = new TokenStore(join(root, 'access', 'tokens.json'));
  const auditPath = join(root, 'access', 'audit.jsonl');
  const audit = await AuditLog.open(auditPath);
  return {
    guard: accessGuard({ tokens, audit, createHint: `careledger token create --data ${root} --la CODE --role read` }),
    tokens,
    auditPath,
    headers: async (laCodes, roles) => ({ authorization: `Bearer ${(await tokens.create({ name: 'test', laCodes, roles })).token}` }),
    audited: () => readAudit(auditPath),
    close: async () => {
      await audit.close();
      if (!dir) rmSync(root, { recursive: true, force: true });
    },
  };
}
