-- Missing or away episodes overlapping the year, for the children in the return; an end after the cutoff is not
-- yet known, so the episode is reported open.
SELECT m.child_id AS "CHILD", strftime(c.date_of_birth, '%Y-%m-%d') AS "DOB", missing_type AS "MISSING",
       strftime(mis_start, '%Y-%m-%d') AS "MIS_START",
       CASE WHEN mis_end <= CAST($cutoff AS DATE) THEN strftime(mis_end, '%Y-%m-%d') END AS "MIS_END"
FROM missing_episodes m
JOIN in_year_children c ON c.child_id = m.child_id
WHERE m.la_code = $laCode AND mis_start <= CAST($cutoff AS DATE)
  AND (mis_end IS NULL OR mis_end >= CAST($yearStart AS DATE))
ORDER BY m.child_id, mis_start, mis_end NULLS LAST, missing_type
