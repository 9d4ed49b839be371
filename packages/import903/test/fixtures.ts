// Two children over two consecutive returns, 2023-24 and 2024-25, written by hand.
//
// A: in care from 1 June 2023 (S), moved 15 November 2023 (P, the move that ended the first placement was CARPL),
//    open on 31 March 2024; in 2024-25 the open episode is repeated, the legal status changes on 1 August 2024 (L),
//    and A goes home on 20 January 2025 (E4A). The 2023-24 header codes sex as 1, the 2024-25 header as M.
// B: UASC, in care from 10 January 2024 (S) and still in care on 31 March 2025. The 2024-25 return contradicts the
//    2023-24 one on the category of need (N8 then N4) and gives the date B's UASC status ceased (1 June 2024).
export const LA = '990';

export const YEAR_2024 = {
  header: [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    'A,1,10/05/2012,WBRI,UN3,,',
    'B,2,14/02/2009,BAFR,UN2,0,',
  ].join('\n'),
  uasc: ['CHILD,DOB,SEX,DUC', 'B,14/02/2009,2,'].join('\n'),
  episodes: [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    'A,01/06/2023,S,C2,N1,U4,PR1,15/11/2023,X1,CARPL,AB1 2CD,AB3 4EF,',
    'A,15/11/2023,P,C2,N1,U6,PR4,,,,AB1 2CD,AB5 6GH,',
    'B,10/01/2024,S,V2,N8,K2,PR4,,,,,,SC123456',
  ].join('\n'),
  reviews: ['CHILD,DOB,REVIEW,REVIEW_CODE', 'B,14/02/2009,10/02/2024,PN1'].join('\n'),
  missing: ['CHILD,DOB,MISSING,MIS_START,MIS_END', 'B,14/02/2009,M,01/03/2024,03/03/2024'].join('\n'),
};

export const YEAR_2025 = {
  header: [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    'A,M,10/05/2012,WBRI,UN3,,',
    'B,F,14/02/2009,BAFR,UN2,0,',
  ].join('\n'),
  uasc: ['CHILD,DOB,SEX,DUC', 'B,14/02/2009,F,01/06/2024'].join('\n'),
  episodes: [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    'A,15/11/2023,P,C2,N1,U6,PR4,01/08/2024,X1,,AB1 2CD,AB5 6GH,',
    'A,01/08/2024,L,E1,N1,U6,PR4,20/01/2025,E4A,,AB1 2CD,AB5 6GH,',
    'B,10/01/2024,S,V2,N4,K2,PR4,,,,,,SC123456',
    // line 5: a child the header does not have
    'C,01/02/2025,S,V2,N1,U4,PR1,,,,,,',
  ].join('\n'),
  reviews: [
    'CHILD,DOB,REVIEW,REVIEW_CODE',
    'B,14/02/2009,10/07/2024,PN2',
    // line 3: a date that does not exist
    'A,10/05/2012,31/02/2025,PN1',
  ].join('\n'),
  missing: ['CHILD,DOB,MISSING,MIS_START,MIS_END', 'B,14/02/2009,A,01/09/2024,'].join('\n'),
};

export type YearTexts = typeof YEAR_2024;

/** The texts as the CSV reader takes them, named as in a folder 'y<year>/<table>.csv'. */
export function csvTexts(endYear: number, texts: Partial<YearTexts>) {
  return Object.fromEntries(Object.entries(texts).map(([table, text]) => [table, { file: `y${endYear}/${table}.csv`, text }]));
}
