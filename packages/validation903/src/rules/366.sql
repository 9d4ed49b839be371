-- rule 366
-- message: A child cannot change placement during the course of an individual short-term respite break.
-- fields: RNE
-- tables: Episodes
-- A respite break (LS V3) is its own period of care with one placement, so each V3 episode must start one (RNE S);
-- any other reason, or none, means the placement changed during the break.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS = 'V3' AND RNE IS DISTINCT FROM 'S'
