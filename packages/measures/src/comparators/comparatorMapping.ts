import { InternalError } from '@careledger/runtime';
import { PUBLISHED_TABLE_BY_ID, type PublishedTableId } from './publishedSources';

/**
 * Which published figure a measure is compared with: the table, the characteristic values that pick its rows, and
 * the column holding the figure. The published figure must mean what the measure means (the same cohort and
 * definition as DfE publishes it): a local variant (an SDQ concern threshold of 20, a 16-month adoption wait) has
 * no row here, because DfE publishes no figure to compare it with.
 */
export interface ComparatorSource {
  readonly measureId: string;
  readonly table: PublishedTableId;
  /** Characteristic column -> the value of the rows meant, exactly as DfE writes it. */
  readonly where: Readonly<Record<string, string>>;
  /** The column holding the figure (a count, a percentage or a rate). */
  readonly value: string;
}

/** One line per measure; adding a comparison is one line (and, for a row not yet shipped, regenerating the data). */
export const COMPARATOR_SOURCES: readonly ComparatorSource[] = [
  { measureId: 'cla_at_date', table: 'cla_number_and_rate_per_10k_children', where: { population_type: 'Children looked after on 31 March each year' }, value: 'children_count' },
  { measureId: 'cla_rate_per_10000', table: 'cla_number_and_rate_per_10k_children', where: { population_type: 'Children looked after on 31 March each year' }, value: 'rate_per_10000' },
  { measureId: 'started_in_period', table: 'cla_number_and_rate_per_10k_children', where: { population_type: 'Children starting to be looked after each year' }, value: 'children_count' },
  { measureId: 'ceased_in_period', table: 'cla_number_and_rate_per_10k_children', where: { population_type: 'Children ceasing to be looked after each year' }, value: 'children_count' },
  { measureId: 'placements_3plus_percent', table: 'la_cla_placement_stability', where: { cla_group: 'CLA on 31 March', placement_stability: 'With 3 or more placements during the year' }, value: 'children_percent' },
  // DfE has not published this cohort's exact definition (anchors 2.7); the measure's own definition says careledger's reading.
  { measureId: 'placements_3plus_2years_percent', table: 'la_cla_placement_stability', where: { cla_group: 'CLA 2 years on 31 March', placement_stability: 'With 3 or more placements during the previous 2 years' }, value: 'children_percent' },
  { measureId: 'long_term_stability_percent', table: 'la_cla_placement_stability', where: { cla_group: 'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years', placement_stability: 'Living with the same carer for at least 2 years' }, value: 'children_percent' },
  { measureId: 'oc2_health_assessment_percent', table: 'la_conviction_health_outcome_cla', where: { characteristic: 'Health assessments: Children looked after all ages', breakdown: 'Had their annual health assessment' }, value: 'children_percent' },
  { measureId: 'oc2_dental_check_percent', table: 'la_conviction_health_outcome_cla', where: { characteristic: 'Health assessments: Children looked after all ages', breakdown: 'Had their teeth checked by a dentist' }, value: 'children_percent' },
  { measureId: 'oc2_immunisations_percent', table: 'la_conviction_health_outcome_cla', where: { characteristic: 'Health assessments: Children looked after all ages', breakdown: 'Had their immunisations up to date' }, value: 'children_percent' },
  // DfE's percentage is of the children aged 5 to 16 whose SDQ was received (14,320 of 33,790 = 42% in 2025).
  { measureId: 'oc2_sdq_concern_percent', table: 'la_conviction_health_outcome_cla', where: { characteristic: 'Ages 5 to 16 years with SDQ score', breakdown: 'SDQ score is a cause for concern' }, value: 'children_percent' },
  { measureId: 'oc2_convictions_percent', table: 'la_conviction_health_outcome_cla', where: { characteristic: 'Convictions: Children looked after Ages 10 to 17 years', breakdown: 'Convicted or subject to youth cautions, or youth conditional cautions during the year' }, value: 'children_percent' },
  { measureId: 'care_leavers_19_21_eet_percent', table: 'la_care_leavers_activity', where: { care_leaver_age: '19 to 21 years', breakdown: 'Total in education, employment or training' }, value: 'care_leaver_percent' },
  { measureId: 'care_leavers_19_21_suitable_accommodation_percent', table: 'la_care_leavers_accommodation_suitability', where: { care_leaver_age: '19 to 21 years', breakdown: 'Accommodation considered suitable' }, value: 'care_leaver_percent' },
];

function indexSources(sources: readonly ComparatorSource[]): ReadonlyMap<string, ComparatorSource> {
  const byId = new Map<string, ComparatorSource>();
  for (const source of sources) {
    const spec = PUBLISHED_TABLE_BY_ID.get(source.table);
    const unknown = [...Object.keys(source.where), source.value].filter((c) => !spec || ![...spec.filterColumns, ...spec.valueColumns].includes(c));
    if (!spec || unknown.length > 0 || byId.has(source.measureId)) {
      throw new InternalError('comparators.mapping', `the comparison of ${source.measureId} names a table or columns careledger does not ship, or is listed twice`, { measureId: source.measureId, table: source.table, unknown });
    }
    byId.set(source.measureId, source);
  }
  return byId;
}

export const COMPARATOR_SOURCE_BY_MEASURE: ReadonlyMap<string, ComparatorSource> = indexSources(COMPARATOR_SOURCES);

export function comparatorSourceFor(measureId: string): ComparatorSource | undefined {
  return COMPARATOR_SOURCE_BY_MEASURE.get(measureId);
}

/** The measure ids the mapping names that are not among `knownIds` (a measure renamed or not yet registered). */
export function unknownComparatorMeasures(knownIds: Iterable<string>): string[] {
  const known = new Set(knownIds);
  return COMPARATOR_SOURCES.map((s) => s.measureId).filter((id) => !known.has(id));
}
