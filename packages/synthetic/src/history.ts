/** Putting it together: one LA's history, and a region of LAs for benchmarks. */
import { ConfigurationError, isCalendarDate, type CalendarDate } from '@careledger/runtime';
import type { CaseEvent } from '@careledger/events';
import { isLaCode } from '@careledger/ssda903';
import { Rng, deriveSeed } from './prng';
import { aprilFirstOnOrBefore, dayFromYmd, dayOf, ymdOf } from './dates';
import { makeGeography } from './places';
import { childIds, simulateCohort } from './cohort';
import { planPlacements } from './moves';
import { planReviews } from './reviews';
import { ensureOpenMissing, planMissing } from './missing';
import { describeChild, planMotherhood } from './child';
import { planShortBreaks } from './shortBreaks';
import { emittedPeriods, planCorrections } from './corrections';
import { Emitter } from './emit';
import { writeChild } from './write';
import { populationCsv } from './population';
import { planHealth } from './health';
import { planAdoption } from './adoption';
import { planPermanence } from './permanence';
import { planSocialWorkers, socialWorkerPool } from './socialWorkers';
import { planCareLeaverContacts } from './careLeavers';
import type { ChildPlan, LaEnv, RecordPlan } from './types';

export interface SyntheticOptions {
  /** Default 903. */
  seed?: number;
  /** Three-digit DfE LA code, default '999'. */
  laCode?: string;
  /** Default 'Synthetic Borough'. */
  laName?: string;
  /** Steady-state number looked after at any time (excluding short breaks), default 350. */
  childrenInCare?: number;
  /** Complete collection years of history before the one containing asAt, default 8. */
  historyYears?: number;
  /** Last day of history: nothing occurs or is recorded after it. */
  asAt: CalendarDate;
}

export interface SyntheticHistory {
  laCode: string;
  laName: string;
  /** In the order they were recorded (recordedAt ascending): the order they enter the event log. */
  events: CaseEvent[];
  /** ONS-style mid-year 0-17 population estimates, history start year to asAt year. */
  populationCsv: string;
}

/** Share of all children who are short-break (V3/V4) children. */
const SHORT_BREAK_SHARE = 0.05;

export function generateHistory(options: SyntheticOptions): SyntheticHistory {
  const laCode = options.laCode ?? '999';
  const laName = options.laName ?? 'Synthetic Borough';
  const childrenInCare = options.childrenInCare ?? 350;
  const historyYears = options.historyYears ?? 8;
  const seed = options.seed ?? 903;
  if (!isCalendarDate(options.asAt)) throw new ConfigurationError('asAt must be a calendar date YYYY-MM-DD', { asAt: options.asAt });
  if (!isLaCode(laCode)) throw new ConfigurationError('laCode must be a three-digit DfE LA code', { laCode });
  if (!Number.isInteger(childrenInCare) || childrenInCare < 10) throw new ConfigurationError('childrenInCare must be an integer of at least 10', { childrenInCare });
  if (!Number.isInteger(historyYears) || historyYears < 1 || historyYears > 40) throw new ConfigurationError('historyYears must be an integer from 1 to 40', { historyYears });
  if (!Number.isInteger(seed)) throw new ConfigurationError('seed must be an integer', { seed });

  const laSeed = deriveSeed(seed, laCode);
  const asAt = dayOf(options.asAt);
  const currentYearStart = ymdOf(aprilFirstOnOrBefore(asAt))[0];
  const historyStart = dayFromYmd(currentYearStart - historyYears, 4, 1);
  const env: LaEnv = {
    laCode, laName, childrenInCare, historyStart, asAt, geo: makeGeography(Rng.fromSeed(laSeed, 3), laCode),
    collectionYears: Array.from({ length: ymdOf(asAt)[0] - ymdOf(historyStart)[0] + 1 }, (_, i) => dayFromYmd(ymdOf(historyStart)[0] + i, 4, 1))
      .filter((april) => april <= asAt),
    socialWorkers: socialWorkerPool(Rng.fromSeed(laSeed, 7), childrenInCare),
  };
  const ids = childIds(Rng.fromSeed(laSeed, 2));
  const { children, planted } = simulateCohort(env, Rng.fromSeed(laSeed, 1));
  const inHistory = children.filter((c) => emittedPeriods(env, c).length > 0);
  for (const child of inHistory) {
    describeChild(env, child, ids.next());
    const periods = emittedPeriods(env, child);
    for (const p of periods) {
      planPlacements(env, child, p);
      p.reviews = planReviews(child.rng, child.dob, p, historyStart, asAt);
      p.missing = planMissing(env, child, p);
    }
    planMotherhood(env, child, periods);
  }
  ensureOpenMissing(env, inHistory);
  const shortBreaks = planShortBreaks(env, Rng.fromSeed(laSeed, 5), ids,
    Math.round((inHistory.length * SHORT_BREAK_SHARE) / (1 - SHORT_BREAK_SHARE)));
  planCorrections(env, Rng.fromSeed(laSeed, 4), inHistory, planted);
  for (const child of inHistory) planRecords(env, child);
  for (const child of shortBreaks) planRecords(env, child);

  const emitter = new Emitter(laCode);
  for (const child of inHistory) writeChild(env, emitter, child);
  for (const child of shortBreaks) writeChild(env, emitter, child);
  return {
    laCode,
    laName,
    events: emitter.finish(),
    populationCsv: populationCsv(Rng.fromSeed(laSeed, 6), laCode, laName, childrenInCare,
      ymdOf(historyStart)[0], ymdOf(asAt)[0]),
  };
}

