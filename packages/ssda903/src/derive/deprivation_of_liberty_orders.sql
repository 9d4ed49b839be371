-- Deprivation of liberty orders (DoLo): an order is its latest start (by log position) under its id; it ends on the
-- last end of the same id on or after that start. The 903 returns an order within the child's care (rule 707: no
-- order left open once care ends, none ending after it), so its DOLO_END is the order's end or, sooner, the end of
-- the period of care the child is in (or next enters) when it starts, as social worker episodes end with care; the
-- order's own end stays beside it.
CREATE TABLE deprivation_of_liberty_orders (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  order_id VARCHAR NOT NULL, dolo_start DATE NOT NULL, order_ended DATE, dolo_end DATE, event_id VARCHAR NOT NULL
);

DELETE FROM deprivation_of_liberty_orders WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO deprivation_of_liberty_orders
SELECT o.child_key, o.la_code, o.child_id, o.order_id, o.fact_date, o.order_ended,
       -- least() skips a NULL: no end recorded, or no end of care after the start.
       least(o.order_ended,
             (SELECT min(p.end_date) FROM care_periods p WHERE p.child_key = o.child_key AND p.end_date > o.fact_date)),
       o.event_id
FROM (
  SELECT s.*,
         (SELECT max(e.fact_date) FROM fact_deprivation_of_liberty_order_ended e
           WHERE e.child_key = s.child_key AND e.order_id = s.order_id AND e.fact_date >= s.fact_date) AS order_ended
  FROM (SELECT * FROM fact_deprivation_of_liberty_order_made
        QUALIFY row_number() OVER (PARTITION BY child_key, order_id ORDER BY log_partition DESC, log_offset DESC) = 1) s
) o;
