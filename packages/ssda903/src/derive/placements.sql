-- Placements as DfE counts them for stability (anchors 2.7): the one place that says which episodes start a new
-- placement, each placement running to the start of the next one of its period of care or the period's end.
-- An episode starts a placement when it opens the period of care (RNE S) or records a move (P or B; T or U, a move
-- with the same carers), except:
--   - a change of legal status alone (RNE L): the placement has not changed;
--   - a move into being placed for adoption with the current foster carers (PLACE A3 or A5, RNE T or U), which DfE
--     does not count as a change of placement;
--   - a temporary placement (PLACE T0-T4: hospital, holiday, the carers' holiday, seven days or less) and the
--     return from it to the placement the child left (rule 383): the child's placement goes on through the absence.
--     The return is the first episode after the temporary ones with the same PLACE as the placement before them,
--     and the same provider, placement postcode and URN where both record one; a child who goes on to anywhere
--     else has moved, and that is a new placement.
-- carer_since is the start of the child's time with the same carers: it runs on through T and U moves (and the
-- A3/A5 move) and through temporary absences, as DfE's long-term stability counts "living with the same carer".
-- previous_carer_since is the start of the time with the carers before them in the period of care (NULL for the
-- first), and carer_first_place the PLACE the time with these carers began with: a child placed for adoption with
-- new carers (A4/A6) counts "their adoptive placement together with their previous placement". Short breaks are
-- kept with their legal status so every measure can leave them out. A placement lasting no time (it ends the day it
-- starts) is marked: DfE counts placements of 24 hours or more.
CREATE TABLE placements (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  period_no INTEGER NOT NULL, placement_no INTEGER NOT NULL, started_on DATE NOT NULL, ended_on DATE,
  rne VARCHAR NOT NULL, ls VARCHAR, place VARCHAR, carer_since DATE NOT NULL, previous_carer_since DATE,
  carer_first_place VARCHAR, lasted_a_day BOOLEAN NOT NULL
);

DELETE FROM placements WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO placements
WITH marked AS (
  SELECT e.*, coalesce(e.place IN ('T0', 'T1', 'T2', 'T3', 'T4'), false) AS temporary
  FROM episodes e
  WHERE e.child_key IN (SELECT child_key FROM dirty_children)
),
with_normal AS (
  SELECT m.*,
         coalesce(lag(m.temporary) OVER (PARTITION BY m.child_key, m.period_no ORDER BY m.decom), false) AS after_temporary,
         -- The placement the child was in before the temporary episodes: the latest episode before this one that
         -- was not temporary (a legal status change while away is itself temporary: it keeps the T code).
         last_value(CASE WHEN NOT m.temporary THEN {'place': m.place, 'provider': m.place_provider, 'postcode': m.pl_post, 'urn': m.urn} END IGNORE NULLS)
           OVER (PARTITION BY m.child_key, m.period_no ORDER BY m.decom ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS normal
  FROM marked m
),
classified AS (
  SELECT w.*,
         w.after_temporary AND NOT w.temporary AND w.normal IS NOT NULL
           AND w.place IS NOT DISTINCT FROM w.normal.place
           AND (w.place_provider IS NULL OR w.normal.provider IS NULL OR w.place_provider = w.normal.provider)
           AND (w.pl_post IS NULL OR w.normal.postcode IS NULL OR w.pl_post = w.normal.postcode)
           AND (w.urn IS NULL OR w.normal.urn IS NULL OR w.urn = w.normal.urn) AS returns_from_temporary
  FROM with_normal w
),
starts AS (
  SELECT c.*,
         sum(CASE WHEN c.rne IN ('S', 'P', 'B') THEN 1 ELSE 0 END) OVER (PARTITION BY c.child_key, c.period_no ORDER BY c.decom) AS carer_spell
  FROM classified c
  WHERE c.rne = 'S'
     OR (c.rne IN ('P', 'B', 'T', 'U') AND NOT c.temporary AND NOT c.returns_from_temporary
         AND NOT (c.rne IN ('T', 'U') AND coalesce(c.place IN ('A3', 'A5'), false)))
),
with_carers AS (
  SELECT s.*,
         min(s.decom) OVER spell AS carer_since,
         arg_min(s.place, s.decom) OVER spell AS carer_first_place
  FROM starts s
  WINDOW spell AS (PARTITION BY s.child_key, s.period_no, s.carer_spell)
),
-- Each time with the same carers in a period, numbered in order: the one before a placement's is its number less one.
spells AS (
  SELECT child_key, period_no, carer_spell, min(decom) AS carer_since FROM starts GROUP BY ALL
),
period_ends AS (
  SELECT child_key, period_no, max(coalesce(dec, DATE '9999-12-31')) AS period_end FROM marked GROUP BY child_key, period_no
)
SELECT s.child_key, s.la_code, s.child_id, s.period_no,
       row_number() OVER (PARTITION BY s.child_key ORDER BY s.decom) AS placement_no,
       s.decom AS started_on,
       coalesce(lead(s.decom) OVER w, nullif(pe.period_end, DATE '9999-12-31')) AS ended_on,
       s.rne, s.ls, s.place, s.carer_since, before.carer_since AS previous_carer_since, s.carer_first_place,
       coalesce(lead(s.decom) OVER w, nullif(pe.period_end, DATE '9999-12-31'), DATE '9999-12-31') > s.decom AS lasted_a_day
FROM with_carers s
JOIN period_ends pe ON pe.child_key = s.child_key AND pe.period_no = s.period_no
LEFT JOIN spells before ON before.child_key = s.child_key AND before.period_no = s.period_no AND before.carer_spell = s.carer_spell - 1
WINDOW w AS (PARTITION BY s.child_key, s.period_no ORDER BY s.decom);
