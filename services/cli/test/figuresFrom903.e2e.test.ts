import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { collectionYear } from '@careledger/ssda903';
import { runCliResult, STACK_LINE } from '../../../test/support/cli';
import { figuresFrom903 } from '../src/commands/figuresFrom903';

const scratch = mkdtempSync(join(tmpdir(), 'careledger-figures-903-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const figure = (stdout: string, id: string) => (JSON.parse(stdout).figures as { id: string }[]).find((f) => f.id === id);

describe('careledger figures --from-903 on a folder as a case system exports it', () => {
  it('reads capitalised and longer file names, the forms of dates and codes exports use, and says what it assumed', async () => {
    // Worked by hand for 2024-25. A (no REC on a DEC of 1 June 2024, no episode after it) ceased, reason not
    // recorded; B's first episode has no REC either, but B's next episode starts that day, so B stayed in care and is
    // the one child looked after at 31 March, and the one start; C ceased on 15 January 2025, adopted (E11).
    const dir = folder('export', {
      'Header.csv': `\uFEFF${HEADER.toLowerCase()}\r\nA,f,15/6/2010,wbri,,,\r\nB, M ,2012-01-01 00:00:00,BAFR,,,\r\nC,F,01-03-2008, wiri ,,,\r\n`,
      '903_episodes_2024.csv': [
        'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE',
        'A,1/6/2023,s,c2,n1,u4,pr1,2024-06-01 00:00:00,,',
        ',,,,,,,,,',
        'B,01-04-2024,S,v2,N1,U6,PR1,1/7/2024,,',
        'B,1/7/2024,P,V2,N1,U4,PR1,,,"CARPL"',
        'C,2022-01-01,S,C2,N1,U4,PR1,15/01/2025 00:00:00,e11,',
      ].join('\r\n'),
      'notes.csv': 'what,who\nexported,the case system\n',
    });
    const result = await runCliResult(['figures', '--from-903', dir, '--la', '999', '--year', '2025']);
    expect(result.code, result.stderr).toBe(0);
    expect(figure(result.stdout, 'cla_at_31_march')).toMatchObject({ value: 1, breakdowns: { sex: { Male: 1 }, legalStatus: { V2: 1 }, placementType: { U4: 1 } } });
    expect(figure(result.stdout, 'cla_during_year')).toMatchObject({ value: 3, breakdowns: { ethnicGroup: { 'Black, African, Caribbean or Black British': 1, White: 2 } } });
    expect(figure(result.stdout, 'started_in_year')).toMatchObject({ value: 1 });
    expect(figure(result.stdout, 'ceased_in_year')).toMatchObject({ value: 2, breakdowns: { reasonCeased: { E11: 1, 'Not recorded': 1 } } });

    const episodes = join(dir, '903_episodes_2024.csv');
    expect(result.stderr.trim().split('\n')).toEqual([
      `notice: ${join(dir, 'notes.csv')}: is no 903 table careledger reads (neither its name nor its columns say which), so it is not read`,
      ...['HOME_POST', 'PL_POST', 'URN'].map((c) => `notice: ${episodes}, line 1, ${c}: the header has no such column: read as blank`),
      `notice: ${episodes}, line 3: skipped 1 row(s) with no values (line 3)`,
      `notice: ${episodes}, line 2, REC: is blank though DEC is 2024-06-01 (DfE rule 148): no episode of child A starts that day, so it is read as leaving care then, reason not recorded`,
      `notice: ${episodes}, line 4, REC: is blank though DEC is 2024-07-01 (DfE rule 148): another episode of child B starts that day, so it is read as a change of episode (X1), not a cease`,
    ]);
  }, 30_000);

  it('refuses, as invalid input, a folder whose cells the figures need cannot be read, naming every one', async () => {
    // 22 episodes starting on a day that does not exist, and a DOB with a two-digit year: 23 errors.
    const bad = Array.from({ length: 22 }, (_, i) => `X${i + 1},31/02/2024,S,C1,N1,U4,PR1,,,,,,`);
    const dir = folder('unreadable', {
      'header.csv': `${HEADER}\nX1,M,1/6/23,WBRI,,,\n`,
      'episodes.csv': [EPISODES, ...bad].join('\n'),
    });
    const result = await runCliResult(['figures', '--from-903', dir, '--la', '999', '--year', '2025']);
    expect(result.code).toBe(EXIT_CODE.invalid);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_LINE);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`careledger: ${dir}: 23 issues stop it being read:`);
    expect(lines[1]).toBe(`  ${join(dir, 'header.csv')}, line 2, DOB: '1/6/23' has a two-digit year`);
    expect(lines[2]).toBe(`  ${join(dir, 'episodes.csv')}, line 2, DECOM: '31/02/2024' is not a day of the calendar`);
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('  ... and 3 more');

    // the error's context holds all 23, each naming file, line, column, value and reason
    const refused = await figuresFrom903(dir, '999', collectionYear(2025)).catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: 'invalid', code: 'ssda903.unreadable' });
    const errors = (refused as { context: { errors: { line: number; column: string }[] } }).context.errors;
    expect(errors).toHaveLength(23);
    expect(errors.at(-1)).toEqual({ file: join(dir, 'episodes.csv'), line: 23, column: 'DECOM', value: '31/02/2024', reason: 'is not a day of the calendar', severity: 'error' });
  }, 30_000);

  it('refuses a folder lacking a column the figures need, naming file and column', async () => {
    const dir = folder('no-decom', {
      'header.csv': `${HEADER}\nA,M,01/06/2012,WBRI,,,\n`,
      'episodes.csv': `${EPISODES.replace('DECOM,', '')}\nA,S,C1,N1,U4,PR1,,,,,,\n`,
    });
    const result = await runCliResult(['figures', '--from-903', dir, '--la', '999', '--year', '2025']);
    expect(result.code).toBe(EXIT_CODE.invalid);
    expect(result.stderr).toBe(`careledger: ${dir}: 1 issue stops it being read:\n  ${join(dir, 'episodes.csv')}, line 1, DECOM: the header has no such column\n`);
  }, 30_000);
});
