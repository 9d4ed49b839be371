import type { Redis } from 'ioredis';
import type { CalendarDate } from '@careledger/runtime';

/** What a recompute produced: where it read the event log up to, and the figures per collection year. */
export interface RecomputeOutcome {
  /** Log end offsets per partition at the time of the recompute, so two runs can be told apart by their input. */
  readonly watermark: Record<string, number>;
  /** Per year: the headline figures, and the measure catalogue's figures (each with id, grain, period, value). */
  readonly years: { collectionYear: string; figures: unknown[]; measures?: unknown[]; validation?: RunValidation }[];
  /** How much the run recomputed. */
  readonly recomputed?: RecomputedScope;
}

/** How much a run recomputed: a run after a quiet day shows that it read and re-derived little. */
export interface RecomputedScope {
  /** Events the run's fold read from the log: 0 when the projector (serve, or another LA's run) had folded them. */
  readonly eventsFolded: number;
  /** Children the run's fold re-derived: of every LA (the projections are shared), and of this LA. */
  readonly childrenRederived: number;
  readonly laChildrenRederived: number;
  /** This LA's events in the log since the watermark of its last successful run (all of them for its first run). */
  readonly laEventsSinceLastRun: number;
  /** The collection years whose return, figures, measures and validation the run computed. */
  readonly yearsComputed: readonly string[];
}

/** The DfE validation of a run's return: how many rules ran, those not run, and the failures of each rule. */
export interface RunValidation {
  readonly rulesRun: number;
  readonly notRun: readonly string[];
  readonly failuresByRule: Readonly<Record<string, number>>;
}

/** One rule's failures in two runs (0 where a run found none; null where the rule did not run or the run has no validation). */
export interface RuleComparison {
  readonly rule: string;
  readonly a: number | null;
  readonly b: number | null;
  readonly difference: number | null;
}

export type RunTrigger = 'schedule' | 'manual';
export type RunStatus = 'running' | 'succeeded' | 'failed';

export interface RunRecord {
  readonly runId: string;
  readonly laCode: string;
  readonly asAt: CalendarDate;
  readonly trigger: RunTrigger;
  readonly status: RunStatus;
  /** 1-based attempt that wrote this record. */
  readonly attempts: number;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly durationMs?: number;
  readonly watermark?: Record<string, number>;
  readonly years?: RecomputeOutcome['years'];
  readonly recomputed?: RecomputedScope;
  readonly error?: string;
}

export interface FigureComparison {
  readonly id: string;
  readonly title: string;
  /** null when the figure is absent from that run or has no value (e.g. suppressed, zero denominator). */
  readonly a: number | null;
  readonly b: number | null;
  /** b − a, rounded to 1e-9 so float noise (0.30000000000000004) does not read as a change; null if either side is null. */
  readonly difference: number | null;
}

export interface RunComparison {
  readonly laCode: string;
  readonly asAtA: CalendarDate;
  readonly asAtB: CalendarDate;
  /** The latest collection year present in both runs (null when they share none). */
  readonly collectionYear: string | null;
  readonly figures: FigureComparison[];
  /** Every collection year present in both runs, oldest first; `measures` compares the catalogue's figures, one per measure and period. */
  readonly years: { collectionYear: string; figures: FigureComparison[]; measures: FigureComparison[]; validation: RuleComparison[] }[];
}

interface FigureLike { id: string; title: string; value: number | null }

/**
 * Figures are `unknown[]` here (the store is domain-free); read `{id, title, value}` defensively. A catalogue
 * figure is one per measure, period and aggregate: its id for comparing says all three.
 */
function figuresOf(figures: readonly unknown[]): Map<string, FigureLike> {
  const out = new Map<string, FigureLike>();
  for (const f of figures) {
    if (typeof f !== 'object' || f === null) continue;
    const { id: measureId, title, value, period, aggregate } = f as Record<string, unknown>;
    if (typeof measureId !== 'string') continue;
    const label = typeof period === 'object' && period !== null ? (period as Record<string, unknown>).label : undefined;
    const id = typeof label === 'string' ? `${measureId} ${label}${aggregate === 'meanOfMonths' ? ' (mean of months)' : ''}` : measureId;
    out.set(id, { id, title: typeof title === 'string' ? title : id, value: typeof value === 'number' && Number.isFinite(value) ? value : null });
  }
  return out;
}

function compareFigures(a: readonly unknown[], b: readonly unknown[]): FigureComparison[] {
  const left = figuresOf(a);
  const right = figuresOf(b);
  const ids = [...left.keys(), ...[...right.keys()].filter((id) => !left.has(id))];
  return ids.map((id) => {
    const l = left.get(id);
    const r = right.get(id);
    const va = l?.value ?? null;
    const vb = r?.value ?? null;
    return { id, title: (l ?? r)!.title, a: va, b: vb, difference: va === null || vb === null ? null : Math.round((vb - va) * 1e9) / 1e9 };
  });
}

