-- The stored knowledge of the staged children.
SELECT c.child_key,
       strftime(c.date_of_birth, '%Y-%m-%d') AS date_of_birth,
       strftime(c.earliest_care_date, '%Y-%m-%d') AS earliest_care_date,
       strftime(c.earliest_care_start, '%Y-%m-%d') AS earliest_care_start
FROM indexed_children c
JOIN (SELECT DISTINCT child_key FROM staged_children) s ON s.child_key = c.child_key
