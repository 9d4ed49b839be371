-- rule 363
-- message: Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.
-- fields: DEC, DECOM, LS
-- tables: Episodes
-- A child assessment order (LS L3) may last at most 7 days under s43 of the Children Act 1989.
-- Back-to-back episodes under L3 (each starting the day the previous one ceased) are one spell of the status; the
-- spell runs from its first DECOM to its last DEC (the end of the collection year while open), and every episode of
-- a spell longer than 7 days fails. An invalid DEC is left to other rules.
-- from 2023-24
WITH e AS (
  SELECT row_no, CHILD, LS, DECOM_date,
         CASE WHEN DEC IS NULL THEN collection_end() ELSE DEC_date END AS end_date,
         CASE WHEN LS = 'L3'
               AND lag(LS) OVER w IS NOT DISTINCT FROM 'L3'
               AND lag(DEC_date) OVER w = DECOM_date THEN 0 ELSE 1 END AS starts_spell
  FROM episodes
  WHERE DECOM_date IS NOT NULL
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date, row_no)
),
spells AS (
  SELECT *, sum(starts_spell) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no ROWS UNBOUNDED PRECEDING) AS spell
  FROM e
),
long_spells AS (
  SELECT *, date_diff('day', min(DECOM_date) OVER s, max(end_date) OVER s) AS spell_days
  FROM spells
  WHERE LS = 'L3'
  WINDOW s AS (PARTITION BY CHILD, spell)
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM long_spells
WHERE spell_days > 7
