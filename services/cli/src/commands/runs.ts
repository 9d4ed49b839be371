import { Option } from 'commander';
import { NotFoundError, type CalendarDate } from '@careledger/runtime';
import { RunStore, createRedisClient, withRedis, type RunRecord } from '@careledger/scheduler';
import { configFrom, configOption, laOption, parseCount, parseDate, type StorageFlags } from '../flags';
import { assertServices } from '../preflight';
import { defineCommand, type CommandIo } from './command';

interface RunsFlags extends StorageFlags {
  readonly la?: string;
  readonly compare?: CalendarDate[];
  readonly limit: number;
}

function describeRun(run: RunRecord): string {
  const latest = run.years?.[run.years.length - 1];
  const cla = (latest?.figures as { id: string; value: unknown }[] | undefined)?.find((f) => f.id === 'cla_at_31_march')?.value;
  return `${run.laCode} ${run.asAt} ${run.status.padEnd(9)} ${run.trigger.padEnd(8)} attempts ${run.attempts} ${run.durationMs ?? '-'} ms`
    + ` watermark ${JSON.stringify(run.watermark ?? {})}${cla !== undefined ? ` CLA at 31 March (${latest?.collectionYear}): ${cla}` : ''}${run.error ? ` error: ${run.error}` : ''}`;
}

const parseCompareDate = parseDate('--compare');

async function listOrCompare(runs: RunStore, flags: RunsFlags, io: CommandIo, where: string): Promise<number> {
  if (flags.compare && flags.la) {
    const [a, b] = flags.compare as [CalendarDate, CalendarDate];
    const comparison = await runs.compare(flags.la, a, b);
    if (!comparison) throw new NotFoundError('runs.not_found', `no runs for LA ${flags.la} on both ${a} and ${b} (${where})`, { laCode: flags.la, dates: [a, b] });
    io.out(JSON.stringify(comparison, null, 2));
    return 0;
  }
  const list = await runs.list(flags.la, flags.limit);
  if (list.length === 0) io.out(`no runs recorded${flags.la ? ` for LA ${flags.la}` : ''} (${where})`);
  for (const run of list) io.out(describeRun(run));
  return 0;
}

export const runsCommand = defineCommand<RunsFlags>({
  name: 'runs',
  description: 'list recompute runs (newest first), or compare the figures of two runs of one LA',
  options: () => [
    laOption('only this LA\'s runs (three digits)'),
    new Option('--compare <dates...>', 'compare the runs of --la on two business dates (YYYY-MM-DD YYYY-MM-DD)').argParser((value: string, previous: CalendarDate[] | undefined) => [...(previous ?? []), parseCompareDate(value)]),
    new Option('--limit <n>', 'at most this many runs').argParser(parseCount('--limit', 1)).default(50),
    configOption(),
  ],
  async action(flags, _args, io) {
    if (flags.compare && (flags.compare.length !== 2 || !flags.la)) return io.usageError('error: runs --compare needs --la CODE and exactly two dates');
    const config = configFrom(flags);
    await assertServices(config, { redis: true, kafka: false });
    const redis = createRedisClient(config.redis.url);
    try {
      const where = `Redis ${config.redis.url}, prefix ${config.redis.prefix}`;
      return await withRedis(config.redis.url, () => listOrCompare(new RunStore(redis, config.redis.prefix), flags, io, where));
    } finally {
      redis.disconnect();
    }
  },
});
