INSERT OR REPLACE INTO indexed_children
SELECT child_key, date_of_birth::DATE, earliest_care_date::DATE, earliest_care_start::DATE
FROM staged_children
