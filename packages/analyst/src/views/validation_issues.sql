-- view: validation_issues
-- about: The DfE validation issues the continuous check has found in the current collection year's return, open
-- about: and resolved.
-- column la_code: The LA's DfE code.
-- column collection_year: The collection year checked (2025-26).
-- column rule: The DfE rule's code.
-- column child_id [child]: The child whose rows fail it.
-- column table_name: The 903 table of those rows.
-- column message: The rule's message, as the DfE states it.
-- column row_count: How many of the child's rows in that table fail it.
-- column first_seen: When the check first found it (an ISO timestamp).
-- column resolved_at: When a check no longer found it (NULL while open).
SELECT la_code, collection_year, rule, child_id, table_name, message, row_count, first_seen, resolved_at
FROM validation_issues
WHERE la_code = $laCode
