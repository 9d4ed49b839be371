-- rule 384
-- message: "A child receiving respite care cannot be in a long-term foster placement "
-- fields: LS, PLACE
-- tables: Episodes
-- Respite care (LS V3/V4) cannot be a long-term foster placement (PLACE U1 or U4).
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS IN ('V3', 'V4') AND PLACE IN ('U1', 'U4')
