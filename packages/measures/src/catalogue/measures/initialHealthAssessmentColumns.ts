/** The dates both IHA measures show for each child, so a drill-through reads the same whichever figure it came from. */
export const IHA_DATE_COLUMNS = {
  started_on: 'the date the child started to be looked after (DECOM of the first start in the period)',
  requested_on: 'the date the LA requested the initial health assessment from health, blank when none recorded',
  completed_on: 'the date the initial health assessment was carried out, blank when none recorded',
  due_on: 'the 20th working day after the start (England and Wales bank holidays): the statutory deadline',
} as const;
