import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const repositoryRoot = join(import.meta.dirname, '..', '..');
export const kafkaBrokers = process.env.CARELEDGER_KAFKA_BROKERS ?? '127.0.0.1:19092';
const cliArgs = ['--import', 'tsx', join(repositoryRoot, 'services/cli/src/main.ts')];

/** Runs the careledger CLI as a user would, in its own process. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [...cliArgs, ...args], {
    cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, CARELEDGER_LOG_LEVEL: 'warn', ...env }, maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

export function spawnCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...cliArgs, ...args], { cwd: repositoryRoot, env: { ...process.env, CARELEDGER_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => { stdout += String(chunk); });
  child.stderr?.on('data', (chunk) => { stderr += String(chunk); });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Every file under a returns year folder, by relative path. */
export function returnFiles(dir: string, endYear: number): Record<string, string> {
  const base = join(dir, 'returns', String(endYear));
  const files: Record<string, string> = {};
  for (const name of ['figures.json', 'issues.json', 'ssda903.xml']) files[name] = readFileSync(join(base, name), 'utf8');
  for (const name of readdirSync(join(base, 'ssda903'))) files[`ssda903/${name}`] = readFileSync(join(base, 'ssda903', name), 'utf8');
  return files;
}

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI and resolves with its exit code and output whatever the code (runCli rejects on a non-zero exit). */
export async function runCliResult(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return exited(spawnCli(args, env));
}

/** A stack trace line, which an expected failure must never print. */
export const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

/**
 * A careledger data folder made as a user makes one: a synthetic LA generated into `input`, ingested and projected
 * into `data`. Fails the calling test with the command's error output when a step fails.
 */
export async function projectedDataFolder(scratch: string, options: { children: number; seed: number; asAt: string }): Promise<{ data: string; input: string }> {
  const data = join(scratch, 'data');
  const input = join(scratch, 'input');
  for (const args of [
    ['generate', '--out', input, '--children', String(options.children), '--seed', String(options.seed), '--as-at', options.asAt],
    ['ingest', join(input, 'events.ndjson'), '--data', data],
    ['project', '--data', data],
  ]) {
    const result = await runCliResult(args);
    if (result.code !== 0) throw new Error(`careledger ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  }
  return { data, input };
}

/** The URL a `careledger serve` child says it serves on, once it does; rejects, with its output, if it exits first. */
export function servingUrl(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk) => {
      seen += String(chunk);
      const found = /serving on (http:\/\/\S+)/.exec(seen);
      if (found) resolve(found[1]!);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${seen}`)));
  });
}
