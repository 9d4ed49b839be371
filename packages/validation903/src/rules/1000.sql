-- rule 1000
-- message: This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: Episodes, OC3
-- A child whose episode ended with REC = E2 (died) this year or last cannot have care leaver data.
-- Last year's episodes are used when given, so previousYear is not a need.
-- from 2023-24
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child
FROM oc3 o
WHERE o.CHILD IN (SELECT CHILD FROM episodes WHERE REC = 'E2'
                  UNION ALL SELECT CHILD FROM episodes_last WHERE REC = 'E2')
