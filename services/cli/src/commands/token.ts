import { Option } from 'commander';
import { InvalidInputError, isRole, ROLE_MEANINGS, ROLES, type LaScope, type Role } from '@careledger/runtime';
import { TokenStore, type TokenRecord } from '@careledger/access';
import { tokenStorePath } from '../composition';
import { configFrom, parseLaCodes, storageOptions, type StorageFlags } from '../flags';
import { assertCareledgerData } from '../preflight';
import { defineCommand, type CommandIo } from './command';

interface TokenFlags extends StorageFlags {
  readonly la?: LaScope;
  readonly role?: Role[];
  readonly name?: string;
  readonly format: 'table' | 'json';
}

const laCodes = parseLaCodes('--la');

/** `*` (every LA) only when asked for alone and by name: a slip of the shell is never a token for all councils. */
function parseScope(text: string): LaScope {
  if (text.trim() === '*') return '*';
  if (text.includes('*')) throw new InvalidInputError('cli.la.invalid', `--la '${text}' mixes * with LA codes: give LA codes, or '*' alone for every LA`, { flag: '--la', value: text });
  return laCodes(text);
}

function parseRoles(text: string): Role[] {
  const roles = text.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0 || roles.length === 0) {
    throw new InvalidInputError('cli.role.invalid', `--role '${text}': the roles are ${ROLES.join(', ')} (comma-separated)`, { flag: '--role', value: text });
  }
  return roles as Role[];
}

const scopeText = (scope: LaScope) => (scope === '*' ? 'every LA (*)' : `LA ${scope.join(', ')}`);

function describeToken(t: TokenRecord): string {
  const state = t.revokedAt ? `revoked ${t.revokedAt}` : 'active';
  return `${t.id}  ${(t.name || '-').padEnd(20)} ${(t.laCodes === '*' ? '*' : t.laCodes.join(',')).padEnd(12)} ${t.roles.join(',').padEnd(22)} created ${t.createdAt}  ${state}`;
}

async function create(store: TokenStore, flags: TokenFlags, io: CommandIo): Promise<number> {
  if (!flags.la || !flags.role) return io.usageError('error: token create needs --la CODES (or \'*\') and --role ROLES');
  const { token, record } = await store.create({ laCodes: flags.la, roles: flags.role, ...(flags.name ? { name: flags.name } : {}) });
  io.out(`token ${record.id}${record.name ? ` (${record.name})` : ''} for ${scopeText(record.laCodes)}, roles ${record.roles.join(', ')}`);
  io.out('careledger keeps only its hash: copy it now, it is not shown again. Send it as Authorization: Bearer <token>');
  // Alone on the last line, so a script can take it with `tail -n 1`.
  io.out(token);
  return 0;
}

export const tokenCommand = defineCommand<TokenFlags>({
  name: 'token',
  description: `API tokens for serve and scheduler: \`token create --la 883[,884|'*'] --role ROLES [--name TEXT]\` prints a new token once; \`token list\`; \`token revoke ID\`. Roles: ${ROLES.map((r) => `${r} (${ROLE_MEANINGS[r]})`).join('; ')}`,
  arguments: '<action> [id]',
  options: () => [
    new Option('--la <codes>', "create: the LA codes the token may see, comma-separated, or '*' for every LA").argParser(parseScope),
    new Option('--role <roles>', `create: what it may do, comma-separated: ${ROLES.join(', ')}`).argParser(parseRoles),
    new Option('--name <text>', 'create: a label saying who or what holds it'),
    new Option('--format <format>', 'list: table (default) or json').choices(['table', 'json']).default('table'),
    ...storageOptions(),
  ],
  async action(flags, args, io) {
    const [action, id] = args;
    if (action !== 'create' && action !== 'list' && action !== 'revoke') return io.usageError(`error: unknown token action '${action}': use create, list or revoke ID`);
    if (action === 'revoke' ? id === undefined : id !== undefined) return io.usageError(action === 'revoke' ? 'error: token revoke needs the token id (token list shows them)' : `error: token ${action} takes no id`);
    const config = configFrom(flags);
    // A mistyped --data would keep a token where no server looks for it.
    assertCareledgerData(config, 'log');
    const store = new TokenStore(tokenStorePath(config));
    if (action === 'create') return create(store, flags, io);
    if (action === 'revoke') {
      const revoked = await store.revoke(id!);
      io.out(`token ${revoked.id} revoked ${revoked.revokedAt}: requests with it now get 401`);
      return 0;
    }
    const tokens = await store.list();
    // Never the hash either: it is no one's business outside the store.
    const shown = tokens.map(({ secretSha256: _hash, ...t }) => t);
    if (flags.format === 'json') io.out(JSON.stringify({ tokens: shown }, null, 2));
    else if (tokens.length === 0) io.out(`no API tokens in ${store.path}`);
    else for (const t of tokens) io.out(describeToken(t));
    return 0;
  },
});
