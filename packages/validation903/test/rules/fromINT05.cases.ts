import type { RuleCase, RuleCases } from '../support/ruleCases';

const HEADER = [{ CHILD: '1', SEX: 'M', DOB: '01/02/2010' }, { CHILD: '2', SEX: 'F', DOB: '15/06/2012' }];

/** A child in the table with no Header row fails; children in Header (and a blank CHILD) as stated. */
const childInHeader = (table: string): RuleCase[] => [
  {
    name: `a ${table} child not in Header fails, as does a blank CHILD`,
    rows: { Header: HEADER, [table]: [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '' }] },
    fails: { [table]: [1, 3] },
  },
  { name: `every ${table} child in Header passes`, rows: { Header: HEADER, [table]: [{ CHILD: '2' }, { CHILD: '1' }] }, fails: {} },
];

/** DOBs are compared as dates; blank or invalid DOBs and children not in Header are not this rule's failures. */
const dobMatches = (table: string): RuleCase[] => [
  {
    name: `a ${table} DOB different to Header's fails`,
    rows: { Header: HEADER, [table]: [{ CHILD: '1', DOB: '01/02/2010' }, { CHILD: '2', DOB: '16/06/2012' }] },
    fails: { [table]: [1] },
  },
  {
    name: `${table} DOBs equal as dates, blank, not dates or of children not in Header pass`,
    rows: {
      Header: HEADER,
      [table]: [{ CHILD: '1', DOB: '1/2/2010' }, { CHILD: '2', DOB: '' }, { CHILD: '2', DOB: '31/02/2012' }, { CHILD: '9', DOB: '01/01/2000' }],
    },
    fails: {},
  },
];

/** Every row of a repeated CHILD fails. */
const onlyOnce = (table: string, extra: Record<string, string> = {}): RuleCase[] => [
  {
    name: `each ${table} row of a child given twice fails`,
    rows: { [table]: [{ CHILD: '1', ...extra }, { CHILD: '2', ...extra }, { CHILD: '1', ...extra }] },
    fails: { [table]: [0, 2] },
  },
  {
    name: `${table} children given once each pass, and blank CHILDs are not one child`,
    rows: { [table]: [{ CHILD: '1', ...extra }, { CHILD: '2', ...extra }, { CHILD: '', ...extra }, { CHILD: '', ...extra }] },
    fails: {},
  },
];

/**
 * Last year ends with the child's episode open: this year's first episode (by start) must carry the same value.
 * Children whose last episode last year ended, and later episodes this year, are not compared.
 */
function sw16(field: string, same: string, other: string): RuleCase[] {
  const base = { SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_REASON: 'OTHERS' };
  return [
    {
      name: `this year's first episode with a different ${field} from last year's open episode fails`,
      rows: {
        SWEpisodes_last: [
          { CHILD: '1', ...base, SW_DECOM: '01/01/2023', SW_DEC: '01/01/2024' }, { CHILD: '1', ...base, [field]: same },
          { CHILD: '2', ...base, [field]: same }, { CHILD: '3', ...base, [field]: same, SW_DEC: '05/01/2024' },
        ],
        SWEpisodes: [
          { CHILD: '1', ...base, [field]: same, SW_DEC: '10/01/2024' }, { CHILD: '1', ...base, [field]: other, SW_DECOM: '10/01/2024' },
          { CHILD: '2', ...base, [field]: other, SW_DECOM: '03/01/2024' }, { CHILD: '2', ...base, [field]: other },
          { CHILD: '3', ...base, [field]: other, SW_DECOM: '06/01/2024' },
        ],
      },
      fails: { SWEpisodes: [3] },
    },
    {
      name: `a matching ${field} passes`,
      rows: { SWEpisodes_last: [{ CHILD: '1', ...base, [field]: same }], SWEpisodes: [{ CHILD: '1', ...base, [field]: same }] },
      fails: {},
    },
  ];
}

