import { readdirSync, readFileSync } from 'node:fs';
import { collectionYear, type CollectionYear } from '@careledger/ssda903';
import { InvalidInputError } from '@careledger/runtime';
import { parseRuleFile, versionFor, type RuleDefinition, type RuleVersion } from './ruleFile';

/**
 * The DfE's 903 validation rules, one file each in ./rules (named by the rule's code), read once. Everything else,
 * the rules of a year included, is derived from these files.
 */
const RULES_DIR = new URL('./rules/', import.meta.url);

export const RULES: readonly RuleDefinition[] = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => parseRuleFile(f, readFileSync(new URL(f, RULES_DIR), 'utf8')));

/** The collection years careledger holds the DfE's rules for, by their end years: 2023-24 to 2026-27. */
export const VALIDATION_YEARS: readonly number[] = [2024, 2025, 2026, 2027];

/** A rule as it applies in one collection year. */
export interface YearRule extends RuleVersion {
  readonly code: string;
}

/** Every rule the DfE applies to `year`'s return, each in the version for that year. */
export function rulesForYear(year: CollectionYear): YearRule[] {
  if (!VALIDATION_YEARS.includes(year.endYear)) {
    const known = VALIDATION_YEARS.map((y) => collectionYear(y).label).join(', ');
    throw new InvalidInputError('validation.unsupported_year', `careledger holds the DfE's 903 validation rules for ${known}, not ${year.label}`, { year: year.label });
  }
  return RULES.flatMap((rule) => {
    const version = versionFor(rule, year.endYear);
    return version ? [{ ...version, code: rule.code }] : [];
  });
}
