import type { RuleCases } from '../support/ruleCases';

const ad = (LS_ADOPTR: string | undefined, SEX_ADOPTR: string | undefined) => ({ CHILD: '1', ...(LS_ADOPTR ? { LS_ADOPTR } : {}), ...(SEX_ADOPTR ? { SEX_ADOPTR } : {}) });
const ep = (PLACE: string | undefined, PLACE_PROVIDER: string | undefined, extra: Record<string, string> = {}) =>
  ({ CHILD: '1', DECOM: '01/05/2024', ...(PLACE ? { PLACE } : {}), ...(PLACE_PROVIDER ? { PLACE_PROVIDER } : {}), ...extra });

export const CASES: RuleCases = {
  '511': [
    { name: 'two adopters with a single-adopter sex code fail', rows: { AD1: [{ CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'M1' }, { CHILD: '2', NB_ADOPTR: '2', SEX_ADOPTR: 'F1' }] }, fails: { AD1: [0, 1] } },
    { name: 'two adopters as MM, one adopter as F1, or a blank sex pass', rows: { AD1: [{ CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'MM' }, { CHILD: '2', NB_ADOPTR: '1', SEX_ADOPTR: 'F1' }, { CHILD: '3', NB_ADOPTR: '2' }] }, fails: {} },
  ],
  '514': [
    { name: 'L0 with a couple code or blank sex fails', rows: { AD1: [ad('L0', 'MF'), ad('L0', undefined)] }, fails: { AD1: [0, 1] } },
    { name: 'L0 with M1 and other statuses pass', rows: { AD1: [ad('L0', 'M1'), ad('L11', 'F1'), ad(undefined, undefined)] }, fails: {} },
  ],
  '516': [
    { name: 'E45/E46 ending a non-U placement fails', rows: { Episodes: [ep('U1', 'PR1', { REC: 'E45' }), ep('R1', 'PR1', { REC: 'E46' }), ep(undefined, 'PR1', { REC: 'E45' })] }, fails: { Episodes: [1, 2] } },
    { name: 'E46 from U6 and other reasons from any placement pass', rows: { Episodes: [ep('U6', 'PR1', { REC: 'E46' }), ep('K2', 'PR1', { REC: 'E2' })] }, fails: {} },
  ],
  '517': [
    { name: 'L3 without MF fails', rows: { AD1: [ad('L3', 'MM'), ad('L3', 'F1'), ad('L3', undefined)] }, fails: { AD1: [0, 1, 2] } },
    { name: 'L3 with MF passes', rows: { AD1: [ad('L3', 'MF'), ad('L1', 'MM')] }, fails: {} },
  ],
  '518': [
    { name: 'L4 without MM/FF fails', rows: { AD1: [ad('L4', 'MF'), ad('L4', 'M1')] }, fails: { AD1: [0, 1] } },
    { name: 'L4 with MM or FF passes', rows: { AD1: [ad('L4', 'MM'), ad('L4', 'FF'), ad('L3', 'MF')] }, fails: {} },
  ],
  '519': [
    { name: 'L2 without a couple code fails', rows: { AD1: [ad('L2', 'M1'), ad('L2', undefined)] }, fails: { AD1: [0, 1] } },
    { name: 'L2 with MM, FF or MF passes', rows: { AD1: [ad('L2', 'MM'), ad('L2', 'FF'), ad('L2', 'MF'), ad('L4', 'M1')] }, fails: {} },
  ],
  '520': [
    { name: 'L11 with a same-gender couple fails', rows: { AD1: [ad('L11', 'MM'), ad('L11', 'FF')] }, fails: { AD1: [0, 1] } },
    { name: 'L11 with MF passes', rows: { AD1: [ad('L11', 'MF'), ad('L4', 'MM')] }, fails: {} },
  ],
  '521': [
    { name: 'an adoptive placement before the best-interest decision fails both rows', rows: {
      AD1: [{ CHILD: '1', DATE_INT: '08/03/2024' }, { CHILD: '2', DATE_INT: '01/01/2024' }],
      Episodes: [{ CHILD: '1', DECOM: '01/03/2024', PLACE: 'A6' }, { CHILD: '1', DECOM: '01/02/2024', PLACE: 'U1' }, { CHILD: '2', DECOM: '01/01/2024', PLACE: 'A3' }],
    }, fails: { AD1: [0], Episodes: [0] } },
    { name: 'an adoptive placement on or after the decision, or with no decision date, passes', rows: {
      AD1: [{ CHILD: '1', DATE_INT: '01/03/2024' }, { CHILD: '2' }],
      Episodes: [{ CHILD: '1', DECOM: '01/03/2024', PLACE: 'A5' }, { CHILD: '2', DECOM: '01/01/2024', PLACE: 'A4' }],
    }, fails: {} },
  ],
  '522': [
    { name: 'ceasing before the decision fails', rows: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '26/05/2023' }, { CHILD: '2', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/02/2024' }] }, fails: { PlacedAdoption: [0] } },
    { name: 'ceasing later, or a blank date, passes', rows: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/03/2024' }, { CHILD: '2', DATE_PLACED_CEASED: '01/03/2024' }] }, fails: {} },
  ],
  '523': [
    { name: 'different decision dates fail both rows', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '08/03/2024' }, { CHILD: '2', DATE_PLACED: '22/06/2024' }],
      AD1: [{ CHILD: '1', DATE_INT: '08/03/2024' }, { CHILD: '2', DATE_INT: '22/07/2024' }],
    }, fails: { PlacedAdoption: [1], AD1: [1] } },
    { name: 'a blank or unreadable date, or no AD1 row, passes', rows: {
      PlacedAdoption: [{ CHILD: '1' }, { CHILD: '2', DATE_PLACED: '1ST FEB' }, { CHILD: '3', DATE_PLACED: '01/01/2024' }],
      AD1: [{ CHILD: '1', DATE_INT: '08/03/2024' }, { CHILD: '2', DATE_INT: '01/10/2024' }],
    }, fails: {} },
  ],
  '524': [
    { name: 'L12 without MM/FF fails', rows: { AD1: [ad('L12', 'MF'), ad('L12', 'M1')] }, fails: { AD1: [0, 1] } },
    { name: 'L12 with MM or FF passes', rows: { AD1: [ad('L12', 'MM'), ad('L12', 'FF'), ad('L4', 'F1')] }, fails: {} },
  ],
  '525': [
    { name: 'a reversed decision with adoption details fails both rows', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '08/03/2024' }, { CHILD: '2', DATE_PLACED_CEASED: '08/03/2024' }],
      AD1: [{ CHILD: '1', DATE_MATCH: '01/01/2024' }, { CHILD: '2' }],
    }, fails: { PlacedAdoption: [0], AD1: [0] } },
    { name: 'no reversal, or no adoption details, passes', rows: {
      PlacedAdoption: [{ CHILD: '1' }, { CHILD: '2', DATE_PLACED_CEASED: '08/03/2024' }],
      AD1: [{ CHILD: '1', LS_ADOPTR: 'L0' }, { CHILD: '2' }],
    }, fails: {} },
  ],
  '526': [
    { name: '2024-25: a blank provider outside T0-T4/Z1 fails', rows: { Episodes: [ep('P1', undefined), ep('T1', undefined), ep('Z1', undefined), ep('P0', 'PR2')] }, fails: { Episodes: [0] } },
    { name: '2025-26: Z1 no longer exempt, Z11-Z14 are', year: '2025-26', rows: { Episodes: [ep('P1', undefined), ep('Z1', undefined), ep('Z14', undefined), ep('T3', undefined)] }, fails: { Episodes: [0, 1] } },
  ],
  '527': [
    { name: 'PR1 with P1, R2 or R5 fails', rows: { Episodes: [ep('P1', 'PR1'), ep('R2', 'PR1'), ep('R5', 'PR1'), ep('U1', 'PR1')] }, fails: { Episodes: [0, 1, 2] } },
    { name: 'PR1 elsewhere and other providers pass', rows: { Episodes: [ep('U1', 'PR1'), ep('P1', 'PR0')] }, fails: {} },
  ],
  '528': [
    { name: 'PR2 with P1, R2 or R5 fails', rows: { Episodes: [ep('P1', 'PR2'), ep('R2', 'PR2'), ep('R5', 'PR2'), ep('K2', 'PR2')] }, fails: { Episodes: [0, 1, 2] } },
    { name: 'PR2 elsewhere passes', rows: { Episodes: [ep('K2', 'PR2'), ep('R5', 'PR3')] }, fails: {} },
  ],
  '529': [
    { name: 'PR3 with a placement other public bodies cannot provide fails', rows: { Episodes: [ep('U3', 'PR3'), ep('T1', 'PR3'), ep('A3', 'PR3'), ep('K1', 'PR3'), ep('P1', 'PR3')] }, fails: { Episodes: [0, 2, 3, 4] } },
    { name: 'PR3 with T1 and other providers with U1 pass', rows: { Episodes: [ep('T1', 'PR3'), ep('U1', 'PR0'), ep(undefined, 'PR3')] }, fails: {} },
  ],
  '530': [
    { name: 'PR4 with P1 fails', rows: { Episodes: [ep('P1', 'PR4'), ep('K2', 'PR4')] }, fails: { Episodes: [0] } },
    { name: 'PR4 elsewhere passes', rows: { Episodes: [ep('K2', 'PR4'), ep('P1', 'PR0')] }, fails: {} },
  ],
  '531': [
    { name: 'PR5 with P1 fails', rows: { Episodes: [ep('P1', 'PR5'), ep('K2', 'PR5')] }, fails: { Episodes: [0] } },
    { name: 'PR5 elsewhere passes', rows: { Episodes: [ep('K2', 'PR5'), ep('P1', 'PR0')] }, fails: {} },
  ],
  '550': [
    { name: 'PR0 with a placement other than P1 fails', rows: { Episodes: [ep('P1', 'PR0'), ep('T3', 'PR0'), ep('P0', 'PR0')] }, fails: { Episodes: [1, 2] } },
    { name: 'PR0 with P1 and other providers pass', rows: { Episodes: [ep('P1', 'PR0'), ep('T1', 'PR4')] }, fails: {} },
  ],

  '542': [
    { name: 'conviction information for a child under 10 at 31 March fails', rows: { OC2: [{ CHILD: '1', DOB: '01/04/2015', CONVICTED: '0' }, { CHILD: '2', DOB: '31/03/2015', CONVICTED: '1' }] }, fails: { OC2: [0] } },
    { name: 'a child of 10 or a blank conviction passes', rows: { OC2: [{ CHILD: '1', DOB: '31/03/2015', CONVICTED: '0' }, { CHILD: '2', DOB: '01/01/2020' }] }, fails: {} },
  ],
  '543': [
    { name: 'a continuously looked-after child of 10+ without conviction information fails', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }, { CHILD: '2', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }],
      OC2: [{ CHILD: '1', DOB: '31/03/2015' }, { CHILD: '2', DOB: '01/01/2016' }],
    }, fails: { OC2: [0] } },
    { name: 'a child who left care in the year or has conviction information passes', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2023', RNE: 'P', LS: 'C2', DEC: '01/06/2024', REC: 'E4A' }, { CHILD: '2', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }],
      OC2: [{ CHILD: '1', DOB: '01/01/2010' }, { CHILD: '2', DOB: '01/01/2010', CONVICTED: '0' }],
    }, fails: {} },
  ],
  '544': [
    { name: 'a conviction without all four health items fails', rows: { OC2: [{ CHILD: '1', CONVICTED: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1' }, { CHILD: '2', CONVICTED: '1' }] }, fails: { OC2: [0, 1] } },
    { name: 'a conviction with all items, or no conviction, passes', rows: { OC2: [{ CHILD: '1', CONVICTED: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '0', SUBSTANCE_MISUSE: '0' }, { CHILD: '2', CONVICTED: '0' }] }, fails: {} },
  ],
  '545': [
    { name: 'a continuously looked-after child under 5 without a health check fails', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }, { CHILD: '2', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }],
      OC2: [{ CHILD: '1', DOB: '01/04/2020' }, { CHILD: '2', DOB: '31/03/2020' }],
    }, fails: { OC2: [0] } },
    { name: 'a child who started care this year or has a health check passes', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', RNE: 'S' }, { CHILD: '2', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }],
      OC2: [{ CHILD: '1', DOB: '01/01/2022' }, { CHILD: '2', DOB: '01/01/2022', HEALTH_CHECK: '1' }],
    }, fails: {} },
  ],
  '546': [
    { name: 'a continuously looked-after child of 5+ with a health check fails', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }, { CHILD: '2', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }],
      OC2: [{ CHILD: '1', DOB: '31/03/2020', HEALTH_CHECK: '1' }, { CHILD: '2', DOB: '01/04/2020', HEALTH_CHECK: '1' }],
    }, fails: { OC2: [0] } },
    { name: 'a child of 5+ without a health check passes', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2023', RNE: 'P', LS: 'C2' }],
      OC2: [{ CHILD: '1', DOB: '01/01/2010' }],
    }, fails: {} },
  ],
  '547': [
    { name: 'a health check without all four health items fails', rows: { OC2: [{ CHILD: '1', HEALTH_CHECK: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1' }, { CHILD: '2', HEALTH_CHECK: '1' }] }, fails: { OC2: [0, 1] } },
    { name: 'a complete health check, or HEALTH_CHECK 0, passes', rows: { OC2: [{ CHILD: '1', HEALTH_CHECK: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '0', SUBSTANCE_MISUSE: '0' }, { CHILD: '2', HEALTH_CHECK: '0' }] }, fails: {} },
  ],
  '551': [
    { name: 'an adoptive placement with no decision date fails', rows: {
      Episodes: [{ CHILD: '1', PLACE: 'A3' }, { CHILD: '2', PLACE: 'A5' }, { CHILD: '3', PLACE: 'U1' }],
      PlacedAdoption: [{ CHILD: '1' }],
    }, fails: { Episodes: [0, 1] } },
    { name: 'an adoptive placement with a decision date passes', rows: {
      Episodes: [{ CHILD: '1', PLACE: 'A4' }], PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/01/2024' }],
    }, fails: {} },
  ],
  '552': [
    { name: 'a first adoptive placement before the latest decision fails both rows', rows: {
      Episodes: [{ CHILD: '1', DECOM: '13/10/2024', PLACE: 'A6' }, { CHILD: '1', DECOM: '13/12/2024', PLACE: 'A6' }, { CHILD: '2', DECOM: '01/05/2024', PLACE: 'A3' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '13/11/2024' }, { CHILD: '2', DATE_PLACED: '01/05/2024' }],
    }, fails: { Episodes: [0], PlacedAdoption: [0] } },
    { name: 'a placement on or after the decision, or a non-adoptive one, passes', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', PLACE: 'A4' }, { CHILD: '2', DECOM: '01/05/2024', PLACE: 'D5' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/04/2024' }, { CHILD: '2', DATE_PLACED: '01/06/2024' }],
    }, fails: {} },
  ],
  '553': [
    { name: 'an E1 episode with no PlacedAdoption row, and a ceased decision beside an open E1, fail', rows: {
      Episodes: [{ CHILD: '1', LS: 'E1' }, { CHILD: '2', LS: 'E1' }, { CHILD: '3', LS: 'E1', DEC: '01/06/2024' }],
      PlacedAdoption: [{ CHILD: '2', DATE_PLACED: '01/05/2024', REASON_PLACED_CEASED: 'RD1' }, { CHILD: '3', DATE_PLACED: '01/05/2024', DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' }],
    }, fails: { Episodes: [0], PlacedAdoption: [0] } },
    { name: 'an open E1 with a decision not ceased passes', rows: {
      Episodes: [{ CHILD: '1', LS: 'E1' }, { CHILD: '2', LS: 'C2' }], PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2024' }],
    }, fails: {} },
  ],
  '554': [
    { name: 'a decision after the first placement order fails both rows', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', LS: 'E1' }, { CHILD: '1', DECOM: '01/07/2024', LS: 'E1' }, { CHILD: '2', DECOM: '01/05/2024', LS: 'E1' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/06/2024' }, { CHILD: '2', DATE_PLACED: '01/05/2024' }],
    }, fails: { Episodes: [0], PlacedAdoption: [0] } },
    { name: 'no E1 episode, or a decision on the order date, passes', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', LS: 'C2' }, { CHILD: '2', DECOM: '01/05/2024', LS: 'E1' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/06/2024' }, { CHILD: '2', DATE_PLACED: '01/05/2024' }],
    }, fails: {} },
  ],
  '555': [
    { name: 'a D1 episode with no PlacedAdoption row, and a ceased decision beside an open D1, fail', rows: {
      Episodes: [{ CHILD: '1', LS: 'D1' }, { CHILD: '2', LS: 'D1' }],
      PlacedAdoption: [{ CHILD: '2', DATE_PLACED: '01/05/2024', DATE_PLACED_CEASED: '01/06/2024' }],
    }, fails: { Episodes: [0], PlacedAdoption: [0] } },
    { name: 'a closed D1 with a ceased decision passes', rows: {
      Episodes: [{ CHILD: '1', LS: 'D1', DEC: '01/06/2024' }], PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2024', DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' }],
    }, fails: {} },
  ],
  '556': [
    { name: 'a freeing order before the decision fails', rows: {
      Episodes: [{ CHILD: '1', DECOM: '15/05/2024', LS: 'D1' }, { CHILD: '2', DECOM: '15/05/2024', LS: 'D1' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '15/06/2024' }, { CHILD: '2', DATE_PLACED: '15/04/2024' }],
    }, fails: { Episodes: [0] } },
    { name: 'another legal status passes', rows: {
      Episodes: [{ CHILD: '1', DECOM: '15/05/2024', LS: 'C2' }], PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '15/06/2024' }],
    }, fails: {} },
  ],
  '557': [
    { name: '2024-25: leaving care unadopted after A3-A6 or E1 with no completed cessation fails', rows: {
      Episodes: [{ CHILD: '1', PLACE: 'A3', REC: 'E4A' }, { CHILD: '2', LS: 'E1', REC: 'E13' }, { CHILD: '3', LS: 'D1', REC: 'E13' }, { CHILD: '4', PLACE: 'A6', REC: 'E11' }, { CHILD: '5', PLACE: 'A6', REC: 'X1' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/06/2024' }, { CHILD: '4' }, { CHILD: '5' }],
    }, fails: { Episodes: [0, 1], PlacedAdoption: [0] } },
    { name: '2023-24: a freeing order (D1) also triggers the check', year: '2023-24', rows: {
      Episodes: [{ CHILD: '3', LS: 'D1', REC: 'E13' }, { CHILD: '6', LS: 'D1', REC: 'E13' }],
      PlacedAdoption: [{ CHILD: '6', DATE_PLACED_CEASED: '01/06/2023', REASON_PLACED_CEASED: 'RD1' }],
    }, fails: { Episodes: [0] } },
  ],
  '558': [
    { name: 'an adopted child whose only decision has ceased fails', rows: {
      Episodes: [{ CHILD: '1', REC: 'E11' }, { CHILD: '2', REC: 'E12' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/01/2025' }, { CHILD: '2', DATE_PLACED_CEASED: '01/01/2024' }, { CHILD: '2' }],
    }, fails: { Episodes: [0] } },
    { name: 'a ceased decision for a child not adopted passes', rows: {
      Episodes: [{ CHILD: '1', REC: 'E13' }], PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/01/2025' }],
    }, fails: {} },
  ],
  '559': [
    { name: 'a decision before this year with none last year fails', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '26/05/2023' }, { CHILD: '2', DATE_PLACED: '26/05/2023' }, { CHILD: '3', DATE_PLACED: '26/05/2023' }],
      PlacedAdoption_last: [{ CHILD: '1' }, { CHILD: '2', DATE_PLACED: '26/05/2023' }],
    }, fails: { PlacedAdoption: [0, 2] } },
    { name: 'a decision in this year passes', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '26/05/2024' }], PlacedAdoption_last: [{ CHILD: '9' }],
    }, fails: {} },
  ],
  '560': [
    { name: 'a standing decision recorded with a different date fails', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '27/05/2023' }, { CHILD: '2', DATE_PLACED: '26/05/2023' }],
      PlacedAdoption_last: [{ CHILD: '1', DATE_PLACED: '26/05/2023' }, { CHILD: '2', DATE_PLACED: '26/05/2023' }],
    }, fails: { PlacedAdoption: [0] } },
    { name: 'a different date after last year\'s decision ceased passes', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/06/2024' }],
      PlacedAdoption_last: [{ CHILD: '1', DATE_PLACED: '26/05/2023', DATE_PLACED_CEASED: '01/01/2024' }],
    }, fails: {} },
  ],
  '561': [
    { name: 'repeating a decision that ceased last year fails', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '26/05/2023' }, { CHILD: '2', DATE_PLACED: '26/05/2023' }],
      PlacedAdoption_last: [{ CHILD: '1', DATE_PLACED: '26/05/2023', REASON_PLACED_CEASED: 'RD1' }, { CHILD: '2', DATE_PLACED: '26/05/2023' }],
    }, fails: { PlacedAdoption: [0] } },
    { name: 'a new date after a ceased decision passes', rows: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/07/2024' }],
      PlacedAdoption_last: [{ CHILD: '1', DATE_PLACED: '26/05/2023', DATE_PLACED_CEASED: '01/01/2024', REASON_PLACED_CEASED: 'RD1' }],
    }, fails: {} },
  ],
  '562': [
    { name: 'a carried-over episode not matching last year\'s latest episode fails', rows: {
      Episodes: [{ CHILD: '1', DECOM: '15/03/2024' }, { CHILD: '1', DECOM: '05/06/2024' }, { CHILD: '2', DECOM: '13/03/2024' }, { CHILD: '3', DECOM: '01/01/2024' }, { CHILD: '4', DECOM: '01/05/2024' }],
      Episodes_last: [{ CHILD: '1', DECOM: '01/06/2023' }, { CHILD: '1', DECOM: '15/03/2024' }, { CHILD: '2', DECOM: '11/03/2024' }],
    }, fails: { Episodes: [2, 3] } },
    { name: 'episodes starting this year pass', rows: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }], Episodes_last: [{ CHILD: '9', DECOM: '01/01/2024' }],
    }, fails: {} },
  ],
  '563': [
    { name: 'a ceased decision with no decision date fails', rows: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '26/05/2024', REASON_PLACED_CEASED: 'RD1' }] }, fails: { PlacedAdoption: [0] } },
    { name: 'a dated decision, or no cessation, passes', rows: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/01/2024', DATE_PLACED_CEASED: '26/05/2024', REASON_PLACED_CEASED: 'RD1' }, { CHILD: '2' }] }, fails: {} },
  ],
  '564': [
    { name: 'a missing or away episode with no start date fails', rows: { Missing: [{ CHILD: '1', MISSING: 'M' }, { CHILD: '2', MISSING: 'A' }, { CHILD: '3', MISSING: 'A', MIS_START: '07/02/2025' }] }, fails: { Missing: [0, 1] } },
    { name: 'an episode with a start date passes', rows: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '01/05/2024' }] }, fails: {} },
  ],
};