export const CASES: RuleCases = {
  INT05: childInHeader('OC2'),
  INT06: childInHeader('OC3'),
  INT07: childInHeader('PrevPerm'),
  INT08: childInHeader('Reviews'),
  INT09: childInHeader('UASC'),
  INT11: dobMatches('AD1'),
  INT12: dobMatches('PlacedAdoption'),
  INT13: dobMatches('Missing'),
  INT14: dobMatches('OC2'),
  INT15: dobMatches('OC3'),
  INT16: dobMatches('PrevPerm'),
  INT17: dobMatches('Reviews'),
  INT18: dobMatches('UASC'),
  INT21: [
    {
      name: 'a UASC SEX different to Header\'s fails',
      rows: { Header: HEADER, UASC: [{ CHILD: '1', SEX: 'M' }, { CHILD: '2', SEX: 'M' }] },
      fails: { UASC: [1] },
    },
    {
      name: '2023-24: the 1/2 coding is compared like for like (2 against 1 fails)',
      year: '2023-24',
      rows: { Header: [{ CHILD: '1', SEX: '1' }, { CHILD: '2', SEX: '2' }], UASC: [{ CHILD: '1', SEX: '1' }, { CHILD: '2', SEX: '1' }] },
      fails: { UASC: [1] },
    },
    {
      name: '1 against M and 2 against F agree; blank SEX and children not in Header pass',
      rows: {
        Header: [{ CHILD: '1', SEX: '1' }, { CHILD: '2', SEX: 'F' }, { CHILD: '3', SEX: '' }],
        UASC: [{ CHILD: '1', SEX: 'M' }, { CHILD: '2', SEX: '2' }, { CHILD: '3', SEX: 'F' }, { CHILD: '2', SEX: '' }, { CHILD: '9', SEX: 'M' }],
      },
      fails: {},
    },
  ],
  INT31: onlyOnce('AD1'),
  INT32: onlyOnce('Header', { SEX: 'M', DOB: '01/01/2015' }),
  INT33: onlyOnce('OC2'),
  INT34: onlyOnce('OC3'),
  INT35: onlyOnce('PrevPerm'),
  INT36: onlyOnce('UASC'),
  NoE: [
    {
      name: 'an episode begun before the year of a child with no episodes last year fails',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '14/03/2024' }, { CHILD: '2', DECOM: '08/09/2024' }, { CHILD: '3', DECOM: '03/10/2023' }, { CHILD: '3', DECOM: '01/05/2024' }],
        Episodes_last: [{ CHILD: '1', DECOM: '14/03/2024' }, { CHILD: '2', DECOM: '16/06/2022' }],
      },
      fails: { Episodes: [2] },
    },
    {
      name: 'episodes begun this year, or of children with episodes last year, pass',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }, { CHILD: '2', DECOM: '31/03/2024' }],
        Episodes_last: [{ CHILD: '2', DECOM: '31/03/2024' }],
      },
      fails: {},
    },
  ],
  SW01STG1: [
    {
      name: '2023-24: an open episode fails when the child has no social worker ID, start or reason anywhere',
      year: '2023-24',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2023', LS: 'C2' }, { CHILD: '2', DECOM: '01/05/2023', LS: 'C2' }, { CHILD: '3', DECOM: '01/05/2023', LS: 'C2' },
          { CHILD: '4', DECOM: '01/05/2023', LS: 'V3' }, { CHILD: '5', DECOM: '01/05/2023', DEC: '01/06/2023', LS: 'C2' }, { CHILD: '6', DECOM: '01/05/2023', LS: 'C2' },
        ],
        SWEpisodes: [
          { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/05/2023', SW_REASON: 'OTHERS' }, { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/05/2023' },
          { CHILD: '6', SW_ID: 'SW1', SW_DECOM: '01/05/2023' }, { CHILD: '6', SW_ID: 'SW2', SW_DECOM: '01/06/2023', SW_REASON: 'CHCHAN' },
        ],
      },
      fails: { Episodes: [1, 2] },
    },
    {
      name: '2024-25: the reason is no longer needed, but an ID and a start are',
      rows: {
        Episodes: [{ CHILD: '2', DECOM: '01/05/2024', LS: 'C2' }, { CHILD: '3', DECOM: '01/05/2024', LS: 'C2' }, { CHILD: '7', DECOM: '01/05/2024', LS: 'C2' }],
        SWEpisodes: [{ CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/05/2024' }, { CHILD: '7', SW_DECOM: '01/05/2024', SW_REASON: 'OTHERS' }],
      },
      fails: { Episodes: [1, 2] },
    },
    {
      name: '2024-25: children not looked after on 31 March, or on short breaks, pass without social workers',
      rows: { Episodes: [{ CHILD: '4', DECOM: '01/05/2024', LS: 'V4' }, { CHILD: '5', DECOM: '01/05/2024', DEC: '01/06/2024', LS: 'C2' }] },
      fails: {},
    },
  ],
  SW02STG1: [
    {
      name: 'IDs not beginning SW or XX, and blank IDs, fail',
      rows: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW000' }, { CHILD: '1', SW_ID: 'XX000' }, { CHILD: '1', SW_ID: 'AA00' }, { CHILD: '1', SW_ID: '' }, { CHILD: '1', SW_ID: 'xx12' }, { CHILD: '1', SW_ID: 'SW' }] },
      fails: { SWEpisodes: [2, 3] },
    },
    {
      name: '2025-26: IDs shorter than four characters fail too',
      year: '2025-26',
      rows: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW' }, { CHILD: '1', SW_ID: 'XX1' }, { CHILD: '1', SW_ID: 'SW12' }, { CHILD: '1', SW_ID: 'AB123' }] },
      fails: { SWEpisodes: [0, 1, 3] },
    },
    { name: 'IDs beginning SW or XX pass', rows: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW123' }, { CHILD: '2', SW_ID: 'XX9' }] }, fails: {} },
  ],
  SW03STG1: [
    {
      name: 'an episode without an ID, start or reason fails; a blank end is allowed',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/05/2024', SW_DEC: '01/06/2024', SW_REASON: 'OTHERS' },
          { CHILD: '2', SW_ID: 'SW1', SW_DEC: '01/06/2024', SW_REASON: 'OTHERS' },
          { CHILD: '3', SW_ID: 'SW1', SW_DECOM: '01/05/2024', SW_DEC: '01/06/2024' },
          { CHILD: '4', SW_ID: 'SW1', SW_DECOM: '01/05/2024', SW_REASON: 'OTHERS' },
        ],
      },
      fails: { SWEpisodes: [0, 1, 2] },
    },
    { name: 'complete episodes pass', rows: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/05/2024', SW_REASON: 'OTHERS' }] }, fails: {} },
  ],
  SW04STG1: [
    {
      name: '2024-25: start dates not dates fail; ZZ parts and blanks pass',
      rows: { SWEpisodes: ['ZZ/ZZ/ZZZZ', '01/01/2001', 'ZZ', '01/01/ZZZZ', '', '1999/12/01', '31/02/2020', 'ZZ/13/2020'].map((d) => ({ CHILD: '1', SW_DECOM: d })) },
      fails: { SWEpisodes: [2, 5, 6, 7] },
    },
    {
      name: '2025-26: only full dates pass; blanks and ZZ parts fail',
      year: '2025-26',
      rows: { SWEpisodes: ['ZZ/ZZ/ZZZZ', '01/01/2001', 'ZZ', '01/01/ZZZZ', '', '1999/12/01'].map((d) => ({ CHILD: '1', SW_DECOM: d })) },
      fails: { SWEpisodes: [0, 2, 3, 4, 5] },
    },
    { name: 'full start dates pass', year: '2025-26', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/05/2025' }] }, fails: {} },
  ],
  SW05STG1: [
    {
      name: '2024-25: end dates not dates fail; ZZ parts and blanks pass',
      rows: { SWEpisodes: ['ZZ/ZZ/ZZZZ', '01/01/2001', 'ZZ', '01/01/ZZZZ', '', '1999/12/01'].map((d) => ({ CHILD: '1', SW_DEC: d })) },
      fails: { SWEpisodes: [2, 5] },
    },
    {
      name: '2025-26: ZZ parts fail too; a blank (open) end still passes',
      year: '2025-26',
      rows: { SWEpisodes: ['ZZ/ZZ/ZZZZ', '01/01/2001', 'ZZ', '01/01/ZZZZ', '', '1999/12/01'].map((d) => ({ CHILD: '1', SW_DEC: d })) },
      fails: { SWEpisodes: [0, 2, 3, 5] },
    },
    { name: 'full end dates and open episodes pass', year: '2025-26', rows: { SWEpisodes: [{ CHILD: '1', SW_DEC: '01/05/2025' }, { CHILD: '2' }] }, fails: {} },
  ],
  SW06STG2: [
    {
      name: 'an episode begun after the collection year fails',
      rows: { SWEpisodes: ['01/04/2025', '31/03/2025', '01/01/2000', '', 'XX'].map((d) => ({ CHILD: '1', SW_DECOM: d })) },
      fails: { SWEpisodes: [0] },
    },
    { name: 'episodes begun in or before the year pass', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/04/2024' }] }, fails: {} },
  ],
  SW07STG2: [
    {
      name: '2023-24: an end before the year or after it fails',
      year: '2023-24',
      rows: { SWEpisodes: ['01/04/2024', '31/03/2023', '01/01/2024', '', '01/04/2023', '31/03/2024'].map((d) => ({ CHILD: '1', SW_DEC: d })) },
      fails: { SWEpisodes: [0, 1] },
    },
    {
      name: '2024-25: the period starts a year before the collection year',
      rows: { SWEpisodes: ['01/04/2025', '31/03/2023', '01/04/2023', '31/03/2024', '31/03/2025', ''].map((d) => ({ CHILD: '1', SW_DEC: d })) },
      fails: { SWEpisodes: [0, 1] },
    },
    { name: 'ends within the period pass', rows: { SWEpisodes: [{ CHILD: '1', SW_DEC: '01/05/2024' }] }, fails: {} },
  ],
  SW09STG2: [
    {
      name: '2024-25: an episode ending the day it began fails; a day later passes',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/05/2024', SW_DEC: '01/05/2024' }, { CHILD: '1', SW_DECOM: '01/05/2024', SW_DEC: '02/05/2024' },
          { CHILD: '2', SW_DECOM: '01/05/2024' }, { CHILD: '3', SW_DECOM: 'ZZ/ZZ/ZZZZ', SW_DEC: 'ZZ/ZZ/ZZZZ' },
        ],
      },
      fails: { SWEpisodes: [0] },
    },
    {
      name: '2025-26: episodes lasting under three days fail, as do ones ending before they began',
      year: '2025-26',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '02/05/2025' }, { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '03/05/2025' },
          { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '04/05/2025' }, { CHILD: '1', SW_DECOM: '05/05/2025', SW_DEC: '01/05/2025' },
          { CHILD: '2', SW_DECOM: '01/05/2025' },
        ],
      },
      fails: { SWEpisodes: [0, 1, 3] },
    },
    { name: '2025-26: episodes of three days or more pass', year: '2025-26', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '04/05/2025' }] }, fails: {} },
  ],
  SW108STG2: [
    {
      name: 'an open episode followed by a later one fails; the latest open one passes',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '06/06/2024' }, { CHILD: '1', SW_DECOM: '07/06/2024', SW_DEC: '08/06/2024' },
          { CHILD: '2', SW_DECOM: '08/06/2024', SW_DEC: '09/06/2024' }, { CHILD: '2', SW_DECOM: '15/06/2024' },
          { CHILD: '3', SW_DECOM: '14/06/2024' }, { CHILD: '3', SW_DECOM: '12/06/2024', SW_DEC: '13/06/2024' }, { CHILD: '3', SW_DECOM: '15/06/2024', SW_DEC: '16/06/2024' },
          { CHILD: '4', SW_DECOM: '31/06/2024' }, { CHILD: '4', SW_DECOM: '01/07/2024' },
        ],
      },
      fails: { SWEpisodes: [0, 4] },
    },
    { name: 'a single open episode passes', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '06/06/2024' }] }, fails: {} },
  ],
  SW10STG2: [
    {
      name: '2023-24: a start more than 7 days from the previous end fails, whatever the reason; 7 days passes',
      year: '2023-24',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/04/2023', SW_DEC: '09/05/2023', SW_REASON: 'OTHERS' }, { CHILD: '1', SW_DECOM: '10/05/2023', SW_REASON: 'OTHERS' },
          { CHILD: '2', SW_DECOM: '01/04/2023', SW_DEC: '10/05/2023', SW_REASON: 'OTHERS' }, { CHILD: '2', SW_DECOM: '02/05/2023', SW_REASON: 'OTHERS' },
          { CHILD: '3', SW_DECOM: '01/04/2023', SW_DEC: '10/05/2023', SW_REASON: 'OTHERS' }, { CHILD: '3', SW_DECOM: '17/05/2023', SW_REASON: 'OTHERS' },
          { CHILD: '6', SW_DECOM: '01/04/2023', SW_DEC: '10/05/2023', SW_REASON: 'OTHERS' }, { CHILD: '6', SW_DECOM: '01/06/2023', SW_REASON: 'FCONTA' },
          { CHILD: '7', SW_DECOM: '01/04/2023', SW_REASON: 'OTHERS' }, { CHILD: '7', SW_DECOM: '01/06/2023', SW_REASON: 'OTHERS' },
        ],
      },
      fails: { SWEpisodes: [3, 7] },
    },
    {
      name: '2024-25: an episode begun for FCONTA is exempt',
      rows: {
        SWEpisodes: [
          { CHILD: '3', SW_DECOM: '01/04/2024', SW_DEC: '10/05/2024', SW_REASON: 'OTHERS' }, { CHILD: '3', SW_DECOM: '19/05/2024', SW_REASON: 'OTHERS' },
          { CHILD: '6', SW_DECOM: '01/04/2024', SW_DEC: '10/05/2024', SW_REASON: 'OTHERS' }, { CHILD: '6', SW_DECOM: '01/06/2024', SW_REASON: 'FCONTA' },
        ],
      },
      fails: { SWEpisodes: [1] },
    },
    {
      name: 'episodes following on within 7 days, or after an open one (SW108STG2\'s), pass',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/04/2024', SW_DEC: '10/05/2024' }, { CHILD: '1', SW_DECOM: '03/05/2024', SW_DEC: '01/06/2024' }, { CHILD: '1', SW_DECOM: '01/06/2024' },
          { CHILD: '2', SW_DECOM: '01/04/2024' }, { CHILD: '2', SW_DECOM: '01/09/2024' },
        ],
      },
      fails: {},
    },
  ],
  SW11STG2: [
    {
      name: 'a child\'s last episode ending before 31 March while the child is still looked after fails',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/04/2024' }, { CHILD: '2', DECOM: '01/04/2024' }, { CHILD: '3', DECOM: '01/04/2024' }, { CHILD: '4', DECOM: '01/04/2024' },
        ],
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/04/2024', SW_DEC: '01/03/2025' },
          { CHILD: '2', SW_DECOM: '01/04/2024', SW_DEC: '01/03/2025' }, { CHILD: '2', SW_DECOM: '02/03/2025' },
          { CHILD: '3', SW_DECOM: '01/04/2024', SW_DEC: '31/03/2025' }, { CHILD: '4', SW_DECOM: '01/04/2024' },
        ],
      },
      fails: { SWEpisodes: [0] },
    },
    { name: 'an ended episode followed by another passes', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '02/03/2025' }, { CHILD: '1', SW_DECOM: '01/04/2024', SW_DEC: '01/03/2025' }] }, fails: {} },
    {
      name: 'a social worker episode ending when care ends passes',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/04/2024', DEC: '01/03/2025', REC: 'E4A' }], SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/04/2024', SW_DEC: '01/03/2025' }] },
      fails: {},
    },
  ],
  SW12STG2: [
    {
      name: '2023-24: a child looked after on 31 March whose social workers begin after 1 April (or birth) fails',
      year: '2023-24',
      rows: {
        Header: [{ CHILD: '5', DOB: '10/10/2023' }],
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2023', LS: 'C2' }, { CHILD: '2', DECOM: '01/05/2023', LS: 'C2' }, { CHILD: '3', DECOM: '01/05/2023', LS: 'C2' },
          { CHILD: '4', DECOM: '01/05/2023', LS: 'V3' }, { CHILD: '5', DECOM: '10/10/2023', LS: 'C2' }, { CHILD: '6', DECOM: '01/05/2023', DEC: '01/02/2024', LS: 'C2' },
        ],
        SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/01/2020' }, { CHILD: '2', SW_DECOM: '01/06/2023' }, { CHILD: '5', SW_DECOM: '10/10/2023' }],
      },
      fails: { Episodes: [1, 2] },
    },
    {
      name: '2024-25: the social workers must reach back to 1 April of the collection year, not of the one before',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024', LS: 'C2' }, { CHILD: '2', DECOM: '01/05/2024', LS: 'C2' }, { CHILD: '3', DECOM: '01/05/2024', LS: 'C2' }],
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/04/2024', SW_DEC: '01/06/2024' }, { CHILD: '1', SW_DECOM: '01/06/2024' },
          { CHILD: '2', SW_DECOM: '01/06/2023' }, { CHILD: '3', SW_DECOM: '02/04/2024' },
        ],
      },
      fails: { Episodes: [2] },
    },
    {
      name: 'children covered from the start of the period, or not looked after on 31 March, pass',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024', LS: 'C2' }, { CHILD: '2', DECOM: '01/05/2024', DEC: '01/06/2024', LS: 'C2' }],
        SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/01/2019' }],
      },
      fails: {},
    },
  ],
  SW13STG1: [
    {
      name: '2023-24: a blank or invalid reason fails',
      year: '2023-24',
      rows: { SWEpisodes: ['LAZINESS', 'SWDIED', '', 'CHCHAN'].map((r, i) => ({ CHILD: String(i), SW_DECOM: '01/05/2023', SW_REASON: r })) },
      fails: { SWEpisodes: [0, 2] },
    },
    {
      name: '2024-25: only the child\'s first episode of the year may leave the reason blank',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/04/2024', SW_DEC: '02/04/2024' },
          { CHILD: '2', SW_DECOM: '01/04/2024', SW_DEC: '02/04/2024', SW_REASON: 'OTHERS' }, { CHILD: '2', SW_DECOM: '03/04/2024', SW_DEC: '04/04/2024' },
          { CHILD: '3', SW_DECOM: '03/04/2022', SW_DEC: '04/04/2024' }, { CHILD: '3', SW_DECOM: '05/04/2024', SW_DEC: '06/04/2024' },
          { CHILD: '4', SW_DECOM: '05/04/2022', SW_DEC: '31/03/2024' }, { CHILD: '4', SW_DECOM: '05/04/2024' },
          { CHILD: '5', SW_DECOM: '05/04/2024', SW_REASON: 'LAZY' },
        ],
      },
      fails: { SWEpisodes: [2, 4, 5, 7] },
    },
    { name: 'valid reasons pass', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/05/2024', SW_REASON: 'MANAGE' }, { CHILD: '1', SW_DECOM: '01/06/2024', SW_REASON: 'SWDIED' }] }, fails: {} },
  ],
  SW14STG2: [
    {
      name: 'a blank end on any but the child\'s latest episode (by date) fails',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/01/2024', SW_DEC: '01/01/2024' }, { CHILD: '1', SW_DECOM: '02/01/2024' },
          { CHILD: '2', SW_DECOM: '01/01/2024' }, { CHILD: '2', SW_DECOM: '02/01/2024' }, { CHILD: '3', SW_DECOM: '01/01/2024' },
          { CHILD: '4', SW_DECOM: '01/02/2024' }, { CHILD: '4', SW_DECOM: '02/01/2024' },
        ],
      },
      fails: { SWEpisodes: [2, 6] },
    },
    { name: 'only the latest episode open passes', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '02/01/2024' }, { CHILD: '1', SW_DECOM: '01/01/2024', SW_DEC: '02/01/2024' }] }, fails: {} },
  ],
  SW15STG2: [
    {
      name: 'a blank reason on an episode begun since 1 April of the previous year fails',
      rows: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/04/2023' }, { CHILD: '2', SW_DECOM: '31/03/2023' }, { CHILD: '3', SW_DECOM: '01/04/2023', SW_REASON: 'OTHERS' },
          { CHILD: '4' }, { CHILD: '5', SW_DECOM: '01/06/2024' },
        ],
      },
      fails: { SWEpisodes: [0, 3, 4] },
    },
    { name: 'reasons given pass', rows: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '01/06/2024', SW_REASON: 'CHCHAN' }] }, fails: {} },
  ],
  SW16aSTG2: sw16('SW_ID', 'SW1', 'SW2'),
  SW16bSTG2: sw16('SW_DECOM', '01/01/2024', '02/01/2024'),
  SW16cSTG2: [
    ...sw16('SW_REASON', 'OTHERS', 'FCONTA'),
    {
      name: 'two blank reasons agree',
      rows: {
        SWEpisodes_last: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/01/2024' }],
        SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/01/2024' }],
      },
      fails: {},
    },
  ],
};
