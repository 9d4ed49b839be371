/** What every OC2 measure shows of a child: the 903 OC2 columns ('1' yes, '0' no, blank not applicable or not known). */
export const OC2_COLUMNS = {
  age: 'age in whole years on 31 March',
  health_assessment: 'HEALTH_ASSESSMENT: health assessments up to date in the year (two under 5)',
  teeth_check: 'TEETH_CHECK: teeth checked by a dentist in the year',
  immunisations: 'IMMUNISATIONS: up to date at the latest review',
  development_assessment: 'HEALTH_CHECK: development assessment in the year (under 5)',
  sdq_score: 'SDQ_SCORE: the latest SDQ total difficulties score in the year (ages 4 to 16)',
  convicted: 'CONVICTED: convicted or given a youth caution in the year (10 and over)',
  substance_misuse: 'SUBSTANCE_MISUSE: substance misuse identified in the year',
} as const;
