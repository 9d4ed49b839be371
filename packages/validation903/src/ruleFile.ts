import { InternalError } from '@careledger/runtime';
import { parseCollectionYear } from '@careledger/ssda903';

/** What a rule needs beyond the return's own tables; without it the rule is reported as not run, never as passed. */
export type RuleNeed = 'previousYear' | 'providers' | 'postcodes' | 'localAuthorities' | 'laCode';
export const RULE_NEEDS: readonly RuleNeed[] = ['previousYear', 'providers', 'postcodes', 'localAuthorities', 'laCode'];

/** One version of a DfE rule: from the collection year it applies to (by its end year) until the next version. */
export interface RuleVersion {
  readonly fromYear: number;
  /** The version is the rule's retirement: from `fromYear` the DfE no longer applies it. */
  readonly retired: boolean;
  readonly message: string;
  readonly fields: readonly string[];
  readonly tables: readonly string[];
  readonly needs: readonly RuleNeed[];
  /** A SELECT giving one row per failure: table_name (the DfE name), row_no and child. */
  readonly sql: string;
}

export interface RuleDefinition {
  /** The DfE's code (103, 197a, INT01, SW01STG1). */
  readonly code: string;
  readonly file: string;
  readonly versions: readonly RuleVersion[];
}

const HEADER = /^--\s*(message|fields|tables|needs):\s*(.*)$/;
const MARKER = /^--\s*(from|retired)\s+(\S+)\s*$/;
const RULE = /^--\s*rule\s+(\S+)\s*$/;

const list = (text: string): string[] => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

/**
 * A rule file: `-- rule CODE`, then `-- message:`, `-- fields:`, `-- tables:` and optionally `-- needs:` lines
 * (comma-separated; a message with outer spaces in double quotes), any comments saying why, then one or more versions, each opened by `-- from YYYY-YY` and
 * holding the version's SELECT (a version may restate message, fields, tables or needs in its own header lines), or
 * `-- retired YYYY-YY` when the DfE dropped the rule from that year. The file's name is the code.
 */
export function parseRuleFile(file: string, text: string): RuleDefinition {
  const fail = (reason: string): never => { throw new InternalError('validation.rule_file', `rule file ${file}: ${reason}`, { file }); };
  const lines = text.split(/\r?\n/);
  let code: string | undefined;
  const base: Record<string, string> = {};
  const versions: RuleVersion[] = [];
  let current: { fromYear: number; retired: boolean; meta: Record<string, string>; body: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const meta = { ...base, ...current.meta };
    const sql = current.body.join('\n').trim().replace(/;\s*$/, '');
    if (!current.retired && !/\bselect\b/i.test(sql)) fail(`the version from ${current.fromYear} has no SELECT`);
    if (current.retired && sql.replace(/^--.*$/gm, '').trim() !== '') fail(`the retirement from ${current.fromYear} holds SQL`);
    if (!meta.message) fail('has no message');
    const needs = list(meta.needs ?? '');
    for (const need of needs) if (!RULE_NEEDS.includes(need as RuleNeed)) fail(`needs '${need}', which is none of ${RULE_NEEDS.join(', ')}`);
    versions.push({
      fromYear: current.fromYear, retired: current.retired, message: meta.message!, fields: list(meta.fields ?? ''), tables: list(meta.tables ?? ''),
      needs: needs as RuleNeed[], sql,
    });
  };
  for (const line of lines) {
    const rule = RULE.exec(line);
    if (rule && code === undefined) { code = rule[1]!; continue; }
    const marker = MARKER.exec(line);
    if (marker) {
      close();
      const year = parseCollectionYear(marker[2]!);
      if (!year) fail(`'${marker[2]}' is not a collection year (YYYY-YY)`);
      const fromYear = year!.endYear;
      if (versions.length > 0 && versions[versions.length - 1]!.fromYear >= fromYear) fail(`versions must go forward in years (${marker[2]})`);
      current = { fromYear, retired: marker[1] === 'retired', meta: {}, body: [] };
      continue;
    }
    const header = HEADER.exec(line);
    if (header && (!current || current.body.every((l) => l.trim() === ''))) {
      // A message the catalogue states with outer spaces is written in double quotes, so editors keep them.
      const value = header[2]!.trim();
      const quoted = header[1] === 'message' ? /^"(.*)"$/.exec(value) : null;
      (current ? current.meta : base)[header[1]!] = quoted ? quoted[1]! : value;
      continue;
    }
    if (current) current.body.push(line);
  }
  close();
  if (code === undefined) fail('has no `-- rule CODE` line');
  if (versions.length === 0) fail('has no version (`-- from YYYY-YY`)');
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.sql$/, '');
  if (stem !== code) fail(`is named ${stem} but states rule ${code}`);
  return { code: code!, file, versions };
}

/** The version of a rule that applies to a collection year (by its end year), or undefined (not yet, or retired). */
export function versionFor(rule: RuleDefinition, endYear: number): RuleVersion | undefined {
  let chosen: RuleVersion | undefined;
  for (const version of rule.versions) if (version.fromYear <= endYear) chosen = version;
  return chosen && !chosen.retired ? chosen : undefined;
}
