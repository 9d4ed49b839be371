import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import type { ReportInput } from './reportInput';
import { buildReportView } from './reportView';

const TEMPLATES = fileURLToPath(new URL('./templates', import.meta.url));
const CSS = readFileSync(new URL('./templates/report.css', import.meta.url), 'utf8');
// Escaping on by default: every measure title, note and code reaches the page as text, never as markup.
const eta = new Eta({ views: TEMPLATES, autoEscape: true, cache: true, autoTrim: false });

/** The committee report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. */
export async function renderReportHtml(input: ReportInput): Promise<string> {
  const view = await buildReportView(input);
  return eta.render('report', { ...view, css: CSS });
}
