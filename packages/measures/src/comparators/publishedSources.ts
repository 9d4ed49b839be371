/**
 * The DfE tables careledger compares its figures with, as published on explore-education-statistics (Open
 * Government Licence v3.0). The rows and columns the catalogue uses are shipped in `packages/measures/data/dfe/`
 * (regenerated from the downloads by `regenerateShippedTables.ts`; SOURCES in its README); a council may supply a
 * newer release of any of them, which then replaces the shipped one whole.
 */
export interface PublishedTableSpec {
  readonly id: string;
  /** The file name DfE gives the download (and the shipped copy's name). */
  readonly fileName: string;
  readonly publication: string;
  /** Where it is published, as careledger's anchors give it. */
  readonly url: string;
  /** The release the shipped copy is from (its latest year ends 31 March of it). */
  readonly releaseYear: number;
  /** The characteristic columns a comparison filters on. */
  readonly filterColumns: readonly string[];
  /** The number, percentage and rate columns kept. */
  readonly valueColumns: readonly string[];
}

const CLA_PUBLICATION = 'Children looked after in England including adoptions';
const CLA_2025 = 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2025';
const DATA_SET = (id: string) => `https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/${id}`;

export const PUBLISHED_TABLES = [
  {
    id: 'cla_number_and_rate_per_10k_children', fileName: 'cla_number_and_rate_per_10k_children.csv', publication: CLA_PUBLICATION,
    url: CLA_2025, releaseYear: 2025, filterColumns: ['population_type'], valueColumns: ['population_estimate', 'children_count', 'rate_per_10000'],
  },
  {
    id: 'la_cla_placement_stability', fileName: 'la_cla_placement_stability.csv', publication: `${CLA_PUBLICATION}: placement stability by local authority`,
    url: DATA_SET('68c7a1f2-7dd9-42d4-9794-e94203e311f0'), releaseYear: 2025, filterColumns: ['cla_group', 'placement_stability'], valueColumns: ['children_count', 'children_percent'],
  },
  {
    id: 'la_conviction_health_outcome_cla', fileName: 'la_conviction_health_outcome_cla.csv', publication: `${CLA_PUBLICATION}: CLA for 12 months, conviction and health outcomes by local authority`,
    url: DATA_SET('27bcdcda-9877-42c7-b67b-61b23df4b10c'), releaseYear: 2025, filterColumns: ['characteristic', 'breakdown'], valueColumns: ['children_count', 'children_percent'],
  },
  {
    id: 'la_care_leavers_activity', fileName: 'la_care_leavers_activity.csv', publication: `${CLA_PUBLICATION}: 17 to 21 year old care leavers' activity by local authority`,
    url: CLA_2025, releaseYear: 2025, filterColumns: ['care_leaver_age', 'breakdown'], valueColumns: ['care_leaver_count', 'care_leaver_percent'],
  },
  {
    id: 'la_care_leavers_accommodation_suitability', fileName: 'la_care_leavers_accommodation_suitability.csv', publication: `${CLA_PUBLICATION}: 17 to 21 year old care leaver accommodation by local authority`,
    url: DATA_SET('163c2b78-5cf9-424c-8f5c-5b993e569373'), releaseYear: 2025, filterColumns: ['care_leaver_age', 'breakdown'], valueColumns: ['care_leaver_count', 'care_leaver_percent'],
  },
] as const satisfies readonly PublishedTableSpec[];

export type PublishedTableId = (typeof PUBLISHED_TABLES)[number]['id'];

export const PUBLISHED_TABLE_BY_ID: ReadonlyMap<string, PublishedTableSpec> = new Map(PUBLISHED_TABLES.map((t) => [t.id, t]));

/** DfE's statistical neighbour groupings: ten neighbours per LA, closest first. */
export const NEIGHBOUR_GROUPINGS = {
  id: 'statistical_neighbours',
  fileName: 'New_Statistical_Neighbour_Groupings_April_2021.csv',
  publication: 'DfE children\'s services statistical neighbour groupings, April 2021 (published with the Local Authority Interactive Tool, LAIT)',
  releaseYear: 2021,
} as const;
