import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startHttpServer, type RunningHttpServer } from '@careledger/runtime';
import { openTestAccess, type TestAccess } from '@careledger/access/testing';
import { ProjectionStore } from '@careledger/projections';
import { parsePopulationCsv } from '@careledger/measures';
import { accessibilityViolations, launchChromium, type ReportInput } from '@careledger/report';
import { reportsRoutes } from '@careledger/returns';

// The demo writes the report; this reads it back in Chromium, as a committee member's browser would.
const root = join(import.meta.dirname, '..');

function runCli(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(root, 'services/cli/src/main.ts'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, CARELEDGER_LOG_LEVEL: 'warn' },
  });
}

interface ShownCell { measure: string; grain: string; period: string; source: string; value: string; text: string }
interface JsonFigure { id: string; grain: string; aggregate: string; value: number | string | null; reportingPeriod?: { label: string }; period: { label: string }; previous: { value: number | string | null } | null }

let dir: string;
let yearDir: string;
let browser: Browser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-report-'));
  runCli(['demo', '--out', dir, '--as-at', '2026-11-30', '--children', '150', '--seed', '11']);
  yearDir = join(dir, 'returns', '2026');
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function scorecardCells(html: string): Promise<ShownCell[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.$$eval('table.scorecard td[data-measure]', (cells) => cells.map((c) => ({
      measure: c.getAttribute('data-measure')!, grain: c.getAttribute('data-grain')!, period: c.getAttribute('data-period')!,
      source: c.getAttribute('data-source')!, value: c.getAttribute('data-value')!, text: (c.textContent ?? '').trim(),
    })));
  } finally {
    await page.close();
  }
}

async function countsShown(html: string): Promise<number[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.$$eval('[data-count]', (cells) => cells.map((c) => c.getAttribute('data-count')!).filter((v) => /^\d+$/.test(v)).map(Number));
  } finally {
    await page.close();
  }
}

const formatted = (value: number | string | null, text: string) => value === null ? text === '–' : text.replace(/[%,]| days/g, '') === String(value);

