-- Children who were UASC at some time in the year, by the details in force at the cutoff (inYear.sql). DUC is printed
-- as recorded, even when after the cutoff: the DfE expects the date the status ended, which for a child still UASC is
-- their 18th birthday, so it is the same in one year's return and the next (child_details.uasc_ends says which day
-- that is). Care leavers are not in it (rule 1014).
SELECT child_id AS "CHILD", sex AS "SEX", strftime(date_of_birth, '%Y-%m-%d') AS "DOB", strftime(uasc_ends, '%Y-%m-%d') AS "DUC"
FROM in_year_children
WHERE uasc AND looked_after_in_year AND (uasc_ends IS NULL OR uasc_ends >= CAST($yearStart AS DATE))
ORDER BY child_id
