-- One row per review held. review_code is blank (NULL) when participation was not recorded: the review still
-- counts as held, and the participation measures report it as "not recorded". chaired_by_child is not a 903
-- field (NULL when not recorded).
CREATE TABLE reviews (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  review_date DATE NOT NULL, review_code VARCHAR, chaired_by_child BOOLEAN, event_id VARCHAR NOT NULL
);

DELETE FROM reviews WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO reviews
SELECT child_key, la_code, child_id, fact_date, participation, chaired_by_child, event_id
FROM fact_review_held;
