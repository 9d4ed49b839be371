import { lookedAfterAt } from '../cohorts';
import { defineMeasure, perTenThousand } from '../defineMeasure';

export const uascInCare = defineMeasure({
  id: 'uasc_at_date',
  title: 'Unaccompanied asylum-seeking children looked after at the date',
  definition: 'The number of unaccompanied asylum-seeking children looked after by the council on the date, counting each child once (DfE definition: UASC status from the child\'s details, until the date it ceased or the 18th birthday).',
  source: 'DfE',
  unit: 'count',
  polarity: 'neutral',
  timing: 'pointInTime',
  cohort: lookedAfterAt,
  numerator: 'children looked after on the date (not V3/V4) whose details in force on the date say UASC, the status not ended before the date',
  periods: ['asAt'],
  columns: {
    episode_started: 'the start (DECOM) of the episode open on the date',
    ls: 'legal status (LS) of that episode',
    place: 'placement type (PLACE) of that episode, as known on the date',
    uasc_ends: 'for a child recorded as UASC: the date the status ended or ends (DUC, else the 18th birthday)',
  },
  breakdowns: ['ls', 'place'],
  sqlFile: new URL('./uascInCare.sql', import.meta.url),
});

export const uascInCareRate = perTenThousand(uascInCare, {
  id: 'uasc_rate_per_10000',
  title: 'Unaccompanied asylum-seeking children looked after at the date per 10,000 children aged 0 to 17',
  definition: 'Unaccompanied asylum-seeking children looked after on the date, for every 10,000 children aged 0 to 17 in the council\'s area.',
});
