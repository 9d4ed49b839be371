-- Reviews held between 1 April and the cutoff, for the children in the return.
SELECT r.child_id AS "CHILD", strftime(c.date_of_birth, '%Y-%m-%d') AS "DOB",
       strftime(r.review_date, '%Y-%m-%d') AS "REVIEW", r.review_code AS "REVIEW_CODE"
FROM reviews r
JOIN in_year_children c ON c.child_id = r.child_id
WHERE r.la_code = $laCode AND r.review_date BETWEEN CAST($yearStart AS DATE) AND CAST($cutoff AS DATE)
ORDER BY r.child_id, r.review_date, r.review_code
