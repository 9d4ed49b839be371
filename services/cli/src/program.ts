import { Command, CommanderError } from 'commander';
import type { CommandDefinition, CommandIo } from './commands/command';

export interface ProgramIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

/**
 * The commander program built from the registry. Every command gets `--help` (which prints and runs nothing), and
 * unknown flags, missing required flags and extra arguments are usage errors (exit 1, commander's message). The
 * exit code of an action is kept in `exitCode`, since commander's own result is the program.
 */
export function buildProgram(commands: readonly CommandDefinition<Record<string, unknown>>[], io: ProgramIo): { program: Command; exitCode(): number } {
  let exitCode = 0;
  const program = new Command('careledger')
    .description('children looked after case events -> SSDA903 return and figures')
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', '\nEnvironment: CARELEDGER_DATA_DIR, CARELEDGER_EVENTLOG, CARELEDGER_KAFKA_BROKERS, CARELEDGER_REDIS_URL, CARELEDGER_REDIS_PREFIX, CARELEDGER_LOG_LEVEL, ...');
  for (const definition of commands) {
    const command = program.command(definition.name).description(definition.description).allowExcessArguments(false);
    if (definition.arguments) command.arguments(definition.arguments);
    for (const option of definition.options()) command.addOption(option);
    command.action(async (...received: unknown[]) => {
      // commander passes the positional arguments, then the parsed flags, then the command itself.
      const self = received[received.length - 1] as Command;
      const args = received.slice(0, -2).flatMap((value) => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]));
      const cli: CommandIo = {
        out: (line) => io.writeOut(`${line}\n`),
        warn: (line) => io.writeErr(`${line}\n`),
        usageError: (message) => self.error(message),
      };
      exitCode = await definition.action(self.opts(), args, cli);
    });
  }
  return { program, exitCode: () => exitCode };
}

export { CommanderError };
