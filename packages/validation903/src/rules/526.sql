-- rule 526
-- message: Child is missing a placement provider code for at least one episode.
-- fields: PLACE, PLACE_PROVIDER
-- tables: Episodes
-- Temporary placements (T0-T4) and Z1 (other) need no provider. In 2025-26 Z1 was split into Z11-Z14, so the
-- exemption follows the new codes.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE_PROVIDER IS NULL AND (PLACE IS NULL OR PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z1'))
-- from 2025-26
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE_PROVIDER IS NULL AND (PLACE IS NULL OR PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'))
