import { placedAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

const columns = {
  episode_started: 'the start (DECOM) of the episode open on the date',
  place: 'placement type (PLACE) of that episode, as known on the date',
  place_provider: 'placement provider (PLACE_PROVIDER); blank when not recorded',
  placement_group: 'the placement group (placementGroups.ts) the child was in on the date',
} as const;

export const inHouseFostering = defineMeasure({
  id: 'cla_in_house_fostering_at_date',
  title: 'Children looked after in in-house foster care (including family and friends) at the date',
  definition: 'The number of children looked after on the date (short breaks excluded) placed with the council\'s own foster carers, family and friends (connected persons) carers it approved included: a foster placement (PLACE U1-U6) provided by the council itself (PLACE_PROVIDER PR1). Cheshire East scorecard P2.1.',
  source: 'local',
  unit: 'count',
  polarity: 'highIsGood',
  timing: 'pointInTime',
  cohort: placedAt,
  numerator: 'children looked after on the date (not V3/V4) in a U1-U6 placement with provider PR1',
  periods: ['asAt'],
  columns,
  breakdowns: ['place'],
  sqlFile: new URL('./inHouseFostering.sql', import.meta.url),
});
