import { describe, expect, it } from 'vitest';
import { collectionYear, fromCsv, emptyTables } from '@careledger/ssda903';
import { headlineFigures, parsePopulationCsv } from '../src';

const year = collectionYear(2025);

describe('headline figures from a 903 folder\'s rows', () => {
  it('count children from calendar-date rows, whichever date format the file had', () => {
    const episodes = fromCsv('episodes', [
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
      'A,01/05/2024,S,C1,N1,U6,PR1,,,,,,',
      'B,2023-01-01,S,C2,N1,U4,PR1,2025-03-31,E11,,,,',
      'C,01/01/2025,S,V3,N2,U6,PR1,,,,,,',
    ].join('\n'), year);
    const header = fromCsv('header', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,F,15/06/2010,WBRI,,,\nB,M,2012-01-01,BAFR,,,\n', year);
    const figures = headlineFigures({ laCode: '990', year, tables: { ...emptyTables(), episodes, header } });
    const byId = (id: string) => figures.find((f) => f.id === id);
    expect(byId('cla_at_31_march')).toMatchObject({ value: 1, breakdowns: { sex: { Female: 1 }, ageBandAt31March: { '10 to 15': 1 } } });
    expect(byId('cla_during_year')).toMatchObject({ value: 2 });
    expect(byId('started_in_year')).toMatchObject({ value: 1 });
    expect(byId('ceased_in_year')).toMatchObject({ value: 1, breakdowns: { reasonCeased: { E11: 1 }, ageBandAt31March: { '10 to 15': 1 } } });
  });
});

describe('population files', () => {
  it('are refused as invalid input, not as an internal failure', () => {
    expect(() => parsePopulationCsv('', 'pop.csv')).toThrow(expect.objectContaining({ kind: 'invalid', code: 'population.empty' }));
    expect(() => parsePopulationCsv('time_period,la_code,population_estimate\n2024,88,100\n', 'pop.csv'))
      .toThrow(expect.objectContaining({ kind: 'invalid', code: 'population.row' }));
  });
});