/** The rest of the 903 for each period, once corrections have settled the day each period starts. */
function planRecords(env: LaEnv, child: ChildPlan): void {
  for (const p of emittedPeriods(env, child)) {
    const records: RecordPlan[] = [];
    planPermanence(env, child, p, records);
    planSocialWorkers(env, child, p, records);
    planAdoption(child, p, records);
    planHealth(env, child, p, records);
    p.records = records;
  }
  child.leaverContacts = planCareLeaverContacts(env, child);
}

/** LA codes for a synthetic region: 901-999, then 801-899, 701-799, ... */
export function regionLaCode(index: number): string {
  const block = Math.floor(index / 99);
  if (block > 8) throw new ConfigurationError('a synthetic region has at most 891 LAs', { index });
  return String((9 - block) * 100 + 1 + (index % 99));
}

export interface RegionOptions {
  seed?: number;
  laCount: number;
  /** Default 350. */
  childrenInCarePerLa?: number;
  historyYears?: number;
  asAt: CalendarDate;
}

/** `laCount` LAs with distinct codes (901, 902, ...), each with its own seed: for benchmarks. */
export function generateRegion(options: RegionOptions): SyntheticHistory[] {
  return [...regionHistories(options)];
}

/**
 * The same LAs as generateRegion, one at a time: a national-scale region (150 LAs, 30 million events) never has to be
 * held in memory at once.
 */
export function* regionHistories(options: RegionOptions): Generator<SyntheticHistory> {
  const seed = options.seed ?? 903;
  if (!Number.isInteger(options.laCount) || options.laCount < 1) throw new ConfigurationError('laCount must be a positive integer', { laCount: options.laCount });
  for (let i = 0; i < options.laCount; i++) {
    const laCode = regionLaCode(i);
    yield generateHistory({
      seed: deriveSeed(seed, `region:${i}`),
      laCode,
      laName: `Synthetic Borough ${laCode}`,
      childrenInCare: options.childrenInCarePerLa ?? 350,
      ...(options.historyYears !== undefined ? { historyYears: options.historyYears } : {}),
      asAt: options.asAt,
    });
  }
}

/**
 * A history split into what was recorded before its last day and a day's new events: the events recorded last, about
 * `share` of them (those recorded at or after the (1 - share) quantile of recordedAt), for a nightly run's benchmark
 * and test. A correction is recorded after what it corrects, so what stays behind never needs what is held back.
 */
export function splitOffLastDay(events: readonly CaseEvent[], share = 0.001): { earlier: CaseEvent[]; lastDay: CaseEvent[] } {
  if (events.length === 0) return { earlier: [], lastDay: [] };
  const recorded = events.map((e) => e.recordedAt).sort();
  const cutoff = recorded[Math.min(recorded.length - 1, Math.floor(recorded.length * (1 - share)))]!;
  return { earlier: events.filter((e) => e.recordedAt < cutoff), lastDay: events.filter((e) => e.recordedAt >= cutoff) };
}

/** One JSON event a line, each line ending in a newline. */
export function toNdjson(events: readonly CaseEvent[]): string {
  let out = '';
  for (const event of events) out += `${JSON.stringify(event)}\n`;
  return out;
}
