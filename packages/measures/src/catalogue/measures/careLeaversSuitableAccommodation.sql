-- In suitable accommodation: ACCOM ending 1; the denominator leaves out gone abroad (G), deported (H) and residence not known (R), and keeps those not in touch (DfE, LAIT 112).
-- Over the OC3 cohort (cohorts/oc3Outcomes.sql) aged $ageFrom to $ageTo on the birthday in the period; young
-- people who died or returned home for six months (IN_TOUCH DIED, RHOM) are not care leavers DfE counts.
SELECT child_id, coalesce((NOT (accommodation LIKE 'G%' OR accommodation LIKE 'H%' OR accommodation LIKE 'R%')) AND (accommodation LIKE '_1'), false) AS in_numerator, coalesce(NOT (accommodation LIKE 'G%' OR accommodation LIKE 'H%' OR accommodation LIKE 'R%'), false) AS in_denominator, age, in_touch, activity, accommodation
FROM cohort
WHERE age BETWEEN $ageFrom AND $ageTo AND in_touch NOT IN ('DIED', 'RHOM')
ORDER BY child_id
