import {
  changeBetween, computeMeasure, eventsRecordedBetween, periodForMeasure, type Measure, type MeasureChange, type MeasureResult, type Period,
  type PopulationEstimate,
} from '@careledger/measures';
import type { ReturnsStore } from './annualReturn';
import type { KnownOnInstant } from './asKnownOn';

export interface MeasureReportScope {
  readonly laCode: string;
  /** The period asked for; a point-in-time measure is taken as at its end. */
  readonly period: Period;
  readonly population?: readonly PopulationEstimate[];
  /** Only what had been recorded by this instant counts. */
  readonly asKnownOn?: KnownOnInstant;
}

async function onStore<T>(store: ReturnsStore, laCode: string, asKnownOn: KnownOnInstant | undefined, work: (store: ReturnsStore) => Promise<T>): Promise<T> {
  if (asKnownOn === undefined) return work(store);
  const known = await store.asKnownOn(laCode, asKnownOn);
  try {
    return await work(known);
  } finally {
    known.close();
  }
}

/** One measure's figure and the children behind it (`careledger explain`, GET /measures/:la/:measure). */
export async function measureReport(store: ReturnsStore, measure: Measure, scope: MeasureReportScope): Promise<MeasureResult> {
  const period = periodForMeasure(measure, scope.period);
  return onStore(store, scope.laCode, scope.asKnownOn, (s) => computeMeasure(s, measure, {
    laCode: scope.laCode, period, ...(scope.population ? { population: scope.population } : {}),
  }));
}

export interface MeasureChangeScope extends Omit<MeasureReportScope, 'asKnownOn'> {
  readonly knownFrom: KnownOnInstant;
  readonly knownTo: KnownOnInstant;
}

/**
 * Why a measure's figure for a period moved between two reports (`careledger diff`): the measure as known on each
 * instant, and the events recorded between them that touch the children whose rows differ.
 */
export async function measureChange(store: ReturnsStore, measure: Measure, scope: MeasureChangeScope): Promise<MeasureChange> {
  const { knownFrom, knownTo, ...common } = scope;
  const before = await measureReport(store, measure, { ...common, asKnownOn: knownFrom });
  const after = await measureReport(store, measure, { ...common, asKnownOn: knownTo });
  const events = await eventsRecordedBetween(store, scope.laCode, knownFrom, knownTo);
  return changeBetween(measure, { asKnownOn: knownFrom, result: before }, { asKnownOn: knownTo, result: after }, events);
}
