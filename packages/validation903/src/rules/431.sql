-- rule 431
-- message: The reason for new episode is started to be looked after, but the previous episode ended on the same day.
-- fields: DECOM, RNE
-- tables: Episodes
-- An episode starting the day the previous one ended continues the period of care, so it cannot be a new start (S).
-- The reference also fails S episodes starting before the previous end; careledger follows the message (the same
-- day) and leaves overlaps to rule 501.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, RNE, DECOM_date,
         lag(DEC_date) OVER (PARTITION BY CHILD ORDER BY DECOM_date NULLS LAST, row_no) AS prev_dec
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE RNE = 'S' AND DECOM_date = prev_dec
