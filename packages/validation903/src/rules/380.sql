-- rule 380
-- message: A period of care cannot start with a temporary placement.
-- fields: PLACE, RNE
-- tables: Episodes
-- A temporary placement (T0-T4) is a break from the normal placement within a period of care, so its episode must
-- start with a change of placement only (RNE P) or of placement and legal status (RNE B); any other reason, or none,
-- would make it start a period of care or not be a placement change.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND (RNE IS NULL OR RNE NOT IN ('P', 'B'))
