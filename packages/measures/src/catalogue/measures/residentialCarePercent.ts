import { placedAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

export const residentialCarePercent = defineMeasure({
  id: 'residential_care_percent',
  title: 'Percentage of children looked after in residential care at the date',
  definition: 'Of the children looked after on the date (short breaks excluded), the percentage placed in residential care: secure children\'s homes (K1), other children\'s homes (K2), residential schools (S1), residential care homes (R1), NHS settings (R2), family centres and mother and baby units (R3) and young offender institutions (R5). Supported accommodation is not residential care here. Cheshire East scorecard P2.4.',
  source: 'local',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: placedAt,
  numerator: 'children in a K1, K2, S1, R1, R2, R3 or R5 placement on the date',
  denominator: 'children looked after on the date (not V3/V4)',
  periods: ['asAt'],
  columns: {
    episode_started: 'the start (DECOM) of the episode open on the date',
    place: 'placement type (PLACE) of that episode, as known on the date',
    place_provider: 'placement provider (PLACE_PROVIDER); blank when not recorded',
    placement_group: 'the placement group (placementGroups.ts) the child was in on the date',
  },
  breakdowns: ['place', 'place_provider'],
  sqlFile: new URL('./residentialCarePercent.sql', import.meta.url),
});
