-- view: placements
-- about: One row per placement (a stay with one carer): the unit the stability measures count moves in.
-- column la_code: The LA's DfE code.
-- column child_id [child]: The LA's id for the child.
-- column period_of_care: The period of care it belongs to.
-- column placement_no: Its number within the period.
-- column started_on: The day the placement began.
-- column ended_on: The day it ended (NULL while open).
-- column rne: 903 RNE of the episode that began it.
-- column ls: 903 LS when it began.
-- column place: 903 PLACE.
-- column carer_since: The day the child began living with this carer (earlier than started_on when the carer was kept).
-- column lasted_a_day: Whether it lasted at least a day.
SELECT la_code, child_id, period_no AS period_of_care, placement_no, started_on, ended_on, rne, ls, place, carer_since,
       lasted_a_day
FROM placements
WHERE la_code = $laCode
