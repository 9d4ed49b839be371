-- rule 165
-- message: Data entry for mother status is invalid.
-- fields: ACCOM, ACTIV, DECOM, IN_TOUCH, MOTHER, SEX
-- tables: Episodes, Header, OC3
-- MOTHER must be 0 or 1, only for girls, and is required for a girl looked after (respite aside) in the year. Sex is
-- read as either coding (1/2 before the 2024 recoding, M/F after), where the reference validator compares 1/2 only.
-- The reference also fails a girl with MOTHER given, no episode this year and a care-leaver (OC3) record, against
-- the DfE's wording (that case excuses a blank MOTHER); careledger does not. Like the reference, only children with
-- episodes are checked, and Header and OC3 rows are flagged.
-- from 2023-24
WITH in_year AS (
  SELECT DISTINCT CHILD FROM episodes
  WHERE (LS IS NULL OR LS NOT IN ('V3', 'V4'))
    AND DECOM_date <= collection_end() AND coalesce(DEC_date, collection_end()) >= collection_start()
), bad AS (
  SELECT h.row_no, h.CHILD FROM header h
  WHERE EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD)
    AND ((h.MOTHER IS NOT NULL AND h.MOTHER NOT IN ('0', '1'))
      OR (h.MOTHER IS NOT NULL AND h.SEX IN ('1', 'M'))
      OR (h.MOTHER IS NULL AND h.SEX IN ('2', 'F') AND h.CHILD IN (SELECT CHILD FROM in_year)))
)
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child FROM oc3 o WHERE o.CHILD IN (SELECT CHILD FROM bad)
