-- The LA's episodes that ceased before 1 April of the year before the collection year ($before): what neither this
-- year's return nor last year's holds, but careledger does. The rules that judge a care leaver by their time in care
-- (1001, 1002) read them, so careledger's own return is judged on the whole history; a 903 from elsewhere brings
-- none, and those rules see two years only, as the DfE's messages warn.
SELECT child_id AS "child", strftime(decom, '%Y-%m-%d') AS decom, strftime(dec, '%Y-%m-%d') AS dec, ls, rec
FROM episodes
WHERE la_code = $laCode AND dec < CAST($before AS DATE)
ORDER BY child_id, decom
