-- rule 187
-- message: Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.
-- fields: ACCOM, ACTIV, DATE_INT, DATE_MATCH, FOSTER_CARE, IN_TOUCH, LS_ADOPTR, NB_ADOPTR, SEX_ADOPTR
-- tables: AD1, Episodes, OC3
-- The adoption (AD1) and care leaver (OC3) rows of a child looked after 12 months at 31 March are flagged.
-- Looked after continuously for 12 months at 31 March (cla) as the DfE counts it: lookedAfter12Months.sql.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'AD1' AS table_name, a.row_no, a.CHILD AS child FROM ad1 a JOIN cla ON cla.CHILD = a.CHILD
WHERE a.DATE_INT IS NOT NULL OR a.DATE_MATCH IS NOT NULL OR a.FOSTER_CARE IS NOT NULL OR a.NB_ADOPTR IS NOT NULL
   OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL
UNION ALL
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child FROM oc3 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL
