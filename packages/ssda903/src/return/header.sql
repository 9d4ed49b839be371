-- One row per child in the return, as the Header table names its columns.
SELECT child_id AS "CHILD", sex AS "SEX", strftime(date_of_birth, '%Y-%m-%d') AS "DOB", ethnicity AS "ETHNIC",
       upn AS "UPN", CASE WHEN is_mother THEN '1' WHEN NOT is_mother THEN '0' END AS "MOTHER",
       strftime(childs_dob, '%Y-%m-%d') AS "MC_DOB"
FROM in_year_children
ORDER BY child_id
