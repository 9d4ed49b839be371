/**
 * Exclusive ownership of a log directory across processes: a `LOCK` file created with O_EXCL holding the owner's pid.
 * Node has no flock(), so liveness is checked with kill(pid, 0); a lock whose pid is dead is stale and taken over.
 *
 * Limits (documented, not solved): a recycled pid makes a stale lock look alive (the error names the file to delete),
 * and the pid check means nothing across hosts sharing a network filesystem.
 */
import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@careledger/runtime';
import { EventLogError } from '@careledger/eventlog';

export const LOCK_FILE = 'LOCK';
/** A LOCK without a readable pid younger than this is assumed to be mid-creation by another process. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

export interface DirectoryLock {
  release(): Promise<void>;
}

export async function acquireDirectoryLock(directory: string, logger: Logger): Promise<DirectoryLock> {
  const path = join(directory, LOCK_FILE);
  // A few rounds only cover a concurrent opener removing or creating the lock between our steps.
  for (let round = 0; round < 3; round++) {
    if (await tryCreate(path)) return { release: () => releaseLock(path) };

    const holder = await readHolder(path);
    if (holder === 'gone') continue;
    if (holder.pid !== undefined && isAlive(holder.pid)) {
      const self = holder.pid === process.pid ? ' (this process)' : '';
      throw new EventLogError(
        'eventlog.locked',
        `event log ${directory} is in use: lock file ${path} is held by pid ${holder.pid}${self}; stop that ` +
          `process first (if pid ${holder.pid} is not a careledger process, delete ${path})`,
        { directory, pid: holder.pid, lockFile: path },
      );
    }
    if (holder.pid === undefined && holder.ageMs < UNREADABLE_LOCK_GRACE_MS) {
      throw new EventLogError('eventlog.locked', `event log ${directory} is being opened by another process (lock file ${path}, no pid in it yet)`, {
        directory,
        lockFile: path,
      });
    }
    logger.warn({ directory, lockFile: path, stalePid: holder.pid ?? null }, 'eventlog: taking over stale lock');
    await rm(path, { force: true });
  }
  throw new EventLogError('eventlog.locked', `event log ${directory}: could not take lock file ${path} (another process keeps taking it)`, {
    directory,
    lockFile: path,
  });
}

async function tryCreate(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${process.pid}\n`);
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(path: string): Promise<{ pid: number | undefined; ageMs: number } | 'gone'> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    const pid = Number.parseInt(text.trim(), 10);
    return { pid: Number.isSafeInteger(pid) && pid > 0 ? pid : undefined, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the lock only if it is still ours (a stale-lock takeover by someone else must not be undone). */
async function releaseLock(path: string): Promise<void> {
  try {
    const text = await readFile(path, 'utf8');
    if (Number.parseInt(text.trim(), 10) === process.pid) await rm(path, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
