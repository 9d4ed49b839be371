import type { RuleCase, RuleCases } from '../support/ruleCases';

const pc = (pcd: string, laua: string, oseast1m: string, osnrth1m: string) => ({ pcd, laua, oseast1m, osnrth1m });

/** A code-list rule: each value in `bad` fails, each in `good` passes, on column `col` of `table`. */
const codeList = (table: string, col: string, good: readonly string[], bad: readonly string[], year?: string): RuleCase[] => [
  {
    name: `${col} of ${bad.map((b) => (b === '' ? 'blank' : b)).join(', ')} fails${year ? ` in ${year}` : ''}`,
    ...(year ? { year } : {}),
    rows: { [table]: [...bad, ...good].map((v, i) => ({ CHILD: String(i + 1), [col]: v })) },
    fails: { [table]: bad.map((_, i) => i) },
  },
  {
    name: `${col} of ${good.map((g) => (g === '' ? 'blank' : g)).join(', ')} passes${year ? ` in ${year}` : ''}`,
    ...(year ? { year } : {}),
    rows: { [table]: good.map((v, i) => ({ CHILD: String(i + 1), [col]: v })) },
    fails: {},
  },
];

/** A date-validity rule: an impossible day and a two-digit year fail; a real date passes; blank as `blankFails`. */
const dateValid = (table: string, col: string, blankFails: boolean): RuleCase[] => [
  {
    name: `${col} of 38/04/2024 or 31/02/2024 fails${blankFails ? ', as does a blank one' : ''}`,
    rows: {
      [table]: [
        { CHILD: '1', [col]: '38/04/2024' }, { CHILD: '2', [col]: '31/02/2024' }, { CHILD: '3', [col]: '' },
        { CHILD: '4', [col]: '15/06/2024' },
      ],
    },
    fails: { [table]: blankFails ? [0, 1, 2] : [0, 1] },
  },
  {
    name: `a valid ${col} passes${blankFails ? '' : ', as does a blank one'}`,
    rows: { [table]: [{ CHILD: '1', [col]: '15/06/2024' }, ...(blankFails ? [] : [{ CHILD: '2', [col]: '' }])] },
    fails: {},
  },
];

