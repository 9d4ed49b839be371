import type { RuleCase, RuleCases } from '../support/ruleCases';

// Postcode directory rows: AA1 1AA in the City of London (DfE 201) at the grid origin; BB1 1BB and CC1 1CC in
// Birmingham (DfE 330), 10.0 and 12.0 miles east of it.
const POSTCODES = [
  { pcd: 'AA1 1AA', laua: 'E09000001', oseast1m: '0', osnrth1m: '0' },
  { pcd: 'BB1 1BB', laua: 'E08000025', oseast1m: '16093', osnrth1m: '0' },
  { pcd: 'CC1 1CC', laua: 'E08000025', oseast1m: '19312', osnrth1m: '0' },
];
const PC = { postcodes: POSTCODES };

const FAILING: RuleCases = {
  '392c': [
    {
      name: 'a postcode not in the directory fails; known ones (with or without the space) and blanks pass',
      rows: { Episodes: [
        { CHILD: '1', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
        { CHILD: '2', HOME_POST: 'ZZ9 9ZZ', PL_POST: 'BB1 1BB' },
        { CHILD: '3', HOME_POST: 'AA11AA', PL_POST: 'ZZ9 9ZZ' },
        { CHILD: '4' },
      ] },
      reference: PC,
      fails: { Episodes: [1, 2] },
    },
    { name: 'all postcodes known passes', rows: { Episodes: [{ CHILD: '1', HOME_POST: 'AA1 1AA', PL_POST: 'CC1 1CC' }] }, reference: PC, fails: {} },
  ],
  '392d': [
    {
      name: 'same home and placement postcode fails unless P1',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'U1', HOME_POST: 'AA1 1AA', PL_POST: 'AA11AA' },
        { CHILD: '2', PLACE: 'P1', HOME_POST: 'AA1 1AA', PL_POST: 'AA1 1AA' },
        { CHILD: '3', PLACE: 'U1', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
        { CHILD: '4', PLACE: 'U1' },
      ] },
      fails: { Episodes: [0] },
    },
  ],
  '393': [
    {
      name: '2024-25: a girl (F) looked after outside V3/V4 without MOTHER fails',
      rows: {
        Header: [{ CHILD: '1', SEX: 'F' }, { CHILD: '2', SEX: 'M' }, { CHILD: '3', SEX: 'F', MOTHER: '0' }, { CHILD: '4', SEX: 'F' }],
        Episodes: [{ CHILD: '1', LS: 'C2' }, { CHILD: '2', LS: 'C2' }, { CHILD: '3', LS: 'C2' }, { CHILD: '4', LS: 'V4' }],
      },
      fails: { Header: [0] },
    },
    {
      name: '2023-24: the female code is 2',
      year: '2023-24',
      rows: {
        Header: [{ CHILD: '1', SEX: '2' }, { CHILD: '2', SEX: 'F' }],
        Episodes: [{ CHILD: '1', LS: 'C2' }, { CHILD: '2', LS: 'C2' }],
      },
      fails: { Header: [0] },
    },
  ],
  '398': [
    {
      name: 'a postcode on a V3/V4 episode fails',
      rows: { Episodes: [
        { CHILD: '1', LS: 'V3', HOME_POST: 'AA1 1AA' },
        { CHILD: '2', LS: 'V4', PL_POST: 'BB1 1BB' },
        { CHILD: '3', LS: 'V4' },
        { CHILD: '4', LS: 'C2', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
      ] },
      fails: { Episodes: [0, 1] },
    },
  ],
  '399': [
    {
      name: 'a child only on V3/V4 with MOTHER or review data fails in every table; one with another legal status passes',
      rows: {
        Episodes: [{ CHILD: '1', LS: 'V3' }, { CHILD: '1', LS: 'V3' }, { CHILD: '2', LS: 'V4' }, { CHILD: '2', LS: 'C2' }, { CHILD: '3', LS: 'V4' }],
        Header: [{ CHILD: '1', MOTHER: '0' }, { CHILD: '2', MOTHER: '1' }, { CHILD: '3' }],
        Reviews: [{ CHILD: '1', REVIEW: '01/06/2024', REVIEW_CODE: 'PN1' }, { CHILD: '2', REVIEW: '01/06/2024', REVIEW_CODE: 'PN1' }, { CHILD: '3' }],
      },
      fails: { Episodes: [0, 1], Header: [0], Reviews: [0] },
    },
    {
      name: 'review data alone makes a V3/V4-only child fail',
      rows: {
        Episodes: [{ CHILD: '1', LS: 'V4' }],
        Header: [{ CHILD: '1' }],
        Reviews: [{ CHILD: '1', REVIEW: '01/06/2024' }, { CHILD: '1' }],
      },
      fails: { Episodes: [0], Header: [0], Reviews: [0] },
    },
  ],
  '406': [
    {
      name: 'a distance for a child in this or last year\'s UASC table fails',
      rows: {
        Episodes: [
          { CHILD: '1', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '2', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '3', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '1' },
        ],
        UASC: [{ CHILD: '1', DUC: '01/01/2024' }],
        UASC_last: [{ CHILD: '2', DUC: '01/01/2023' }],
      },
      reference: PC,
      fails: { Episodes: [0, 1] },
    },
  ],
  '407': [
    {
      name: 'an SGO cease on or after the 18th birthday fails episode and header',
      rows: {
        Header: [{ CHILD: '1', DOB: '10/05/2006' }, { CHILD: '2', DOB: '10/05/2006' }, { CHILD: '3', DOB: '10/05/2006' }],
        Episodes: [{ CHILD: '1', DEC: '10/05/2024', REC: 'E45' }, { CHILD: '2', DEC: '09/05/2024', REC: 'E48' }, { CHILD: '3', DEC: '01/01/2025', REC: 'E13' }],
      },
      fails: { Episodes: [0], Header: [0] },
    },
  ],
  '408': [
    {
      name: 'A5/A6 without E1 fails',
      rows: { Episodes: [{ CHILD: '1', PLACE: 'A5', LS: 'C2' }, { CHILD: '2', PLACE: 'A6', LS: 'E1' }, { CHILD: '3', PLACE: 'A6' }, { CHILD: '4', PLACE: 'U1', LS: 'C2' }] },
      fails: { Episodes: [0, 2] },
    },
  ],
  '411': [
    {
      name: 'IN with PL_LA other than the placing LA\'s fails (a replaced LA list where 330 has its own upper tier)',
      laCode: '330',
      rows: { Episodes: [{ CHILD: '1', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' }, { CHILD: '2', HOME_POST: 'AA1 1AA', PL_POST: 'AA1 1AA' }] },
      reference: { postcodes: POSTCODES, localAuthorities: [
        { LA_CODE: '201', LTLA_CODE: 'E09000001', UTLA_CODE: 'X01' },
        { LA_CODE: '330', LTLA_CODE: 'E09000099', UTLA_CODE: 'X02' },
        { LA_CODE: '999', LTLA_CODE: 'E08000025', UTLA_CODE: '330' },
      ] },
      fails: { Episodes: [0] },
    },
    {
      name: 'with careledger\'s LA list, IN and OUT placements agree with PL_LA',
      laCode: '330',
      rows: { Episodes: [{ CHILD: '1', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' }, { CHILD: '2', HOME_POST: 'BB1 1BB', PL_POST: 'AA1 1AA' }] },
      reference: PC,
      fails: {},
    },
  ],
  '420': [
    {
      name: 'a placement LA on a V3/V4 episode fails',
      rows: { Episodes: [{ CHILD: '1', LS: 'V3', PL_POST: 'BB1 1BB' }, { CHILD: '2', LS: 'V4' }, { CHILD: '3', LS: 'C2', PL_POST: 'BB1 1BB' }] },
      reference: PC,
      fails: { Episodes: [0] },
    },
  ],
  '426': [
    {
      name: 'V3 and V4 episodes of one child all fail',
      rows: { Episodes: [
        { CHILD: '1', LS: 'V3' }, { CHILD: '1', LS: 'V3' }, { CHILD: '2', LS: 'V3' }, { CHILD: '2', LS: 'V4' }, { CHILD: '2', LS: 'C2' }, { CHILD: '3', LS: 'V4' },
      ] },
      fails: { Episodes: [2, 3] },
    },
  ],
  '431': [
    {
      name: 'S starting the day the previous episode ended fails; after a gap passes',
      rows: { Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'E13' },
        { CHILD: '1', RNE: 'S', DECOM: '10/05/2024', DEC: '20/05/2024', REC: 'E13' },
        { CHILD: '1', RNE: 'S', DECOM: '25/05/2024' },
        { CHILD: '2', RNE: 'S', DECOM: '01/05/2024' },
      ] },
      fails: { Episodes: [1] },
    },
  ],
  '432': [
    {
      name: 'after a cease the next episode must be S',
      rows: { Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'E13' },
        { CHILD: '1', RNE: 'P', DECOM: '20/05/2024', DEC: '25/05/2024', REC: 'X1' },
        { CHILD: '1', RNE: 'P', DECOM: '25/05/2024', DEC: '30/05/2024', REC: 'E4A' },
        { CHILD: '1', RNE: 'S', DECOM: '01/06/2024' },
      ] },
      fails: { Episodes: [1] },
    },
  ],
  '433': [
    {
      name: 'a continuation episode must start when the previous ended',
      rows: { Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'X1' },
        { CHILD: '1', RNE: 'P', DECOM: '10/05/2024', DEC: '20/05/2024', REC: 'X1' },
        { CHILD: '1', RNE: 'B', DECOM: '21/05/2024' },
        { CHILD: '2', RNE: 'L', DECOM: '01/05/2024' },
      ] },
      fails: { Episodes: [2] },
    },
  ],
  '434': [
    {
      name: 'L with the same legal status or a changed placement fails',
      rows: { Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/05/2024', LS: 'C1', PLACE: 'U4', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'L', DECOM: '10/05/2024', LS: 'C2', PLACE: 'U4', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'L', DECOM: '20/05/2024', LS: 'C2', PLACE: 'U4', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'L', DECOM: '30/05/2024', LS: 'E1', PLACE: 'U4', PL_POST: 'CC1 1CC' },
      ] },
      fails: { Episodes: [2, 3] },
    },
  ],
  '435': [
    {
      name: 'P/T with a changed legal status or an unchanged placement fails',
      rows: { Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/05/2024', LS: 'C2', PLACE: 'U4', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'P', DECOM: '10/05/2024', LS: 'C2', PLACE: 'U6', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'T', DECOM: '20/05/2024', LS: 'C2', PLACE: 'U6', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'P', DECOM: '30/05/2024', LS: 'E1', PLACE: 'U4', PL_POST: 'BB1 1BB' },
      ] },
      fails: { Episodes: [2, 3] },
    },
  ],
  '436': [
    {
      name: 'B/U needs both the legal status and the placement to change',
      rows: { Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/05/2024', LS: 'C1', PLACE: 'U4', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'B', DECOM: '10/05/2024', LS: 'C2', PLACE: 'U6', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'U', DECOM: '20/05/2024', LS: 'E1', PLACE: 'U6', PL_POST: 'BB1 1BB' },
        { CHILD: '1', RNE: 'B', DECOM: '30/05/2024', LS: 'E1', PLACE: 'U4', PL_POST: 'CC1 1CC' },
      ] },
      fails: { Episodes: [2, 3] },
    },
  ],
  '437': [
    {
      name: 'an episode after E2/E15 fails the ceased episode',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'E15' },
        { CHILD: '1', DECOM: '20/05/2024' },
        { CHILD: '2', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'E2' },
        { CHILD: '3', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'E13' },
        { CHILD: '3', DECOM: '20/05/2024' },
      ] },
      fails: { Episodes: [0] },
    },
  ],
  '440': [
    {
      name: 'PN0 for a child 4 or over fails (the 4th birthday counts)',
      rows: { Reviews: [
        { CHILD: '1', DOB: '15/06/2020', REVIEW: '15/06/2024', REVIEW_CODE: 'PN0' },
        { CHILD: '2', DOB: '15/06/2020', REVIEW: '14/06/2024', REVIEW_CODE: 'PN0' },
        { CHILD: '3', DOB: '15/06/2018', REVIEW: '14/06/2024', REVIEW_CODE: 'PN1' },
      ] },
      fails: { Reviews: [0] },
    },
  ],
  '441': [
    {
      name: 'PN1-PN7 for a child under 4 fails',
      rows: { Reviews: [
        { CHILD: '1', DOB: '15/06/2020', REVIEW: '14/06/2024', REVIEW_CODE: 'PN3' },
        { CHILD: '2', DOB: '15/06/2020', REVIEW: '15/06/2024', REVIEW_CODE: 'PN1' },
        { CHILD: '3', DOB: '15/06/2022', REVIEW: '14/06/2024', REVIEW_CODE: 'PN0' },
      ] },
      fails: { Reviews: [0] },
    },
  ],
  '442': [
    {
      name: 'no UPN for a child with a non-V3/V4 episode fails the header',
      rows: {
        Header: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3', UPN: 'UN1' }, { CHILD: '4' }],
        Episodes: [{ CHILD: '1', LS: 'C2' }, { CHILD: '2', LS: 'V3' }, { CHILD: '3', LS: 'C2' }],
      },
      fails: { Header: [0] },
    },
  ],
  '445': [
    {
      name: 'D1 starting after December 2005 fails',
      rows: { Episodes: [{ CHILD: '1', LS: 'D1', DECOM: '01/01/2006' }, { CHILD: '2', LS: 'D1', DECOM: '31/12/2005' }, { CHILD: '3', LS: 'E1', DECOM: '01/01/2006' }] },
      fails: { Episodes: [0] },
    },
  ],
  '446': [
    {
      name: 'E1 starting before December 2005 fails',
      rows: { Episodes: [{ CHILD: '1', LS: 'E1', DECOM: '30/11/2005' }, { CHILD: '2', LS: 'E1', DECOM: '01/12/2005' }, { CHILD: '3', LS: 'D1', DECOM: '30/11/2005' }] },
      fails: { Episodes: [0] },
    },
  ],
  '451': [
    {
      name: 'an open D1 episode fails',
      rows: { Episodes: [{ CHILD: '1', LS: 'D1' }, { CHILD: '2', LS: 'D1', DEC: '01/05/2024', REC: 'E11' }, { CHILD: '3', LS: 'E1' }] },
      fails: { Episodes: [0] },
    },
  ],
  '452': [
    {
      name: 'a carried-over open episode with the same RNE must keep its placement LA',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', RNE: 'P', PL_POST: 'AA1 1AA' },
          { CHILD: '2', DECOM: '01/01/2024', RNE: 'P', PL_POST: 'BB1 1BB' },
          { CHILD: '3', DECOM: '01/01/2024', RNE: 'P', PL_POST: 'AA1 1AA' },
          { CHILD: '4', DECOM: '01/01/2024', RNE: 'L', PL_POST: 'AA1 1AA' },
        ],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/01/2024', RNE: 'P', PL_POST: 'BB1 1BB' },
          { CHILD: '2', DECOM: '01/01/2024', RNE: 'P', PL_POST: 'CC1 1CC' },
          { CHILD: '3', DECOM: '01/01/2024', RNE: 'P', PL_POST: 'BB1 1BB', DEC: '31/03/2024', REC: 'E13' },
          { CHILD: '4', DECOM: '01/01/2024', RNE: 'P', PL_POST: 'BB1 1BB' },
        ],
      },
      reference: PC,
      fails: { Episodes: [0] },
    },
  ],
  '453': [
    {
      name: 'a carried-over open episode with the same RNE must keep its distance within 0.2 miles',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', RNE: 'P', HOME_POST: 'AA1 1AA', PL_POST: 'CC1 1CC' },
          { CHILD: '2', DECOM: '01/01/2024', RNE: 'P', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '3', DECOM: '01/01/2024', RNE: 'P' },
        ],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/01/2024', RNE: 'P', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '2', DECOM: '01/01/2024', RNE: 'P', HOME_POST: 'AA11AA', PL_POST: 'BB11BB' },
          { CHILD: '3', DECOM: '01/01/2024', RNE: 'P', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
        ],
      },
      reference: PC,
      fails: { Episodes: [0] },
    },
  ],
  '460': [
    {
      name: 'E17 before the 18th birthday fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '10/05/2006' }, { CHILD: '2', DOB: '10/05/2006' }],
        Episodes: [{ CHILD: '1', DEC: '09/05/2024', REC: 'E17' }, { CHILD: '2', DEC: '10/05/2024', REC: 'E17' }],
      },
      fails: { Episodes: [0] },
    },
  ],
  '501': [
    {
      name: 'an episode starting before the previous one ended fails',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '10/05/2024' },
        { CHILD: '1', DECOM: '09/05/2024', DEC: '20/05/2024' },
        { CHILD: '1', DECOM: '20/05/2024' },
        { CHILD: '2', DECOM: '01/05/2024' },
      ] },
      fails: { Episodes: [1] },
    },
  ],
  '502': [
    {
      name: 'the first episode must start when last year\'s open episode did',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/02/2024' }, { CHILD: '1', DECOM: '01/05/2024' },
          { CHILD: '2', DECOM: '01/01/2024' },
          { CHILD: '3', DECOM: '01/05/2024' },
        ],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/01/2024' },
          { CHILD: '2', DECOM: '01/01/2024' },
          { CHILD: '3', DECOM: '01/01/2024', DEC: '31/01/2024', REC: 'E13' },
        ],
      },
      fails: { Episodes: [0] },
    },
  ],
  '503A': [
    {
      name: 'the first episode\'s RNE must match last year\'s open episode',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', RNE: 'P' }, { CHILD: '1', DECOM: '01/05/2024', RNE: 'S' }, { CHILD: '2', DECOM: '01/01/2024', RNE: 'P' }, { CHILD: '3', DECOM: '01/01/2024', RNE: 'P' }],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/01/2024', RNE: 'S' },
          { CHILD: '2', DECOM: '01/01/2024', RNE: 'P' },
          { CHILD: '3', DECOM: '01/01/2024', RNE: 'S', DEC: '31/01/2024', REC: 'E13' },
        ],
      },
      fails: { Episodes: [0] },
    },
  ],
  '503B': [
    {
      name: 'the first episode\'s LS must match last year\'s latest, open episode',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', LS: 'C2' }, { CHILD: '2', DECOM: '01/01/2024', LS: 'C2' }],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/06/2023', LS: 'C2', DEC: '01/01/2024', REC: 'X1' }, { CHILD: '1', DECOM: '01/01/2024', LS: 'C1' },
          { CHILD: '2', DECOM: '01/01/2024', LS: 'C2' },
        ],
      },
      fails: { Episodes: [0] },
    },
  ],
  '503C': [
    {
      name: 'the first episode\'s CIN must match last year\'s open episode',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', CIN: 'N1' }, { CHILD: '2', DECOM: '01/01/2024', CIN: 'N2' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2024', CIN: 'N2' }, { CHILD: '2', DECOM: '01/01/2024', CIN: 'N2' }],
      },
      fails: { Episodes: [0] },
    },
  ],
  '503D': [
    {
      name: '2023-24: any change of placement type fails, H5 to K3 included',
      year: '2023-24',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2023', PLACE: 'U4' }, { CHILD: '2', DECOM: '01/01/2023', PLACE: 'K3' }, { CHILD: '3', DECOM: '01/01/2023', PLACE: 'U6' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2023', PLACE: 'U6' }, { CHILD: '2', DECOM: '01/01/2023', PLACE: 'H5' }, { CHILD: '3', DECOM: '01/01/2023', PLACE: 'U6' }],
      },
      fails: { Episodes: [0, 1] },
    },
    {
      name: '2024-25: H5 recoded to K3 passes; Z1 to Z11 does not',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', PLACE: 'U4' }, { CHILD: '2', DECOM: '01/01/2024', PLACE: 'K3' }, { CHILD: '3', DECOM: '01/01/2024', PLACE: 'Z11' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2024', PLACE: 'U6' }, { CHILD: '2', DECOM: '01/01/2024', PLACE: 'H5' }, { CHILD: '3', DECOM: '01/01/2024', PLACE: 'Z1' }],
      },
      fails: { Episodes: [0, 2] },
    },
    {
      name: '2025-26: H5 to K3 and Z1 to Z11-Z14 both pass',
      year: '2025-26',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2025', PLACE: 'U4' }, { CHILD: '2', DECOM: '01/01/2025', PLACE: 'K3' }, { CHILD: '3', DECOM: '01/01/2025', PLACE: 'Z13' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2025', PLACE: 'U6' }, { CHILD: '2', DECOM: '01/01/2025', PLACE: 'H5' }, { CHILD: '3', DECOM: '01/01/2025', PLACE: 'Z1' }],
      },
      fails: { Episodes: [0] },
    },
    {
      name: '2026-27: Z1 to Z12 passes; H5 to K3 fails again',
      year: '2026-27',
      rows: {
        Episodes: [{ CHILD: '2', DECOM: '01/01/2026', PLACE: 'K3' }, { CHILD: '3', DECOM: '01/01/2026', PLACE: 'Z12' }],
        Episodes_last: [{ CHILD: '2', DECOM: '01/01/2026', PLACE: 'H5' }, { CHILD: '3', DECOM: '01/01/2026', PLACE: 'Z1' }],
      },
      fails: { Episodes: [0] },
    },
  ],
  '503E': [
    {
      name: 'the first episode\'s provider must match last year\'s open episode (blank matches blank)',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', PLACE_PROVIDER: 'PR1' }, { CHILD: '2', DECOM: '01/01/2024' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2024', PLACE_PROVIDER: 'PR4' }, { CHILD: '2', DECOM: '01/01/2024' }],
      },
      fails: { Episodes: [0] },
    },
  ],
  '503F': [
    {
      name: 'the first episode\'s URN must match last year\'s open episode',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', URN: 'SC1' }, { CHILD: '2', DECOM: '01/01/2024', URN: 'SC2' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2024' }, { CHILD: '2', DECOM: '01/01/2024', URN: 'SC2' }],
      },
      fails: { Episodes: [0] },
    },
  ],
  '503G': [
    {
      name: 'the distance must match last year\'s open episode within 0.2 miles, or both be blank',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', HOME_POST: 'AA1 1AA', PL_POST: 'CC1 1CC' },
          { CHILD: '2', DECOM: '01/01/2024', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '3', DECOM: '01/01/2024' },
          { CHILD: '4', DECOM: '01/01/2024' },
        ],
        Episodes_last: [
          { CHILD: '1', DECOM: '01/01/2024', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '2', DECOM: '01/01/2024', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '3', DECOM: '01/01/2024', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' },
          { CHILD: '4', DECOM: '01/01/2024' },
        ],
      },
      reference: PC,
      fails: { Episodes: [0, 2] },
    },
  ],
  '503H': [
    {
      name: 'the placement LA must match last year\'s open episode',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', PL_POST: 'AA1 1AA' }, { CHILD: '2', DECOM: '01/01/2024', PL_POST: 'CC1 1CC' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2024', PL_POST: 'BB1 1BB' }, { CHILD: '2', DECOM: '01/01/2024', PL_POST: 'BB1 1BB' }],
      },
      reference: PC,
      fails: { Episodes: [0] },
    },
  ],
  '503J': [
    {
      name: 'the placement location must match last year\'s open episode',
      laCode: '330',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', PL_POST: 'AA1 1AA' }, { CHILD: '2', DECOM: '01/01/2024', PL_POST: 'CC1 1CC' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/01/2024', PL_POST: 'BB1 1BB' }, { CHILD: '2', DECOM: '01/01/2024', PL_POST: 'BB1 1BB' }],
      },
      reference: PC,
      fails: { Episodes: [0] },
    },
  ],
  '504': [
    {
      name: 'a continuation episode must keep the category of need',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'X1', CIN: 'N1' },
        { CHILD: '1', DECOM: '10/05/2024', DEC: '20/05/2024', REC: 'E13', CIN: 'N2' },
        { CHILD: '1', DECOM: '25/05/2024', CIN: 'N3' },
        { CHILD: '2', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'X1', CIN: 'N1' },
        { CHILD: '2', DECOM: '10/05/2024', CIN: 'N1' },
      ] },
      fails: { Episodes: [1] },
    },
  ],
};

