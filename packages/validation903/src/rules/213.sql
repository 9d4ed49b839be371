-- rule 213
-- message: Placement provider information not required.
-- fields: PLACE_PROVIDER
-- tables: Episodes
-- Temporary placements (T0-T4) have no provider; from 2025-26 the new Z11-Z14 codes join them.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND PLACE_PROVIDER IS NOT NULL
-- from 2025-26
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14') AND PLACE_PROVIDER IS NOT NULL
