-- DoLo (from 2026-27): the deprivation of liberty orders in force at some time between 1 April and the cutoff, of
-- the children looked after in the year (a care leaver's Header row brings no orders: the 903 returns them within
-- care). An order ending after the cutoff is not yet known to end: DOLO_END is blank.
SELECT d.child_id AS "CHILD", strftime(c.date_of_birth, '%Y-%m-%d') AS "DOB",
       strftime(d.dolo_start, '%Y-%m-%d') AS "DOLO_START",
       CASE WHEN d.dolo_end <= CAST($cutoff AS DATE) THEN strftime(d.dolo_end, '%Y-%m-%d') END AS "DOLO_END"
FROM deprivation_of_liberty_orders d
JOIN in_year_children c ON c.child_id = d.child_id
WHERE d.la_code = $laCode AND c.looked_after_in_year AND d.dolo_start <= CAST($cutoff AS DATE)
  AND (d.dolo_end IS NULL OR d.dolo_end >= CAST($yearStart AS DATE))
ORDER BY d.child_id, d.dolo_start, d.order_id
