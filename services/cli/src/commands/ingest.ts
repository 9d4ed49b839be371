import { EXIT_CODE, createLogger } from '@careledger/runtime';
import { configFrom, storageOptions, type StorageFlags } from '../flags';
import { assertServices } from '../preflight';
import { defineCommand } from './command';
import { ingestFiles, printIngestReport } from './pipeline';

export const ingestCommand = defineCommand<StorageFlags>({
  name: 'ingest',
  description: 'validate NDJSON case events and append them to the event log (refused lines go to the dead-letter store and the exit code is 2)',
  arguments: '<files...>',
  options: storageOptions,
  async action(flags, files, io) {
    const config = configFrom(flags);
    await assertServices(config);
    const reports = await ingestFiles(config, files, createLogger('careledger-ingest'));
    for (const report of reports) printIngestReport(report, io.out);
    // Refused lines are the input's to fix, so the exit code is the invalid kind's, as for any invalid input.
    return reports.some((r) => r.rejected.length > 0) ? EXIT_CODE.invalid : 0;
  },
});
