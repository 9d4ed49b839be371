import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { formatCsv } from '@careledger/runtime';
import type { ValidationReport } from '../validateReturn';

export type ValidationFormat = 'json' | 'csv' | 'html';
export const VALIDATION_FORMATS: readonly ValidationFormat[] = ['json', 'csv', 'html'];

/** The report as JSON: failures one entry each (rule, message, child, table, row, fields), rules not run, problems. */
export function validationJson(report: ValidationReport): string {
  return `${JSON.stringify({
    collectionYear: report.collectionYear, laCode: report.laCode, rulesRun: report.rulesRun,
    failures: report.failures.map((f) => ({ rule: f.rule, message: f.message, child: f.child, table: f.table, row: f.row, fields: f.fields, file: f.file })),
    notRun: report.notRun, problems: report.problems,
  }, null, 2)}\n`;
}

/** One line per failure, for a spreadsheet; fields joined by spaces. */
export function validationCsv(report: ValidationReport): string {
  return formatCsv(['rule', 'message', 'child', 'table', 'row', 'fields', 'file'], report.failures.map((f) => ({
    rule: f.rule, message: f.message, child: f.child ?? '', table: f.table, row: f.row, fields: f.fields.join(' '), file: f.file ?? '',
  })));
}

/** Each failed rule with its count of rows and children, most rows first, and the rows of each child under it. */
export function ruleSummaries(report: ValidationReport) {
  const byRule = new Map<string, { rule: string; message: string; fields: readonly string[]; rows: ValidationReport['failures'][number][] }>();
  for (const failure of report.failures) {
    const entry = byRule.get(failure.rule) ?? { rule: failure.rule, message: failure.message, fields: failure.fields, rows: [] };
    entry.rows.push(failure);
    byRule.set(failure.rule, entry);
  }
  return [...byRule.values()].map((entry) => {
    const children = new Map<string, string[]>();
    for (const row of entry.rows) {
      const child = row.child ?? '(no CHILD)';
      children.set(child, [...(children.get(child) ?? []), `${row.table} row ${row.row}`]);
    }
    return { ...entry, count: entry.rows.length, children: [...children].map(([child, where]) => ({ child, where })) };
  }).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

const eta = new Eta({ views: fileURLToPath(new URL('./templates', import.meta.url)), autoEscape: true, cache: true, autoTrim: false });

/** A self-contained HTML summary: rules with counts, each opening onto its children and rows; rules not run; problems. */
export function validationHtml(report: ValidationReport): string {
  return eta.render('validation', { report, rules: ruleSummaries(report), childCount: new Set(report.failures.map((f) => f.child)).size });
}

export function formatValidation(report: ValidationReport, format: ValidationFormat): string {
  return format === 'json' ? validationJson(report) : format === 'csv' ? validationCsv(report) : validationHtml(report);
}
