import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

/**
 * The report HTML printed to PDF by headless Chromium: A4 landscape (the page's own @page rule), page numbers in
 * the footer. A browser may be passed in to print several reports with one launch.
 */
export async function printReportPdf(html: string, options: { readonly browser?: Browser; readonly footer?: string } = {}): Promise<Buffer> {
  const browser = options.browser ?? (await launchChromium());
  try {
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;font-family:Arial,sans-serif">${escapeHtml(options.footer ?? '')} page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      });
    } finally {
      await page.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
