-- rule 628
-- message: Motherhood details are not required for care leavers who have not been looked after during the year.
-- fields: MOTHER
-- tables: Episodes, Header, OC3
-- A care leaver here is a child with an OC3 row carrying any outcome, and no episodes this year.
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h
WHERE h.MOTHER IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD)
  AND EXISTS (SELECT 1 FROM oc3 o WHERE o.CHILD = h.CHILD
              AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL))
