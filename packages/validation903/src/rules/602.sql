-- rule 602
-- message: The episode data submitted for this child does not show that he/she was adopted during the year.
-- fields: CHILD
-- tables: AD1, Episodes
-- An AD1 row with any adoption field given needs an episode ending in the year with REC E11 or E12.
-- from 2023-24
SELECT 'AD1' AS table_name, a.row_no, a.CHILD AS child
FROM ad1 a
WHERE (a.DATE_INT IS NOT NULL OR a.DATE_MATCH IS NOT NULL OR a.FOSTER_CARE IS NOT NULL OR a.NB_ADOPTR IS NOT NULL
       OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM episodes e
    WHERE e.CHILD = a.CHILD AND e.REC IN ('E11', 'E12') AND e.DEC_date BETWEEN collection_start() AND collection_end())
