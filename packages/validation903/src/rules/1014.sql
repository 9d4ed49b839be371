-- rule 1014
-- message: UASC information is not required for care leavers
-- fields: ACCOM, ACTIV, DUC, IN_TOUCH
-- tables: Episodes, OC3, UASC
-- A care leaver (a child with OC3 data and no episode open at any time in the collection year) should
-- have no UASC row: both the UASC row and the OC3 row fail. Unlike the reference, which only looks at children
-- with some episode, a care leaver with no episodes loaded at all also fails.
-- from 2023-24
WITH in_year AS (
  SELECT DISTINCT CHILD FROM episodes
  WHERE DECOM_date <= collection_end() AND (DEC_date >= collection_start() OR DEC IS NULL)
), leavers AS (
  SELECT o.row_no, o.CHILD FROM oc3 o
  WHERE COALESCE(o.IN_TOUCH, o.ACTIV, o.ACCOM) IS NOT NULL
    AND o.CHILD NOT IN (SELECT CHILD FROM in_year)
)
SELECT 'UASC' AS table_name, u.row_no, u.CHILD AS child
FROM uasc u WHERE u.CHILD IN (SELECT CHILD FROM leavers)
UNION ALL
SELECT 'OC3' AS table_name, l.row_no, l.CHILD AS child
FROM leavers l WHERE l.CHILD IN (SELECT CHILD FROM uasc)
