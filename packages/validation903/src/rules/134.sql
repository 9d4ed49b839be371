-- rule 134
-- message: Data on adoption should not be entered for the OC3 cohort.
-- fields: ACCOM, ACTIV, DATE_INT, DATE_MATCH, FOSTER_CARE, IN_TOUCH, LS_ADOPTR, NB_ADOPTR, SEX_ADOPTR
-- tables: AD1, OC3
-- A child in the OC3 (care leaver) cohort cannot also be in the adoption cohort: an AD1 row with any adoption
-- data fails when the same child has any care leaver data. The AD1 row is flagged, as the reference does.
-- from 2023-24
SELECT 'AD1' AS table_name, a.row_no, a.CHILD AS child
FROM ad1 a
WHERE COALESCE(a.DATE_INT, a.DATE_MATCH, a.FOSTER_CARE, a.NB_ADOPTR, a.SEX_ADOPTR, a.LS_ADOPTR) IS NOT NULL
  AND EXISTS (SELECT 1 FROM oc3 o WHERE o.CHILD = a.CHILD AND COALESCE(o.IN_TOUCH, o.ACTIV, o.ACCOM) IS NOT NULL)
