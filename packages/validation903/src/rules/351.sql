-- rule 351
-- message: Child was over 25 at the start of the current collection year.
-- fields: DOB
-- tables: Header
-- The catalogue's message for 2024-25 sets the limit at 25 (the reference validator's stored rule still says 21):
-- careledger follows the DfE's catalogue. "Over 25 at the start" means the 25th birthday fell before 1 April.
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE DOB_date + INTERVAL 25 YEAR < collection_start()
