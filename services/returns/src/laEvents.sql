-- Has anything at all been folded for this LA? A return of an LA with no events is a mistyped --la or --data,
-- not an LA with no children in care. Read from the derived tables, not `events`: every folded event leaves a row
-- in one of them, and they are what a Kafka-mode store (the partition databases combined) exposes.
SELECT EXISTS (SELECT 1 FROM children WHERE la_code = $laCode)
    OR EXISTS (SELECT 1 FROM episodes WHERE la_code = $laCode)
    OR EXISTS (SELECT 1 FROM reviews WHERE la_code = $laCode)
    OR EXISTS (SELECT 1 FROM missing_episodes WHERE la_code = $laCode)
    OR EXISTS (SELECT 1 FROM data_quality_issues WHERE la_code = $laCode) AS found
