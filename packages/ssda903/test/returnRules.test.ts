import { describe, expect, it } from 'vitest';
import {
  ceasedInYear, checkCode, checkReturnScope, codesOf, collectionYear, lookedAfterAt31March, lookedAfterDuringYear, placementHasOfstedUrn,
  placementCodeForYear, placementDecisionToRecord, PLACEMENTS_WITHOUT_OFSTED_URN, placementsNeedingDecision, returnCutoff,
  schemaFor, startedInYear, TABLES,
} from '../src';

const year = collectionYear(2024);
const span = (DECOM: string, DEC = '', RNE = 'S', REC = DEC ? 'E11' : '') => ({ DECOM, DEC, RNE, REC });

describe('the in-year cohorts of the measures', () => {
  it('are looked after at 31 March unless ceased on or before it', () => {
    expect(lookedAfterAt31March(span('2024-03-31'), year)).toBe(true);
    expect(lookedAfterAt31March(span('2020-01-01', '2024-03-31'), year)).toBe(false);
    expect(lookedAfterAt31March(span('2020-01-01', '2024-04-01'), year)).toBe(true);
    expect(lookedAfterAt31March(span('2024-04-01'), year)).toBe(false);
  });

  it('are looked after during the year when an episode is open on any day of it', () => {
    expect(lookedAfterDuringYear(span('2020-01-01', '2023-04-01'), year)).toBe(true);
    expect(lookedAfterDuringYear(span('2020-01-01', '2023-03-31'), year)).toBe(false);
    expect(lookedAfterDuringYear(span('2024-03-31'), year)).toBe(true);
    expect(lookedAfterDuringYear(span('2024-04-01'), year)).toBe(false);
  });

  it('start with an S episode in the year and cease with a REC other than X1', () => {
    expect(startedInYear(span('2023-04-01'), year)).toBe(true);
    expect(startedInYear(span('2023-04-01', '', 'P'), year)).toBe(false);
    expect(startedInYear(span('2023-03-31'), year)).toBe(false);
    expect(ceasedInYear(span('2020-01-01', '2024-03-31'), year)).toBe(true);
    expect(ceasedInYear(span('2020-01-01', '2024-03-31', 'S', 'X1'), year)).toBe(false);
    expect(ceasedInYear(span('2020-01-01', '2024-04-01'), year)).toBe(false);
    expect(ceasedInYear(span('2020-01-01'), year)).toBe(false);
  });
});

describe('the scope of a return', () => {
  it('is cut off at 31 March or the as-at date, whichever is first', () => {
    expect(returnCutoff({ laCode: '990', year, asAt: '2023-10-01' })).toBe('2023-10-01');
    expect(returnCutoff({ laCode: '990', year, asAt: '2026-10-01' })).toBe('2024-03-31');
  });

  it('refuses what would give a silently empty return', () => {
    const invalid = (code: string) => expect.objectContaining({ kind: 'invalid', code });
    expect(() => checkReturnScope({ laCode: '88', year, asAt: '2024-06-30' })).toThrow(invalid('return.invalid_la'));
    expect(() => checkReturnScope({ laCode: 'ABC', year, asAt: '2024-06-30' })).toThrow(invalid('return.invalid_la'));
    expect(() => checkReturnScope({ laCode: '990', year, asAt: '2025-13-45' })).toThrow(invalid('return.invalid_as_at'));
    expect(() => checkReturnScope({ laCode: '990', year, asAt: '2023-03-31' })).toThrow(invalid('return.year_not_started'));
    expect(() => checkReturnScope({ laCode: '990', year: collectionYear(3000), asAt: '2026-12-01' })).toThrow(invalid('return.year_not_started'));
    expect(() => checkReturnScope({ laCode: '990', year, asAt: '2023-04-01' })).not.toThrow();
  });
});

describe('the Ofsted URN rule (218, 222)', () => {
  it('names only placement types of the code list, and wants a URN for registered providers alone', () => {
    expect(codesOf('placementType')).toEqual(expect.arrayContaining([...PLACEMENTS_WITHOUT_OFSTED_URN]));
    expect(['U1', 'U4', 'U6', 'A3', 'A6', 'K1', 'K2', 'K3', 'H5', 'S1', 'R3'].filter(placementHasOfstedUrn)).toHaveLength(11);
    expect(['P1', 'P2', 'P3', 'R1', 'R2', 'R5', 'T0', 'T4', 'Z1', 'Z11', 'Z14'].some(placementHasOfstedUrn)).toBe(false);
  });
});

describe('placement codes by collection year', () => {
  it('recodes H5 as K3 from 2024-25 and blanks P2 (from 2024-25) and Z1 (from 2025-26), which need a decision', () => {
    const y = (endYear: number) => collectionYear(endYear);
    expect(['H5', 'P2', 'Z1', 'U6'].map((c) => placementCodeForYear(c, y(2024)))).toEqual(['H5', 'P2', 'Z1', 'U6']);
    expect(['H5', 'P2', 'Z1', 'U6'].map((c) => placementCodeForYear(c, y(2025)))).toEqual(['K3', '', 'Z1', 'U6']);
    expect(['H5', 'P2', 'Z1', 'Z13'].map((c) => placementCodeForYear(c, y(2026)))).toEqual(['K3', '', '', 'Z13']);
    expect([2024, 2025, 2026, 2030].map((e) => placementsNeedingDecision(y(e)))).toEqual([[], ['P2'], ['P2', 'Z1'], ['P2', 'Z1']]);
    expect(placementDecisionToRecord('Z1', y(2025))).toBeUndefined();
  });

  it('writes every placement code an episode open in the year can carry as one of the year\'s schema codes, or blank', () => {
    for (const endYear of [2024, 2025, 2026]) {
      const year = collectionYear(endYear);
      const place = schemaFor(TABLES.episodes, year).codes?.PLACE ?? [];
      // Any code valid up to the year's end can be carried in by an open episode. K3 is in careledger's list from
      // 28/10/2023 but not in the 2024 schema's categories: DfE added it from 2025.
      const carried = codesOf('placementType').filter((c) => checkCode('placementType', c, year.end).ok || checkCode('placementType', c, '2000-01-01').ok);
      for (const code of carried.filter((c) => !(c === 'K3' && endYear === 2024))) {
        const written = placementCodeForYear(code, collectionYear(endYear));
        if (written !== '') expect(place, `${code} in ${endYear}`).toContain(written);
      }
    }
  });
});