const LAST_OPEN = { CHILD: '1', DECOM: '01/01/2024', RNE: 'P', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', URN: 'SC1', HOME_POST: 'AA1 1AA', PL_POST: 'BB1 1BB' };
const carried = (name: string, extra: Partial<RuleCase> = {}): RuleCase => ({
  name, rows: { Episodes: [LAST_OPEN, { ...LAST_OPEN, DECOM: '01/06/2024', RNE: 'T', PL_POST: 'CC1 1CC' }], Episodes_last: [LAST_OPEN] }, fails: {}, ...extra,
});

// A case for each rule where nothing may fail.
const PASSING: Readonly<Record<string, RuleCase>> = {
  '392c': { name: 'blank postcodes pass', rows: { Episodes: [{ CHILD: '1' }] }, reference: PC, fails: {} },
  '392d': { name: 'a P1 placement at home passes', rows: { Episodes: [{ CHILD: '1', PLACE: 'P1', HOME_POST: 'AA1 1AA', PL_POST: 'AA1 1AA' }] }, fails: {} },
  '393': { name: 'a girl with MOTHER given passes', rows: { Header: [{ CHILD: '1', SEX: 'F', MOTHER: '1' }], Episodes: [{ CHILD: '1', LS: 'C2' }] }, fails: {} },
  '398': { name: 'a V3 episode without postcodes passes', rows: { Episodes: [{ CHILD: '1', LS: 'V3' }] }, fails: {} },
  '399': { name: 'a V3-only child without mother or review data passes', rows: { Episodes: [{ CHILD: '1', LS: 'V3' }], Header: [{ CHILD: '1' }] }, fails: {} },
  '406': { name: 'a UASC child with no distance passes', rows: { Episodes: [{ CHILD: '1' }], UASC: [{ CHILD: '1' }] }, reference: PC, fails: {} },
  '407': { name: 'an SGO before 18 passes', rows: { Header: [{ CHILD: '1', DOB: '10/05/2010' }], Episodes: [{ CHILD: '1', DEC: '10/05/2024', REC: 'E46' }] }, fails: {} },
  '408': { name: 'A5 under E1 passes', rows: { Episodes: [{ CHILD: '1', PLACE: 'A5', LS: 'E1' }] }, fails: {} },
  '420': { name: 'a V4 episode without placement postcode passes', rows: { Episodes: [{ CHILD: '1', LS: 'V4', HOME_POST: 'AA1 1AA' }] }, reference: PC, fails: {} },
  '426': { name: 'only V3 passes', rows: { Episodes: [{ CHILD: '1', LS: 'V3' }, { CHILD: '1', LS: 'V3' }] }, fails: {} },
  '431': { name: 'S after a gap passes', rows: { Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'E13' }, { CHILD: '1', RNE: 'S', DECOM: '11/05/2024' }] }, fails: {} },
  '432': { name: 'S after a cease passes', rows: { Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'E13' }, { CHILD: '1', RNE: 'S', DECOM: '11/05/2024' }] }, fails: {} },
  '433': { name: 'a continuation on the day passes', rows: { Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'X1' }, { CHILD: '1', RNE: 'P', DECOM: '10/05/2024' }] }, fails: {} },
  '434': { name: 'L with only the legal status changed passes', rows: { Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '01/05/2024', LS: 'C1', PLACE: 'U4' }, { CHILD: '1', RNE: 'L', DECOM: '10/05/2024', LS: 'C2', PLACE: 'U4' }] }, fails: {} },
  '435': { name: 'P with only the placement changed passes', rows: { Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '01/05/2024', LS: 'C2', PLACE: 'U4' }, { CHILD: '1', RNE: 'P', DECOM: '10/05/2024', LS: 'C2', PLACE: 'U6' }] }, fails: {} },
  '436': { name: 'B with both changed passes', rows: { Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '01/05/2024', LS: 'C1', PLACE: 'U4' }, { CHILD: '1', RNE: 'B', DECOM: '10/05/2024', LS: 'C2', PLACE: 'U6' }] }, fails: {} },
  '437': { name: 'E2 as the last episode passes', rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'X1' }, { CHILD: '1', DECOM: '10/05/2024', DEC: '20/05/2024', REC: 'E2' }] }, fails: {} },
  '440': { name: 'PN0 for a 3-year-old passes', rows: { Reviews: [{ CHILD: '1', DOB: '15/06/2021', REVIEW: '14/06/2024', REVIEW_CODE: 'PN0' }] }, fails: {} },
  '441': { name: 'PN1 for a 4-year-old passes', rows: { Reviews: [{ CHILD: '1', DOB: '15/06/2020', REVIEW: '15/06/2024', REVIEW_CODE: 'PN1' }] }, fails: {} },
  '442': { name: 'a UPN given passes', rows: { Header: [{ CHILD: '1', UPN: 'A123456789012' }], Episodes: [{ CHILD: '1', LS: 'C2' }] }, fails: {} },
  '445': { name: 'D1 in 2005 passes', rows: { Episodes: [{ CHILD: '1', LS: 'D1', DECOM: '01/06/2005' }] }, fails: {} },
  '446': { name: 'E1 in 2010 passes', rows: { Episodes: [{ CHILD: '1', LS: 'E1', DECOM: '01/06/2010' }] }, fails: {} },
  '451': { name: 'a closed D1 episode passes', rows: { Episodes: [{ CHILD: '1', LS: 'D1', DEC: '01/05/2024', REC: 'E11' }] }, fails: {} },
  '452': carried('an unchanged carried-over episode passes', { reference: PC }),
  '453': carried('an unchanged carried-over episode passes', { reference: PC }),
  '460': { name: 'E17 at 19 passes', rows: { Header: [{ CHILD: '1', DOB: '10/05/2005' }], Episodes: [{ CHILD: '1', DEC: '10/05/2024', REC: 'E17' }] }, fails: {} },
  '501': { name: 'back-to-back episodes pass', rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '10/05/2024' }, { CHILD: '1', DECOM: '10/05/2024' }] }, fails: {} },
  '502': carried('the carried-over episode starting on the same day passes'),
  '503A': carried('an unchanged carried-over episode passes'),
  '503B': carried('an unchanged carried-over episode passes'),
  '503C': carried('an unchanged carried-over episode passes'),
  '503D': carried('an unchanged carried-over episode passes'),
  '503E': carried('an unchanged carried-over episode passes'),
  '503F': carried('an unchanged carried-over episode passes'),
  '503G': carried('an unchanged carried-over episode passes', { reference: PC }),
  '503H': carried('an unchanged carried-over episode passes', { reference: PC }),
  '503J': carried('an unchanged carried-over episode passes', { reference: PC, laCode: '330' }),
  '504': { name: 'a continuation keeping its CIN passes', rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '10/05/2024', REC: 'X1', CIN: 'N1' }, { CHILD: '1', DECOM: '10/05/2024', CIN: 'N1' }] }, fails: {} },
};

export const CASES: RuleCases = Object.fromEntries(
  Object.entries(FAILING).map(([code, cases]) => [code, PASSING[code] ? [...cases, PASSING[code]!] : cases]),
);
