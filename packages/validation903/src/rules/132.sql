-- rule 132
-- message: Data entry for activity after leaving care is invalid.
-- fields: ACTIV
-- tables: OC3
-- Every care leaver row must give an activity (0 when not known/not applicable), so blank fails.
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child
FROM oc3
WHERE ACTIV IS NULL OR ACTIV NOT IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0')
