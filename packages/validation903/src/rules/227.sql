-- rule 227
-- message: Ofsted Unique reference number (URN) is not valid for the episode start date.
-- fields: DECOM, URN
-- tables: Episodes, Provider Info
-- needs: providers
-- An episode cannot start on or after the provider's registration ended.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND EXISTS (SELECT 1 FROM provider_info p WHERE p.URN = e.URN AND p.REG_END_date IS NOT NULL AND e.DECOM_date >= p.REG_END_date)
