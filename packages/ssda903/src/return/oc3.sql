-- OC3: one row per care leaver whose 17th to 21st birthday falls between 1 April and the cutoff and who is a care
-- leaver on it (derive/care_leaver_birthdays.sql: looked after 13 weeks after 14, some of it after 16; not looked
-- after on the birthday; not died in care nor transferred to another LA; rules 391, 1000, 1007, 1011, 1016). The
-- values are the contact nearest the birthday in its window (3 months before to 1 month after; the later of two
-- equally near), known by the cutoff. A care leaver with no such contact has no row: it is a return issue
-- (careLeaversWithoutContact.sql), not a row careledger could fill in. The return's other tables do not read these
-- young people: most are not looked after in the year.
SELECT b.child_id AS "CHILD", strftime(ch.date_of_birth, '%Y-%m-%d') AS "DOB", k.in_touch AS "IN_TOUCH",
       k.activity AS "ACTIV", k.accommodation AS "ACCOM"
FROM care_leaver_birthdays b
JOIN care_leaver_contacts k ON k.child_key = b.child_key AND k.contact_date BETWEEN b.contact_from AND b.contact_to
LEFT JOIN children ch ON ch.child_key = b.child_key
WHERE b.la_code = $laCode AND b.birthday BETWEEN CAST($yearStart AS DATE) AND CAST($cutoff AS DATE)
  AND k.contact_date <= CAST($cutoff AS DATE)
QUALIFY row_number() OVER (PARTITION BY b.child_key
                           ORDER BY abs(date_diff('day', b.birthday, k.contact_date)), k.contact_date DESC,
                                    k.log_partition DESC, k.log_offset DESC) = 1
ORDER BY b.child_id
