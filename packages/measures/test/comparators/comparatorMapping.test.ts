import { describe, expect, it } from 'vitest';
import { COMPARATOR_SOURCES, comparatorSourceFor, MEASURES, unknownComparatorMeasures } from '../../src';

/** Measure ids issue 8 announces, being added to the catalogue beside this work; registered ones leave this list. */
const ANNOUNCED = [
  'placements_3plus_percent', 'long_term_stability_percent', 'oc2_health_assessment_percent', 'oc2_dental_check_percent',
  'oc2_immunisations_percent', 'oc2_sdq_concern_percent', 'oc2_convictions_percent', 'care_leavers_19_21_eet_percent',
  'care_leavers_19_21_suitable_accommodation_percent',
  // Registered on main since this branch began.
  'placements_3plus_2years_percent',
];

describe('which published figure compares with which measure', () => {
  it('maps the registered DfE measures DfE publishes a figure for, and the announced ones', () => {
    expect(comparatorSourceFor('cla_at_date')).toEqual({ measureId: 'cla_at_date', table: 'cla_number_and_rate_per_10k_children', where: { population_type: 'Children looked after on 31 March each year' }, value: 'children_count' });
    expect(comparatorSourceFor('cla_rate_per_10000')!.value).toBe('rate_per_10000');
    expect(comparatorSourceFor('started_in_period')!.where).toEqual({ population_type: 'Children starting to be looked after each year' });
    expect(comparatorSourceFor('ceased_in_period')!.where).toEqual({ population_type: 'Children ceasing to be looked after each year' });
    expect(comparatorSourceFor('long_term_stability_percent')).toMatchObject({ table: 'la_cla_placement_stability', value: 'children_percent' });
    expect(comparatorSourceFor('care_leavers_19_21_eet_percent')).toMatchObject({ table: 'la_care_leavers_activity', where: { care_leaver_age: '19 to 21 years' } });
    // The shipped tables hold no UASC, exclusion-of-UASC or reasons-ceased figures: those measures have no row.
    for (const id of ['uasc_at_date', 'cla_excluding_uasc_at_date', 'ceased_adopted_percent']) expect(comparatorSourceFor(id), id).toBeUndefined();
  });

  it('names only measures that are registered or announced', () => {
    expect(unknownComparatorMeasures([...MEASURES.map((m) => m.id), ...ANNOUNCED])).toEqual([]);
    // Every registered DfE measure with a mapping is a DfE measure (a local variant has no published figure).
    for (const source of COMPARATOR_SOURCES) {
      const measure = MEASURES.find((m) => m.id === source.measureId);
      if (measure) expect(measure.source, measure.id).toBe('DfE');
    }
  });
});
