-- rule 377
-- message: Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.
-- fields: PLACE
-- tables: Episodes
-- At most two T3 placements (usual foster carers' holiday) may start in any 12 months. The reference validator
-- counts a child's T3 episodes over the whole return; careledger follows the DfE's "any 12-month period": every T3
-- episode in a 12-month window (from one T3 start to the day before its anniversary) holding three or more T3 starts
-- fails. T3 episodes without a valid DECOM cannot be placed in time and are left to other rules.
-- from 2023-24
WITH t3 AS (
  SELECT row_no, CHILD, DECOM_date FROM episodes WHERE PLACE = 'T3' AND DECOM_date IS NOT NULL
),
windows AS (
  SELECT a.CHILD, a.row_no AS anchor, m.row_no AS member, count(*) OVER (PARTITION BY a.CHILD, a.row_no) AS n
  FROM t3 a
  JOIN t3 m ON m.CHILD = a.CHILD AND m.DECOM_date >= a.DECOM_date AND m.DECOM_date < a.DECOM_date + INTERVAL 12 MONTH
)
SELECT 'Episodes' AS table_name, member AS row_no, CHILD AS child
FROM windows
WHERE n >= 3
