import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret, parseToken, TokenStore } from '../src';

let dir: string;
let store: TokenStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-tokens-'));
  store = new TokenStore(join(dir, 'access', 'tokens.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the token store', () => {
  it('keeps only the hash of a new token\'s secret, in a file its owner alone can read', async () => {
    const { token, record } = await store.create({ name: 'case system', laCodes: ['884', '883', '883'], roles: ['read', 'ingest'] });
    const parsed = parseToken(token)!;
    expect(parsed.id).toBe(record.id);
    expect(record).toMatchObject({ name: 'case system', laCodes: ['883', '884'], roles: ['ingest', 'read'], secretSha256: hashSecret(parsed.secret) });
    const text = readFileSync(store.path, 'utf8');
    expect(text).not.toContain(parsed.secret);
    expect(text).toContain(record.secretSha256);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('knows a token by its id and secret, refuses a wrong secret or an unknown id alike, and a revoked one by name', async () => {
    const { token, record } = await store.create({ laCodes: ['883'], roles: ['read'] });
    expect(await store.authenticate(token)).toEqual({ tokenId: record.id, name: '', laCodes: ['883'], roles: ['read'] });
    const wrongSecret = `${token.slice(0, -4)}AAAA` === token ? `${token.slice(0, -4)}BBBB` : `${token.slice(0, -4)}AAAA`;
    await expect(store.authenticate(wrongSecret)).rejects.toMatchObject({ kind: 'unauthenticated', code: 'access.invalid_token' });
    await expect(store.authenticate(token.replace(record.id, 'ffffffffffff'))).rejects.toMatchObject({ kind: 'unauthenticated', code: 'access.invalid_token' });
    await expect(store.authenticate('hunter2')).rejects.toMatchObject({ code: 'access.invalid_token' });
    await store.revoke(record.id);
    await expect(store.authenticate(token)).rejects.toMatchObject({ kind: 'unauthenticated', code: 'access.revoked_token' });
    await expect(store.revoke('000000000000')).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('sees another process\'s change at the next call, and refuses a file it did not write', async () => {
    const reader = new TokenStore(store.path);
    expect(await reader.list()).toEqual([]);
    const { token } = await store.create({ laCodes: '*', roles: ['child'] });
    expect((await reader.authenticate(token)).laCodes).toBe('*');
    writeFileSync(store.path, '{"version":1,"tokens":[{"id":"x"}]}');
    await expect(reader.list()).rejects.toMatchObject({ kind: 'unavailable', code: 'access.store_unreadable' });
  });

  it('refuses a token with no role or no LA', async () => {
    await expect(store.create({ laCodes: ['883'], roles: [] })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(store.create({ laCodes: [], roles: ['read'] })).rejects.toMatchObject({ kind: 'invalid' });
  });
});