/** Each rule failed in either run, with both counts; a rule that ran and found nothing counts 0. */
function compareValidation(a: RunValidation | undefined, b: RunValidation | undefined): RuleComparison[] {
  if (!a && !b) return [];
  const rules = [...new Set([...Object.keys(a?.failuresByRule ?? {}), ...Object.keys(b?.failuresByRule ?? {})])].sort();
  const countIn = (run: RunValidation | undefined, rule: string) => (!run || run.notRun.includes(rule) ? null : run.failuresByRule[rule] ?? 0);
  return rules.map((rule) => {
    const ca = countIn(a, rule);
    const cb = countIn(b, rule);
    return { rule, a: ca, b: cb, difference: ca === null || cb === null ? null : cb - ca };
  });
}

/**
 * Run records in Redis, one per (laCode, asAt business date):
 *   `${prefix}:runs:record:${laCode}:${asAt}` JSON string: the record. SET replaces, so a re-run of a date (or a
 *                                            later attempt) overwrites rather than duplicates.
 *   `${prefix}:runs:by-la:${laCode}`          sorted set of asAt, scored by startedAt (ms)
 *   `${prefix}:runs:all`                      sorted set of `${laCode}|${asAt}`, scored by startedAt (ms)
 * "Newest first" means most recently started, so a re-run of an old date comes to the top of the list.
 * Records carry no TTL: one per LA per day is small, and they are the audit trail of what was computed when.
 */
export class RunStore {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  private recordKey(laCode: string, asAt: CalendarDate): string { return `${this.prefix}:runs:record:${laCode}:${asAt}`; }
  private laIndexKey(laCode: string): string { return `${this.prefix}:runs:by-la:${laCode}`; }
  private get allIndexKey(): string { return `${this.prefix}:runs:all`; }

  async save(record: RunRecord): Promise<void> {
    const score = Date.parse(record.startedAt);
    // MULTI so a reader never sees an index entry without its record.
    const results = await this.redis.multi()
      .set(this.recordKey(record.laCode, record.asAt), JSON.stringify(record))
      .zadd(this.laIndexKey(record.laCode), score, record.asAt)
      .zadd(this.allIndexKey, score, `${record.laCode}|${record.asAt}`)
      .exec();
    // ioredis reports per-command errors inside the result instead of rejecting.
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async get(laCode: string, asAt: CalendarDate): Promise<RunRecord | undefined> {
    const raw = await this.redis.get(this.recordKey(laCode, asAt));
    return raw ? (JSON.parse(raw) as RunRecord) : undefined;
  }

  async list(laCode?: string, limit = 50): Promise<RunRecord[]> {
    if (limit <= 0) return [];
    const keys = laCode === undefined
      ? (await this.redis.zrevrange(this.allIndexKey, 0, limit - 1)).map((member) => {
        const at = member.lastIndexOf('|');
        return this.recordKey(member.slice(0, at), member.slice(at + 1));
      })
      : (await this.redis.zrevrange(this.laIndexKey(laCode), 0, limit - 1)).map((asAt) => this.recordKey(laCode, asAt));
    if (keys.length === 0) return [];
    const raws = await this.redis.mget(...keys);
    return raws.flatMap((raw) => (raw ? [JSON.parse(raw) as RunRecord] : []));
  }

  /** undefined when either run is missing. Figures are compared for collection years present in both runs. */
  async compare(laCode: string, asAtA: CalendarDate, asAtB: CalendarDate): Promise<RunComparison | undefined> {
    const [a, b] = await Promise.all([this.get(laCode, asAtA), this.get(laCode, asAtB)]);
    if (!a || !b) return undefined;
    const bYears = new Map((b.years ?? []).map((y) => [y.collectionYear, y]));
    // Labels are 'YYYY-YY', so string order is chronological order.
    const years = (a.years ?? [])
      .filter((y) => bYears.has(y.collectionYear))
      .sort((x, y) => x.collectionYear.localeCompare(y.collectionYear))
      .map((y) => {
        const other = bYears.get(y.collectionYear)!;
        return {
          collectionYear: y.collectionYear, figures: compareFigures(y.figures, other.figures), measures: compareFigures(y.measures ?? [], other.measures ?? []),
          validation: compareValidation(y.validation, other.validation),
        };
      });
    const latest = years[years.length - 1];
    return { laCode, asAtA, asAtB, collectionYear: latest?.collectionYear ?? null, figures: latest?.figures ?? [], years };
  }
}
