import { defineCohort } from './defineMeasure';

const sqlFile = (name: string) => new URL(`./cohorts/${name}.sql`, import.meta.url);

/** Columns: child_id, episode_started, ls, place (of the episode open on the date), uasc (boolean), uasc_ends. */
export const lookedAfterAt = defineCohort({
  id: 'lookedAfterAt',
  description: 'Children looked after on the date, short breaks (V3/V4) excluded, described by the episode open that day',
  sqlFile: sqlFile('lookedAfterAt'),
});

/** Columns: child_id, started_on, ls, cin, place (of the first start in the period). */
export const startedInPeriod = defineCohort({
  id: 'startedInPeriod',
  description: 'Children who started to be looked after in the period (first start), short breaks (V3/V4) excluded',
  sqlFile: sqlFile('startedInPeriod'),
});

/** Columns: child_id, ceased_on, rec, ls, period_started (of the last cease in the period). */
export const ceasedInPeriod = defineCohort({
  id: 'ceasedInPeriod',
  description: 'Children who ceased to be looked after in the period (last cease, X1 is not a cease), short breaks (V3/V4) excluded',
  sqlFile: sqlFile('ceasedInPeriod'),
});
