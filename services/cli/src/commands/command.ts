import type { Option } from 'commander';

/** What an action may do besides its work: print, warn, and refuse its arguments as a usage error (exit 1). */
export interface CommandIo {
  out(line: string): void;
  warn(line: string): void;
  usageError(message: string): never;
}

/**
 * One CLI command: its name, what it does, its flags (commander Options, fresh per program) and its action, which
 * gets the parsed flags and positional arguments and returns the exit code. A new command is a new file and one line
 * in registry.ts; help, unknown-flag errors and required flags come from commander.
 */
export interface CommandDefinition<Flags = Record<string, unknown>> {
  readonly name: string;
  readonly description: string;
  /** commander argument syntax, e.g. '<files...>'. */
  readonly arguments?: string;
  readonly options: () => Option[];
  action(flags: Flags, args: string[], io: CommandIo): Promise<number>;
}

export const defineCommand = <Flags>(definition: CommandDefinition<Flags>): CommandDefinition<Flags> => definition;
