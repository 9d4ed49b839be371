-- Children who were UASC at some time in the year, by the details in force at the cutoff (inYear.sql). DUC is printed
-- as recorded, even when after the cutoff: the DfE expects the date the status ended, which for a child still UASC is
-- their 18th birthday, so it is the same in one year's return and the next. A UASC child with no DUC recorded gets
-- that 18th birthday, also the end of the status for the cohort. A 29 February birthday falls on 1 March in the 18th
-- year (never a leap year), as ageInYears counts it. Care leavers are not in it (rule 1014).
SELECT child_id AS "CHILD", sex AS "SEX", strftime(date_of_birth, '%Y-%m-%d') AS "DOB", strftime(duc, '%Y-%m-%d') AS "DUC"
FROM (
  SELECT *,
         COALESCE(uasc_ceased, CASE WHEN month(date_of_birth) = 2 AND day(date_of_birth) = 29
                                    THEN make_date(year(date_of_birth) + 18, 3, 1)
                                    ELSE CAST(date_of_birth + INTERVAL 18 YEAR AS DATE) END) AS duc
  FROM in_year_children
  WHERE uasc AND looked_after_in_year
)
WHERE duc IS NULL OR duc >= CAST($yearStart AS DATE)
ORDER BY child_id
