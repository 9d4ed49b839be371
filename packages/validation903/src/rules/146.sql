-- rule 146
-- message: Placement type code is not a valid code.
-- fields: PLACE
-- tables: Episodes
-- A blank placement type is left to the completeness rules; here only a code outside the year's list fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IS NOT NULL
  AND PLACE NOT IN ('A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1',
                    'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1')
-- from 2024-25
-- The 2025 schema drops H5 and P2 and adds K3 (secure children's homes split). The reference validator keeps H5/P2
-- and lists 'k3' in lower case after upper-casing its input, so a valid K3 always fails there; careledger follows
-- the DfE list: K3 valid, H5 and P2 not.
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IS NOT NULL
  AND PLACE NOT IN ('A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'K3', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1',
                    'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1')
-- from 2025-26
-- The 2026 schema replaces Z1 (other placement) with Z11-Z14.
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IS NOT NULL
  AND PLACE NOT IN ('A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'K3', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1',
                    'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z11', 'Z12', 'Z13', 'Z14')
