-- rule 224
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.
-- fields: PLACE_PROVIDER
-- tables: Episodes, Provider Info
-- needs: providers
-- A given URN (other than XXXXXXX) must list the episode's provider code; an unknown URN fails, as in the reference.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND NOT EXISTS (SELECT 1 FROM provider_info p
                  WHERE p.URN = e.URN AND list_contains(string_split(p.PROVIDER_CODES, ','), e.PLACE_PROVIDER))
