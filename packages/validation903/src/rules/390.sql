-- rule 390
-- message: Reason episode ceased is adopted but child has not been previously placed for adoption.
-- fields: PLACE, REC
-- tables: Episodes
-- A child adopted (REC E11/E12) must have been placed for adoption: the ceasing episode must be an adoption
-- placement (PLACE A3-A6).
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE REC IN ('E11', 'E12') AND (PLACE IS NULL OR PLACE NOT IN ('A3', 'A4', 'A5', 'A6'))
