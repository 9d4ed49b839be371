-- A1: days from entering care (the final period of care) to moving in with the adoptive family (placed for
-- adoption), for the children adopted in the period. An adopted child with no placement for adoption recorded is in
-- the denominator and named, not averaged.
SELECT child_id, placed_for_adoption_on IS NOT NULL AS in_numerator, true AS in_denominator,
       strftime(entered_care_on, '%Y-%m-%d') AS entered_care_on, strftime(placed_for_adoption_on, '%Y-%m-%d') AS placed_for_adoption_on,
       strftime(adopted_on, '%Y-%m-%d') AS adopted_on,
       CAST(date_diff('day', entered_care_on, placed_for_adoption_on) AS INTEGER) AS days
FROM cohort ORDER BY child_id
