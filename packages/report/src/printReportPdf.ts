import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';

/** A headless Chromium with a page already open, ready to print report HTML to PDF. */
export interface ReportPrinter {
  print(html: string, options?: { readonly footer?: string }): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Opens a printer: Chromium launched and a page opened now, so both cost nothing once the report's figures are
 * computed (the browser context alone takes about half a second). Pass a browser to share one launch.
 */
export async function openReportPrinter(options: { readonly browser?: Browser } = {}): Promise<ReportPrinter> {
  const browser = options.browser ?? (await launchChromium());
  let page: Page;
  try {
    page = await browser.newPage();
  } catch (error) {
    if (!options.browser) await browser.close();
    throw error;
  }
  return {
    async print(html, printOptions = {}) {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf({
        preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;font-family:Arial,sans-serif">${escapeHtml(printOptions.footer ?? '')} page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      });
    },
    async close() {
      await page.close();
      if (!options.browser) await browser.close();
    },
  };
}

/**
 * The report HTML printed to PDF by headless Chromium: A4 landscape (the page's own @page rule), page numbers in
 * the footer.
 */
export async function printReportPdf(html: string, options: { readonly browser?: Browser; readonly footer?: string } = {}): Promise<Buffer> {
  const printer = await openReportPrinter(options.browser ? { browser: options.browser } : {});
  try {
    return await printer.print(html, options.footer === undefined ? {} : { footer: options.footer });
  } finally {
    await printer.close();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
