-- rule 209
-- message: Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.
-- fields: DOB, UPN
-- tables: Header
-- DfE: UN1 is not allowed for a child who was 4 or over on 31 August of the year before the collection starts
-- (31/08/2023 for 2024-25).
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE UPN = 'UN1' AND DOB_date + INTERVAL 4 YEAR <= make_date(collection_end_year() - 2, 8, 31)
