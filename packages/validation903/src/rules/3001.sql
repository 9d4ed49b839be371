-- rule 3001
-- message: Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).
-- fields: REC
-- tables: Header, OC3
-- Staying put (Z1/Z2, with former foster carers) only applies from 18: a care leaver turning 17 in the year fails.
-- from 2023-24
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child
FROM oc3 o JOIN header h ON h.CHILD = o.CHILD
WHERE o.ACCOM IN ('Z1', 'Z2')
  AND h.DOB_date + INTERVAL 17 YEAR BETWEEN collection_start() AND collection_end()
