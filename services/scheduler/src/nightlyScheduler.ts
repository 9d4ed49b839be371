import { Queue, type Job, type JobsOptions } from 'bullmq';
import { InvalidInputError, isCalendarDate, silentLogger, todayInLondon, type CalendarDate, type Logger } from '@careledger/runtime';
import { isLaCode } from '@careledger/ssda903';
import { bullConnection, withRedis } from './redisConnection';
import type { RunTrigger } from './runStore';

export const RECOMPUTE_QUEUE = 'careledger-recompute';

/** Job names on the queue: 'nightly' comes from a job scheduler and only dispatches; 'recompute' does the work. */
export type NightlyJobData = { laCode: string };
export type RecomputeJobData = { laCode: string; asAt: CalendarDate; trigger: RunTrigger };
export type SchedulerJobData = NightlyJobData | RecomputeJobData;

export interface RetryPolicy {
  /** Total tries per job, including the first. */
  readonly attempts?: number;
  /** First retry delay; doubles each retry (BullMQ 'exponential': delay · 2^(n−1)). */
  readonly backoffMs?: number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 60_000;

/** One place for job options, so scheduler-made, dispatched and manual jobs retry and are retained alike. */
export function recomputeJobOptions(policy: RetryPolicy = {}): JobsOptions {
  return {
    attempts: policy.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: policy.backoffMs ?? DEFAULT_BACKOFF_MS },
    // Completed jobs are kept only as a short history; the run records are the durable trail.
    removeOnComplete: { count: 100 },
    // Failed jobs are kept longer so failures() shows them until someone looks.
    removeOnFail: { count: 1000 },
  };
}

// A DfE LA code is three digits (the 903's own rule, isLaCode). Anything else would queue a run that can only compute zeros,
// and it keeps job ids (BullMQ allows ':' only in three-part ids), Redis keys and the run index ('|') plain.
export function assertLaCode(laCode: string): void {
  if (!isLaCode(laCode)) throw new InvalidInputError('runs.laCode.invalid', `'${laCode}' is not an LA code (three digits, e.g. 999)`, { laCode });
}

export function assertAsAt(asAt: string): void {
  if (!isCalendarDate(asAt)) throw new InvalidInputError('runs.asAt.invalid', `'${asAt}' is not a date (use YYYY-MM-DD)`, { asAt });
}

export const recomputeJobId = (laCode: string, asAt: CalendarDate): string => `recompute:${laCode}:${asAt}`;

export interface EnqueueResult {
  readonly jobId: string;
  readonly laCode: string;
  readonly asAt: CalendarDate;
  /** true when a job for this LA and date was already waiting or running, and that job stands. */
  readonly deduplicated: boolean;
  readonly state: string;
}

/**
 * Adds `recompute:${laCode}:${asAt}`. The custom job id makes a business date idempotent while it is pending:
 * BullMQ's `add` with an existing id silently returns without adding. That also holds for a *finished* job still
 * retained by removeOnComplete/removeOnFail, so a finished job is removed first to let a re-run through.
 * A job that is active cannot be removed (its lock), so a trigger during a run is deduplicated into it.
 */
export async function enqueueRecompute(queue: Queue, data: RecomputeJobData, options: JobsOptions): Promise<EnqueueResult> {
  const jobId = recomputeJobId(data.laCode, data.asAt);
  const existing: Job | undefined = await queue.getJob(jobId);
  if (existing) {
    const state = await existing.getState();
    if (state === 'completed' || state === 'failed') {
      await queue.remove(jobId);
    } else if (state !== 'unknown') {
      return { jobId, laCode: data.laCode, asAt: data.asAt, deduplicated: true, state };
    }
  }
  const job = await queue.add('recompute', data, { ...options, jobId });
  // If another trigger won a race between our remove and add, `add` returned that job: still one job per date.
  const state = await job.getState();
  return { jobId: job.id ?? jobId, laCode: data.laCode, asAt: data.asAt, deduplicated: false, state };
}

export interface SchedulerInfo {
  readonly id: string;
  readonly laCode: string | undefined;
  readonly pattern: string | undefined;
  readonly tz: string | undefined;
  /** Next fire time, ISO. */
  readonly next: string | undefined;
}

export interface FailedJobInfo {
  readonly jobId: string | undefined;
  readonly name: string;
  readonly laCode: string | undefined;
  readonly asAt: CalendarDate | undefined;
  readonly failedReason: string;
  readonly attemptsMade: number;
  readonly finishedAt: string | undefined;
}

export interface NightlySchedulerOptions extends RetryPolicy {
  /** config `redis.url`. */
  readonly connection: string;
  /** config `redis.prefix`; BullMQ keys become `${prefix}:careledger-recompute:*`. */
  readonly prefix: string;
  readonly logger?: Logger;
}

export interface RegisterNightlyOptions {
  readonly laCodes: readonly string[];
  /** Six-field cron, seconds first (config `scheduler.cron`). */
  readonly cron: string;
  /** IANA zone (config `scheduler.timezone`); DST shifts follow it. */
  readonly timezone: string;
  /** Remove `nightly:*` schedulers for LAs not in `laCodes` (an LA dropped from configuration). Default false. */
  readonly removeOthers?: boolean;
}

