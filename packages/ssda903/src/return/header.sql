-- One row per child in the return, as the Header table names its columns, with the details in force at the cutoff
-- (inYear.sql). MOTHER and MC_DOB are not collected for a child whose only episodes in the year are short breaks.
SELECT child_id AS "CHILD", sex AS "SEX", strftime(date_of_birth, '%Y-%m-%d') AS "DOB", ethnicity AS "ETHNIC",
       upn AS "UPN",
       CASE WHEN short_breaks_only THEN NULL WHEN is_mother THEN '1' WHEN NOT is_mother THEN '0' END AS "MOTHER",
       CASE WHEN NOT short_breaks_only THEN strftime(childs_dob, '%Y-%m-%d') END AS "MC_DOB"
FROM in_year_children
ORDER BY child_id
