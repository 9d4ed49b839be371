import { lookedAfterAt } from '../cohorts';
import { defineMeasure, perTenThousand } from '../defineMeasure';

export const childrenInCareExcludingUasc = defineMeasure({
  id: 'cla_excluding_uasc_at_date',
  title: 'Children looked after at the date, excluding unaccompanied asylum-seeking children',
  definition: 'The number of children looked after by the council on the date who were not unaccompanied asylum-seeking children, counting each child once and leaving out short breaks (DfE definition).',
  source: 'DfE',
  unit: 'count',
  polarity: 'neutral',
  timing: 'pointInTime',
  cohort: lookedAfterAt,
  numerator: 'children looked after on the date (not V3/V4) who were not UASC on it',
  periods: ['asAt'],
  columns: {
    episode_started: 'the start (DECOM) of the episode open on the date',
    ls: 'legal status (LS) of that episode',
    place: 'placement type (PLACE) of that episode, as known on the date',
    uasc: 'whether the child was UASC on the date (then not in the figure)',
    uasc_ends: 'for a child recorded as UASC: the date the status ended or ends (DUC, else the 18th birthday)',
  },
  breakdowns: ['ls', 'place'],
  sqlFile: new URL('./childrenInCareExcludingUasc.sql', import.meta.url),
});

export const childrenInCareExcludingUascRate = perTenThousand(childrenInCareExcludingUasc, {
  id: 'cla_excluding_uasc_rate_per_10000',
  title: 'Children looked after at the date, excluding UASC, per 10,000 children aged 0 to 17',
  definition: 'Children looked after on the date who were not unaccompanied asylum-seeking children, for every 10,000 children aged 0 to 17 in the council\'s area (DfE definition).',
});
