import { randomBytes } from 'node:crypto';
import { open, rename } from 'node:fs/promises';

/** A name beside `path` no other writer uses (this process, a random part): write there, then rename over `path`. */
export const temporaryBeside = (path: string): string => `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

/**
 * Replaces the file at `path` whole: written and synced beside it, then renamed over it, so a reader or a crash sees
 * the old file or the new one, never part of one.
 */
export async function writeFileAtomically(path: string, text: string, options: { readonly mode?: number } = {}): Promise<void> {
  const temporary = temporaryBeside(path);
  const file = await open(temporary, 'wx', options.mode ?? 0o644);
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}
