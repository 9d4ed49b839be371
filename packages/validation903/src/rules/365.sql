-- rule 365
-- message: Any individual short- term respite placement must not exceed 17 days.
-- fields: DEC, DECOM, LS
-- tables: Episodes
-- Each short-term respite break (LS V3) is one episode of at most 17 days (reg. 48 of the Care Planning, Placement
-- and Case Review Regulations 2010); an open one is measured to the end of the collection year.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS = 'V3'
  AND (CASE WHEN DEC IS NULL THEN collection_end() ELSE DEC_date END) > DECOM_date + INTERVAL 17 DAY
