-- rule 408
-- message: Child is placed for adoption with a placement order, but no placement order has been recorded.
-- fields: LS, PLACE
-- tables: Episodes
-- A5/A6 are placements for adoption under a placement order, so the legal status must be E1.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE IN ('A5', 'A6') AND LS IS DISTINCT FROM 'E1'
