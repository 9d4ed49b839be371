-- Placements: the episodes that start a new placement, each to the start of the next placement of its period of
-- care or the period's end. An episode starts a placement when it opens the period of care (RNE S) or records a
-- move (P or B, or T/U: a move to the same carers), except a move into being placed for adoption with the current
-- foster carers (PLACE A3 or A5), which DfE does not count as a change of placement. A legal status change alone
-- (RNE L) does not. carer_since is the start of the child's time with the same carers: it runs on through T and U
-- moves (and the A3/A5 move), as DfE's long-term stability counts "living with the same carer". Short breaks are
-- kept with their legal status so every measure can leave them out. A placement lasting no time (it ends the day
-- it starts) is marked: DfE counts placements of 24 hours or more.
CREATE TABLE placements (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  period_no INTEGER NOT NULL, placement_no INTEGER NOT NULL, started_on DATE NOT NULL, ended_on DATE,
  rne VARCHAR NOT NULL, ls VARCHAR, place VARCHAR, carer_since DATE NOT NULL, lasted_a_day BOOLEAN NOT NULL
);

DELETE FROM placements WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO placements
WITH starts AS (
  SELECT e.*,
         e.rne IN ('S', 'P', 'B') AS new_carer,
         sum(CASE WHEN e.rne IN ('S', 'P', 'B') THEN 1 ELSE 0 END) OVER (PARTITION BY e.child_key, e.period_no ORDER BY e.decom) AS carer_spell
  FROM episodes e
  WHERE e.child_key IN (SELECT child_key FROM dirty_children)
    AND (e.rne IN ('S', 'P', 'B') OR (e.rne IN ('T', 'U') AND coalesce(e.place, '') NOT IN ('A3', 'A5')))
),
period_ends AS (
  SELECT child_key, period_no, max(coalesce(dec, DATE '9999-12-31')) AS period_end FROM episodes
  WHERE child_key IN (SELECT child_key FROM dirty_children) GROUP BY child_key, period_no
)
SELECT s.child_key, s.la_code, s.child_id, s.period_no,
       row_number() OVER (PARTITION BY s.child_key ORDER BY s.decom) AS placement_no,
       s.decom AS started_on,
       coalesce(lead(s.decom) OVER w, nullif(pe.period_end, DATE '9999-12-31')) AS ended_on,
       s.rne, s.ls, s.place,
       min(s.decom) OVER (PARTITION BY s.child_key, s.period_no, s.carer_spell) AS carer_since,
       coalesce(lead(s.decom) OVER w, nullif(pe.period_end, DATE '9999-12-31'), DATE '9999-12-31') > s.decom AS lasted_a_day
FROM starts s JOIN period_ends pe ON pe.child_key = s.child_key AND pe.period_no = s.period_no
WINDOW w AS (PARTITION BY s.child_key, s.period_no ORDER BY s.decom);
