-- Children who were UASC at some time in the year; a ceasing after the cutoff is not yet known.
SELECT child_id AS "CHILD", strftime(date_of_birth, '%Y-%m-%d') AS "DOB", sex AS "SEX",
       CASE WHEN uasc_ceased <= CAST($cutoff AS DATE) THEN strftime(uasc_ceased, '%Y-%m-%d') END AS "DUC"
FROM in_year_children
WHERE uasc AND (uasc_ceased IS NULL OR uasc_ceased >= CAST($yearStart AS DATE))
ORDER BY child_id
