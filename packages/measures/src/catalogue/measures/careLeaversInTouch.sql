-- In touch: IN_TOUCH YES.
-- Over the OC3 cohort (cohorts/oc3Outcomes.sql) aged $ageFrom to $ageTo on the birthday in the period; young
-- people who died or returned home for six months (IN_TOUCH DIED, RHOM) are not care leavers DfE counts.
SELECT child_id, coalesce((true) AND (in_touch = 'YES'), false) AS in_numerator, coalesce(true, false) AS in_denominator, age, in_touch, activity, accommodation
FROM cohort
WHERE age BETWEEN $ageFrom AND $ageTo AND in_touch NOT IN ('DIED', 'RHOM')
ORDER BY child_id
