import { placedAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { PLACEMENT_GROUPS } from '../placementGroups';

const groups = Object.entries(PLACEMENT_GROUPS).map(([id, label]) => `${id}: ${label}`).join('; ');

export const placementsByGroup = defineMeasure({
  id: 'cla_by_placement_group_at_date',
  title: 'Children looked after at the date by placement type and provider',
  definition: 'The number of children looked after by the council on the date (short breaks excluded), each counted once in the placement they were in that day, broken down by the placement groups committee papers report (in-house fostering including family and friends, agency and other external fostering, residential, supported accommodation 16+, placed for adoption, placed with parents, other), by 903 placement type (PLACE, as known on the date) and by provider (PLACE_PROVIDER).',
  source: 'local',
  unit: 'count',
  polarity: 'neutral',
  timing: 'pointInTime',
  cohort: placedAt,
  numerator: 'children looked after on the date (not V3/V4)',
  periods: ['asAt'],
  columns: {
    episode_started: 'the start (DECOM) of the episode open on the date',
    ls: 'legal status (LS) of that episode',
    place: 'placement type (PLACE) of that episode, as known on the date',
    place_provider: 'placement provider (PLACE_PROVIDER) of the placement; blank when not recorded',
    placement_group: `the placement group (placementGroups.ts): ${groups}`,
  },
  breakdowns: ['placement_group', 'place', 'place_provider'],
  sqlFile: new URL('./placementsByGroup.sql', import.meta.url),
});
