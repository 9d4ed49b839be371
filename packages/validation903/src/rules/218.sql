-- rule 218
-- message: Ofsted Unique reference number (URN) is required.
-- fields: URN
-- tables: Episodes
-- needs: postcodes, localAuthorities
-- Episodes open at or ending on/after the collection start need a URN unless the placement type has none (parents,
-- family, temporary, Z codes) or the placement is outside England (PL_LA SCO/WAL/NIR or a non-English ONS code).
-- An episode whose placement LA is unknown is treated as in England.
-- The 2024-25 delta restates the 2023-24 logic, so one version serves both; 2025-26 swaps Z1 for the new Z11-Z14 codes.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE URN IS NULL AND (DEC IS NULL OR DEC_date >= collection_start())
  AND (PLACE IS NULL OR PLACE NOT IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1'))
  AND NOT coalesce(PL_LA IN ('SCO', 'WAL', 'NIR') OR left(PL_LA, 1) IN ('W', 'S', 'N'), false)
-- from 2025-26
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE URN IS NULL AND (DEC IS NULL OR DEC_date >= collection_start())
  AND (PLACE IS NULL OR PLACE NOT IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'))
  AND NOT coalesce(PL_LA IN ('SCO', 'WAL', 'NIR') OR left(PL_LA, 1) IN ('W', 'S', 'N'), false)
