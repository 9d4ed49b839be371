import { placementGroupAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

const COLUMNS = {
  place: 'placement type (PLACE) on the date, as known then',
  place_provider: 'placement provider (PLACE_PROVIDER)',
  placement_group: 'the group (cohorts/placementGroupAt.sql): in_house_fostering, agency_fostering, residential, supported_accommodation, placed_for_adoption, placed_with_parents, other',
} as const;

const common = { timing: 'pointInTime', cohort: placementGroupAt, periods: ['asAt'], columns: COLUMNS, breakdowns: ['placement_group', 'place'] } as const;

export const placementsByGroup = defineMeasure({
  ...common,
  id: 'placements_by_group',
  title: 'Children looked after at the date by placement type and provider',
  definition: 'The children looked after on the date (short breaks left out) counted by the kind of placement they are in: in-house fostering (family and friends included), agency fostering, residential care, supported accommodation for 16 and over, placed for adoption, placed with parents, other (the breakdown by placement_group).',
  source: 'DfE',
  unit: 'count',
  polarity: 'neutral',
  numerator: 'children looked after on the date, each in one placement group',
  sqlFile: new URL('./placementsByGroup.sql', import.meta.url),
});

export const inHouseFostering = defineMeasure({
  ...common,
  id: 'placed_in_house_fostering',
  title: 'Children looked after in in-house foster care (including family and friends)',
  definition: 'The number of children looked after on the date placed with the council\'s own foster carers or with relatives or friends as foster carers (PLACE U1-U3, or U4-U6 provided by the council, PR1; Cheshire East P2.1).',
  source: 'local',
  unit: 'count',
  polarity: 'highIsGood',
  numerator: 'children in U1-U3 placements, or U4-U6 with provider PR1',
  sqlFile: new URL('./inHouseFostering.sql', import.meta.url),
});

export const agencyFostering = defineMeasure({
  ...common,
  id: 'placed_agency_fostering',
  title: 'Children looked after in external (agency) foster care',
  definition: 'The number of children looked after on the date placed with foster carers not provided by the council: U4-U6 with another council, a public body, or a private or voluntary agency (Cheshire East P2.2).',
  source: 'local',
  unit: 'count',
  polarity: 'lowIsGood',
  numerator: 'children in U4-U6 placements not provided by the council',
  sqlFile: new URL('./agencyFostering.sql', import.meta.url),
});

export const residentialPercent = defineMeasure({
  ...common,
  id: 'residential_care_percent',
  title: 'Percentage of children looked after in residential care',
  definition: 'Of the children looked after on the date, the percentage living in residential care: children\'s homes (secure included), residential care homes, health establishments, family centres and mother and baby units, young offender institutions and residential schools (Cheshire East P2.4).',
  source: 'local',
  unit: 'percent',
  polarity: 'lowIsGood',
  numerator: 'children in K1, K2, R1, R2, R3, R5 or S1 placements',
  denominator: 'children looked after on the date (not V3/V4)',
  sqlFile: new URL('./residentialPercent.sql', import.meta.url),
});
