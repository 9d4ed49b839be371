-- Where last year's return meets this year's (rules 452, 453, 502, 503A-503J): each child's first episode this year
-- (first_episodes) and last episode last year (last_episodes_last), by DECOM then row; episodes without a valid
-- DECOM are in neither.
CREATE OR REPLACE TABLE first_episodes AS
SELECT * FROM (
  SELECT *, row_number() OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS rn FROM episodes WHERE DECOM_date IS NOT NULL
) WHERE rn = 1;
CREATE OR REPLACE TABLE last_episodes_last AS
SELECT * FROM (
  SELECT *, row_number() OVER (PARTITION BY CHILD ORDER BY DECOM_date DESC, row_no) AS rn FROM episodes_last WHERE DECOM_date IS NOT NULL
) WHERE rn = 1;
