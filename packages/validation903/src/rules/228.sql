-- rule 228
-- message: Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]
-- fields: DEC, URN
-- tables: Episodes, Provider Info
-- needs: providers
-- An episode cannot end after the provider's registration ended; an open episode needs the provider registered to
-- 31 March.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND EXISTS (SELECT 1 FROM provider_info p WHERE p.URN = e.URN AND p.REG_END_date IS NOT NULL
              AND coalesce(e.DEC_date, collection_end()) > p.REG_END_date)
