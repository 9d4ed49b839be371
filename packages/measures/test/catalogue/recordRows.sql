-- Test only: one row per movement (start, move or end) of the children in the cohort, per record.
SELECT e.child_id, e.child_id || '/' || e.episode_no AS record_id, e.rne = 'P' AS in_numerator, true AS in_denominator,
       strftime(e.decom, '%Y-%m-%d') AS decom, e.episode_no AS episode_no
FROM episodes e JOIN cohort c ON c.child_id = e.child_id
WHERE e.la_code = $laCode
ORDER BY record_id
