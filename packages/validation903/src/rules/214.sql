-- rule 214
-- message: Placement location information not required.
-- fields: PL_POST, URN
-- tables: Episodes
-- Short-break legal statuses (V3/V4) carry no placement postcode or URN.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE LS IN ('V3', 'V4') AND (PL_POST IS NOT NULL OR URN IS NOT NULL)
