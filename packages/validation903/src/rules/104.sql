-- rule 104
-- message: Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.
-- fields: DUC
-- tables: UASC
-- Blank means UASC status has not ceased. As the DfE (and the reference) do, a cessation before the
-- collection year's start is also not a valid date for this return.
-- from 2023-24
SELECT 'UASC' AS table_name, row_no, CHILD AS child
FROM uasc
WHERE DUC IS NOT NULL AND DUC_date IS NULL
   OR DUC_date < collection_start()
