import { Option } from 'commander';
import { createLogger } from '@careledger/runtime';
import { configFrom, storageOptions, type StorageFlags } from '../flags';
import { assertCareledgerData, assertServices } from '../preflight';
import { defineCommand } from './command';
import { project } from './pipeline';

interface ProjectFlags extends StorageFlags {
  readonly rebuild?: boolean;
}

export const projectCommand = defineCommand<ProjectFlags>({
  name: 'project',
  description: 'fold the event log into the DuckDB projections (children, episodes, reviews, missing episodes)',
  options: () => [new Option('--rebuild', 'empty the projections and fold the whole log again from offset 0'), ...storageOptions()],
  async action(flags, _args, io) {
    const config = configFrom(flags);
    assertCareledgerData(config, 'log');
    await assertServices(config);
    const report = await project(config, createLogger('careledger-project'), { rebuild: flags.rebuild === true });
    io.out(`folded ${report.folded} events in ${report.batches} batches (${report.refused} refused), ${report.childrenDerived} children re-derived; next offsets ${JSON.stringify(Object.fromEntries(report.offsets))}`);
    return 0;
  },
});
