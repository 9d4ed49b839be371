-- Each period of care: its start, its end (the first end after the start) and the reason it ended.
CREATE OR REPLACE TEMP TABLE care_periods AS
SELECT child_key, period_no,
       min(fact_date) FILTER (WHERE fact_type = 'PeriodOfCareStarted') AS start_date,
       min(fact_date) FILTER (WHERE fact_type = 'PeriodOfCareEnded') AS end_date,
       arg_min(reason_ceased, (fact_date, log_partition, log_offset)) FILTER (WHERE fact_type = 'PeriodOfCareEnded') AS reason_ceased
FROM care_facts WHERE period_no > 0 GROUP BY child_key, period_no;
