import { placedAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

export const ofstedGoodOrOutstandingPercent = defineMeasure({
  id: 'ofsted_good_or_outstanding_percent',
  title: 'Percentage of children looked after placed with providers judged good or outstanding by Ofsted at the date',
  definition: 'Of the children looked after on the date (short breaks excluded) placed with an Ofsted-registered provider (a provider URN recorded on a placement of a type the DfE asks a URN for: foster and adoption agencies, children\'s homes, supported accommodation, residential schools), the percentage whose provider\'s latest Ofsted judgement on or before the date, in the user\'s provider judgement file, is Good or Outstanding. A provider with no judgement by the date is counted as not judged good. With no judgement file there is no figure. Cheshire East scorecard P2.8.',
  source: 'Ofsted',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'pointInTime',
  cohort: placedAt,
  numerator: 'children whose provider\'s latest judgement on or before the date is Good or Outstanding',
  denominator: 'children looked after on the date (not V3/V4) in a placement with an Ofsted URN (Ofsted-registered provision)',
  periods: ['asAt'],
  columns: {
    urn: 'the provider\'s Ofsted URN recorded on the placement (blank or XXXXXXX: none, not in the figure)',
    judgement: 'the provider\'s latest overall judgement on or before the date; blank when the file has none by then',
    inspected_on: 'the date of that inspection',
    place: 'placement type (PLACE) on the date',
    placement_group: 'the placement group (placementGroups.ts) on the date',
  },
  breakdowns: ['judgement', 'placement_group'],
  noteFrom: (rows) => {
    const unjudged = rows.filter((r) => r['in_denominator'] === true && r['judgement'] === null).length;
    return unjudged === 0 ? undefined : `${unjudged} ${unjudged === 1 ? 'child is' : 'children are'} placed with a provider that has no judgement on or before the date in the file (counted as not good or outstanding)`;
  },
  sqlFile: new URL('./ofstedGoodOrOutstandingPercent.sql', import.meta.url),
});
