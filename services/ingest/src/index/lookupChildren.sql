-- The stored knowledge of the children $keys (child keys joined by chr(31)).
SELECT c.child_key,
       strftime(c.date_of_birth, '%Y-%m-%d') AS date_of_birth,
       strftime(c.earliest_care_date, '%Y-%m-%d') AS earliest_care_date,
       strftime(c.earliest_care_start, '%Y-%m-%d') AS earliest_care_start
FROM indexed_children c
SEMI JOIN (SELECT unnest(string_split($keys, chr(31))) AS child_key) s ON s.child_key = c.child_key
