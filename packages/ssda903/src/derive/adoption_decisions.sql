-- Decisions that the child should be placed for adoption, each with what ended it: a decision that the child should
-- no longer be placed (the first reversal after it, with its reason), or the adoption (the first period of care
-- ending E11/E12 on or after it, while it was in force). A decision recorded while another is in force restates it
-- (it is not a new decision), and a reversal with no decision in force reverses nothing.
CREATE TABLE adoption_decisions (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  decision_date DATE NOT NULL, reversed_on DATE, reversal_reason VARCHAR, adopted_on DATE, event_id VARCHAR NOT NULL
);

DELETE FROM adoption_decisions WHERE child_key IN (SELECT child_key FROM dirty_children);

-- Decisions and reversals in order: by date, a decision before a reversal on the same day, then log position.
CREATE OR REPLACE TEMP TABLE adoption_decision_steps AS
SELECT *,
  lag(is_reversal) OVER w AS previous_is_reversal,
  min(fact_date) FILTER (WHERE is_reversal) OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_reversal_on,
  first_value(reason IGNORE NULLS) OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_reversal_reason
FROM (
  SELECT *, false AS is_reversal FROM fact_adoption_decision_made
  UNION ALL BY NAME SELECT *, true AS is_reversal FROM fact_adoption_decision_reversed
)
WINDOW w AS (PARTITION BY child_key ORDER BY fact_date, is_reversal, log_partition, log_offset);

INSERT INTO adoption_decisions
SELECT d.child_key, d.la_code, d.child_id, d.fact_date, d.next_reversal_on, d.next_reversal_reason,
       (SELECT min(p.end_date) FROM care_periods p
         WHERE p.child_key = d.child_key AND p.reason_ceased IN ('E11', 'E12') AND p.end_date >= d.fact_date
           AND (d.next_reversal_on IS NULL OR p.end_date <= d.next_reversal_on)),
       d.event_id
FROM adoption_decision_steps d
WHERE NOT d.is_reversal AND (d.previous_is_reversal IS NULL OR d.previous_is_reversal);
