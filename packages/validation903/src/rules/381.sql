-- rule 381
-- message: A period of care cannot end with a temporary placement.
-- fields: PLACE, REC
-- tables: Episodes
-- A temporary placement (T0-T4) must be followed by a return to the normal placement, so its episode can only cease
-- with a new episode (REC X1). Open episodes (no REC) are not ceasing.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND REC IS NOT NULL AND REC <> 'X1'
