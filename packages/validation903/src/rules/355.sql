-- rule 355
-- message: Episode appears to have lasted for less than 24 hours
-- fields: DEC, DECOM
-- tables: Episodes
-- An episode must span at least one night: it cannot cease on the day it started. Compared as dates (the reference
-- validator compares the text, so two blanks or 1/1/2020 against 01/01/2020 behave differently there).
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE DEC_date = DECOM_date
