import { lookedAfterAt } from '../cohorts';
import { defineMeasure, perTenThousand } from '../defineMeasure';

export const childrenInCare = defineMeasure({
  id: 'cla_at_date',
  title: 'Children looked after at the date',
  definition: 'The number of children looked after by the council on the date, counting each child once and leaving out children who only receive short breaks (DfE definition).',
  source: 'DfE',
  unit: 'count',
  polarity: 'neutral',
  timing: 'pointInTime',
  cohort: lookedAfterAt,
  numerator: 'children with an episode of care open on the date (started on or before it, not ceased by it), not V3/V4',
  periods: ['asAt'],
  columns: {
    episode_started: 'the start (DECOM) of the episode open on the date',
    ls: 'legal status (LS) of that episode',
    place: 'placement type (PLACE) of that episode, as known on the date',
    uasc: 'whether the child was an unaccompanied asylum-seeking child on the date',
    age_group: "the child's DfE age group on the date (under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over; not recorded without a date of birth)",
  },
  breakdowns: ['ls', 'place', 'uasc', 'age_group'],
  sqlFile: new URL('./childrenInCare.sql', import.meta.url),
});

export const childrenInCareRate = perTenThousand(childrenInCare, {
  id: 'cla_rate_per_10000',
  title: 'Children looked after at the date per 10,000 children aged 0 to 17',
  definition: 'Children looked after on the date for every 10,000 children aged 0 to 17 living in the council\'s area, on the ONS population estimate DfE uses (DfE definition).',
});
