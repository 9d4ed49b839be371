-- The 17th to 21st birthdays on which a young person is a care leaver the 903's OC3 asks about, with the window in
-- which a contact tells their circumstances "on or around" the birthday. A birthday counts when, before it, the
-- young person was looked after for at least 13 weeks (91 days) after their 14th birthday, some of it after their
-- 16th (a relevant or former relevant child; short breaks, V3/V4, are not being looked after for this), and:
--   - they are not looked after on the birthday (rules 1007, 1016: still in care, or ceasing after it, is no OC3);
--   - their last cease before it was not E2 (died, rule 1000) nor E3 (care transferred to another LA, rule 1011);
--   - for the 17th and 18th, they did not cease to be looked after on or after their 17th birthday (rule 1016: a
--     young person who left care at 17 is reported by the episodes, not as a care leaver, until they are 19).
-- The contact window is careledger's choice, the DfE giving no exact one: from 3 months before the birthday to
-- 1 month after it (the nearest contact in it is reported; an OC3 birthday with none is a return issue).
-- A birthday on 29 February falls on 1 March in other years.
CREATE TABLE care_leaver_birthdays (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  age INTEGER NOT NULL, birthday DATE NOT NULL, contact_from DATE NOT NULL, contact_to DATE NOT NULL
);

DELETE FROM care_leaver_birthdays WHERE child_key IN (SELECT child_key FROM dirty_children);

CREATE OR REPLACE TEMP TABLE birthdays AS
SELECT c.child_key, c.la_code, c.child_id, a.age,
       -- The day before the date of birth moved on n years, then a day on: 29 Feb lands on 1 Mar in other years.
       CAST(CAST(c.date_of_birth - INTERVAL 1 DAY + to_years(CAST(a.age AS INTEGER)) AS DATE) + INTERVAL 1 DAY AS DATE) AS birthday,
       CAST(CAST(c.date_of_birth - INTERVAL 1 DAY + INTERVAL 14 YEAR AS DATE) + INTERVAL 1 DAY AS DATE) AS turned_14,
       CAST(CAST(c.date_of_birth - INTERVAL 1 DAY + INTERVAL 16 YEAR AS DATE) + INTERVAL 1 DAY AS DATE) AS turned_16,
       CAST(CAST(c.date_of_birth - INTERVAL 1 DAY + INTERVAL 17 YEAR AS DATE) + INTERVAL 1 DAY AS DATE) AS turned_17
FROM children c CROSS JOIN (SELECT unnest(range(17, 22)) AS age) a
WHERE c.child_key IN (SELECT child_key FROM dirty_children) AND c.date_of_birth IS NOT NULL
  -- Only a child looked after (not on a short break) after their 16th birthday can ever be one: most children are
  -- ruled out here, once, rather than birthday by birthday below.
  AND c.child_key IN (
    SELECT e.child_key FROM episodes e JOIN children k ON k.child_key = e.child_key
    WHERE coalesce(e.ls, '') NOT IN ('V3', 'V4')
      AND (e.dec IS NULL OR e.dec > CAST(CAST(k.date_of_birth - INTERVAL 1 DAY + INTERVAL 16 YEAR AS DATE) + INTERVAL 1 DAY AS DATE)));

INSERT INTO care_leaver_birthdays
SELECT b.child_key, b.la_code, b.child_id, b.age, b.birthday,
       CAST(b.birthday - INTERVAL 3 MONTH AS DATE), CAST(b.birthday + INTERVAL 1 MONTH AS DATE)
FROM birthdays b
-- Only episodes still open on the 14th birthday can count (one ending before it adds no days, and the last cease
-- before a birthday that counts is after the 14th): a child with years of short breaks joins few of them.
JOIN episodes e ON e.child_key = b.child_key AND e.decom <= b.birthday AND (e.dec IS NULL OR e.dec > b.turned_14)
GROUP BY b.child_key, b.la_code, b.child_id, b.age, b.birthday, b.turned_14, b.turned_16, b.turned_17
HAVING
  -- Days looked after (an episode runs from DECOM to the day before DEC) from the 14th birthday to the birthday.
  sum(CASE WHEN coalesce(e.ls, '') IN ('V3', 'V4') THEN 0
           ELSE greatest(0, date_diff('day', greatest(e.decom, b.turned_14), least(coalesce(e.dec, b.birthday), b.birthday))) END) >= 91
  AND bool_or(coalesce(e.ls, '') NOT IN ('V3', 'V4') AND (e.dec IS NULL OR e.dec > b.turned_16))
  AND NOT bool_or(e.dec IS NULL OR e.dec > b.birthday)
  AND NOT (b.age IN (17, 18) AND coalesce(bool_or(e.dec >= b.turned_17), false))
  AND coalesce(arg_max(e.rec, e.dec) FILTER (WHERE e.rec <> 'X1'), '') NOT IN ('E2', 'E3');
