-- Former relevant to 25: eligible or relevant the day before their 18th birthday, aged 18 to 20 on the date, or
-- 21 to 24 and still being supported, which the log can only show as a contact in touch (YES) in the 12 months to
-- the date (the 903 returns 22-25-year-olds only when they are in contact).
SELECT child_id, true AS in_numerator, false AS in_denominator,
       strftime(date_of_birth, '%Y-%m-%d') AS date_of_birth, age, status_before_18, qualifying_days,
       strftime(last_ceased_on, '%Y-%m-%d') AS last_ceased_on, last_rec,
       strftime(last_in_touch_on, '%Y-%m-%d') AS last_in_touch_on
FROM cohort
WHERE age >= 18 AND status_before_18 IS NOT NULL AND (age <= 20 OR last_in_touch_on IS NOT NULL)
ORDER BY child_id
