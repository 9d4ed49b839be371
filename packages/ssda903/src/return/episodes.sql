SELECT child_id, strftime(decom, '%Y-%m-%d') AS decom, rne, ls, cin, place, place_provider,
       strftime(dec, '%Y-%m-%d') AS dec, rec, reason_place_change, home_post, pl_post, urn
FROM in_year_episodes
ORDER BY child_id, decom
