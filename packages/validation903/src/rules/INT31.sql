-- rule INT31
-- message: Internal Check: Child should only exist once in AD1.
-- fields: CHILD
-- tables: AD1
-- Every row of a CHILD that has more than one row fails; blank CHILDs are not counted as one child.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, child
FROM (SELECT row_no, CHILD AS child, count(*) OVER (PARTITION BY CHILD) AS n FROM ad1 WHERE CHILD IS NOT NULL) AS t
WHERE n > 1