const SCHEDULER_PREFIX = 'nightly:';

/**
 * The producer side: job schedulers, manual triggers and a view of failures on the `careledger-recompute` queue.
 * Call registerNightly from ONE place (the scheduler service at boot or a deploy step), never from every worker
 * replica: concurrent upserts of the same scheduler have had bugs (taskforcesh/bullmq #3085, #3381).
 */
export class NightlyScheduler {
  readonly queue: Queue<SchedulerJobData>;
  private readonly jobOptions: JobsOptions;
  private readonly logger: Logger;
  private readonly url: string;

  constructor(options: NightlySchedulerOptions) {
    this.url = options.connection;
    this.queue = new Queue<SchedulerJobData>(RECOMPUTE_QUEUE, { connection: bullConnection(options.connection, 'producer'), prefix: options.prefix });
    this.logger = options.logger ?? silentLogger;
    this.queue.on('error', (err) => this.logger.warn({ err }, 'recompute queue error'));
    this.jobOptions = recomputeJobOptions(options);
  }

  /** Idempotent: upsert updates an existing scheduler in place (never remove-and-re-add; see #3063). */
  async registerNightly(options: RegisterNightlyOptions): Promise<SchedulerInfo[]> {
    if (options.cron.trim().split(/\s+/).length !== 6) {
      throw new InvalidInputError('scheduler.cron.invalid', `'${options.cron}' is not a six-field cron (seconds first, e.g. '0 30 2 * * *')`, { cron: options.cron });
    }
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: options.timezone });
    } catch {
      throw new InvalidInputError('scheduler.timezone.invalid', `'${options.timezone}' is not an IANA time zone`, { timezone: options.timezone });
    }
    options.laCodes.forEach(assertLaCode);
    return withRedis(this.url, () => this.upsertNightly(options));
  }

  private async upsertNightly(options: RegisterNightlyOptions): Promise<SchedulerInfo[]> {
    for (const laCode of options.laCodes) {
      await this.queue.upsertJobScheduler(
        `${SCHEDULER_PREFIX}${laCode}`,
        { pattern: options.cron, tz: options.timezone },
        { name: 'nightly', data: { laCode }, opts: this.jobOptions },
      );
      this.logger.info({ laCode, cron: options.cron, timezone: options.timezone }, 'nightly recompute scheduled');
    }
    if (options.removeOthers) {
      const wanted = new Set(options.laCodes.map((la) => `${SCHEDULER_PREFIX}${la}`));
      for (const scheduler of await this.schedulers()) {
        if (!wanted.has(scheduler.id)) {
          await this.queue.removeJobScheduler(scheduler.id);
          this.logger.info({ laCode: scheduler.laCode }, 'nightly recompute unscheduled');
        }
      }
    }
    return this.schedulers();
  }

  /** A manual run for one LA and business date (default: today in London). Deduplicated while pending. */
  async trigger(request: { laCode: string; asAt?: CalendarDate }): Promise<EnqueueResult> {
    assertLaCode(request.laCode);
    const asAt = request.asAt ?? todayInLondon();
    assertAsAt(asAt);
    const result = await withRedis(this.url, () => enqueueRecompute(this.queue as Queue, { laCode: request.laCode, asAt, trigger: 'manual' }, this.jobOptions));
    this.logger.info({ laCode: result.laCode, asAt, jobId: result.jobId, deduplicated: result.deduplicated }, 'manual recompute triggered');
    return result;
  }

  /**
   * Workers connected to this queue right now (BullMQ names their connections after the queue). A manual trigger
   * with none waits in Redis until `careledger scheduler` starts one, which a caller should be told.
   */
  async workerCount(): Promise<number> {
    return withRedis(this.url, async () => (await this.queue.getWorkers()).length);
  }

  async schedulers(): Promise<SchedulerInfo[]> {
    const all = await this.queue.getJobSchedulers(0, -1, true);
    return all
      .filter((s) => s.key.startsWith(SCHEDULER_PREFIX))
      .map((s) => ({
        id: s.key,
        laCode: (s.template?.data as NightlyJobData | undefined)?.laCode ?? s.key.slice(SCHEDULER_PREFIX.length),
        pattern: s.pattern,
        tz: s.tz,
        next: s.next === undefined ? undefined : new Date(s.next).toISOString(),
      }));
  }

  /** Failed jobs (newest first) with BullMQ's failedReason: the last attempt's error message. */
  async failures(limit = 100): Promise<FailedJobInfo[]> {
    const jobs = await this.queue.getFailed(0, Math.max(0, limit - 1));
    return jobs.filter((job): job is NonNullable<typeof job> => Boolean(job)).map((job) => {
      const data = job.data as Partial<RecomputeJobData>;
      return {
        jobId: job.id,
        name: job.name,
        laCode: data.laCode,
        asAt: data.asAt,
        failedReason: job.failedReason,
        attemptsMade: job.attemptsMade,
        finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : undefined,
      };
    });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
