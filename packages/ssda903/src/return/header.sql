SELECT child_id, sex, strftime(date_of_birth, '%Y-%m-%d') AS dob, ethnicity, upn, is_mother,
       strftime(childs_dob, '%Y-%m-%d') AS mc_dob
FROM in_year_children
ORDER BY child_id
