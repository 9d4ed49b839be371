-- Has anything at all been folded for this LA? A return of an LA with no events is a mistyped --la or --data,
-- not an LA with no children in care.
SELECT EXISTS (SELECT 1 FROM events WHERE la_code = $laCode) AS found
