import { placedWithLocationAt } from '../cohorts';
import { defineMeasure, type MeasureRowValues } from '../defineMeasure';

/** Where the distances of the children the figure is about came from, and who had none. */
function distanceNote(rows: readonly MeasureRowValues[]): string {
  const notUasc = rows.filter((r) => r['uasc'] !== true);
  const count = (source: string) => notUasc.filter((r) => r['distance_source'] === source).length;
  const none = count('none');
  return `distance from postcode centroids for ${count('postcode centroids')}, recorded on the placement for ${count('recorded distance')}`
    + (none === 0 ? '' : `; ${none} ${none === 1 ? 'child' : 'children'} with neither left out of the figure (distance_source 'none')`);
}

export const placedOver20MilesPercent = defineMeasure({
  id: 'placed_over_20_miles_percent',
  title: 'Percentage of children looked after placed more than 20 miles from home (excluding UASC) at the date',
  definition: 'Of the children looked after on the date (short breaks excluded) who are not unaccompanied asylum-seeking children, the percentage whose placement is more than 20 miles from their home, inside or outside the council\'s area: the straight-line distance between the centroids of the home postcode (HOME_POST) and the placement postcode (PL_POST) in the user\'s postcode lookup (a sector\'s centroid being the mean of its postcodes), or, where the lookup cannot give it, the distance recorded on the placement. Children with neither are left out and listed, never counted as near. Cheshire East scorecard P2.3.',
  source: 'local',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: placedWithLocationAt,
  numerator: 'children (not UASC) whose distance from home is more than 20 miles, to a tenth of a mile',
  denominator: 'children looked after on the date (not V3/V4), not UASC, with a distance from home (postcode centroids or recorded)',
  periods: ['asAt'],
  columns: {
    uasc: 'whether the child was an unaccompanied asylum-seeking child on the date (left out of the figure)',
    home_post: 'the home postcode (HOME_POST) recorded when the period of care began',
    pl_post: 'the placement postcode (PL_POST)',
    home_located_by: "how the lookup found the home: 'postcode' or 'sector'; blank when it could not",
    placement_located_by: "how the lookup found the placement: 'postcode' or 'sector'; blank when it could not",
    distance_miles: 'the distance from home to the placement in miles, to a tenth; blank when not known',
    distance_source: "where the distance came from: 'postcode centroids', 'recorded distance' (on the placement), or 'none' (left out of the figure)",
    place: 'placement type (PLACE) on the date',
    placement_group: 'the placement group (placementGroups.ts) on the date',
  },
  breakdowns: ['distance_source', 'placement_group'],
  noteFrom: distanceNote,
  sqlFile: new URL('./placedOver20MilesPercent.sql', import.meta.url),
});
