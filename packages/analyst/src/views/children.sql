-- view: children
-- about: One row per child the LA has recorded: who the child is, as the latest facts say.
-- column la_code: The LA's DfE code (three digits).
-- column child_id [child]: The LA's id for the child (903 CHILD).
-- column sex: 903 SEX as careledger holds it (1 male, 2 female).
-- column date_of_birth [birth]: 903 DOB.
-- column ethnicity: 903 ETHNIC.
-- column upn [drop]: Unique Pupil Number (903 UPN).
-- column is_mother: Whether the child is a mother (903 MOTHER).
-- column childs_date_of_birth [birth]: Date of birth of the child's own child (903 MC_DOB).
-- column uasc: Whether the child is or was an unaccompanied asylum-seeking child.
-- column uasc_ceased: The date UASC status ceased (903 DUC).
SELECT la_code, child_id, sex, date_of_birth, ethnicity, upn, is_mother, childs_dob AS childs_date_of_birth, uasc,
       uasc_ceased
FROM children
WHERE la_code = $laCode
