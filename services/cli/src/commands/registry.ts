import type { CommandDefinition } from './command';
import { demoCommand } from './demo';
import { generateCommand } from './generate';
import { ingestCommand } from './ingest';
import { import903Command } from './import903';
import { projectCommand } from './project';
import { returnsCommand } from './returns';
import { figuresCommand } from './figures';
import { serveCommand } from './serve';
import { tokenCommand } from './token';
import { auditCommand } from './audit';
import { schedulerCommand } from './scheduler';
import { recomputeCommand } from './recompute';
import { runsCommand } from './runs';
import { export903Command } from './export903';
import { explainCommand } from './explain';
import { diffCommand } from './diff';
import { reportCommand } from './report';
import { validate903Command } from './validate903';
import { validationCommand } from './validation';
import { sqlCommand } from './sql';
import { schemaCommand } from './schema';

/** Every careledger command, in the order `careledger --help` lists them. */
// Each definition types its own flags; the registry only needs them as commander will hand them over.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMANDS: readonly CommandDefinition<any>[] = [
  demoCommand,
  generateCommand,
  ingestCommand,
  import903Command,
  projectCommand,
  returnsCommand,
  export903Command,
  figuresCommand,
  explainCommand,
  diffCommand,
  reportCommand,
  validate903Command,
  validationCommand,
  sqlCommand,
  schemaCommand,
  serveCommand,
  tokenCommand,
  auditCommand,
  schedulerCommand,
  recomputeCommand,
  runsCommand,
];