export const CASES: RuleCases = {
  '1004': dateValid('Missing', 'MIS_START', true),
  '1005': dateValid('Missing', 'MIS_END', false),
  '1006': codeList('Missing', 'MISSING', ['M', 'A', ''], ['AWAY', 'NA', 'X']),
  '1009': codeList('Episodes', 'REASON_PLACE_CHANGE', ['CARPL', 'CUSTOD', 'OTHER', ''], ['NA', 'CARP', 'OTH']),
  '101': [
    ...codeList('Header', 'SEX', ['M', 'F', 'U'], ['1', '2', 'X', '']),
    ...codeList('Header', 'SEX', ['1', '2'], ['M', 'F', 'U', '0', ''], '2023-24'),
    ...codeList('Header', 'SEX', ['M', 'F', 'U'], ['1', '2', ''], '2025-26'),
  ],
  '102': dateValid('Header', 'DOB', true),
  '103': codeList('Header', 'ETHNIC', ['WBRI', 'WIRT', 'NOBT', 'REFU'], ['WHITE BRITISH', 'WBR', '']),
  '104': [
    ...dateValid('UASC', 'DUC', false),
    {
      name: 'a DUC before the collection year (31/03/2024 for 2024-25) fails; 01/04/2024 passes',
      rows: { UASC: [{ CHILD: '1', DUC: '31/03/2024' }, { CHILD: '2', DUC: '01/04/2024' }] },
      fails: { UASC: [0] },
    },
  ],
  '112': dateValid('AD1', 'DATE_INT', false),
  '113': dateValid('AD1', 'DATE_MATCH', false),
  '114': codeList('AD1', 'FOSTER_CARE', ['0', '1', ''], ['2', 'YES']),
  '115': dateValid('PlacedAdoption', 'DATE_PLACED', false),
  '116': dateValid('PlacedAdoption', 'DATE_PLACED_CEASED', false),
  '120': codeList('PlacedAdoption', 'REASON_PLACED_CEASED', ['RD1', 'RD4', ''], ['RD0', 'RD5', '1']),
  '131': codeList('OC3', 'IN_TOUCH', ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'], ['REFUSE', '1', '']),
  '132': codeList('OC3', 'ACTIV', ['F1', 'G6', '0'], ['F3', '1', '']),
  '133': codeList('OC3', 'ACCOM', ['B1', 'S2', 'Z2', '0'], ['S1', 'X', '1', '']),
  '141': dateValid('Episodes', 'DECOM', false),
  '143': codeList('Episodes', 'RNE', ['S', 'P', 'L', 'T', 'U', 'B', ''], ['SP', 'A']),
  '144': codeList('Episodes', 'LS', ['C1', 'V2', 'L3', ''], ['SECTION 20', 'V1', 'C3']),
  '145': codeList('Episodes', 'CIN', ['N1', 'N8', ''], ['N0', 'N9']),
  '119': [
    {
      name: 'a cessation date without a reason fails, as does a reason without a date',
      rows: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/06/2024' }, { CHILD: '2', REASON_PLACED_CEASED: 'RD1' }] },
      fails: { PlacedAdoption: [0, 1] },
    },
    {
      name: 'both a cessation date and reason, or neither, pass',
      rows: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' }, { CHILD: '2', DATE_PLACED: '01/05/2024' }] },
      fails: {},
    },
  ],
  '142': [
    {
      name: 'an earlier episode without DEC or without REC fails; the latest open one does not',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2024', REC: 'X1' }, { CHILD: '1', DECOM: '01/06/2024', DEC: '01/07/2024' },
          { CHILD: '1', DECOM: '01/07/2024' },
          { CHILD: '2', DECOM: '01/05/2024', REC: 'E11' }, { CHILD: '2', DECOM: '01/06/2024' },
        ],
      },
      fails: { Episodes: [1, 3] },
    },
    {
      name: 'ended earlier episodes pass, and a lone open episode or one with an unreadable DECOM is not judged',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2024', REC: 'X1' }, { CHILD: '1', DECOM: '01/06/2024' },
          { CHILD: '2', DECOM: '01/05/2024' }, { CHILD: '3', DECOM: '31/06/2024' }, { CHILD: '3', DECOM: '01/07/2024' },
        ],
      },
      fails: {},
    },
  ],
  '1003': [
    {
      name: 'a decision to place before the first RNE S episode fails, flagging that episode and the decision',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', RNE: 'S' },
          { CHILD: '2', DECOM: '01/02/2023', RNE: 'P' }, { CHILD: '2', DECOM: '01/03/2023', RNE: 'S' }, { CHILD: '2', DECOM: '01/05/2024', RNE: 'S' },
        ],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '30/04/2024' }, { CHILD: '2', DATE_PLACED: '15/02/2023' }],
      },
      fails: { Episodes: [0, 2], PlacedAdoption: [0, 1] },
    },
    {
      name: 'a decision on or after the first RNE S, a blank decision, or a child with no RNE S episode passes',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', RNE: 'S' }, { CHILD: '2', DECOM: '01/05/2024', RNE: 'S' },
          { CHILD: '3', DECOM: '01/05/2024', RNE: 'P' },
        ],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2024' }, { CHILD: '2', DATE_PLACED: '' }, { CHILD: '3', DATE_PLACED: '01/01/2020' }],
      },
      fails: {},
    },
  ],
  '134': [
    {
      name: 'adoption data for a child with care leaver data fails, on the AD1 row',
      rows: {
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2', ACCOM: 'B1' }],
        AD1: [{ CHILD: '1', DATE_MATCH: '01/06/2024' }, { CHILD: '2', LS_ADOPTR: 'L0' }],
      },
      fails: { AD1: [0, 1] },
    },
    {
      name: 'an empty AD1 row, an AD1 row with an empty OC3 row, or with no OC3 row passes',
      rows: {
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2' }],
        AD1: [{ CHILD: '1' }, { CHILD: '2', DATE_INT: '01/06/2024' }, { CHILD: '3', DATE_INT: '01/06/2024' }],
      },
      fails: {},
    },
  ],
  '1000': [
    {
      name: 'care leaver data for a child who died in care this year or last year fails',
      rows: {
        Episodes: [{ CHILD: '1', REC: 'E2' }, { CHILD: '3', REC: 'X1' }],
        Episodes_last: [{ CHILD: '2', REC: 'X1' }, { CHILD: '2', REC: 'E2' }, { CHILD: '4', REC: 'E4A' }],
        OC3: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '4' }],
      },
      fails: { OC3: [0, 1] },
    },
    {
      name: 'without last year given, only this year decides; other endings pass',
      rows: { Episodes: [{ CHILD: '1', REC: 'E2' }, { CHILD: '2', REC: 'E11' }], OC3: [{ CHILD: '1' }, { CHILD: '2' }] },
      fails: { OC3: [0] },
    },
    {
      name: 'no one who died: passes',
      rows: { Episodes: [{ CHILD: '1', REC: 'E3' }], OC3: [{ CHILD: '1' }] },
      fails: {},
    },
  ],
  '117': [
    {
      name: 'a decision after the year end, or after the latest ceased episode ended, fails with that episode',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2024', REC: 'E11' }, { CHILD: '1', DECOM: '01/06/2024', REC: 'X1', DEC: '02/06/2024' },
          { CHILD: '2', DECOM: '01/05/2024', DEC: '01/06/2024', REC: 'E11' },
        ],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '01/05/2024', DATE_PLACED_CEASED: '02/06/2024' },
          { CHILD: '2', DATE_PLACED: '01/04/2025' }, { CHILD: '3', DATE_PLACED: '01/04/2025' },
        ],
      },
      fails: { Episodes: [0, 2], PlacedAdoption: [0, 1, 2] },
    },
    {
      name: 'decisions within the year and on or before the latest ceased episode ended pass, as do open children',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2024', REC: 'E11' }, { CHILD: '2', DECOM: '01/05/2024' }],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '01/05/2024', DATE_PLACED_CEASED: '01/06/2024' }, { CHILD: '2', DATE_PLACED: '31/03/2025' },
        ],
      },
      fails: {},
    },
  ],
  '118': [
    {
      name: 'a cessation before the year start, or before the earliest non-V3/V4 episode, fails with that episode',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', LS: 'C2' },
          { CHILD: '2', DECOM: '01/04/2024', LS: 'V3' }, { CHILD: '2', DECOM: '01/07/2024', LS: 'C2' },
        ],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '31/03/2024' }, { CHILD: '2', DATE_PLACED_CEASED: '01/06/2024' }],
      },
      fails: { Episodes: [0, 2], PlacedAdoption: [0, 1] },
    },
    {
      name: 'a cessation in the year on or after the earliest non-short-break episode passes, as does no cessation',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024', LS: 'C2' }, { CHILD: '2', DECOM: '01/05/2023', LS: 'E1' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/05/2024' }, { CHILD: '2', DATE_PLACED: '01/04/2023' }],
      },
      fails: {},
    },
  ],
  '1011': [
    {
      name: 'care leaver data for a child whose final episode ended E3 fails',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', REC: 'E11' }, { CHILD: '1', DECOM: '01/06/2024', REC: 'E3' },
          { CHILD: '2', DECOM: '01/05/2024', REC: 'E3' },
        ],
        OC3: [{ CHILD: '1', ACCOM: 'B1' }, { CHILD: '2', IN_TOUCH: 'YES' }],
      },
      fails: { OC3: [0, 1] },
    },
    {
      name: 'an earlier E3, a final E3 with empty care leaver data, or another final reason passes',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024', REC: 'E3' }, { CHILD: '1', DECOM: '01/06/2024', REC: 'E11' },
          { CHILD: '2', DECOM: '01/05/2024', REC: 'E3' },
        ],
        OC3: [{ CHILD: '1', ACCOM: 'B1' }, { CHILD: '2' }],
      },
      fails: {},
    },
  ],
  '1012': [
    {
      name: 'rows in other child tables for a child with no episodes fail, in each table',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024' }],
        OC3: [{ CHILD: '2', IN_TOUCH: 'YES' }],
        PlacedAdoption: [{ CHILD: '2' }], Missing: [{ CHILD: '1' }, { CHILD: '2' }], Reviews: [{ CHILD: '2' }],
        AD1: [{ CHILD: '2' }], PrevPerm: [{ CHILD: '3' }], OC2: [{ CHILD: '2' }],
      },
      fails: { PlacedAdoption: [0], Missing: [1], Reviews: [0], AD1: [0], PrevPerm: [0], OC2: [0] },
    },
    {
      name: 'rows for children with episodes pass, as does an OC3 row alone',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024' }],
        OC3: [{ CHILD: '2', IN_TOUCH: 'YES' }], Missing: [{ CHILD: '1' }], OC2: [{ CHILD: '1' }],
      },
      fails: {},
    },
  ],
  '1014': [
    {
      name: 'a care leaver with no episode in the year and a UASC row fails on both rows',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/02/2024' }],
        UASC: [{ CHILD: '1', DUC: '01/06/2024' }, { CHILD: '2', DUC: '01/06/2024' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2', ACTIV: 'F1' }],
      },
      fails: { UASC: [0, 1], OC3: [0, 1] },
    },
    {
      name: 'a child looked after in the year, a care leaver without UASC, or an empty OC3 row passes',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/04/2024' }, { CHILD: '2', DECOM: '01/01/2024' }],
        UASC: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '4' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2', IN_TOUCH: 'YES' }, { CHILD: '3', IN_TOUCH: 'YES' }, { CHILD: '4' }],
      },
      fails: {},
    },
  ],
  '1002': [
    {
      name: 'a care leaver with no episode this year or last fails',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024' }], Episodes_last: [{ CHILD: '2', DECOM: '01/05/2023' }],
        OC3: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }],
      },
      fails: { OC3: [2] },
    },
    {
      name: 'care leavers with episodes this year or last pass',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024' }], Episodes_last: [{ CHILD: '2', DECOM: '01/05/2023' }],
        OC3: [{ CHILD: '1' }, { CHILD: '2' }],
      },
      fails: {},
    },
  ],
  '1010': [
    {
      name: 'a care leaver whose latest episode last year was open, with no episode this year, fails',
      rows: {
        Episodes: [{ CHILD: '9', DECOM: '01/05/2024' }],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/05/2023', DEC: '01/06/2023' }, { CHILD: '1', DECOM: '01/06/2023' },
        ],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      },
      fails: { OC3: [0] },
    },
    {
      name: 'an open episode that is not the latest, a child with episodes this year, or a closed last episode passes',
      rows: {
        Episodes: [{ CHILD: '2', DECOM: '01/04/2024' }],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/05/2023' }, { CHILD: '1', DECOM: '01/06/2023', DEC: '01/07/2023' },
          { CHILD: '2', DECOM: '01/05/2023' }, { CHILD: '3', DECOM: '01/05/2023', DEC: '01/06/2023' },
        ],
        OC3: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }],
      },
      fails: {},
    },
  ],
  '1007': [
    {
      name: 'a 17-year-old looked after on their birthday in the year (ceased later, or still open) with OC3 data fails',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '01/09/2024' }, { CHILD: '2', DECOM: '01/01/2024' },
          { CHILD: '3', DECOM: '01/01/2024', DEC: '01/09/2024' },
        ],
        OC3: [
          { CHILD: '1', DOB: '01/08/2007', IN_TOUCH: 'YES' }, { CHILD: '2', DOB: '01/08/2006', ACCOM: 'B1' },
          { CHILD: '3', DOB: '01/08/2007' },
        ],
      },
      fails: { OC3: [0, 1] },
    },
    {
      name: 'ceasing on or before the birthday, or being 16 or 19, passes',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '01/08/2024' }, { CHILD: '2', DECOM: '01/01/2024' },
          { CHILD: '3', DECOM: '01/01/2024' },
        ],
        OC3: [
          { CHILD: '1', DOB: '01/08/2007', IN_TOUCH: 'YES' }, { CHILD: '2', DOB: '01/08/2008', IN_TOUCH: 'YES' },
          { CHILD: '3', DOB: '01/08/2005', IN_TOUCH: 'YES' },
        ],
      },
      fails: {},
    },
  ],
  '1008': [
    {
      name: 'a URN not in the provider list fails, as does six Xs',
      rows: { Episodes: [{ CHILD: '1', URN: '2345' }, { CHILD: '1', URN: 'XXXXXX' }, { CHILD: '1', URN: 'SC999999' }] },
      reference: { providers: [{ URN: 'SC999999', PLACE_CODES: 'H5', PROVIDER_CODES: 'PR4', REG_END: '', POSTCODE: 'AA11AA', LA_CODE: '805' }] },
      fails: { Episodes: [0, 1] },
    },
    {
      name: 'a listed URN, the XXXXXXX placeholder, or a blank URN passes',
      rows: { Episodes: [{ CHILD: '1', URN: 'SC999999' }, { CHILD: '1', URN: 'XXXXXXX' }, { CHILD: '1', URN: '' }] },
      reference: { providers: [{ URN: 'SC999999', PLACE_CODES: 'H5', PROVIDER_CODES: 'PR4', REG_END: '', POSTCODE: 'AA11AA', LA_CODE: '805' }] },
      fails: {},
    },
  ],
  '1015': (['2024-25', '2025-26'] as const).flatMap((year): RuleCase[] => {
    const reference = {
      postcodes: [pc('AA1 1AA', 'E06000001', '0', '0'), pc('BB1 1BB', 'E06000002', '0', '0')],
      localAuthorities: [{ LA_CODE: '805', LTLA_CODE: 'E06000001', UTLA_CODE: 'E06000001' }, { LA_CODE: '806', LTLA_CODE: 'E06000002', UTLA_CODE: 'E06000002' }],
    };
    const ep = (place: string, ls: string, provider: string, post: string) => ({ CHILD: '1', PLACE: place, LS: ls, PLACE_PROVIDER: provider, PL_POST: post });
    return [
      {
        name: `${year}: own provision placed in another LA fails${year === '2024-25' ? ', K3 included' : ''}`,
        year, laCode: '805', reference,
        rows: { Episodes: [ep('H5', 'C2', 'PR1', 'BB1 1BB'), ep('K3', 'C2', 'PR1', 'BB1 1BB')] },
        fails: { Episodes: year === '2024-25' ? [0, 1] : [0] },
      },
      {
        name: `${year}: own provision in own LA, fostering, short breaks, other providers and unknown postcodes pass`,
        year, laCode: '805', reference,
        rows: {
          Episodes: [
            ep('H5', 'C2', 'PR1', 'AA1 1AA'), ep('U1', 'C2', 'PR1', 'BB1 1BB'), ep('H5', 'V3', 'PR1', 'BB1 1BB'),
            ep('H5', 'C2', 'PR2', 'BB1 1BB'), ep('H5', 'C2', 'PR1', 'ZZ9 9ZZ'),
          ],
        },
        fails: {},
      },
    ];
  }),
  '1016': [
    {
      name: 'a 17- or 18-year-old who ceased care on or after their 17th birthday with OC3 data fails',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/08/2024' }, { CHILD: '2', DECOM: '01/01/2024', DEC: '02/06/2024' }],
        OC3: [{ CHILD: '1', DOB: '01/08/2007', IN_TOUCH: 'YES' }, { CHILD: '2', DOB: '01/06/2006', ACTIV: 'F1' }],
      },
      fails: { OC3: [0, 1] },
    },
    {
      name: 'ceasing the day before the 17th birthday, an open episode, no OC3 data, or being 19 passes',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '31/07/2024' }, { CHILD: '2', DECOM: '01/01/2024' },
          { CHILD: '3', DECOM: '01/01/2024', DEC: '01/09/2024' }, { CHILD: '4', DECOM: '01/01/2024', DEC: '01/09/2024' },
        ],
        OC3: [
          { CHILD: '1', DOB: '01/08/2007', IN_TOUCH: 'YES' }, { CHILD: '2', DOB: '01/08/2007', IN_TOUCH: 'YES' },
          { CHILD: '3', DOB: '01/08/2007' }, { CHILD: '4', DOB: '01/08/2005', IN_TOUCH: 'YES' },
        ],
      },
      fails: {},
    },
  ],
  '1001': [
    {
      name: 'too short care since 14, none after 16, adoption, short breaks only, or no episodes fail',
      rows: {
        Header: ['1', '2', '3', '4', '5', '6', '7', '9'].map((c) => ({ CHILD: c, DOB: c === '9' ? '01/01/2004' : '01/01/2007' })),
        Episodes_last: [
          { CHILD: '1', LS: 'C2', DECOM: '01/06/2023', DEC: '01/12/2023' },
          { CHILD: '2', LS: 'C2', DECOM: '01/06/2023', DEC: '01/08/2023' },
          { CHILD: '3', LS: 'C2', DECOM: '01/01/2021', DEC: '01/06/2022' },
          { CHILD: '4', LS: 'C2', DECOM: '01/06/2023', DEC: '01/12/2023', REC: 'E11' },
          { CHILD: '5', LS: 'V3', DECOM: '01/06/2023', DEC: '01/12/2023' },
          { CHILD: '6', LS: 'C2', DECOM: '01/06/2023', DEC: '01/07/2023' },
          { CHILD: '7', LS: 'C2', DECOM: '01/06/2023' },
        ],
        Episodes: [
          { CHILD: '6', LS: 'C2', DECOM: '01/12/2024' },
          { CHILD: '7', LS: 'C2', DECOM: '01/06/2023', DEC: '01/12/2023', REC: 'E4A' },
        ],
        OC3: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((c) => ({ CHILD: c, DOB: c === '8' ? '01/01/2007' : '', IN_TOUCH: 'YES' })),
      },
      fails: { OC3: [1, 2, 3, 4, 7] },
    },
    {
      name: '13 weeks after 14 with a day after 16 passes, counting an open latest episode to the year end once',
      rows: {
        Header: [{ CHILD: '1', DOB: '01/01/2007' }, { CHILD: '2', DOB: '01/01/2007' }],
        Episodes_last: [
          { CHILD: '1', LS: 'C2', DECOM: '01/01/2021', DEC: '01/04/2021' }, { CHILD: '1', LS: 'C2', DECOM: '01/01/2023', DEC: '02/01/2023' },
        ],
        Episodes: [{ CHILD: '2', LS: 'C2', DECOM: '30/12/2024' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2', IN_TOUCH: 'YES' }],
      },
      fails: {},
    },
  ],
};
