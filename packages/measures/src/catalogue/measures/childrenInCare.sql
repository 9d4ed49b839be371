-- Every child looked after on the date is in the figure (cohorts/lookedAfterAt.sql states who they are). The age
-- group is DfE's (under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over) on the date, in whole years; a 29 February
-- birthday falls on 1 March in other years.
SELECT child_id, true AS in_numerator, false AS in_denominator, episode_started, ls, place, uasc,
       CASE WHEN age IS NULL THEN 'not recorded' WHEN age < 1 THEN 'under 1' WHEN age <= 4 THEN '1 to 4' WHEN age <= 9 THEN '5 to 9'
            WHEN age <= 15 THEN '10 to 15' ELSE '16 and over' END AS age_group
FROM (
  SELECT *, CAST(year(CAST($periodEnd AS DATE)) - year(date_of_birth)
                 - CASE WHEN month(CAST($periodEnd AS DATE)) < month(date_of_birth)
                          OR (month(CAST($periodEnd AS DATE)) = month(date_of_birth) AND day(CAST($periodEnd AS DATE)) < day(date_of_birth))
                        THEN 1 ELSE 0 END AS INTEGER) AS age
  FROM cohort
) aged
ORDER BY child_id
