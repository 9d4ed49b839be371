import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InvalidInputError } from './errors';

/**
 * A child's pseudonym where child-level data leaves careledger (`--pseudonymise`): an HMAC-SHA-256 of the LA and
 * child id under a secret key kept in the data folder, so the same child has the same pseudonym in every output of
 * that installation (lists can be compared) and nobody without the key can go back to the id, or forward from an
 * id they know.
 */
export function pseudonymFor(key: Uint8Array, laCode: string, childId: string): string {
  return `P${createHmac('sha256', key).update(`${laCode}:${childId}`).digest('hex').slice(0, 16)}`;
}

const KEY_BYTES = 32;

/** The installation's pseudonym key at `path`, made (random, readable by its owner only) the first time. */
export async function pseudonymKey(path: string): Promise<Buffer> {
  try {
    const key = Buffer.from((await readFile(path, 'utf8')).trim(), 'hex');
    if (key.length !== KEY_BYTES) throw new InvalidInputError('pseudonym.bad_key', `the pseudonym key ${path} is not ${KEY_BYTES} bytes of hex: restore it from a backup (a new key changes every pseudonym)`, { path });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(KEY_BYTES);
  await mkdir(dirname(path), { recursive: true });
  // 'wx': if another process made the key meanwhile, keep theirs.
  try {
    await writeFile(path, `${key.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    await chmod(path, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return pseudonymKey(path);
    throw error;
  }
}
