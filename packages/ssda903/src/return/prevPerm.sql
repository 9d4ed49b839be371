-- PrevPerm: one row per child in the return who started a period of care between 1 April and the cutoff (an S
-- episode in the year), from what was recorded about that period's previous permanence (rules 631-635: PREV_PERM
-- always, LA_PERM and DATE_PERM only for an order, never with Z1). A child who started twice in the year is
-- reported for the latest start. A start with nothing recorded has no row: careledger does not guess P4 (unknown),
-- which is itself an answer the LA gives. Records dated after the cutoff are not yet known. DATE_PERM is already
-- text, a partial date (2019-06-ZZ) that the table's column writes ZZ/06/2019.
SELECT c.child_id AS "CHILD", strftime(c.date_of_birth, '%Y-%m-%d') AS "DOB", p.previous_permanence AS "PREV_PERM",
       p.la_of_permanence AS "LA_PERM", p.date_of_permanence AS "DATE_PERM"
FROM episodes e
JOIN previous_permanence p ON p.child_key = e.child_key AND p.period_no = e.period_no
JOIN in_year_children c ON c.child_id = e.child_id
WHERE e.la_code = $laCode AND e.rne = 'S' AND e.decom BETWEEN CAST($yearStart AS DATE) AND CAST($cutoff AS DATE)
  AND p.recorded_on <= CAST($cutoff AS DATE)
QUALIFY row_number() OVER (PARTITION BY e.child_key ORDER BY e.decom DESC) = 1
ORDER BY c.child_id
