-- rule 382
-- message: A child receiving respite care cannot be in a temporary placement.
-- fields: LS, PLACE
-- tables: Episodes
-- Respite care (LS V3/V4) is itself a short break: it cannot be spent in a temporary placement (T0-T4).
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS IN ('V3', 'V4') AND PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
