import { parseArgs } from 'node:util';
import { CareledgerError } from '@careledger/runtime';

export type Flags = Record<string, string | boolean | undefined>;

export function parseFlags(argv: string[], options: Record<string, { type: 'string' | 'boolean'; short?: string }>): { flags: Flags; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { flags: values as Flags, positionals };
  } catch (error) {
    throw new CareledgerError('cli.usage', (error as Error).message);
  }
}

export function stringFlag(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredFlag(flags: Flags, name: string): string {
  const value = stringFlag(flags, name);
  if (!value) throw new CareledgerError('cli.usage', `--${name} is required`);
  return value;
}
