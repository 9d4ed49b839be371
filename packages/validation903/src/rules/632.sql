-- rule 632
-- message: Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year
-- fields: DATE_PERM, DECOM
-- tables: Episodes, PrevPerm
-- DATE_PERM is DD/MM/YYYY where any element may be ZZ (ZZZZ for the year) when not known. Such a date is valid when
-- its known parts make a real date (unknown day/month read as 01); it must be before the child's first DECOM (with
-- an unknown year no order can be judged). Flags the first episode and the PrevPerm row.
-- from 2023-24
WITH pp AS (
  SELECT row_no, CHILD, DATE_PERM,
         regexp_matches(DATE_PERM, '^([0-9]{2}|ZZ)/([0-9]{2}|ZZ)/([0-9]{4}|ZZZZ)$') AS well_formed,
         d903(replace(replace(replace(DATE_PERM, 'ZZZZ', '2000'), 'ZZ/', '01/'), '/ZZ/', '/01/')) AS as_date,
         DATE_PERM LIKE '%ZZZZ' AS year_unknown
  FROM prev_perm WHERE DATE_PERM IS NOT NULL
), first_ep AS (
  SELECT row_no, CHILD, DECOM_date,
         row_number() OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS k
  FROM episodes WHERE DECOM_date IS NOT NULL
), hits AS (
  SELECT e.row_no AS e_row, p.row_no AS p_row, p.CHILD
  FROM pp p JOIN first_ep e ON e.CHILD = p.CHILD AND e.k = 1
  WHERE NOT p.well_formed OR p.as_date IS NULL OR (NOT p.year_unknown AND p.as_date >= e.DECOM_date)
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT 'PrevPerm' AS table_name, p_row AS row_no, CHILD AS child FROM hits
