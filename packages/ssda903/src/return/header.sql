-- One row per child in the return, as the Header table names its columns, with the details in force at the cutoff
-- (inYear.sql). MOTHER and MC_DOB are not collected for a child whose only episodes in the year are short breaks, nor
-- for a care leaver not looked after in the year (rule 628).
SELECT child_id AS "CHILD", sex AS "SEX", strftime(date_of_birth, '%Y-%m-%d') AS "DOB", ethnicity AS "ETHNIC",
       upn AS "UPN",
       CASE WHEN short_breaks_only OR NOT looked_after_in_year THEN NULL WHEN is_mother THEN '1' WHEN NOT is_mother THEN '0' END AS "MOTHER",
       CASE WHEN NOT short_breaks_only AND looked_after_in_year THEN strftime(childs_dob, '%Y-%m-%d') END AS "MC_DOB"
FROM in_year_children
ORDER BY child_id
