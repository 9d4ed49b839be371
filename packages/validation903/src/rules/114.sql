-- rule 114
-- message: Data entry to record the status of former carer(s) of an adopted child is invalid.
-- fields: FOSTER_CARE
-- tables: AD1
-- 0 = not adopted by former foster carers, 1 = adopted by them; blank is left to other rules.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child
FROM ad1
WHERE FOSTER_CARE IS NOT NULL AND FOSTER_CARE NOT IN ('0', '1')
