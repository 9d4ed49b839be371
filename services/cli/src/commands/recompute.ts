import { createLogger, type CalendarDate } from '@careledger/runtime';
import { NightlyScheduler } from '@careledger/scheduler';
import { asAtOption, configFrom, configOption, laOption, type StorageFlags } from '../flags';
import { assertServices } from '../preflight';
import { defineCommand } from './command';

interface RecomputeFlags extends StorageFlags {
  readonly la: string;
  readonly asAt?: CalendarDate;
}

export const recomputeCommand = defineCommand<RecomputeFlags>({
  name: 'recompute',
  description: 'queue a manual recompute run of one LA on BullMQ (a running `careledger scheduler` works it)',
  options: () => [laOption().makeOptionMandatory(), asAtOption('the business date of the run (default today in London)'), configOption()],
  async action(flags, _args, io) {
    const config = configFrom(flags);
    await assertServices(config, { redis: true, kafka: false });
    const scheduler = new NightlyScheduler({ connection: config.redis.url, prefix: config.redis.prefix, logger: createLogger('careledger-recompute') });
    try {
      const result = await scheduler.trigger({ laCode: flags.la, ...(flags.asAt ? { asAt: flags.asAt } : {}) });
      io.out(`queued ${result.jobId}${result.deduplicated ? ' (already queued or running)' : ''}`);
      // Queued work with nobody to do it looks like success; say so, and what starts it.
      if ((await scheduler.workerCount()) === 0) {
        io.warn(`careledger: warning: no scheduler worker is listening on Redis ${config.redis.url} (prefix ${config.redis.prefix}): the run will start when \`careledger scheduler\` runs`);
      }
    } finally {
      await scheduler.close();
    }
    return 0;
  },
});
