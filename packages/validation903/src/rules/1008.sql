-- rule 1008
-- message: Ofsted Unique Reference Number (URN) is not valid.
-- fields: URN
-- tables: Episodes, Provider Info
-- needs: providers
-- A URN must be an Ofsted URN in the provider list; XXXXXXX is the DfE's placeholder for placements
-- without one, and a blank URN is left to the completeness rules. ('Provider Info' in the tables is the
-- reference list, not a return table, so it is read as the providers need.)
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND NOT EXISTS (SELECT 1 FROM provider_info p WHERE p.URN = e.URN)
