import { careLeaverStatusAt } from '../cohorts';
import { defineMeasure, type Measure } from '../defineMeasure';

type Status = 'eligible' | 'relevant' | 'former_relevant';

const COLUMNS = {
  date_of_birth: 'date of birth, as in force on the date',
  age: 'age in whole years on the date',
  status: 'eligible, relevant or former_relevant on the date',
  qualifying_days: 'days looked after (not on short breaks) from the 14th birthday to the date, or for those 18 or over to the day before the 18th birthday',
  looked_after: 'whether looked after on the date (short breaks aside)',
  last_ceased_on: 'the last time they ceased to be looked after, by the date (blank when never)',
  last_rec: 'the reason (REC) of that cease',
} as const;

const QUALIFYING = 'looked after for at least 13 weeks (91 days) from their 14th birthday, some of it on or after their 16th (short breaks left out)';

interface StatusCount {
  readonly id: string;
  readonly title: string;
  readonly definition: string;
  readonly numerator: string;
  readonly breakdowns: readonly (keyof typeof COLUMNS)[];
}

/** One count per status list, from the one SQL file: the statuses are substituted, not restated. */
function byStatus(input: StatusCount, statuses: readonly Status[]): Measure {
  const measure = defineMeasure({
    ...input, source: 'DfE', unit: 'count', polarity: 'neutral', timing: 'pointInTime', cohort: careLeaverStatusAt,
    periods: ['asAt'], columns: COLUMNS, sqlFile: new URL('./careLeaversByStatus.sql', import.meta.url),
  });
  return { ...measure, sql: measure.sql.replace(/\$statuses\b/g, statuses.map((s) => `'${s}'`).join(', ')) };
}

export const careLeaversEligible = byStatus({
  id: 'care_leavers_eligible',
  title: 'Eligible children (care leavers aged 16 or 17 still looked after)',
  definition: `The number of young people aged 16 or 17 on the date who are looked after by the council and were ${QUALIFYING}: eligible children under the Children (Leaving Care) Act 2000 (statutory definition; those who died are left out).`,
  numerator: `aged 16 or 17 on the date, looked after on it (not V3/V4), ${QUALIFYING} counting the date`,
  breakdowns: ['age'],
}, ['eligible']);

export const careLeaversRelevant = byStatus({
  id: 'care_leavers_relevant',
  title: 'Relevant children (care leavers aged 16 or 17 who have left care)',
  definition: `The number of young people aged 16 or 17 on the date who are no longer looked after and were ${QUALIFYING}: relevant children (statutory definition). Left out: those adopted, on a special guardianship order or whose care another council took over when they left, those who went home to a parent or someone with parental responsibility six months or more ago, and those who died; a child arrangements order does not take a young person out.`,
  numerator: `aged 16 or 17 on the date, not looked after on it, ${QUALIFYING}; last cease not E11, E12, E43-E48 or E3, nor E4A/E4B six months or more before the date, latest contact not RHOM`,
  breakdowns: ['age', 'last_rec'],
}, ['relevant']);

export const careLeaversFormerRelevant = byStatus({
  id: 'care_leavers_former_relevant',
  title: 'Former relevant care leavers aged 18 to 20',
  definition: 'The number of young people aged 18 to 20 on the date (before their 21st birthday) who were eligible or relevant children on the day before their 18th birthday: former relevant children (statutory definition, the ages the DfE counts; those who died are left out).',
  numerator: 'aged 18 to 20 on the date, eligible or relevant on the day before the 18th birthday, no death recorded (E2 or a DIED contact) by the date',
  breakdowns: ['age'],
}, ['former_relevant']);

export const careLeaversAll = byStatus({
  id: 'care_leavers_all',
  title: 'Care leavers aged 16 to 20: eligible, relevant and former relevant',
  definition: 'The number of young people on the date who are eligible (16-17, looked after), relevant (16-17, left care) or former relevant (18-20) children, each counted once under their status (statutory definitions; those who died, were adopted or left on a special guardianship order are left out).',
  numerator: 'eligible, relevant or former relevant on the date (as the three measures of each)',
  breakdowns: ['status', 'age'],
}, ['eligible', 'relevant', 'former_relevant']);

export const careLeaversFormerRelevantTo25 = defineMeasure({
  id: 'care_leavers_former_relevant_to_25',
  title: 'Former relevant care leavers aged 18 to 24 (support to 25)',
  definition: 'The number of young people aged 18 to 24 on the date who were eligible or relevant children on the day before their 18th birthday, those aged 21 to 24 only when the council was in touch with them in the 12 months to the date (local reading of the duty to support care leavers to 25: being in touch stands for still being supported; those who died are left out).',
  source: 'local',
  variant: 'formerRelevantTo25',
  unit: 'count',
  polarity: 'neutral',
  timing: 'pointInTime',
  cohort: careLeaverStatusAt,
  numerator: 'aged 18 to 24 on the date, eligible or relevant on the day before the 18th birthday; at 21 to 24, a contact with IN_TOUCH YES in the 12 months to the date',
  periods: ['asAt'],
  columns: {
    date_of_birth: COLUMNS.date_of_birth,
    age: COLUMNS.age,
    status_before_18: 'eligible or relevant on the day before the 18th birthday',
    qualifying_days: 'days looked after (not on short breaks) from the 14th birthday to the day before the 18th',
    last_ceased_on: COLUMNS.last_ceased_on,
    last_rec: COLUMNS.last_rec,
    last_in_touch_on: 'the latest contact in touch (YES) in the 12 months to the date, blank when none',
  },
  breakdowns: ['age'],
  sqlFile: new URL('./careLeaversFormerRelevantTo25.sql', import.meta.url),
});
