import { missingIncidents } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

export const childrenMissingAtDate = defineMeasure({
  id: 'children_missing_or_away_at_date',
  title: 'Children looked after still missing or away from placement at the date',
  definition: 'The number of children looked after by the council who were missing (903 code M) or away from their placement without authorisation (code A) at the end of the date: an incident that began while they were looked after and had not ended by then, broken down by type (DfE\'s children still missing at 31 March; short breaks left out).',
  source: 'DfE',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: missingIncidents,
  numerator: 'children with a missing (M) or away (A) incident, begun while looked after (not V3/V4), started on or before the date and not ended by it (back on the date is not missing at its end)',
  periods: ['asAt'],
  columns: {
    missing_type: 'M missing or A away, of the open incident',
    missing_since: 'the date it started (MIS_START)',
    place: 'the placement type (PLACE) the child went missing from',
  },
  breakdowns: ['missing_type'],
  sqlFile: new URL('./childrenMissingAtDate.sql', import.meta.url),
});
