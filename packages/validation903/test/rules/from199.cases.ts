import type { RuleCases } from '../support/ruleCases';

export const CASES: RuleCases = {
  '199': [
    {
      name: 'episodes after an adoption episode fail, the adoption itself passes',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', REC: 'E11', DEC: '01/06/2024' },
        { CHILD: '1', DECOM: '01/09/2024' },
        { CHILD: '2', DECOM: '01/05/2024', REC: 'E4A', DEC: '01/06/2024' },
        { CHILD: '2', DECOM: '01/09/2024' },
      ] },
      fails: { Episodes: [1] },
    },
    {
      name: 'an adoption in last year\'s episodes makes this year\'s episodes fail',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024' }, { CHILD: '2', DECOM: '01/05/2024' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/05/2023', REC: 'E12', DEC: '01/02/2024' }, { CHILD: '2', DECOM: '01/05/2023', REC: 'E13', DEC: '01/02/2024' }],
      },
      fails: { Episodes: [0] },
    },
    {
      name: 'a child whose episodes never end in adoption passes, in either year',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024', REC: 'E4A', DEC: '01/06/2024' }, { CHILD: '1', DECOM: '01/09/2024' }],
        Episodes_last: [{ CHILD: '1', DECOM: '01/05/2023', REC: 'E13', DEC: '01/02/2024' }],
      },
      fails: {},
    },
  ],
  '202': [
    {
      name: 'old codes last year read as M/F: 1->M passes, 2->M fails, blank->F fails',
      rows: {
        Header: [{ CHILD: '1', SEX: 'M' }, { CHILD: '2', SEX: 'M' }, { CHILD: '3', SEX: 'F' }, { CHILD: '4', SEX: 'F' }],
        Header_last: [{ CHILD: '1', SEX: '1' }, { CHILD: '2', SEX: '2' }, { CHILD: '3' }, { CHILD: '5', SEX: '1' }],
      },
      fails: { Header: [1, 2] },
    },
    {
      name: 'same new codes both years pass',
      year: '2025-26',
      rows: { Header: [{ CHILD: '1', SEX: 'F' }], Header_last: [{ CHILD: '1', SEX: 'F' }] },
      fails: {},
    },
  ],
  '203': [
    {
      name: 'a different date of birth fails, the same date written differently passes',
      rows: {
        Header: [{ CHILD: '1', DOB: '01/02/2010' }, { CHILD: '2', DOB: '1/2/2010' }, { CHILD: '3', DOB: '01/02/2011' }],
        Header_last: [{ CHILD: '1', DOB: '02/02/2010' }, { CHILD: '2', DOB: '01/02/2010' }],
      },
      fails: { Header: [0] },
    },
  ],
  '204': [
    {
      name: 'changed ethnicity fails, unchanged passes',
      rows: {
        Header: [{ CHILD: '1', ETHNIC: 'WBRI' }, { CHILD: '2', ETHNIC: 'WBRI' }],
        Header_last: [{ CHILD: '1', ETHNIC: 'WBRI' }, { CHILD: '2', ETHNIC: 'AIND' }],
      },
      fails: { Header: [1] },
    },
  ],
  '207': [
    {
      name: 'a mother last year who is not one now fails; not when she has no episodes; 0 to 1 passes',
      rows: {
        Header: [{ CHILD: '1', MOTHER: '0' }, { CHILD: '2' }, { CHILD: '3', MOTHER: '0' }, { CHILD: '4', MOTHER: '1' }, { CHILD: '5', MOTHER: '1' }],
        Header_last: [{ CHILD: '1', MOTHER: '1' }, { CHILD: '2', MOTHER: '1' }, { CHILD: '3', MOTHER: '1' }, { CHILD: '4', MOTHER: '0' }, { CHILD: '5', MOTHER: '1' }],
        Episodes: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '4' }, { CHILD: '5' }],
      },
      fails: { Header: [0, 1] },
    },
  ],
  '208': [
    {
      name: 'known UPN changing fails; UN1 to UN3 and unknown to known pass; known to UN code fails',
      rows: {
        Header: [
          { CHILD: '1', UPN: 'A123456789012' }, { CHILD: '2', UPN: 'UN3' }, { CHILD: '3', UPN: 'A123456789012' },
          { CHILD: '4', UPN: 'UN2' }, { CHILD: '5', UPN: 'UN1' }, { CHILD: '6' },
        ],
        Header_last: [
          { CHILD: '1', UPN: 'B123456789012' }, { CHILD: '2', UPN: 'UN1' }, { CHILD: '3', UPN: 'UN4' },
          { CHILD: '4', UPN: 'B123456789012' }, { CHILD: '5' }, { CHILD: '6' },
        ],
      },
      fails: { Header: [0, 3, 4] },
    },
  ],
  '209': [
    {
      name: 'UN1 for a child 4 by 31/08/2023 fails; a younger child or another code passes',
      rows: { Header: [
        { CHILD: '1', UPN: 'UN1', DOB: '31/08/2019' }, { CHILD: '2', UPN: 'UN1', DOB: '01/09/2019' },
        { CHILD: '3', UPN: 'UN2', DOB: '01/01/2010' },
      ] },
      fails: { Header: [0] },
    },
  ],
  '210': [
    {
      name: 'UN4 with an episode starting from 24 March fails in both tables',
      rows: {
        Header: [{ CHILD: '1', UPN: 'UN4' }, { CHILD: '2', UPN: 'UN4' }, { CHILD: '3', UPN: 'UN3' }],
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2025' }, { CHILD: '1', DECOM: '24/03/2025' },
          { CHILD: '2', DECOM: '23/03/2025' }, { CHILD: '3', DECOM: '30/03/2025' },
        ],
      },
      fails: { Header: [0], Episodes: [1] },
    },
  ],
  '213': [
    {
      name: 'temporary placement with a provider fails; Z11 passes before 2025-26',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'T1', PLACE_PROVIDER: 'PR1' }, { CHILD: '2', PLACE: 'T1' },
        { CHILD: '3', PLACE: 'U1', PLACE_PROVIDER: 'PR1' }, { CHILD: '4', PLACE: 'Z11', PLACE_PROVIDER: 'PR1' },
      ] },
      fails: { Episodes: [0] },
    },
    {
      name: 'from 2025-26 Z11-Z14 with a provider fail too',
      year: '2025-26',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'T1', PLACE_PROVIDER: 'PR1' }, { CHILD: '4', PLACE: 'Z11', PLACE_PROVIDER: 'PR1' },
        { CHILD: '5', PLACE: 'Z14' },
      ] },
      fails: { Episodes: [0, 1] },
    },
  ],
  '214': [
    {
      name: 'V3/V4 with postcode or URN fails',
      rows: { Episodes: [
        { CHILD: '1', LS: 'V3', PL_POST: 'M2 3RT' }, { CHILD: '2', LS: 'V4', URN: 'SC1' },
        { CHILD: '3', LS: 'V3' }, { CHILD: '4', LS: 'C2', PL_POST: 'M2 3RT', URN: 'SC1' },
      ] },
      fails: { Episodes: [0, 1] },
    },
  ],
  '301': [
    {
      name: 'date of birth after 31 March fails',
      rows: { Header: [{ CHILD: '1', DOB: '01/04/2025' }, { CHILD: '2', DOB: '31/03/2025' }] },
      fails: { Header: [0] },
    },
  ],
  '302': [
    {
      name: 'an episode before the date of birth fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '10/05/2024' }, { CHILD: '2', DOB: '10/05/2024' }],
        Episodes: [{ CHILD: '1', DECOM: '09/05/2024' }, { CHILD: '2', DECOM: '10/05/2024' }],
      },
      fails: { Episodes: [0] },
    },
  ],
  '304': [
    {
      name: 'UASC ceasing after the 18th birthday fails',
      rows: { UASC: [
        { CHILD: '1', DOB: '01/06/2006', DUC: '02/06/2024' }, { CHILD: '2', DOB: '01/06/2006', DUC: '01/06/2024' },
      ] },
      fails: { UASC: [0] },
    },
  ],
  '333': [
    {
      name: 'decision after matching fails',
      rows: { AD1: [
        { CHILD: '1', DATE_INT: '02/06/2024', DATE_MATCH: '01/06/2024' }, { CHILD: '2', DATE_INT: '01/06/2024', DATE_MATCH: '01/06/2024' },
      ] },
      fails: { AD1: [0] },
    },
  ],
  '344': [
    {
      name: 'DIED/RHOM need 0 for both activity and accommodation',
      rows: { OC3: [
        { CHILD: '1', IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' }, { CHILD: '2', IN_TOUCH: 'RHOM', ACTIV: 'F2', ACCOM: '0' },
        { CHILD: '3', IN_TOUCH: 'RHOM', ACCOM: '0' }, { CHILD: '4', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'B' },
      ] },
      fails: { OC3: [1, 2] },
    },
  ],
  '345': [
    {
      name: 'in touch with a 0 activity or accommodation fails',
      rows: { OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: '0', ACCOM: 'B' }, { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'B' },
        { CHILD: '3', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' },
      ] },
      fails: { OC3: [0] },
    },
  ],
  '215': [
    {
      name: 'care leaver with OC2 items fails in both tables; without OC3 items passes',
      rows: {
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2', ACCOM: 'B' }, { CHILD: '3' }],
        OC2: [{ CHILD: '1', CONVICTED: '0' }, { CHILD: '2' }, { CHILD: '3', TEETH_CHECK: '1' }],
      },
      fails: { OC3: [0], OC2: [0] },
    },
  ],
  '217': [
    {
      name: 'A3/A5 from April 2015 without RNE S/T/U fails',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'A3', DECOM: '01/05/2024', RNE: 'P' }, { CHILD: '2', PLACE: 'A5', DECOM: '01/05/2024' },
        { CHILD: '3', PLACE: 'A5', DECOM: '01/05/2024', RNE: 'T' }, { CHILD: '4', PLACE: 'A3', DECOM: '31/03/2015', RNE: 'P' },
        { CHILD: '5', PLACE: 'U1', DECOM: '01/05/2024', RNE: 'P' },
      ] },
      fails: { Episodes: [0, 1] },
    },
  ],
  '218': [
    {
      name: 'missing URN fails unless exempt place, ended before the year, or placed outside England',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'U1', DECOM: '01/05/2024' },
        { CHILD: '2', PLACE: 'U1', DECOM: '01/05/2023', DEC: '31/03/2024' },
        { CHILD: '3', PLACE: 'P1', DECOM: '01/05/2024' },
        { CHILD: '4', PLACE: 'Z1', DECOM: '01/05/2024' },
        { CHILD: '5', PLACE: 'U1', DECOM: '01/05/2024', URN: 'SC1' },
        { CHILD: '6', PLACE: 'U1', DECOM: '01/05/2024', PL_POST: 'CF101AA' },
      ] },
      reference: {
        postcodes: [{ pcd: 'CF10 1AA', laua: 'W06000015', oseast1m: '318000', osnrth1m: '176000' }],
        localAuthorities: [{ LA_CODE: '201', LTLA_CODE: 'E09000001', UTLA_CODE: 'E09000001' }],
      },
      fails: { Episodes: [0] },
    },
    {
      name: 'from 2025-26 Z1 is no longer exempt and Z11 is',
      year: '2025-26',
      rows: { Episodes: [{ CHILD: '4', PLACE: 'Z1', DECOM: '01/05/2025' }, { CHILD: '7', PLACE: 'Z11', DECOM: '01/05/2025' }] },
      reference: {
        postcodes: [{ pcd: 'CF10 1AA', laua: 'W06000015', oseast1m: '318000', osnrth1m: '176000' }],
        localAuthorities: [{ LA_CODE: '201', LTLA_CODE: 'E09000001', UTLA_CODE: 'E09000001' }],
      },
      fails: { Episodes: [0] },
    },
  ],
  '222': [
    {
      name: '2023-24: URN on R1 and P2 fails, XXXXXXX passes',
      year: '2023-24',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'R1', URN: 'SC1' }, { CHILD: '2', PLACE: 'P2', URN: 'SC1' },
        { CHILD: '3', PLACE: 'T1', URN: 'XXXXXXX' }, { CHILD: '4', PLACE: 'U1', URN: 'SC1' },
      ] },
      fails: { Episodes: [0, 1] },
    },
    {
      name: '2024-25: P2 may have a URN',
      rows: { Episodes: [{ CHILD: '1', PLACE: 'R1', URN: 'SC1' }, { CHILD: '2', PLACE: 'P2', URN: 'SC1' }] },
      fails: { Episodes: [0] },
    },
  ],
  '225': [
    {
      name: 'X1 into a non-temporary placement needs a reason; into temporary or from temporary does not',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', PLACE: 'U1', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2024', PLACE: 'U2', RNE: 'P' },
        { CHILD: '2', DECOM: '01/05/2024', PLACE: 'U1', REC: 'X1' },
        { CHILD: '2', DECOM: '01/06/2024', PLACE: 'T1', RNE: 'P' },
        { CHILD: '3', DECOM: '01/05/2024', PLACE: 'U1', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '3', DECOM: '01/06/2024', PLACE: 'U2', RNE: 'P' },
        { CHILD: '4', DECOM: '01/05/2024', PLACE: 'U1', REC: 'X1' },
        { CHILD: '4', DECOM: '01/06/2024', PLACE: 'U2', RNE: 'L' },
      ] },
      fails: { Episodes: [0] },
    },
  ],
  '226': [
    {
      name: 'a temporary placement with a reason, or after an episode with one, fails',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '1', DECOM: '01/06/2024', PLACE: 'T1' },
        { CHILD: '2', DECOM: '01/05/2024', PLACE: 'T2', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '3', DECOM: '01/05/2024', PLACE: 'T3' },
        { CHILD: '3', DECOM: '01/06/2024', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      ] },
      fails: { Episodes: [1, 2] },
    },
    {
      name: '2025-26 (reworded message): same logic',
      year: '2025-26',
      rows: { Episodes: [{ CHILD: '2', DECOM: '01/05/2025', PLACE: 'T2', REASON_PLACE_CHANGE: 'CARPL' }, { CHILD: '3', DECOM: '01/05/2025', PLACE: 'T3' }] },
      fails: { Episodes: [0] },
    },
  ],
  '331': [
    {
      name: 'adoption placement starting before matching fails in both tables',
      rows: {
        AD1: [{ CHILD: '1', DATE_MATCH: '02/06/2024' }, { CHILD: '2', DATE_MATCH: '01/06/2024' }, { CHILD: '3', DATE_MATCH: '02/06/2024' }],
        Episodes: [
          { CHILD: '1', DECOM: '01/06/2024', REC: 'E11' }, { CHILD: '2', DECOM: '01/06/2024', REC: 'E12' },
          { CHILD: '3', DECOM: '01/06/2024', REC: 'X1' },
        ],
      },
      fails: { AD1: [0], Episodes: [0] },
    },
  ],
  '334': [
    {
      name: 'decision before the latest RNE S episode fails; an earlier S does not count',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2020', RNE: 'S' }, { CHILD: '1', DECOM: '01/05/2024', RNE: 'S' },
          { CHILD: '2', DECOM: '01/05/2020', RNE: 'S' }, { CHILD: '2', DECOM: '01/05/2024', RNE: 'P' },
        ],
        AD1: [{ CHILD: '1', DATE_INT: '01/01/2024' }, { CHILD: '2', DATE_INT: '01/01/2024' }],
      },
      fails: { Episodes: [1], AD1: [0] },
    },
  ],
  '335': [
    {
      name: 'FOSTER_CARE disagreeing with the adoption placement fails in both tables',
      rows: {
        Episodes: [
          { CHILD: '1', PLACE: 'A3', REC: 'E11' }, { CHILD: '2', PLACE: 'A4', REC: 'E12' },
          { CHILD: '3', PLACE: 'A3', REC: 'E11' }, { CHILD: '4', PLACE: 'A3', REC: 'X1' },
        ],
        AD1: [{ CHILD: '1', FOSTER_CARE: '0' }, { CHILD: '2', FOSTER_CARE: '1' }, { CHILD: '3', FOSTER_CARE: '1' }, { CHILD: '4', FOSTER_CARE: '0' }],
      },
      fails: { Episodes: [0, 1], AD1: [0, 1] },
    },
  ],
  '336': [
    {
      name: 'A3/A5 after a non-foster placement fails; after U1 or as the first episode passes; A4 is not checked',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', PLACE: 'T1' }, { CHILD: '1', DECOM: '01/06/2024', PLACE: 'A3' },
        { CHILD: '2', DECOM: '01/05/2024', PLACE: 'U1' }, { CHILD: '2', DECOM: '01/06/2024', PLACE: 'A5' },
        { CHILD: '3', DECOM: '01/05/2024', PLACE: 'A5' },
        { CHILD: '4', DECOM: '01/05/2024', PLACE: 'K2' }, { CHILD: '4', DECOM: '01/06/2024', PLACE: 'A4' },
        { CHILD: '5', DECOM: '01/05/2024', PLACE: 'R1' }, { CHILD: '5', DECOM: '01/06/2024', PLACE: 'A5' },
      ] },
      fails: { Episodes: [1, 8] },
    },
  ],
  '347': [
    {
      name: 'foyer for someone under 18 at the collection start fails',
      rows: { OC3: [
        { CHILD: '1', DOB: '02/04/2006', ACCOM: 'T' }, { CHILD: '2', DOB: '01/04/2006', ACCOM: 'T' },
        { CHILD: '3', DOB: '02/04/2006', ACCOM: 'S' },
      ] },
      fails: { OC3: [0] },
    },
  ],
  '3001': [
    {
      name: 'former foster carers for a young person turning 17 in the year fails',
      rows: {
        Header: [{ CHILD: '1', DOB: '10/10/2007' }, { CHILD: '2', DOB: '10/10/2006' }, { CHILD: '3', DOB: '01/04/2007' }],
        OC3: [{ CHILD: '1', ACCOM: 'Z1' }, { CHILD: '2', ACCOM: 'Z2' }, { CHILD: '3', ACCOM: 'Z2' }, { CHILD: '1', ACCOM: 'S' }],
      },
      fails: { OC3: [0, 2] },
    },
  ],
  '219': [
    {
      name: 'URN not registered for the placement type, or unknown, fails',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'K2', URN: 'SC1' }, { CHILD: '2', PLACE: 'U1', URN: 'SC1' },
        { CHILD: '3', PLACE: 'K2', URN: 'SC9' }, { CHILD: '4', PLACE: 'K2', URN: 'XXXXXXX' }, { CHILD: '5', PLACE: 'K2' },
      ] },
      reference: { providers: [{ URN: 'SC1', PLACE_CODES: 'K1,K2', PROVIDER_CODES: 'PR4', REG_END: '', POSTCODE: 'AB11AA', LA_CODE: '201' }] },
      fails: { Episodes: [1, 2] },
    },
  ],
  '221': [
    {
      name: '2023-24: postcode not matching the provider fails for H5 and K2',
      year: '2023-24',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'K2', URN: 'SC1', PL_POST: 'AB1 1AA' }, { CHILD: '2', PLACE: 'K2', URN: 'SC1', PL_POST: 'AB1 1AB' },
        { CHILD: '3', PLACE: 'H5', URN: 'SC1', PL_POST: 'AB1 1AB' }, { CHILD: '4', PLACE: 'K2', LS: 'V3', URN: 'SC1', PL_POST: 'AB1 1AB' },
        { CHILD: '5', PLACE: 'U1', URN: 'SC1', PL_POST: 'AB1 1AB' },
      ] },
      reference: { providers: [{ URN: 'SC1', PLACE_CODES: 'K2,H5', PROVIDER_CODES: 'PR4', REG_END: '', POSTCODE: 'AB11AA', LA_CODE: '201' }] },
      fails: { Episodes: [1, 2] },
    },
    {
      name: '2024-25: H5 is no longer checked; unknown URN fails',
      rows: { Episodes: [
        { CHILD: '2', PLACE: 'K2', URN: 'SC1', PL_POST: 'AB1 1AB' }, { CHILD: '3', PLACE: 'H5', URN: 'SC1', PL_POST: 'AB1 1AB' },
        { CHILD: '6', PLACE: 'R3', URN: 'SC9', PL_POST: 'AB1 1AA' },
      ] },
      reference: { providers: [{ URN: 'SC1', PLACE_CODES: 'K2,H5', PROVIDER_CODES: 'PR4', REG_END: '', POSTCODE: 'AB11AA', LA_CODE: '201' }] },
      fails: { Episodes: [0, 2] },
    },
  ],
  '224': [
    {
      name: 'provider code not listed for the URN fails',
      rows: { Episodes: [
        { CHILD: '1', PLACE_PROVIDER: 'PR4', URN: 'SC1' }, { CHILD: '2', PLACE_PROVIDER: 'PR1', URN: 'SC1' },
        { CHILD: '3', PLACE_PROVIDER: 'PR1', URN: 'XXXXXXX' },
      ] },
      reference: { providers: [{ URN: 'SC1', PLACE_CODES: 'K2', PROVIDER_CODES: 'PR4,PR5', REG_END: '', POSTCODE: 'AB11AA', LA_CODE: '201' }] },
      fails: { Episodes: [1] },
    },
  ],
  '227': [
    {
      name: 'episode starting on or after registration end fails',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/06/2024', URN: 'SC1' }, { CHILD: '2', DECOM: '31/05/2024', URN: 'SC1' },
        { CHILD: '3', DECOM: '01/07/2024', URN: 'SC2' },
      ] },
      reference: { providers: [
        { URN: 'SC1', PLACE_CODES: 'K2', PROVIDER_CODES: 'PR4', REG_END: '01/06/2024', POSTCODE: 'AB11AA', LA_CODE: '201' },
        { URN: 'SC2', PLACE_CODES: 'K2', PROVIDER_CODES: 'PR4', REG_END: '', POSTCODE: 'AB11AA', LA_CODE: '201' },
      ] },
      fails: { Episodes: [0] },
    },
  ],
  '228': [
    {
      name: 'ending after registration end fails; open episodes fail when registration ended before 31 March',
      rows: { Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '02/06/2024', URN: 'SC1' }, { CHILD: '2', DECOM: '01/05/2024', DEC: '01/06/2024', URN: 'SC1' },
        { CHILD: '3', DECOM: '01/05/2024', URN: 'SC1' }, { CHILD: '4', DECOM: '01/05/2024', URN: 'SC2' },
      ] },
      reference: { providers: [
        { URN: 'SC1', PLACE_CODES: 'K2', PROVIDER_CODES: 'PR4', REG_END: '01/06/2024', POSTCODE: 'AB11AA', LA_CODE: '201' },
        { URN: 'SC2', PLACE_CODES: 'K2', PROVIDER_CODES: 'PR4', REG_END: '31/03/2025', POSTCODE: 'AB11AA', LA_CODE: '201' },
      ] },
      fails: { Episodes: [0, 2] },
    },
  ],
  '229': [
    {
      name: 'PR1 at another LA, PR2 at own LA, PR1 at an unknown URN fail',
      laCode: '201',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR1', URN: 'SC2' }, { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR2', URN: 'SC1' },
        { CHILD: '3', PLACE: 'U1', PLACE_PROVIDER: 'PR1', URN: 'SC1' }, { CHILD: '4', PLACE: 'U1', PLACE_PROVIDER: 'PR2', URN: 'SC2' },
        { CHILD: '5', PLACE: 'U1', PLACE_PROVIDER: 'PR1', URN: 'SC9' }, { CHILD: '6', PLACE: 'K3', PLACE_PROVIDER: 'PR1', URN: 'SC2' },
      ] },
      reference: { providers: [
        { URN: 'SC1', PLACE_CODES: 'U1', PROVIDER_CODES: 'PR1', REG_END: '', POSTCODE: 'AB11AA', LA_CODE: '201' },
        { URN: 'SC2', PLACE_CODES: 'U1', PROVIDER_CODES: 'PR2', REG_END: '', POSTCODE: 'AB11AB', LA_CODE: '202' },
      ] },
      fails: { Episodes: [0, 1, 4, 5] },
    },
    {
      name: 'from 2025-26 placement types like K3 are exempt',
      year: '2025-26',
      laCode: '201',
      rows: { Episodes: [
        { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR1', URN: 'SC2' }, { CHILD: '6', PLACE: 'K3', PLACE_PROVIDER: 'PR1', URN: 'SC2' },
      ] },
      reference: { providers: [{ URN: 'SC2', PLACE_CODES: 'U1', PROVIDER_CODES: 'PR2', REG_END: '', POSTCODE: 'AB11AB', LA_CODE: '202' }] },
      fails: { Episodes: [0] },
    },
  ],
  '205A': [
    {
      name: 'no longer UASC: last year\'s DUC outside last year fails, inside passes',
      rows: {
        UASC: [{ CHILD: '1', DOB: '01/01/2006', SEX: 'M' }, { CHILD: '2', DOB: '01/01/2006', SEX: 'M' }, { CHILD: '3', DOB: '01/01/2006', SEX: 'M', DUC: '01/01/2024' }],
        UASC_last: [{ CHILD: '1', DOB: '01/01/2006', SEX: '1', DUC: '01/01/2024' }, { CHILD: '2', DOB: '01/01/2006', SEX: '1', DUC: '01/01/2025' }, { CHILD: '3', DOB: '01/01/2006', SEX: '1', DUC: '01/01/2023' }],
      },
      fails: { UASC: [1] },
    },
  ],
  '205B': [
    {
      name: 'UASC both years: last DUC must be the 18th birthday and this DUC in year or unchanged',
      rows: {
        UASC: [
          { CHILD: '1', DOB: '10/05/2006', DUC: '10/05/2024' }, { CHILD: '2', DOB: '10/05/2006', DUC: '10/05/2024' },
          { CHILD: '3', DOB: '10/05/2006', DUC: '01/01/2020' }, { CHILD: '4', DOB: '10/05/2006', DUC: '10/06/2024' },
        ],
        UASC_last: [
          { CHILD: '1', DOB: '10/05/2006', DUC: '10/05/2024' }, { CHILD: '2', DOB: '10/05/2006', DUC: '11/05/2024' },
          { CHILD: '3', DOB: '10/05/2006', DUC: '10/05/2024' }, { CHILD: '4', DOB: '10/05/2006', DUC: '10/05/2024' },
        ],
      },
      fails: { UASC: [1, 2] },
    },
  ],
  '205D': [
    {
      name: 'UASC now but not last year fails',
      rows: {
        UASC: [{ CHILD: '1', DOB: '10/05/2006', DUC: '10/05/2024' }, { CHILD: '2', DOB: '10/05/2006', DUC: '10/05/2024' }, { CHILD: '3', DOB: '10/05/2006' }],
        UASC_last: [{ CHILD: '1', DOB: '10/05/2006' }, { CHILD: '2', DOB: '10/05/2006', DUC: '10/05/2024' }, { CHILD: '3', DOB: '10/05/2006' }],
      },
      fails: { UASC: [0] },
    },
  ],
  '105': [
    { name: 'a UASC flag other than 0 or 1, or none, fails (an XML HEADER); 0 and 1 pass',
      rows: { Header: [{ CHILD: '1', UASC: '0' }, { CHILD: '2', UASC: '1' }, { CHILD: '3', UASC: '2' }, { CHILD: '4' }, { CHILD: '5', UASC: 'Y' }] },
      fails: { Header: [2, 3, 4] } },
  ],
  '303': [
    { name: 'a DUC for a child whose flag is not 1 fails, on both rows; a flag of 1, or no DUC, passes',
      rows: {
        Header: [{ CHILD: '1', UASC: '1' }, { CHILD: '2', UASC: '0' }, { CHILD: '3', UASC: '0' }, { CHILD: '4' }],
        UASC: [{ CHILD: '1', DUC: '10/05/2024' }, { CHILD: '2', DUC: '10/05/2024' }, { CHILD: '3' }, { CHILD: '4', DUC: '01/01/2025' }],
      },
      fails: { Header: [1, 3], UASC: [1, 3] } },
  ],
  '205C': [
    { name: 'a DUC (this year or last) for a child flagged UASC in neither year fails; flagged in either year passes',
      rows: {
        Header: [{ CHILD: '1', UASC: '0' }, { CHILD: '2', UASC: '0' }, { CHILD: '3', UASC: '1' }, { CHILD: '4', UASC: '0' }, { CHILD: '5', UASC: '0' }],
        Header_last: [{ CHILD: '1', UASC: '0' }, { CHILD: '2', UASC: '0' }, { CHILD: '3', UASC: '0' }, { CHILD: '4', UASC: '1' }],
        UASC: [{ CHILD: '1', DUC: '10/05/2024' }, { CHILD: '2' }, { CHILD: '3', DUC: '10/05/2024' }, { CHILD: '4', DUC: '10/05/2024' }, { CHILD: '5' }],
        UASC_last: [{ CHILD: '2', DUC: '01/02/2024' }, { CHILD: '5' }],
      },
      // 1: DUC this year, never flagged; 2: DUC last year, never flagged; 5: no DUC either year.
      fails: { Header: [0, 1], UASC: [0, 1] } },
  ],
};
