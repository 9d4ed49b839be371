-- rule INT33
-- message: Internal Check: Child should only exist once in OC2.
-- fields: CHILD
-- tables: OC2
-- Every row of a CHILD that has more than one row fails; blank CHILDs are not counted as one child.
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, child
FROM (SELECT row_no, CHILD AS child, count(*) OVER (PARTITION BY CHILD) AS n FROM oc2 WHERE CHILD IS NOT NULL) AS t
WHERE n > 1
