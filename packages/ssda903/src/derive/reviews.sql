CREATE TABLE reviews (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  review_date DATE NOT NULL, review_code VARCHAR NOT NULL, event_id VARCHAR NOT NULL
);

DELETE FROM reviews WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO reviews
SELECT child_key, la_code, child_id, fact_date, participation, event_id
FROM fact_review_held;
