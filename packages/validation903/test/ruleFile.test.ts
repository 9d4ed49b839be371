import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { parseRuleFile, rulesForYear, versionFor } from '../src';

const file = `-- rule 999
-- message: The first message.
-- fields: DECOM, DEC
-- tables: Episodes
-- Why the rule is as it is.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE DEC IS NULL
-- from 2025-26
-- message: The second message.
-- needs: postcodes
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE PL_DISTANCE > 350;
-- retired 2026-27
`;

describe('a rule file', () => {
  it('reads its versions, each with the header lines it restates and the rest from the top', () => {
    const rule = parseRuleFile('999.sql', file);
    expect(rule.code).toBe('999');
    expect(rule.versions.map((v) => [v.fromYear, v.retired, v.message, v.fields, v.needs])).toEqual([
      [2024, false, 'The first message.', ['DECOM', 'DEC'], []],
      [2026, false, 'The second message.', ['DECOM', 'DEC'], ['postcodes']],
      [2027, true, 'The first message.', ['DECOM', 'DEC'], []],
    ]);
    expect(rule.versions[1]!.sql).toBe("SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE PL_DISTANCE > 350");
  });

  it('applies a version from its year until the next, and not at all once retired or before it starts', () => {
    const rule = parseRuleFile('999.sql', file);
    expect(versionFor(rule, 2023)).toBeUndefined();
    expect(versionFor(rule, 2024)?.message).toBe('The first message.');
    expect(versionFor(rule, 2025)?.message).toBe('The first message.');
    expect(versionFor(rule, 2026)?.message).toBe('The second message.');
    expect(versionFor(rule, 2027)).toBeUndefined();
  });

  it('is refused when it is named for another rule, has no SELECT, goes back in years or needs what no rule can', () => {
    expect(() => parseRuleFile('998.sql', file)).toThrow(/named 998 but states rule 999/);
    expect(() => parseRuleFile('1.sql', '-- rule 1\n-- message: m\n-- from 2023-24\n')).toThrow(/has no SELECT/);
    expect(() => parseRuleFile('1.sql', '-- rule 1\n-- message: m\n-- from 2024-25\nSELECT 1\n-- from 2023-24\nSELECT 2\n')).toThrow(/forward in years/);
    expect(() => parseRuleFile('1.sql', '-- rule 1\n-- message: m\n-- needs: a crystal ball\n-- from 2023-24\nSELECT 1\n')).toThrow(/needs 'a crystal ball'/);
    expect(() => parseRuleFile('1.sql', '-- rule 1\n-- fields: A\n-- from 2023-24\nSELECT 1\n')).toThrow(/has no message/);
  });
});

describe('the rules of a year', () => {
  it('are refused for a year careledger holds no DfE rules for, naming the years it has', () => {
    expect(() => rulesForYear(collectionYear(2020))).toThrow(/2023-24, 2024-25, 2025-26, 2026-27, not 2019-20/);
  });
});
