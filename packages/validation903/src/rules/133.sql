-- rule 133
-- message: Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid
-- fields: ACCOM
-- tables: OC3
-- Every care leaver row must give an accommodation code (0 when not known/not applicable), so blank fails.
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child
FROM oc3
WHERE ACCOM IS NULL OR ACCOM NOT IN ('B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1', 'K2', 'R1', 'R2', 'S2', 'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X2', 'Y1', 'Y2', 'Z1', 'Z2', '0')
