import type { RuleCase, RuleCases } from '../support/ruleCases';

/** The date `days` days after (or before) a DD/MM/YYYY date, as DD/MM/YYYY. */
const shift = (date: string, days: number): string => {
  const [d, m, y] = date.split('/').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${String(t.getUTCDate()).padStart(2, '0')}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/${t.getUTCFullYear()}`;
};

/** A legal status whose back-to-back episodes may last at most `days` days together (open ones to 31/03/2025). */
const spellLimit = (ls: string, days: number): RuleCase[] => {
  const start = '01/06/2024';
  return [
    {
      name: `${ls} episodes back to back lasting ${days + 1} days in all fail, each of them, as does an open one that long by the year end`,
      rows: {
        Episodes: [
          { CHILD: '1', LS: ls, DECOM: start, DEC: shift(start, 1) }, { CHILD: '1', LS: ls, DECOM: shift(start, 1), DEC: shift(start, days + 1) },
          { CHILD: '2', LS: ls, DECOM: shift('31/03/2025', -(days + 1)), DEC: '' },
          { CHILD: '3', LS: 'C2', DECOM: '01/05/2024', DEC: '01/06/2024' },
        ],
      },
      fails: { Episodes: [0, 1, 2] },
    },
    {
      name: `a ${ls} spell of exactly ${days} days passes, as do ${ls} episodes parted by another status or by a gap`,
      rows: {
        Episodes: [
          { CHILD: '1', LS: ls, DECOM: start, DEC: shift(start, days) },
          { CHILD: '2', LS: ls, DECOM: start, DEC: shift(start, days) }, { CHILD: '2', LS: 'C2', DECOM: shift(start, days), DEC: shift(start, days + 1) },
          { CHILD: '2', LS: ls, DECOM: shift(start, days + 1), DEC: shift(start, 2 * days + 1) },
          { CHILD: '3', LS: ls, DECOM: start, DEC: shift(start, days) }, { CHILD: '3', LS: ls, DECOM: shift(start, days + 1), DEC: shift(start, 2 * days + 1) },
          { CHILD: '4', LS: ls, DECOM: shift('31/03/2025', -days), DEC: '' },
        ],
      },
      fails: {},
    },
  ];
};

/** A placement only for children of at least `years` when the episode starts. */
const ageLimit = (place: string, years: number, year?: string): RuleCase[] => {
  const dob = `15/03/${2024 - years}`; // the child's `years`th birthday is 15/03/2024
  return [
    {
      name: `a ${place} episode starting the day before the ${years}th birthday fails, open or ceased`,
      ...(year ? { year } : {}),
      rows: {
        Header: [{ CHILD: '1', DOB: dob }, { CHILD: '2', DOB: dob }, { CHILD: '3', DOB: dob }],
        Episodes: [
          { CHILD: '1', PLACE: place, DECOM: '14/03/2024', DEC: '01/05/2024' }, { CHILD: '2', PLACE: place, DECOM: '14/03/2024', DEC: '' },
          { CHILD: '3', PLACE: 'U1', DECOM: '14/03/2024', DEC: '' },
        ],
      },
      fails: { Episodes: [0, 1] },
    },
    {
      name: `a ${place} episode starting on the ${years}th birthday passes, as do children without a DOB or Header row`,
      ...(year ? { year } : {}),
      rows: {
        Header: [{ CHILD: '1', DOB: dob }, { CHILD: '2', DOB: '' }],
        Episodes: [{ CHILD: '1', PLACE: place, DECOM: '15/03/2024', DEC: '' }, { CHILD: '2', PLACE: place, DECOM: '15/03/2024', DEC: '' }, { CHILD: '9', PLACE: place, DECOM: '15/03/2024' }],
      },
      fails: {},
    },
  ];
};

/** A temporary placement of at most `days` days, measured on ceased episodes. */
const durationLimit = (place: string, days: number): RuleCase[] => [
  {
    name: `a ceased ${place} episode of ${days + 1} days fails`,
    rows: {
      Episodes: [
        { CHILD: '1', PLACE: place, DECOM: '01/06/2024', DEC: shift('01/06/2024', days + 1) }, { CHILD: '2', PLACE: place, DECOM: '01/06/2024', DEC: shift('01/06/2024', days) },
        { CHILD: '3', PLACE: 'U1', DECOM: '01/06/2024', DEC: shift('01/06/2024', days + 1) }, { CHILD: '4', PLACE: place, DECOM: '01/06/2024', DEC: '' },
      ],
    },
    fails: { Episodes: [0] },
  },
  {
    name: `a ${place} episode of ${days} days passes, as does an open one`,
    rows: { Episodes: [{ CHILD: '1', PLACE: place, DECOM: '01/06/2024', DEC: shift('01/06/2024', days) }, { CHILD: '2', PLACE: place, DECOM: '01/01/2024', DEC: '' }] },
    fails: {},
  },
];

export const CASES: RuleCases = {
  '351': [
    {
      name: 'a child whose 25th birthday fell before 1 April 2024 fails; one turning 25 on 1 April or later passes',
      rows: { Header: [{ CHILD: '1', DOB: '31/03/1999' }, { CHILD: '2', DOB: '01/04/1999' }, { CHILD: '3', DOB: '01/01/1990' }, { CHILD: '4', DOB: '' }, { CHILD: '5', DOB: '1999' }] },
      fails: { Header: [0, 2] },
    },
    {
      name: 'children up to 25 pass (the limit is 25, not the reference validator\'s 21)',
      rows: { Header: [{ CHILD: '1', DOB: '01/01/2001' }, { CHILD: '2', DOB: '15/06/2010' }] },
      fails: {},
    },
  ],
  '352': [
    {
      name: 'an S episode starting on or after the 18th birthday fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '10/05/2006' }, { CHILD: '2', DOB: '11/05/2006' }],
        Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '10/05/2024' }, { CHILD: '2', RNE: 'S', DECOM: '10/05/2024' }],
      },
      fails: { Episodes: [0] },
    },
    {
      name: 'episodes not starting care, or without dates, pass',
      rows: {
        Header: [{ CHILD: '1', DOB: '01/01/2000' }, { CHILD: '2', DOB: '' }],
        Episodes: [{ CHILD: '1', RNE: 'P', DECOM: '10/05/2024' }, { CHILD: '1', RNE: 'S', DECOM: '' }, { CHILD: '2', RNE: 'S', DECOM: '10/05/2024' }, { CHILD: '3', RNE: 'S', DECOM: '10/05/2024' }],
      },
      fails: {},
    },
  ],
  '353': [
    {
      name: 'episodes starting before 14/10/1991 fail',
      rows: { Episodes: [{ CHILD: '1', DECOM: '13/10/1991' }, { CHILD: '1', DECOM: '14/10/1991' }, { CHILD: '2', DECOM: '01/01/1980' }, { CHILD: '3', DECOM: '' }, { CHILD: '4', DECOM: '01/13/1980' }] },
      fails: { Episodes: [0, 2] },
    },
    { name: 'recent episodes pass', rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024' }] }, fails: {} },
  ],
  '354': [
    {
      name: 'an episode starting after 31/03/2025 fails in 2024-25',
      rows: { Episodes: [{ CHILD: '1', DECOM: '31/03/2025' }, { CHILD: '2', DECOM: '01/04/2025' }, { CHILD: '3', DECOM: '' }, { CHILD: '4', DECOM: '32/03/2025' }] },
      fails: { Episodes: [1] },
    },
    { name: 'the same episode passes in 2025-26', year: '2025-26', rows: { Episodes: [{ CHILD: '2', DECOM: '01/04/2025' }] }, fails: {} },
  ],
  '355': [
    {
      name: 'an episode ceasing on the day it started fails, however the dates are written',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/05/2024' }, { CHILD: '2', DECOM: '1/5/2024', DEC: '01/05/2024' }, { CHILD: '3', DECOM: '01/05/2024', DEC: '02/05/2024' }] },
      fails: { Episodes: [0, 1] },
    },
    {
      name: 'open episodes and episodes without dates pass',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '' }, { CHILD: '2', DECOM: '', DEC: '' }] },
      fails: {},
    },
  ],
  '356': [
    {
      name: 'an episode ceasing before it started fails',
      rows: { Episodes: [{ CHILD: '1', DECOM: '14/03/2024', DEC: '08/12/2023' }, { CHILD: '2', DECOM: '16/06/2024', DEC: '24/08/2024' }, { CHILD: '3', DECOM: '03/10/2024', DEC: '' }, { CHILD: '4', DECOM: '07/09/2024', DEC: '07/09/2024' }] },
      fails: { Episodes: [0] },
    },
    { name: 'ordered dates pass', rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '02/05/2024' }] }, fails: {} },
  ],
  '357': [
    {
      name: 'a first episode starting in the year without RNE S fails (blank RNE too)',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/06/2024', RNE: 'P' },
          { CHILD: '2', DECOM: '11/11/2024', RNE: 'P' }, { CHILD: '2', DECOM: '01/05/2024', RNE: 'S' },
          { CHILD: '3', DECOM: '12/12/2024', RNE: 'P' }, { CHILD: '3', DECOM: '', RNE: 'P' }, { CHILD: '3', DECOM: '05/05/2024', RNE: 'L' },
          { CHILD: '4', DECOM: '05/05/2024', RNE: '' },
        ],
      },
      fails: { Episodes: [0, 5, 6] },
    },
    {
      name: 'a first episode before the year, or one with RNE S, passes',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/01/2020', RNE: 'P' }, { CHILD: '1', DECOM: '01/06/2024', RNE: 'P' }, { CHILD: '2', DECOM: '01/06/2024', RNE: 'S' }] },
      fails: {},
    },
  ],
  '358': [
    {
      name: 'a J-status episode starting before the 10th birthday fails, with its Header row',
      rows: {
        Header: [{ CHILD: '1', DOB: '01/01/2015' }, { CHILD: '2', DOB: '03/06/2014' }, { CHILD: '3', DOB: '01/01/2010' }],
        Episodes: [{ CHILD: '1', LS: 'J3', DECOM: '01/06/2024' }, { CHILD: '2', LS: 'J1', DECOM: '02/06/2024' }, { CHILD: '3', LS: 'J2', DECOM: '01/06/2024' }, { CHILD: '1', LS: 'C2', DECOM: '01/07/2024' }],
      },
      fails: { Episodes: [0, 1], Header: [0, 1] },
    },
    {
      name: 'an episode starting on the 10th birthday passes (the reference validator fails it)',
      rows: { Header: [{ CHILD: '1', DOB: '03/06/2014' }, { CHILD: '2', DOB: '' }], Episodes: [{ CHILD: '1', LS: 'J1', DECOM: '03/06/2024' }, { CHILD: '2', LS: 'J1', DECOM: '03/06/2024' }] },
      fails: {},
    },
  ],
  '359': [
    {
      name: 'an open episode of a child 18 by the year end that is not V2 in K2 fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '05/06/2006' }, { CHILD: '2', DOB: '05/06/2006' }, { CHILD: '3', DOB: '05/06/2006' }, { CHILD: '4', DOB: '06/06/2019' }, { CHILD: '5', DOB: '31/03/2007' }],
        Episodes: [
          { CHILD: '1', DEC: '', LS: 'V2', PLACE: 'K2' }, { CHILD: '2', DEC: '', LS: 'V2', PLACE: 'K1' }, { CHILD: '3', DEC: '', LS: 'C2', PLACE: 'R2' },
          { CHILD: '3', DEC: '01/06/2024', LS: 'C2', PLACE: 'R2' }, { CHILD: '4', DEC: '', LS: 'C2', PLACE: 'R2' }, { CHILD: '5', DEC: '', LS: 'C2', PLACE: 'R2' },
        ],
      },
      fails: { Episodes: [1, 2] },
    },
    {
      name: 'closed episodes and younger children pass',
      rows: { Header: [{ CHILD: '1', DOB: '05/06/2010' }], Episodes: [{ CHILD: '1', DEC: '', LS: 'C2', PLACE: 'U1' }, { CHILD: '9', DEC: '', LS: 'C2', PLACE: 'U1' }] },
      fails: {},
    },
  ],
  '361': spellLimit('L1', 3),
  '362': spellLimit('L2', 21),
  '363': spellLimit('L3', 7),
  '364': spellLimit('J2', 21),
  '365': [
    {
      name: 'a V3 episode over 17 days fails, an open one measured to the year end',
      rows: {
        Episodes: [
          { CHILD: '1', LS: 'V3', DECOM: '01/01/2025', DEC: '18/01/2025' }, { CHILD: '1', LS: 'V3', DECOM: '01/02/2025', DEC: '19/02/2025' },
          { CHILD: '2', LS: 'V3', DECOM: '01/03/2025', DEC: '' }, { CHILD: '3', LS: 'C2', DECOM: '01/05/2024', DEC: '01/08/2024' },
          { CHILD: '4', LS: 'V3', DECOM: '01/05/2024', DEC: '99/99/2024' }, { CHILD: '5', LS: 'V3', DECOM: '', DEC: '01/08/2024' },
        ],
      },
      fails: { Episodes: [1, 2] },
    },
    { name: 'a 17-day V3 break passes', rows: { Episodes: [{ CHILD: '1', LS: 'V3', DECOM: '01/01/2025', DEC: '18/01/2025' }] }, fails: {} },
  ],
  '366': [
    {
      name: 'a V3 episode not starting with RNE S fails, blank RNE too',
      rows: { Episodes: [{ CHILD: '1', LS: 'V3', RNE: 'S' }, { CHILD: '2', LS: 'V4', RNE: 'T' }, { CHILD: '3', LS: 'C2', RNE: '' }, { CHILD: '4', LS: 'V3', RNE: 'U' }, { CHILD: '5', LS: 'V3', RNE: '' }] },
      fails: { Episodes: [3, 4] },
    },
    { name: 'V3 episodes with RNE S pass', rows: { Episodes: [{ CHILD: '1', LS: 'V3', RNE: 'S' }, { CHILD: '1', LS: 'V3', RNE: 'S' }] }, fails: {} },
  ],
  '367': [
    {
      name: 'a child with more than 75 days of V3 in the year fails on each V3 episode counted',
      rows: {
        Episodes: [
          { CHILD: '1', LS: 'V3', DECOM: '01/01/2024', DEC: '01/06/2024' },
          { CHILD: '2', LS: 'V3', DECOM: '01/04/2024', DEC: '01/05/2024' }, { CHILD: '2', LS: 'C2', DECOM: '01/05/2024', DEC: '01/07/2024' },
          { CHILD: '2', LS: 'V3', DECOM: '01/06/2024', DEC: '01/07/2024' }, { CHILD: '2', LS: 'V3', DECOM: '01/07/2024', DEC: '01/08/2024' },
          { CHILD: '3', LS: 'V3', DECOM: '01/08/2024', DEC: '01/07/2024' }, { CHILD: '3', LS: 'V3', DECOM: '01/08/2024', DEC: '01/11/2024' },
          { CHILD: '4', LS: 'V3', DECOM: '01/07/2024', DEC: '' },
        ],
      },
      fails: { Episodes: [1, 3, 4, 6, 7] },
    },
    {
      name: 'days before the collection year do not count: 61 days in the year pass',
      rows: { Episodes: [{ CHILD: '1', LS: 'V3', DECOM: '01/01/2024', DEC: '01/06/2024' }, { CHILD: '2', LS: 'V3', DECOM: '01/04/2024', DEC: '15/06/2024' }] },
      fails: {},
    },
  ],
  '371': [
    ...ageLimit('H5', 16, '2023-24'),
    ...ageLimit('K3', 16),
    {
      name: 'in 2023-24 the code is H5: an under-16 in K3 passes',
      year: '2023-24',
      rows: { Header: [{ CHILD: '1', DOB: '01/01/2010' }], Episodes: [{ CHILD: '1', PLACE: 'K3', DECOM: '01/06/2023' }] },
      fails: {},
    },
    {
      name: 'from 2024-25 the code is K3: an under-16 in H5 passes',
      rows: { Header: [{ CHILD: '1', DOB: '01/01/2010' }], Episodes: [{ CHILD: '1', PLACE: 'H5', DECOM: '01/06/2024' }] },
      fails: {},
    },
  ],
  '372': ageLimit('R5', 10),
  '373': ageLimit('S1', 4),
  '374': ageLimit('P3', 14),
  '375': durationLimit('T1', 42),
  '376': durationLimit('T3', 21),
  '377': [
    {
      name: 'three T3 starts within 12 months fail, each of them',
      rows: {
        Episodes: [
          { CHILD: '1', PLACE: 'T3', DECOM: '01/06/2024' }, { CHILD: '1', PLACE: 'U1', DECOM: '05/06/2024' },
          { CHILD: '1', PLACE: 'T3', DECOM: '06/06/2024' }, { CHILD: '1', PLACE: 'T3', DECOM: '31/05/2025' },
          { CHILD: '2', PLACE: 'T3', DECOM: '01/06/2024' }, { CHILD: '2', PLACE: 'T3', DECOM: '10/06/2024' },
          { CHILD: '3', PLACE: 'T3', DECOM: '01/06/2023' }, { CHILD: '3', PLACE: 'T3', DECOM: '01/05/2024' }, { CHILD: '3', PLACE: 'T3', DECOM: '01/06/2024' }, { CHILD: '3', PLACE: 'T3', DECOM: '01/02/2025' },
        ],
      },
      fails: { Episodes: [0, 2, 3, 7, 8, 9] },
    },
    {
      name: 'three T3 starts spread over more than 12 months pass, as do two in a month',
      rows: {
        Episodes: [
          { CHILD: '1', PLACE: 'T3', DECOM: '01/06/2023' }, { CHILD: '1', PLACE: 'T3', DECOM: '01/01/2024' }, { CHILD: '1', PLACE: 'T3', DECOM: '01/06/2024' },
          { CHILD: '2', PLACE: 'T3', DECOM: '01/06/2024' }, { CHILD: '2', PLACE: 'T3', DECOM: '10/06/2024' }, { CHILD: '2', PLACE: 'T3', DECOM: '' },
        ],
      },
      fails: {},
    },
  ],
  '378': [
    {
      name: 'a s20 (V2) episode placed with parents (P1) fails',
      rows: { Episodes: [{ CHILD: '1', PLACE: 'P1', LS: 'C2' }, { CHILD: '2', PLACE: 'P1', LS: 'V2' }, { CHILD: '3', PLACE: 'U1', LS: 'V2' }] },
      fails: { Episodes: [1] },
    },
    { name: 'other placements under V2 pass', rows: { Episodes: [{ CHILD: '1', PLACE: 'A6', LS: 'V2' }] }, fails: {} },
  ],
  '379': durationLimit('T4', 7),
  '380': [
    {
      name: 'a temporary placement not starting with RNE P or B fails, blank RNE too',
      rows: { Episodes: [{ CHILD: '1', RNE: 'S', PLACE: 'U1' }, { CHILD: '2', RNE: 'L', PLACE: 'T0' }, { CHILD: '3', RNE: 'P', PLACE: 'T1' }, { CHILD: '4', RNE: 'B', PLACE: 'T4' }, { CHILD: '5', RNE: '', PLACE: 'T2' }] },
      fails: { Episodes: [1, 4] },
    },
    { name: 'temporary placements starting RNE P or B pass', rows: { Episodes: [{ CHILD: '1', RNE: 'P', PLACE: 'T3' }, { CHILD: '2', RNE: 'B', PLACE: 'T1' }] }, fails: {} },
  ],
  '381': [
    {
      name: 'a temporary placement ceasing other than X1 fails',
      rows: { Episodes: [{ CHILD: '1', REC: 'X1', PLACE: 'T3' }, { CHILD: '2', REC: 'E13', PLACE: 'T0' }, { CHILD: '3', REC: 'E13', PLACE: 'U2' }, { CHILD: '4', REC: '', PLACE: 'T2' }] },
      fails: { Episodes: [1] },
    },
    { name: 'temporary placements ceasing X1 or still open pass', rows: { Episodes: [{ CHILD: '1', REC: 'X1', PLACE: 'T1' }, { CHILD: '2', REC: '', PLACE: 'T4' }] }, fails: {} },
  ],
  '382': [
    {
      name: 'a respite episode in a temporary placement fails',
      rows: { Episodes: [{ CHILD: '1', PLACE: 'T0', LS: 'V3' }, { CHILD: '2', PLACE: 'R4', LS: 'V3' }, { CHILD: '3', PLACE: 'T1', LS: 'C2' }, { CHILD: '4', PLACE: 'T2', LS: 'V4' }] },
      fails: { Episodes: [0, 3] },
    },
    { name: 'respite elsewhere passes', rows: { Episodes: [{ CHILD: '1', PLACE: 'U6', LS: 'V4' }] }, fails: {} },
  ],
  '383': [
    {
      name: 'until 2024-25 a temporary placement not followed by RNE P back to the earlier placement fails',
      rows: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '01/06/2024', PLACE: 'U1' }, { CHILD: '1', RNE: 'P', DECOM: '05/06/2024', PLACE: 'T1' }, { CHILD: '1', RNE: 'T', DECOM: '06/06/2024', PLACE: 'U1' },
          { CHILD: '2', RNE: 'S', DECOM: '06/06/2024', PLACE: 'U1' }, { CHILD: '2', RNE: 'P', DECOM: '10/06/2024', PLACE: 'T1' }, { CHILD: '2', RNE: 'P', DECOM: '12/06/2024', PLACE: 'U2' },
          { CHILD: '3', RNE: 'S', DECOM: '08/06/2024', PLACE: 'T1' }, { CHILD: '3', RNE: 'P', DECOM: '09/06/2024', PLACE: 'U4' }, { CHILD: '3', RNE: 'P', DECOM: '15/06/2024', PLACE: 'T1' },
        ],
      },
      fails: { Episodes: [1, 4] },
    },
    {
      name: 'until 2024-25 a return by RNE P to the same placement passes (the postcode is not compared)',
      rows: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '01/06/2024', PLACE: 'U1', PL_POST: 'AB1 1AA' }, { CHILD: '1', RNE: 'P', DECOM: '05/06/2024', PLACE: 'T1', PL_POST: 'AB2 2BB' },
          { CHILD: '1', RNE: 'P', DECOM: '06/06/2024', PLACE: 'U1', PL_POST: 'AB3 3CC' },
        ],
      },
      fails: {},
    },
    {
      name: 'from 2025-26 the return episode fails when not RNE P, not the earlier placement or not its postcode',
      year: '2025-26',
      rows: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '01/06/2025', PLACE: 'U1', PL_POST: 'AB1 1AA' }, { CHILD: '1', RNE: 'P', DECOM: '05/06/2025', PLACE: 'T1', PL_POST: 'AB1 1AA' },
          { CHILD: '1', RNE: 'T', DECOM: '06/06/2025', PLACE: 'U1', PL_POST: 'AB1 1AA' },
          { CHILD: '2', RNE: 'S', DECOM: '06/06/2025', PLACE: 'U1', PL_POST: 'AB1 1AA' }, { CHILD: '2', RNE: 'P', DECOM: '10/06/2025', PLACE: 'T1', PL_POST: 'AB1 1AA' },
          { CHILD: '2', RNE: 'P', DECOM: '12/06/2025', PLACE: 'U2', PL_POST: 'AB1 1AA' },
          { CHILD: '3', RNE: 'P', DECOM: '01/06/2025', PLACE: 'U1', PL_POST: 'AB1 1AA' }, { CHILD: '3', RNE: 'P', DECOM: '05/06/2025', PLACE: 'T1', PL_POST: 'AB2 2BB' },
          { CHILD: '3', RNE: 'P', DECOM: '06/06/2025', PLACE: 'U1', PL_POST: 'AB3 3CC' },
        ],
      },
      fails: { Episodes: [2, 5, 8] },
    },
    {
      name: 'from 2025-26 a return by RNE P to the same placement and postcode passes, as do back-to-back temporary placements',
      year: '2025-26',
      rows: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '01/06/2025', PLACE: 'U1', PL_POST: 'AB1 1AA' }, { CHILD: '1', RNE: 'P', DECOM: '05/06/2025', PLACE: 'T1', PL_POST: 'AB2 2BB' },
          { CHILD: '1', RNE: 'P', DECOM: '06/06/2025', PLACE: 'U1', PL_POST: 'AB1 1AA' },
          { CHILD: '2', RNE: 'S', DECOM: '12/06/2025', PLACE: 'T1', PL_POST: 'AB1 1AA' }, { CHILD: '2', RNE: 'P', DECOM: '13/06/2025', PLACE: 'T1', PL_POST: 'AB1 1AA' },
          { CHILD: '2', RNE: 'P', DECOM: '14/06/2025', PLACE: 'T1', PL_POST: 'AB1 1AA' },
        ],
      },
      fails: {},
    },
  ],
  '384': [
    {
      name: 'a respite episode in long-term fostering fails',
      rows: { Episodes: [{ CHILD: '1', PLACE: 'U1', LS: 'V4' }, { CHILD: '2', PLACE: 'U2', LS: 'V3' }, { CHILD: '3', PLACE: 'U4', LS: 'V3' }, { CHILD: '4', PLACE: 'U1', LS: 'C2' }] },
      fails: { Episodes: [0, 2] },
    },
    { name: 'respite in other placements passes', rows: { Episodes: [{ CHILD: '1', PLACE: 'U3', LS: 'V3' }] }, fails: {} },
  ],
  '385': [
    {
      name: 'an episode ceasing after 31/03/2025 fails in 2024-25',
      rows: { Episodes: [{ CHILD: '1', DEC: '31/03/2025' }, { CHILD: '2', DEC: '01/04/2025' }, { CHILD: '3', DEC: '' }, { CHILD: '4', DEC: 'Tuesday 33rd' }] },
      fails: { Episodes: [1] },
    },
    { name: 'the same DEC passes in 2025-26', year: '2025-26', rows: { Episodes: [{ CHILD: '2', DEC: '01/04/2025' }] }, fails: {} },
  ],
  '386': [
    {
      name: 'an adoption ceasing on or after the 18th birthday fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '10/05/2006' }, { CHILD: '2', DOB: '11/05/2006' }, { CHILD: '3', DOB: '01/01/2000' }],
        Episodes: [{ CHILD: '1', REC: 'E11', DEC: '10/05/2024' }, { CHILD: '2', REC: 'E12', DEC: '10/05/2024' }, { CHILD: '3', REC: 'E12', DEC: '01/06/2024' }, { CHILD: '3', REC: 'X1', DEC: '01/05/2024' }],
      },
      fails: { Episodes: [0, 2] },
    },
    {
      name: 'adoptions of younger children, or without dates, pass',
      rows: { Header: [{ CHILD: '1', DOB: '16/03/2020' }, { CHILD: '2', DOB: '' }], Episodes: [{ CHILD: '1', REC: 'E11', DEC: '15/03/2025' }, { CHILD: '2', REC: 'E11', DEC: '01/06/2024' }, { CHILD: '1', REC: 'E11', DEC: '' }] },
      fails: {},
    },
  ],
  '387': [
    {
      name: 'a move to independent living before the 14th birthday fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '16/03/2011' }, { CHILD: '2', DOB: '15/03/2011' }, { CHILD: '3', DOB: '31/12/2014' }],
        Episodes: [{ CHILD: '1', REC: 'E5', DEC: '15/03/2025' }, { CHILD: '2', REC: 'E6', DEC: '15/03/2025' }, { CHILD: '3', REC: 'E6', DEC: '23/08/2024' }, { CHILD: '3', REC: 'X1', DEC: '20/05/2024' }],
      },
      fails: { Episodes: [0, 2] },
    },
    {
      name: 'without a valid DEC or DOB, or a Header row, the age cannot be judged and it passes',
      rows: { Header: [{ CHILD: '1', DOB: '31/12/2014' }, { CHILD: '2', DOB: '' }], Episodes: [{ CHILD: '1', REC: 'E5', DEC: '19XX/33rd' }, { CHILD: '2', REC: 'E5', DEC: '01/06/2024' }, { CHILD: '9', REC: 'E5', DEC: '01/06/2024' }] },
      fails: {},
    },
  ],
  '388': [
    {
      name: 'X1 without a continuation the same day, a continuation not coded X1, and a last episode ceased X1 fail',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/06/2024', DEC: '04/06/2024', REC: 'X1' }, { CHILD: '1', DECOM: '05/06/2024', DEC: '06/06/2024', REC: 'X1' },
          { CHILD: '1', DECOM: '06/06/2024', DEC: '08/06/2024', REC: 'X1' }, { CHILD: '1', DECOM: '08/06/2024', DEC: '10/06/2024', REC: 'X1' },
          { CHILD: '2', DECOM: '06/06/2024', DEC: '07/06/2024', REC: 'E11' }, { CHILD: '2', DECOM: '07/06/2024', DEC: '', REC: '' },
          { CHILD: '3', DECOM: '11/06/2024', DEC: '12/06/2024', REC: 'X1' },
        ],
      },
      fails: { Episodes: [0, 3, 4, 6] },
    },
    {
      name: 'a chain of X1 continuations ending open passes, as do ceases followed later by a new period',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '16/06/2024', DEC: '17/06/2024', REC: 'X1' }, { CHILD: '1', DECOM: '17/06/2024', DEC: '18/06/2024', REC: 'X1' }, { CHILD: '1', DECOM: '18/06/2024', DEC: '', REC: '' },
          { CHILD: '2', DECOM: '08/06/2024', DEC: '09/06/2024', REC: 'X1' }, { CHILD: '2', DECOM: '09/06/2024', DEC: '10/06/2024', REC: 'E11' }, { CHILD: '2', DECOM: '15/06/2024', DEC: '', REC: '' },
          { CHILD: '3', DECOM: '31/06/2024', DEC: '', REC: '' }, { CHILD: '4', DECOM: '', DEC: '', REC: '' },
        ],
      },
      fails: {},
    },
  ],
  '389': [
    {
      name: 'a transfer to adult social care before the 16th birthday fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '16/03/2009' }, { CHILD: '2', DOB: '15/03/2009' }, { CHILD: '3', DOB: '31/12/2014' }],
        Episodes: [{ CHILD: '1', REC: 'E7', DEC: '15/03/2025' }, { CHILD: '2', REC: 'E7', DEC: '15/03/2025' }, { CHILD: '3', REC: 'E7', DEC: '23/08/2024' }, { CHILD: '3', REC: 'X1', DEC: '20/05/2024' }],
      },
      fails: { Episodes: [0, 2] },
    },
    {
      name: 'an E7 without a DEC or DOB passes here (the reference validator fails it)',
      rows: { Header: [{ CHILD: '1', DOB: '31/12/2014' }, { CHILD: '2', DOB: '' }], Episodes: [{ CHILD: '1', REC: 'E7', DEC: '' }, { CHILD: '2', REC: 'E7', DEC: '01/06/2024' }] },
      fails: {},
    },
  ],
  '390': [
    {
      name: 'an adoption from a placement other than A3-A6 fails, blank PLACE too',
      rows: { Episodes: [{ CHILD: '1', PLACE: 'U1', REC: 'E11' }, { CHILD: '2', PLACE: 'U1', REC: 'E13' }, { CHILD: '3', PLACE: 'A4', REC: 'E12' }, { CHILD: '4', PLACE: '', REC: 'E12' }, { CHILD: '5', PLACE: 'A5', REC: 'E11' }] },
      fails: { Episodes: [0, 3] },
    },
    { name: 'adoptions from adoption placements pass', rows: { Episodes: [{ CHILD: '1', PLACE: 'A3', REC: 'E11' }, { CHILD: '2', PLACE: 'A6', REC: 'E12' }] }, fails: {} },
  ],
  '391': [
    {
      name: 'outcomes given for a young person not 17 by 31/03/2025 fail',
      rows: {
        OC3: [
          { CHILD: '1', DOB: '01/04/2008', IN_TOUCH: 'YES' }, { CHILD: '2', DOB: '31/03/2008', IN_TOUCH: 'YES' }, { CHILD: '3', DOB: '01/01/2010', ACCOM: 'X' },
          { CHILD: '4', DOB: '01/01/2010' }, { CHILD: '5', DOB: '01/01/2004', ACTIV: 'F1' },
        ],
      },
      fails: { OC3: [0, 2] },
    },
    { name: 'outcomes of young people of 17 or over pass', rows: { OC3: [{ CHILD: '1', DOB: '01/01/2006', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'S' }] }, fails: {} },
  ],
  '392a': [
    {
      name: 'an episode without a distance fails unless respite or the child was UASC',
      rows: {
        Episodes: [
          { CHILD: '1', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'AB2 2BB' }, { CHILD: '2', LS: 'C2', HOME_POST: '', PL_POST: 'AB2 2BB' },
          { CHILD: '2', LS: 'V3', HOME_POST: '', PL_POST: '' }, { CHILD: '3', LS: 'C2', HOME_POST: 'ZZ9 9ZZ', PL_POST: 'AB2 2BB' },
          { CHILD: '4', LS: 'C2', HOME_POST: '', PL_POST: '' }, { CHILD: '5', LS: 'C2', HOME_POST: '', PL_POST: '' }, { CHILD: '6', LS: 'C2', HOME_POST: '', PL_POST: '' },
        ],
        UASC: [{ CHILD: '4', DUC: '01/01/2024' }, { CHILD: '6', DOB: '01/01/2008' }],
        UASC_last: [{ CHILD: '5', SEX: '1', DUC: '01/01/2023' }],
      },
      previousGiven: true,
      reference: { postcodes: [{ pcd: 'AB1 1AA', laua: 'E09000001', oseast1m: '530000', osnrth1m: '180000' }, { pcd: 'AB2 2BB', laua: 'E09000002', oseast1m: '540000', osnrth1m: '180000' }] },
      fails: { Episodes: [1, 3, 6] },
    },
    {
      name: 'episodes whose postcodes give a distance pass',
      rows: { Episodes: [{ CHILD: '1', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'AB2 2BB' }] },
      reference: { postcodes: [{ pcd: 'AB1 1AA', laua: 'E09000001', oseast1m: '530000', osnrth1m: '180000' }, { pcd: 'AB2 2BB', laua: 'E09000002', oseast1m: '540000', osnrth1m: '180000' }] },
      fails: {},
    },
  ],
  '392b': [
    {
      name: 'an episode missing either postcode fails unless respite or the child was UASC (this or last year)',
      rows: {
        Episodes: [
          { CHILD: '1', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'AB2 2BB' }, { CHILD: '2', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: '' },
          { CHILD: '2', LS: 'V3', HOME_POST: '', PL_POST: 'AB2 2BB' }, { CHILD: '3', LS: 'C2', HOME_POST: '', PL_POST: 'AB2 2BB' },
          { CHILD: '4', LS: 'C2', HOME_POST: '', PL_POST: '' }, { CHILD: '5', LS: '', HOME_POST: '', PL_POST: '' },
        ],
        UASC_last: [{ CHILD: '4', DUC: '01/01/2023' }, { CHILD: '5', DOB: '01/01/2008' }],
      },
      fails: { Episodes: [1, 3, 5] },
    },
    { name: 'episodes with both postcodes pass', rows: { Episodes: [{ CHILD: '1', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'AB2 2BB' }] }, fails: {} },
  ],
};
