-- rule 301
-- message: Date of birth falls after the year ended.
-- fields: DOB
-- tables: Header
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM header WHERE DOB_date > collection_end()
