-- rule 101
-- message: Gender code is not valid.
-- fields: SEX
-- tables: Header
-- The DfE recoded sex for 2024-25: 1 = male, 2 = female until 2023-24; M, F, U (unknown/not stated) from 2024-25.
-- The reference renames the message in 2024-25 but the DfE catalogue for 2024-25 keeps "Gender code is not valid.",
-- so careledger keeps the catalogue text. Blank fails in both versions.
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE SEX IS NULL OR SEX NOT IN ('1', '2')
-- from 2024-25
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE SEX IS NULL OR SEX NOT IN ('M', 'F', 'U')
