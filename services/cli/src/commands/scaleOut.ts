import type { CareledgerConfig, Logger } from '@careledger/runtime';
import type { Flags } from '../args';

/** Commands of the scale-out mode (Kafka, scheduler), registered here so main stays a dispatcher. */
export interface ExtraCommand {
  readonly name: string;
  readonly usage: string;
  readonly flags: Record<string, { type: 'string' | 'boolean' }>;
  run(config: CareledgerConfig, flags: Flags, logger: Logger, out: (line: string) => void): Promise<number>;
}

export const extraCommands: ExtraCommand[] = [];
