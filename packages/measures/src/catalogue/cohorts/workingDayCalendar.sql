-- Every calendar day from 2000 to 2030 (the years the bank holiday list covers) with whether it is a working day in
-- England and Wales (Monday to Friday, not a bank holiday: $bankHolidays) and working_days_to, the working days
-- from 1 January 2000 up to and including it. A statutory clock of N working days from a date D then ends on the
-- working day whose working_days_to is D's plus N: the day D itself never counts, whatever day of the week it is.
SELECT CAST(d AS DATE) AS day,
       is_working_day,
       sum(CAST(is_working_day AS INTEGER)) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS working_days_to
FROM (
  SELECT d, isodow(d) < 6 AND NOT list_contains(h.holidays, CAST(d AS DATE)) AS is_working_day
  FROM range(DATE '2000-01-01', DATE '2031-01-01', INTERVAL 1 DAY) AS t(d),
       (SELECT list_transform(string_split($bankHolidays, ','), x -> CAST(x AS DATE)) AS holidays) AS h
)