describe('the committee report the demo writes (Chromium)', () => {
  it('renders a page that is not blank, fetches nothing and needs no script', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(yearDir, 'report.html')).href;
    await page.goto(url);
    expect(requests).toEqual([url]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('Corporate parenting scorecard');
    expect(await page.locator('figure svg').count()).toBe(4);
    const shot = await page.screenshot({ type: 'jpeg', quality: 80, fullPage: false });
    await page.setContent('<!DOCTYPE html><html lang="en"><title>blank</title><body></body></html>');
    const blank = await page.screenshot({ type: 'jpeg', quality: 80, fullPage: false });
    // A white page compresses to almost nothing; the report's tables, text and charts do not.
    expect(shot.length).toBeGreaterThan(blank.length * 5);
    await page.close();
  });

  it('shows in the scorecard exactly the figures of measures.json and report.json for the same run', async () => {
    const html = readFileSync(join(yearDir, 'report.html'), 'utf8');
    const measures = JSON.parse(readFileSync(join(yearDir, 'measures.json'), 'utf8')) as { figures: JsonFigure[] };
    const report = JSON.parse(readFileSync(join(yearDir, 'report.json'), 'utf8')) as ReportInput;
    const cells = await scorecardCells(html);
    expect(cells.length).toBeGreaterThan(200);
    const pooled = measures.figures.filter((f) => f.aggregate !== 'meanOfMonths');
    for (const cell of cells) {
      const label = (f: JsonFigure) => (f.reportingPeriod ?? f.period).label;
      let expected: number | string | null;
      if (cell.source === 'lastYear') {
        // The demo's year has ended: its year figure was compared with the whole year before, the last year end.
        const year = pooled.find((f) => f.id === cell.measure && f.grain === 'year')!;
        expected = year.previous!.value;
        expect(report.lastYearEnd.find((f) => f.id === cell.measure)!.value).toEqual(expected);
      } else {
        const figure = pooled.find((f) => f.id === cell.measure && f.grain === cell.grain && label(f) === cell.period);
        expect(figure, `${cell.measure} ${cell.period}`).toBeDefined();
        expected = figure!.value;
        expect(report.figures.find((f) => f.id === cell.measure && f.grain === cell.grain && (f.reportingPeriod ?? f.period).label === cell.period && f.aggregate !== 'meanOfMonths')!.value).toEqual(expected);
      }
      expect(cell.value, `${cell.measure} ${cell.period} ${cell.source}`).toBe(expected === null ? '' : String(expected));
      expect(formatted(expected, cell.text), `${cell.measure} ${cell.period}: '${cell.text}' shows ${expected}`).toBe(true);
    }
    // RAG is carried by a letter as well as a colour, and the demo's targets rate some rows.
    const page = await browser.newPage();
    await page.setContent(html);
    const letters = await page.$$eval('td.rag .letter', (cells) => cells.map((c) => c.textContent));
    expect(letters.some((l) => l === 'G' || l === 'A' || l === 'R')).toBe(true);
    await page.close();
  });

  it('prints to an A4 PDF of a few pages with the scorecard and the definitions in it', async () => {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(yearDir, 'report.pdf'))), useSystemFonts: false }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(5);
    expect(pdf.numPages).toBeLessThanOrEqual(40);
    const first = await pdf.getPage(1);
    const [, , width, height] = first.view as [number, number, number, number];
    // A4 landscape: 842 x 595 points.
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    let text = '';
    for (let i = 1; i <= pdf.numPages; i += 1) text += `${(await (await pdf.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
    expect(text).toContain('Corporate parenting scorecard');
    expect(text).toContain('Definitions');
    expect(text).toContain('What changed since the last report');
    expect(text).toContain(`of ${pdf.numPages}`);
    await pdf.destroy();
  });

  it('passes axe-core with no serious or critical violations', async () => {
    const violations = await accessibilityViolations(readFileSync(join(yearDir, 'report.html'), 'utf8'), { browser });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('public mode shows no count between 1 and 5; internal mode does', async () => {
    const publicCounts = await countsShown(readFileSync(join(yearDir, 'report.html'), 'utf8'));
    expect(publicCounts.length).toBeGreaterThan(50);
    expect(publicCounts.filter((n) => n >= 1 && n <= 5)).toEqual([]);
    const internal = join(dir, 'internal.html');
    runCli(['report', '--data', join(dir, 'data'), '--la', '999', '--year', '2026', '--quarter', '3', '--mode', 'internal', '--out', internal, '--population', join(dir, 'input', 'population.csv')]);
    const html = readFileSync(internal, 'utf8');
    expect(html).toContain('2025-26 Q3');
    expect((await countsShown(html)).some((n) => n >= 1 && n <= 5)).toBe(true);
  });
});

describe('GET /reports/:la', () => {
  let server: RunningHttpServer;
  let store: ProjectionStore;
  let access: TestAccess;
  let headers: { authorization: string };
  beforeAll(async () => {
    store = await ProjectionStore.open({ path: join(yearDir, '..', '..', 'data', 'projections.duckdb'), readOnly: true });
    const population = parsePopulationCsv(readFileSync(join(dir, 'input', 'population.csv'), 'utf8'), 'population.csv');
    access = await openTestAccess();
    headers = await access.headers(['999'], ['read']);
    server = await startHttpServer(reportsRoutes({ withStore: (work) => work(store), population, refusedEvents: async () => ({ count: 0, byReason: [] }) }), { port: 0, guard: access.guard });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await access?.close();
    store?.close();
  });

  it('serves the report as HTML and as PDF, and refuses a period it cannot read', async () => {
    const html = await fetch(`${server.url}/reports/999?period=2025-26-Q4`, { headers });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('2025-26 Q4');
    const pdf = await fetch(`${server.url}/reports/999?period=2026-02&format=pdf`, { headers });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await fetch(`${server.url}/reports/999?period=2025-Q9`, { headers });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('period');
  });
});
