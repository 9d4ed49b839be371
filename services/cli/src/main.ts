#!/usr/bin/env node
import { buildProgram, CommanderError } from './program';
import { COMMANDS } from './commands/registry';
import { reportFailure } from './failure';

// A reader that stops early (`careledger ... | head`) closes the pipe: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const write = (stream: NodeJS.WriteStream) => (text: string) => { stream.write(text); };

async function main(argv: string[]): Promise<number> {
  const { program, exitCode } = buildProgram(COMMANDS, { writeOut: write(process.stdout), writeErr: write(process.stderr) });
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 1;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode();
  } catch (error) {
    // commander has already printed its message (or the help); its exit code is 0 for help, 1 for usage errors.
    if (error instanceof CommanderError) return error.exitCode;
    return reportFailure(error, write(process.stderr));
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
