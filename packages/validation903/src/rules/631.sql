-- rule 631
-- message: Previous permanence option not a valid value.
-- fields: PREV_PERM
-- tables: PrevPerm
-- from 2023-24
SELECT 'PrevPerm' AS table_name, row_no, CHILD AS child
FROM prev_perm
WHERE PREV_PERM IS NOT NULL AND PREV_PERM NOT IN ('P1', 'P2', 'P3', 'P4', 'Z1')
