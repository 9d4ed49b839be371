import { placedWithLocationAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

export const placedOutsideLaPercent = defineMeasure({
  id: 'placed_outside_la_percent',
  title: 'Percentage of children looked after placed outside the council\'s area at the date',
  definition: 'Of the children looked after on the date (short breaks excluded) whose placement postcode (PL_POST) the user\'s postcode lookup places, the percentage placed outside the council\'s own boundary: in another LA, or outside England. A full postcode is placed by its own entry, a postcode sector by the LA most of its postcodes are in. Children whose placement cannot be placed (no postcode, a district only, not in the lookup) are left out and listed; with no lookup there is no figure. DfE\'s "placed outside the LA boundary"; Thurrock reports its inverse, placed within the borough.',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: placedWithLocationAt,
  numerator: 'children whose placement postcode is in another LA or outside England',
  denominator: 'children looked after on the date (not V3/V4) whose placement postcode the lookup places in an LA or outside England',
  periods: ['asAt'],
  columns: {
    location: "'inside' or 'outside' the council's area, or 'not known' (left out of the figure)",
    pl_post: 'the placement postcode (PL_POST) as recorded',
    placement_located_by: "how the lookup found it: 'postcode' (its own entry) or 'sector' (the sector's postcodes); blank when it could not",
    placement_la: 'the DfE LA code of the placement; the ONS code outside England (or for an English code careledger cannot map)',
    place: 'placement type (PLACE) on the date',
    placement_group: 'the placement group (placementGroups.ts) on the date',
  },
  breakdowns: ['placement_la', 'placement_group'],
  noteFrom: (rows) => {
    const unknown = rows.filter((r) => r['location'] === 'not known').length;
    return unknown === 0 ? undefined : `${unknown} ${unknown === 1 ? 'child' : 'children'} whose placement the postcode lookup could not place in an LA ${unknown === 1 ? 'is' : 'are'} left out of the figure (location 'not known')`;
  },
  sqlFile: new URL('./placedOutsideLaPercent.sql', import.meta.url),
});
