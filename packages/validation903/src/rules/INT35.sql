-- rule INT35
-- message: Internal Check: Child should only exist once in PrevPerm.
-- fields: CHILD
-- tables: PrevPerm
-- Every row of a CHILD that has more than one row fails; blank CHILDs are not counted as one child.
-- from 2023-24
SELECT 'PrevPerm' AS table_name, row_no, child
FROM (SELECT row_no, CHILD AS child, count(*) OVER (PARTITION BY CHILD) AS n FROM prev_perm WHERE CHILD IS NOT NULL) AS t
WHERE n > 1
