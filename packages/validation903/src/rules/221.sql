-- rule 221
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.
-- fields: PL_POST
-- tables: Episodes, Provider Info
-- needs: providers
-- For registered placement types (not short breaks V3/V4), a given postcode must be the provider's, compared without
-- spaces; a URN not in the provider list, or one with no postcode, fails as in the reference. 2024-25 drops H5.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX' AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND e.PLACE IN ('H5', 'K1', 'K2', 'R3', 'S1') AND e.PL_POST IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM provider_info p WHERE p.URN = e.URN AND p.POSTCODE = replace(e.PL_POST, ' ', ''))
-- from 2024-25
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX' AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND e.PLACE IN ('K1', 'K2', 'R3', 'S1') AND e.PL_POST IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM provider_info p WHERE p.URN = e.URN AND p.POSTCODE = replace(e.PL_POST, ' ', ''))
