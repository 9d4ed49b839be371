-- rule 103
-- message: The ethnicity code is either not valid or has not been entered.
-- fields: ETHNIC
-- tables: Header
-- The 2024-25 delta only restates the same 2001-census code list, so one version serves every year.
-- A blank ethnicity fails: the message says "or has not been entered".
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE ETHNIC IS NULL OR ETHNIC NOT IN ('WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')
