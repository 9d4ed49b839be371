export * from './reportInput';
export * from './renderReportHtml';
export * from './printReportPdf';
export * from './accessibilityCheck';
export * from './browser';
export { buildReportView, type ReportView } from './reportView';
export { SCORECARD_SECTIONS, HEADLINE_MEASURE_IDS, rowReference } from './scorecard/registry';
export type { ScorecardSection, ScorecardRow } from './scorecard/scorecardSection';
export { reportMeasureIds } from './reportMeasures';
