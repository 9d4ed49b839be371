-- rule 103
-- message: The ethnicity code is either not valid or has not been entered.
-- fields: ETHNIC
-- tables: Header
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE ETHNIC IS NULL
   OR ETHNIC NOT IN ('WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN',
                     'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')
