-- rule 171
-- message: Date of birth of mother's child is not a valid date.
-- fields: MC_DOB
-- tables: Header
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM header WHERE MC_DOB IS NOT NULL AND MC_DOB_date IS NULL
