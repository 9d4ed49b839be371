-- Missing or away episodes overlapping the year, for the children in the return; an end after the cutoff is not
-- yet known, so the episode is reported open.
SELECT m.child_id, strftime(c.date_of_birth, '%Y-%m-%d') AS dob, missing_type,
       strftime(mis_start, '%Y-%m-%d') AS mis_start,
       CASE WHEN mis_end <= CAST($cutoff AS DATE) THEN strftime(mis_end, '%Y-%m-%d') END AS mis_end
FROM missing_episodes m
JOIN in_year_children c ON c.child_id = m.child_id
WHERE m.la_code = $laCode AND mis_start <= CAST($cutoff AS DATE)
  AND (mis_end IS NULL OR mis_end >= CAST($yearStart AS DATE))
ORDER BY child_id, mis_start, mis_end NULLS LAST, missing_type
