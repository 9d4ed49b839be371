-- rule 178
-- message: Placement provider code is not a valid code.
-- fields: PLACE_PROVIDER
-- tables: Episodes
-- A provider, when given, must be PR0-PR5, and must not be given for placements that have none (T codes, Z1).
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE_PROVIDER IS NOT NULL
  AND (PLACE_PROVIDER NOT IN ('PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5')
       OR PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z1'))
-- from 2025-26
-- Z1 is split into Z11-Z14, and T4 is no longer among the placements without a provider.
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE_PROVIDER IS NOT NULL
  AND (PLACE_PROVIDER NOT IN ('PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5')
       OR PLACE IN ('T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'))
