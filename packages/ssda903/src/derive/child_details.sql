-- Every effective details fact of a child, with its fact date and log position: the header facts change over time
-- (a girl becomes a mother, a sex is recoded, a UPN is found, a UASC status ends), so a return picks the details in
-- force at its own cutoff (return/inYear.sql) rather than the latest, and a past year is restated as it stood.
-- uasc_ends: the day a UASC status ends, for the return's DUC and every UASC figure: the recorded DUC, else the 18th
-- birthday (a 29 February birthday falls on 1 March: the 18th year is never a leap year); NULL when not UASC.
CREATE TABLE child_details (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
  fact_date DATE NOT NULL, log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL,
  sex VARCHAR, date_of_birth DATE, ethnicity VARCHAR, upn VARCHAR, is_mother BOOLEAN, childs_dob DATE,
  uasc BOOLEAN, uasc_ceased DATE, uasc_ends DATE
);

DELETE FROM child_details WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO child_details
SELECT child_key, la_code, child_id, event_id, fact_date, log_partition, log_offset, sex, date_of_birth, ethnicity, upn,
       is_mother, childs_date_of_birth, uasc, uasc_ceased_date,
       CASE WHEN uasc THEN coalesce(uasc_ceased_date, CASE WHEN month(date_of_birth) = 2 AND day(date_of_birth) = 29
                                                         THEN make_date(year(date_of_birth) + 18, 3, 1)
                                                         ELSE CAST(date_of_birth + INTERVAL 18 YEAR AS DATE) END) END
FROM fact_child_details_recorded;
