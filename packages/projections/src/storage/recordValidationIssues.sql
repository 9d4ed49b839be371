-- One check of some children's current-year rows: validation_checked holds the children checked, validation_found
-- what the rules found for them. An issue found and not open opens; one open and found again keeps its first_seen
-- (its message and row count follow the latest check); one open for a checked child and not found is resolved; the
-- checked children are owed no check any more.
UPDATE validation_issues AS v SET resolved_at = $at
WHERE v.la_code = $laCode AND v.collection_year = $collectionYear AND v.resolved_at IS NULL
  AND v.child_id IN (SELECT child_id FROM validation_checked)
  AND NOT EXISTS (SELECT 1 FROM validation_found f WHERE f.rule = v.rule AND f.child_id = v.child_id AND f.table_name = v.table_name);
UPDATE validation_issues AS v SET message = f.message, row_count = f.row_count
FROM validation_found f
WHERE v.la_code = $laCode AND v.collection_year = $collectionYear AND v.resolved_at IS NULL
  AND f.rule = v.rule AND f.child_id = v.child_id AND f.table_name = v.table_name;
INSERT INTO validation_issues
SELECT $laCode, $collectionYear, f.rule, f.child_id, f.table_name, f.message, f.row_count, $at, NULL
FROM validation_found f
WHERE NOT EXISTS (
  SELECT 1 FROM validation_issues v
  WHERE v.la_code = $laCode AND v.collection_year = $collectionYear AND v.resolved_at IS NULL
    AND v.rule = f.rule AND v.child_id = f.child_id AND v.table_name = f.table_name);
DELETE FROM validation_pending WHERE child_key IN (SELECT $laCode || ':' || child_id FROM validation_checked);
