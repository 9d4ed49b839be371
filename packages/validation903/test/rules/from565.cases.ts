import type { RuleCases } from '../support/ruleCases';

export const CASES: RuleCases = {
  '565': [
    { name: 'a start without MISSING fails; with MISSING or without start passes',
      rows: { Missing: [{ CHILD: '1', MIS_START: '01/05/2024' }, { CHILD: '2', MISSING: 'M', MIS_START: '01/05/2024' }, { CHILD: '3' }] },
      fails: { Missing: [0] } },
    { name: 'completed rows pass', rows: { Missing: [{ CHILD: '1', MISSING: 'A', MIS_START: '01/05/2024' }] }, fails: {} },
  ],
  '566': [
    { name: 'an end without MISSING fails',
      rows: { Missing: [{ CHILD: '1', MIS_END: '01/05/2024' }, { CHILD: '2', MISSING: 'M', MIS_END: '01/05/2024' }, { CHILD: '3', MIS_START: '01/05/2024' }] },
      fails: { Missing: [0] } },
    { name: 'completed rows pass', rows: { Missing: [{ CHILD: '1', MISSING: 'A', MIS_END: '01/05/2024' }] }, fails: {} },
  ],
  '567': [
    { name: 'an end before the start fails; same day or open passes',
      rows: { Missing: [
        { CHILD: '1', MIS_START: '10/05/2024', MIS_END: '09/05/2024' },
        { CHILD: '2', MIS_START: '10/05/2024', MIS_END: '10/05/2024' },
        { CHILD: '3', MIS_START: '10/05/2024' }] },
      fails: { Missing: [0] } },
    { name: 'an end after the start passes', rows: { Missing: [{ CHILD: '1', MIS_START: '10/05/2024', MIS_END: '11/05/2024' }] }, fails: {} },
  ],
  '570': [
    { name: 'a start after 31 March fails',
      rows: { Missing: [{ CHILD: '1', MIS_START: '01/04/2025' }, { CHILD: '2', MIS_START: '31/03/2025' }, { CHILD: '3', MIS_START: '01/01/2020' }] },
      fails: { Missing: [0] } },
    { name: 'the year end itself passes', rows: { Missing: [{ CHILD: '1', MIS_START: '31/03/2025' }] }, fails: {} },
  ],
  '571': [
    { name: 'an end before 1 April or after 31 March fails',
      rows: { Missing: [
        { CHILD: '1', MIS_END: '31/03/2024' }, { CHILD: '2', MIS_END: '01/04/2024' },
        { CHILD: '3', MIS_END: '31/03/2025' }, { CHILD: '4', MIS_END: '01/04/2025' }, { CHILD: '5' }] },
      fails: { Missing: [0, 3] } },
    { name: 'in-year ends pass', rows: { Missing: [{ CHILD: '1', MIS_END: '01/06/2024' }] }, fails: {} },
  ],
  '574': [
    { name: 'a period starting while the previous is open or not ended fails',
      rows: { Missing: [
        { CHILD: '1', MIS_START: '01/06/2024' },
        { CHILD: '1', MIS_START: '07/06/2024', MIS_END: '09/06/2024' },
        { CHILD: '2', MIS_START: '02/06/2024', MIS_END: '04/06/2024' },
        { CHILD: '2', MIS_START: '03/06/2024', MIS_END: '09/06/2024' },
        { CHILD: '3', MIS_START: '02/06/2024', MIS_END: '04/06/2024' },
        { CHILD: '3', MIS_START: '04/06/2024' }] },
      fails: { Missing: [1, 3] } },
    { name: 'order is by start, not by file order',
      rows: { Missing: [
        { CHILD: '1', MIS_START: '10/06/2024', MIS_END: '12/06/2024' },
        { CHILD: '1', MIS_START: '01/06/2024', MIS_END: '11/06/2024' }] },
      fails: { Missing: [0] } },
    { name: 'separate children and sequential periods pass',
      rows: { Missing: [
        { CHILD: '1', MIS_START: '01/06/2024', MIS_END: '02/06/2024' }, { CHILD: '1', MIS_START: '03/06/2024' },
        { CHILD: '2', MIS_START: '01/06/2024' }] },
      fails: {} },
  ],
  '575': [
    { name: 'an open period begun in an ended episode fails',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/06/2024', DEC: '10/06/2024' },
          { CHILD: '2', DECOM: '06/06/2024' },
          { CHILD: '3', DECOM: '08/06/2024', DEC: '10/06/2024' }, { CHILD: '3', DECOM: '10/06/2024' }],
        Missing: [
          { CHILD: '1', MIS_START: '08/06/2024' },
          { CHILD: '1', MIS_START: '02/06/2024', MIS_END: '05/06/2024' },
          { CHILD: '2', MIS_START: '07/06/2024' },
          { CHILD: '3', MIS_START: '11/06/2024' }] },
      fails: { Missing: [0] } },
    { name: 'an ended period in an ended episode passes',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/06/2024', DEC: '10/06/2024' }], Missing: [{ CHILD: '1', MIS_START: '02/06/2024', MIS_END: '03/06/2024' }] },
      fails: {} },
  ],
  '576': [
    { name: 'an open period last year must be this year\'s first period',
      rows: {
        Missing_last: [
          { CHILD: '1', MIS_START: '07/02/2024' },
          { CHILD: '2', MIS_START: '07/02/2024' },
          { CHILD: '3', MIS_START: '07/02/2024' },
          { CHILD: '4', MIS_START: '03/02/2024', MIS_END: '07/02/2024' }],
        Missing: [
          { CHILD: '1', MIS_START: '07/02/2024', MIS_END: '10/04/2024' },
          { CHILD: '1', MIS_START: '01/06/2024' },
          { CHILD: '2', MIS_START: '08/02/2024' },
          { CHILD: '3' },
          { CHILD: '4', MIS_START: '05/05/2024' }] },
      fails: { Missing: [2, 3] } },
    { name: 'no open periods last year: nothing fails',
      rows: { Missing_last: [{ CHILD: '1', MIS_START: '01/02/2024', MIS_END: '02/02/2024' }], Missing: [{ CHILD: '1', MIS_START: '01/06/2024' }] },
      fails: {} },
  ],
  '577': [
    { name: 'open periods after care ended fail; open during open care passes',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/04/2023', DEC: '31/05/2024', REC: 'E4' },
          { CHILD: '2', DECOM: '01/04/2023' },
          { CHILD: '3', DECOM: '01/05/2024', DEC: '01/06/2024' }, { CHILD: '3', DECOM: '01/06/2024' }],
        Missing: [
          { CHILD: '1', MIS_START: '10/05/2024' },
          { CHILD: '2', MIS_START: '10/05/2024' },
          { CHILD: '3', MIS_START: '10/05/2024' },
          { CHILD: '1', MIS_START: '10/05/2024', MIS_END: '11/05/2024' },
          { CHILD: '1', MIS_START: '10/05/2024', MIS_END: '01/06/2024' },
          { CHILD: '9', MIS_START: '10/05/2024' }] },
      fails: { Missing: [0, 4] } },
    { name: 'a period fitting a later period of care passes',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/04/2023', DEC: '01/05/2024' }, { CHILD: '1', DECOM: '01/07/2024' }],
        Missing: [{ CHILD: '1', MIS_START: '02/08/2024' }] },
      fails: {} },
  ],
  '578': [
    { name: 'a start after care ended, or before it began, fails',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/04/2023', DEC: '31/05/2024' },
          { CHILD: '2', DECOM: '01/05/2024' },
          { CHILD: '3', DECOM: '01/04/2023', DEC: '01/05/2024' }, { CHILD: '3', DECOM: '01/07/2024' }],
        Missing: [
          { CHILD: '1', MIS_START: '01/06/2024' },
          { CHILD: '1', MIS_START: '31/05/2024' },
          { CHILD: '2', MIS_START: '30/04/2024' },
          { CHILD: '3', MIS_START: '01/08/2024' },
          { CHILD: '3', MIS_START: '01/06/2024' },
          { CHILD: '9', MIS_START: '01/06/2024' }] },
      fails: { Missing: [0, 2, 4] } },
    { name: 'a start within care passes',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }], Missing: [{ CHILD: '1', MIS_START: '01/06/2024' }] }, fails: {} },
  ],
  '579': [
    { name: 'a decision after an open or overlapping one fails',
      rows: { PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/06/2024', DATE_PLACED_CEASED: '05/06/2024' },
        { CHILD: '1', DATE_PLACED: '04/06/2024' },
        { CHILD: '2', DATE_PLACED: '03/06/2024', DATE_PLACED_CEASED: '04/06/2024' },
        { CHILD: '2', DATE_PLACED: '04/06/2024' },
        { CHILD: '2', DATE_PLACED: '07/06/2024', DATE_PLACED_CEASED: '09/06/2024' }] },
      fails: { PlacedAdoption: [1, 4] } },
    { name: 'single and sequential decisions pass',
      rows: { PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/06/2024' },
        { CHILD: '2', DATE_PLACED: '01/06/2024', DATE_PLACED_CEASED: '02/06/2024' }, { CHILD: '2', DATE_PLACED: '02/06/2024' }] },
      fails: {} },
  ],
  '580': [
    { name: 'missing ending on the DEC that is the 18th birthday needs E8',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E7' },
          { CHILD: '2', DECOM: '01/01/2024', DEC: '05/06/2024', REC: 'E8' },
          { CHILD: '3', DECOM: '01/01/2024', DEC: '06/06/2024', REC: 'E5' },
          { CHILD: '4', DECOM: '01/01/2024', DEC: '07/06/2024' }],
        Missing: [
          { CHILD: '1', MISSING: 'M', MIS_START: '01/05/2024', MIS_END: '01/06/2024', DOB: '01/06/2006' },
          { CHILD: '2', MISSING: 'M', MIS_START: '01/05/2024', MIS_END: '05/06/2024', DOB: '05/06/2006' },
          { CHILD: '3', MISSING: 'M', MIS_START: '01/05/2024', MIS_END: '06/06/2024', DOB: '06/06/2007' },
          { CHILD: '4', MISSING: 'A', MIS_START: '01/05/2024', MIS_END: '07/06/2024', DOB: '07/06/2006' }] },
      fails: { Episodes: [0, 3] } },
    { name: 'missing ending before DEC passes',
      rows: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E7' }],
        Missing: [{ CHILD: '1', MIS_START: '01/05/2024', MIS_END: '02/05/2024', DOB: '01/06/2006' }] },
      fails: {} },
  ],
  '581': [
    { name: 'a start before care, between episodes or after care fails',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2024' }, { CHILD: '1', DECOM: '01/04/2024', DEC: '01/05/2024' },
          { CHILD: '2', DECOM: '08/06/2024', DEC: '10/06/2024' }, { CHILD: '2', DECOM: '12/06/2024' },
          { CHILD: '3', DECOM: '15/06/2024', DEC: '20/06/2024' }],
        Missing: [
          { CHILD: '1', MIS_START: '31/03/2024' }, { CHILD: '1', MIS_START: '01/04/2024' },
          { CHILD: '2', MIS_START: '11/06/2024' }, { CHILD: '2', MIS_START: '10/06/2024' },
          { CHILD: '3', MIS_START: '21/06/2024' }, { CHILD: '3' },
          { CHILD: '9', MIS_START: '01/01/2020' }] },
      fails: { Missing: [0, 2, 4] } },
    { name: 'a start in care passes',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }], Missing: [{ CHILD: '1', MIS_START: '02/04/2024' }] }, fails: {} },
  ],
  '582': [
    { name: 'adoption DEC equal to DATE_MATCH fails the episode',
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E11' },
          { CHILD: '2', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E12' },
          { CHILD: '3', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E4' }],
        AD1: [{ CHILD: '1', DATE_MATCH: '01/06/2024' }, { CHILD: '2', DATE_MATCH: '01/05/2024' }, { CHILD: '3', DATE_MATCH: '01/06/2024' }] },
      fails: { Episodes: [0] } },
    { name: 'a match before adoption passes',
      rows: { Episodes: [{ CHILD: '1', DEC: '01/06/2024', REC: 'E11' }], AD1: [{ CHILD: '1', DATE_MATCH: '01/05/2024' }] }, fails: {} },
  ],
  '583': [
    { name: 'earlier open decisions fail; two open decisions both fail',
      rows: { PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '02/02/2024' },
        { CHILD: '1', DATE_PLACED: '03/02/2024' },
        { CHILD: '2', DATE_PLACED: '01/02/2024' },
        { CHILD: '2', DATE_PLACED: '02/02/2024' },
        { CHILD: '3', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '02/02/2024' },
        { CHILD: '3', DATE_PLACED: '01/01/2024' }] },
      fails: { PlacedAdoption: [2, 3, 5] } },
    { name: 'only the latest open passes', rows: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '03/02/2024' }] }, fails: {} },
  ],
  '584': [
    { name: 'after a ceased decision last year, this year\'s must be later and given',
      rows: {
        PlacedAdoption_last: [
          { CHILD: '1', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/03/2024' },
          { CHILD: '2', DATE_PLACED: '01/02/2024', REASON_PLACED_CEASED: 'RD1' },
          { CHILD: '3', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/03/2024' },
          { CHILD: '4', DATE_PLACED: '01/02/2024' },
          { CHILD: '5', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/03/2024' }],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '01/02/2024' },
          { CHILD: '2', DATE_PLACED: '01/01/2024' },
          { CHILD: '3', DATE_PLACED: '01/05/2024' },
          { CHILD: '4', DATE_PLACED: '01/01/2024' },
          { CHILD: '5' }] },
      fails: { PlacedAdoption: [0, 1, 4] } },
    { name: 'a later decision passes',
      rows: {
        PlacedAdoption_last: [{ CHILD: '1', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/03/2024' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/02/2024' }] },
      fails: {} },
  ],
  '586': [
    { name: 'a start on or before DOB fails',
      rows: { Missing: [
        { CHILD: '1', DOB: '04/02/2020', MIS_START: '03/02/2020' },
        { CHILD: '2', DOB: '04/02/2020', MIS_START: '04/02/2020' },
        { CHILD: '3', DOB: '04/02/2020', MIS_START: '05/02/2020' },
        { CHILD: '4', DOB: '04/02/2020' }] },
      fails: { Missing: [0, 1] } },
    { name: 'a later start passes', rows: { Missing: [{ CHILD: '1', DOB: '04/02/2020', MIS_START: '05/02/2024' }] }, fails: {} },
  ],
  '601': [
    { name: 'adopted in year with incomplete AD1 fails both',
      rows: {
        Episodes: [
          { CHILD: '1', DEC: '01/06/2024', REC: 'E11' },
          { CHILD: '1', DEC: '01/06/2023', REC: 'E12' },
          { CHILD: '2', DEC: '01/06/2024', REC: 'E12' },
          { CHILD: '3', DEC: '01/06/2024', REC: 'E4' }],
        AD1: [
          { CHILD: '1', DATE_INT: '01/01/2024', DATE_MATCH: '01/02/2024', FOSTER_CARE: '0', NB_ADOPTR: '1', SEX_ADOPTR: 'M1' },
          { CHILD: '2', DATE_INT: '01/01/2024', DATE_MATCH: '01/02/2024', FOSTER_CARE: '0', NB_ADOPTR: '1', SEX_ADOPTR: 'M1', LS_ADOPTR: 'L0' },
          { CHILD: '3' }] },
      fails: { Episodes: [0], AD1: [0] } },
    { name: 'complete AD1 passes',
      rows: {
        Episodes: [{ CHILD: '2', DEC: '01/06/2024', REC: 'E12' }],
        AD1: [{ CHILD: '2', DATE_INT: '01/01/2024', DATE_MATCH: '01/02/2024', FOSTER_CARE: '0', NB_ADOPTR: '1', SEX_ADOPTR: 'M1', LS_ADOPTR: 'L0' }] },
      fails: {} },
  ],
  '602': [
    { name: 'AD1 data without an in-year adoption fails',
      rows: {
        Episodes: [
          { CHILD: '1', DEC: '01/06/2024', REC: 'E11' },
          { CHILD: '2', DEC: '01/06/2024', REC: 'E4' },
          { CHILD: '3', DEC: '01/06/2023', REC: 'E11' }],
        AD1: [{ CHILD: '1', DATE_INT: '01/01/2024' }, { CHILD: '2', DATE_INT: '01/01/2024' }, { CHILD: '3', NB_ADOPTR: '1' }, { CHILD: '4' }, { CHILD: '5', DATE_MATCH: '01/01/2024' }] },
      fails: { AD1: [1, 2, 4] } },
    { name: 'adopted in year passes',
      rows: { Episodes: [{ CHILD: '1', DEC: '01/06/2024', REC: 'E12' }], AD1: [{ CHILD: '1', DATE_INT: '01/01/2024' }] }, fails: {} },
  ],
  '607': [
    { name: '2024-25: a girl (F) ceasing care without MOTHER fails',
      rows: {
        Header: [{ CHILD: '1', SEX: 'F' }, { CHILD: '2', SEX: 'F' }, { CHILD: '3', SEX: 'M' }, { CHILD: '4', SEX: 'F', MOTHER: '0' }],
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E4', LS: 'C2' },
          { CHILD: '1', DECOM: '01/01/2023', DEC: '01/06/2023', REC: 'E4', LS: 'C2' },
          { CHILD: '2', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'X1', LS: 'C2' },
          { CHILD: '2', DECOM: '01/06/2024', DEC: '01/07/2024', REC: 'E4', LS: 'V3' },
          { CHILD: '3', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E4', LS: 'C2' },
          { CHILD: '4', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E4', LS: 'C2' }] },
      fails: { Header: [0], Episodes: [0] } },
    { name: '2024-25: SEX 2 is no longer female', rows: {
        Header: [{ CHILD: '1', SEX: '2' }], Episodes: [{ CHILD: '1', DEC: '01/06/2024', REC: 'E4', LS: 'C2' }] }, fails: {} },
    { name: '2023-24: SEX 2 is female', year: '2023-24', rows: {
        Header: [{ CHILD: '1', SEX: '2' }, { CHILD: '2', SEX: 'F' }],
        Episodes: [{ CHILD: '1', DEC: '01/06/2023', REC: 'E4', LS: 'C2' }, { CHILD: '2', DEC: '01/06/2023', REC: 'E4', LS: 'C2' }] },
      fails: { Header: [0], Episodes: [0] } },
  ],
  '611': [
    { name: 'a mother without MC_DOB fails',
      rows: { Header: [{ CHILD: '1', MOTHER: '1' }, { CHILD: '2', MOTHER: '1', MC_DOB: '01/01/2024' }, { CHILD: '3', MOTHER: '0' }] },
      fails: { Header: [0] } },
    { name: 'a mother with MC_DOB passes', rows: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/01/2024' }] }, fails: {} },
  ],
  '612': [
    { name: '2024-25: a girl not a mother with MC_DOB fails',
      rows: { Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0', MC_DOB: '19/02/2016' },
        { CHILD: '2', SEX: 'F', MC_DOB: '31/31/19' },
        { CHILD: '3', SEX: 'F', MOTHER: '1', MC_DOB: '19/02/2016' },
        { CHILD: '4', SEX: 'F' },
        { CHILD: '5', SEX: '2', MOTHER: '0', MC_DOB: '19/02/2016' }] },
      fails: { Header: [0, 1] } },
    { name: '2023-24: SEX 2 is female', year: '2023-24',
      rows: { Header: [{ CHILD: '1', SEX: '2', MOTHER: '0', MC_DOB: '19/02/2016' }, { CHILD: '2', SEX: 'F', MOTHER: '0', MC_DOB: '19/02/2016' }] },
      fails: { Header: [0] } },
  ],
  '620': [
    { name: 'a mother under 11 at the year start fails',
      rows: { Header: [
        { CHILD: '1', MOTHER: '1', DOB: '02/04/2013' },
        { CHILD: '2', MOTHER: '1', DOB: '01/04/2013' },
        { CHILD: '3', MOTHER: '0', DOB: '01/01/2020' },
        { CHILD: '4', MOTHER: '1' }] },
      fails: { Header: [0] } },
    { name: 'an older mother passes', rows: { Header: [{ CHILD: '1', MOTHER: '1', DOB: '01/01/2006' }] }, fails: {} },
  ],
  '621': [
    { name: 'MC_DOB on or before the mother\'s DOB fails',
      rows: { Header: [
        { CHILD: '1', DOB: '01/12/2021', MC_DOB: '01/01/2021' },
        { CHILD: '2', DOB: '31/01/2019', MC_DOB: '31/01/2019' },
        { CHILD: '3', DOB: '31/01/2019' },
        { CHILD: '4', DOB: '31/01/2019', MC_DOB: '01/02/2019' }] },
      fails: { Header: [0, 1] } },
    { name: 'a later MC_DOB passes', rows: { Header: [{ CHILD: '1', DOB: '01/01/2006', MC_DOB: '01/01/2024' }] }, fails: {} },
  ],
  '624': [
    { name: 'MC_DOB changed or dropped since last year fails',
      rows: {
        Header_last: [{ CHILD: '1', MC_DOB: '01/06/2020' }, { CHILD: '2', MC_DOB: '01/06/2019' }, { CHILD: '3', MC_DOB: '10/09/2020' }, { CHILD: '4' }],
        Header: [{ CHILD: '1', MC_DOB: '01/06/2020' }, { CHILD: '2' }, { CHILD: '3', MC_DOB: '08/09/2020' }, { CHILD: '4', MC_DOB: '01/02/2020' }],
        Episodes: [{ CHILD: '2', DECOM: '01/05/2024' }] },
      fails: { Header: [1, 2] } },
    { name: 'MC_DOB dropped for a care leaver not looked after this year passes (rule 628: not wanted)',
      rows: { Header_last: [{ CHILD: '5', MC_DOB: '01/06/2020' }], Header: [{ CHILD: '5' }], Episodes: [{ CHILD: '6', DECOM: '01/05/2024' }] }, fails: {} },
    { name: 'unchanged passes',
      rows: { Header_last: [{ CHILD: '1', MC_DOB: '01/06/2020' }], Header: [{ CHILD: '1', MC_DOB: '01/06/2020' }] }, fails: {} },
  ],
  '625': [
    { name: 'MC_DOB after the year end or the latest DEC fails',
      rows: {
        Header: [{ CHILD: '1', MC_DOB: '01/04/2025' }, { CHILD: '2', MC_DOB: '19/12/2024' }, { CHILD: '3' }, { CHILD: '4', MC_DOB: '01/05/2024' }],
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '02/04/2025' },
          { CHILD: '2', DECOM: '01/01/2023', DEC: '01/06/2023' },
          { CHILD: '2', DECOM: '01/01/2024', DEC: '01/06/2024' },
          { CHILD: '3', DECOM: '01/01/2024', DEC: '01/06/2024' },
          { CHILD: '4', DECOM: '01/01/2024', DEC: '01/06/2024' }] },
      fails: { Header: [0, 1], Episodes: [0, 2] } },
    { name: 'MC_DOB before DEC passes',
      rows: { Header: [{ CHILD: '1', MC_DOB: '01/05/2024' }], Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2024' }] }, fails: {} },
    { name: 'MC_DOB after a placement change of a child still looked after passes',
      rows: { Header: [{ CHILD: '1', MC_DOB: '01/02/2025' }],
        Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'X1' }, { CHILD: '1', DECOM: '01/06/2024' }] }, fails: {} },
  ],
  '626': [
    { name: 'a mother this year, not last year, with an older first child fails',
      rows: {
        Header_last: [{ CHILD: '1', MOTHER: '0' }, { CHILD: '2', MOTHER: '0' }, { CHILD: '3', MOTHER: '1' }],
        Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '04/01/2024' }, { CHILD: '2', MOTHER: '1', MC_DOB: '01/04/2024' }, { CHILD: '3', MOTHER: '1', MC_DOB: '04/01/2024' }] },
      fails: { Header: [0] } },
    { name: 'a first child born this year passes',
      rows: { Header_last: [{ CHILD: '1', MOTHER: '0' }], Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/05/2024' }] }, fails: {} },
  ],
  '628': [
    { name: 'a care leaver with no episodes and MOTHER fails',
      rows: {
        Header: [{ CHILD: '1', MOTHER: '1' }, { CHILD: '2', MOTHER: '0' }, { CHILD: '3' }, { CHILD: '4', MOTHER: '1' }],
        Episodes: [{ CHILD: '4', DECOM: '01/01/2024' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2' }, { CHILD: '3', IN_TOUCH: 'YES' }, { CHILD: '4', IN_TOUCH: 'YES' }] },
      fails: { Header: [0] } },
    { name: 'a child looked after passes',
      rows: { Header: [{ CHILD: '1', MOTHER: '1' }], Episodes: [{ CHILD: '1', DECOM: '01/01/2024' }], OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] }, fails: {} },
  ],
  '630': [
    { name: 'a new period in the year needs previous permanence',
      rows: {
        Episodes: [
          { CHILD: '0', DECOM: '01/04/2024', RNE: 'T' },
          { CHILD: '1', DECOM: '01/04/2024', RNE: 'S' },
          { CHILD: '2', DECOM: '01/04/2024', RNE: 'S' },
          { CHILD: '4', DECOM: '31/03/2024', RNE: 'S' },
          { CHILD: '5', DECOM: '01/04/2024', RNE: 'S' },
          { CHILD: '7', DECOM: '01/04/2024', RNE: 'S' },
          { CHILD: '8', DECOM: '01/04/2024', RNE: 'S' }],
        PrevPerm: [
          { CHILD: '2', PREV_PERM: 'Z1' },
          { CHILD: '4', PREV_PERM: 'P1', LA_PERM: '352' },
          { CHILD: '5', PREV_PERM: 'P1', DATE_PERM: '01/05/2000' },
          { CHILD: '7' },
          { CHILD: '8', PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: '05/05/2020' }] },
      fails: { Episodes: [1, 4, 5] } },
    { name: 'complete details pass',
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', RNE: 'S' }], PrevPerm: [{ CHILD: '1', PREV_PERM: 'P2', LA_PERM: '352', DATE_PERM: '05/05/2020' }] }, fails: {} },
  ],
  '631': [
    { name: 'an unknown code fails; blank passes',
      rows: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'P5' }, { CHILD: '2', PREV_PERM: 'P4' }, { CHILD: '3' }, { CHILD: '4', PREV_PERM: 'Z1' }] },
      fails: { PrevPerm: [0] } },
    { name: 'valid codes pass', rows: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1' }] }, fails: {} },
  ],
  '632': [
    { name: 'malformed dates or dates not before the first DECOM fail',
      rows: {
        PrevPerm: [
          { CHILD: '1', DATE_PERM: 'XX/10/2011' },
          { CHILD: '2', DATE_PERM: '17/06/2001' },
          { CHILD: '3' },
          { CHILD: '4', DATE_PERM: '05/ZZ/2020' },
          { CHILD: '5', DATE_PERM: 'ZZ/ZZ/ZZZZ' },
          { CHILD: '6', DATE_PERM: 'ZZ/ZZ/ZZ' },
          { CHILD: '7', DATE_PERM: '01/13/2000' }],
        Episodes: [
          { CHILD: '1', DECOM: '20/10/2011' },
          { CHILD: '2', DECOM: '19/11/2021' },
          { CHILD: '2', DECOM: '17/06/2001' },
          { CHILD: '3', DECOM: '11/09/2015' },
          { CHILD: '4', DECOM: '01/03/2021' },
          { CHILD: '5', DECOM: '01/07/2021' },
          { CHILD: '6', DECOM: '01/07/2021' },
          { CHILD: '7', DECOM: '01/07/2021' }] },
      fails: { PrevPerm: [0, 1, 5, 6], Episodes: [0, 2, 6, 7] } },
    { name: 'a partly known date before DECOM passes',
      rows: { PrevPerm: [{ CHILD: '1', DATE_PERM: 'ZZ/05/2021' }], Episodes: [{ CHILD: '1', DECOM: '01/07/2021' }] }, fails: {} },
  ],
  '633': [
    { name: 'an unknown LA code fails',
      rows: { PrevPerm: [{ CHILD: '1' }, { CHILD: '2', LA_PERM: 'SCO' }, { CHILD: '3', LA_PERM: '204' }, { CHILD: '4', LA_PERM: '458' }, { CHILD: '5', LA_PERM: '999' }] },
      fails: { PrevPerm: [3] } },
    { name: 'a known code passes', rows: { PrevPerm: [{ CHILD: '1', LA_PERM: 'NUK' }] }, fails: {} },
  ],
  '634': [
    { name: 'details for a child whose latest episode began before the year fail, with its episodes',
      rows: {
        PrevPerm: [{ CHILD: '1', PREV_PERM: 'Z1' }, { CHILD: '2', LA_PERM: '352' }, { CHILD: '3', DATE_PERM: '01/05/2000' }, { CHILD: '4' }, { CHILD: '5', PREV_PERM: 'P1' }],
        Episodes: [
          { CHILD: '1', DECOM: '20/10/2011' },
          { CHILD: '2', DECOM: '19/11/2024' },
          { CHILD: '2', DECOM: '17/06/2001' },
          { CHILD: '3', DECOM: '04/04/2002' },
          { CHILD: '3', DECOM: '01/03/2024' },
          { CHILD: '4', DECOM: '01/03/2020' }] },
      fails: { PrevPerm: [0, 2], Episodes: [0, 3, 4] } },
    { name: 'a child starting this year passes',
      rows: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'Z1' }], Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }] }, fails: {} },
  ],
  '635': [
    { name: 'Z1 or blank with a date or LA fails',
      rows: { PrevPerm: [
        { CHILD: '1', PREV_PERM: 'Z1', LA_PERM: '352' }, { CHILD: '2', PREV_PERM: 'Z1', DATE_PERM: '01/01/2020' },
        { CHILD: '3', PREV_PERM: 'Z1' }, { CHILD: '4', PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: '01/01/2020' },
        { CHILD: '5', LA_PERM: '352' }, { CHILD: '6' }] },
      fails: { PrevPerm: [0, 1, 4] } },
    { name: 'Z1 alone passes', rows: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'Z1' }] }, fails: {} },
  ],
  'EPI': [
    { name: 'a child with neither episodes nor OC3 fails',
      rows: { Header: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '4' }], Episodes: [{ CHILD: '1' }, { CHILD: '1' }, { CHILD: '3' }], OC3: [{ CHILD: '4', IN_TOUCH: 'YES' }] },
      fails: { Header: [1] } },
    { name: 'a child with episodes passes', rows: { Header: [{ CHILD: '1' }], Episodes: [{ CHILD: '1' }] }, fails: {} },
  ],
  'INT01': [
    { name: 'an AD1 child absent from Header fails', rows: { Header: [{ CHILD: '1' }], AD1: [{ CHILD: '1' }, { CHILD: '2' }] }, fails: { AD1: [1] } },
    { name: 'all present passes', rows: { Header: [{ CHILD: '1' }], AD1: [{ CHILD: '1' }] }, fails: {} },
  ],
  'INT02': [
    { name: 'a PlacedAdoption child absent from Header fails', rows: { Header: [{ CHILD: '1' }], PlacedAdoption: [{ CHILD: '2' }, { CHILD: '1' }] }, fails: { PlacedAdoption: [0] } },
    { name: 'all present passes', rows: { Header: [{ CHILD: '1' }], PlacedAdoption: [{ CHILD: '1' }] }, fails: {} },
  ],
  'INT03': [
    { name: 'an Episodes child absent from Header fails', rows: { Header: [{ CHILD: '1' }], Episodes: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '2' }] }, fails: { Episodes: [1, 2] } },
    { name: 'all present passes', rows: { Header: [{ CHILD: '1' }], Episodes: [{ CHILD: '1' }] }, fails: {} },
  ],
  'INT04': [
    { name: 'a Missing child absent from Header fails', rows: { Header: [{ CHILD: '1' }], Missing: [{ CHILD: '3' }] }, fails: { Missing: [0] } },
    { name: 'all present passes', rows: { Header: [{ CHILD: '1' }], Missing: [{ CHILD: '1' }] }, fails: {} },
  ],
};
