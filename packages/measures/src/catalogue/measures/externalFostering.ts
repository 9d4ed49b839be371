import { placedAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

const columns = {
  episode_started: 'the start (DECOM) of the episode open on the date',
  place: 'placement type (PLACE) of that episode, as known on the date',
  place_provider: 'placement provider (PLACE_PROVIDER); blank when not recorded',
  placement_group: 'the placement group (placementGroups.ts) the child was in on the date',
} as const;

export const externalFostering = defineMeasure({
  id: 'cla_external_fostering_at_date',
  title: 'Children looked after in external (agency) foster care at the date',
  definition: 'The number of children looked after on the date (short breaks excluded) placed with foster carers the council does not provide: a foster placement (PLACE U1-U6) provided by another LA (PR2), another public body (PR3), or a private or voluntary fostering agency (PR4, PR5). A foster placement with no provider recorded is in neither this nor the in-house figure. Cheshire East scorecard P2.2.',
  source: 'local',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: placedAt,
  numerator: 'children looked after on the date (not V3/V4) in a U1-U6 placement with provider PR2, PR3, PR4 or PR5',
  periods: ['asAt'],
  columns,
  breakdowns: ['place', 'place_provider'],
  sqlFile: new URL('./externalFostering.sql', import.meta.url),
});
