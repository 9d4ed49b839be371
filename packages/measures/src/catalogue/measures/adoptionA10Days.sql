-- A10: A1 adjusted for foster carer adoptions: where the child was adopted by their foster carers (AD1 FOSTER_CARE,
-- or placed for adoption with them, A3/A5), the clock stops when the child began living with them
-- (moved_in_with_carers_on), not when the foster placement became an adoptive one.
SELECT child_id, placed_for_adoption_on IS NOT NULL AS in_numerator, true AS in_denominator,
       strftime(entered_care_on, '%Y-%m-%d') AS entered_care_on, strftime(placed_for_adoption_on, '%Y-%m-%d') AS placed_for_adoption_on,
       coalesce(foster_carers_adopting, false) AS foster_carers_adopting,
       strftime(CASE WHEN coalesce(foster_carers_adopting, false) THEN least(moved_in_with_carers_on, placed_for_adoption_on) ELSE placed_for_adoption_on END, '%Y-%m-%d') AS clock_stopped_on,
       CAST(date_diff('day', entered_care_on,
                      CASE WHEN coalesce(foster_carers_adopting, false) THEN least(moved_in_with_carers_on, placed_for_adoption_on) ELSE placed_for_adoption_on END) AS INTEGER) AS days
FROM cohort ORDER BY child_id
