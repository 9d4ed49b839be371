-- rule EPI
-- message: WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]
-- fields: CHILD
-- tables: Header
-- A child in Header with neither episodes nor an OC3 (care leaver) row.
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD)
  AND NOT EXISTS (SELECT 1 FROM oc3 o WHERE o.CHILD = h.CHILD)
