-- The spells of one legal status, for the rules that limit how long a status may last (361-364): back-to-back
-- episodes under the same LS (each starting the day the previous one ceased) are one spell, from its first DECOM to
-- its last DEC (the end of the collection year while open). Each episode carries its spell's length in days. An
-- episode without a valid DECOM is in no spell; an invalid DEC is left to the rules on dates.
CREATE OR REPLACE TABLE legal_status_spells AS
WITH e AS (
  SELECT row_no, CHILD, LS, DECOM_date,
         CASE WHEN DEC IS NULL THEN collection_end() ELSE DEC_date END AS end_date,
         CASE WHEN lag(LS) OVER w IS NOT DISTINCT FROM LS AND lag(DEC_date) OVER w = DECOM_date THEN 0 ELSE 1 END AS starts_spell
  FROM episodes
  WHERE DECOM_date IS NOT NULL
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date, row_no)
), spells AS (
  SELECT *, sum(starts_spell) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no ROWS UNBOUNDED PRECEDING) AS spell
  FROM e
)
SELECT row_no, CHILD, LS, date_diff('day', min(DECOM_date) OVER s, max(end_date) OVER s) AS spell_days
FROM spells
WINDOW s AS (PARTITION BY CHILD, spell);
