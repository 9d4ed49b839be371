import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { NotFoundError } from '@careledger/runtime';

/** Debian's Chromium unless CARELEDGER_CHROMIUM names another. */
export function chromiumPath(): string {
  return process.env.CARELEDGER_CHROMIUM ?? '/usr/bin/chromium';
}

/**
 * Headless Chromium as this machine allows it: no sandbox (root in a container), no GPU, and no background
 * networking, whose connections the closed network refuses.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new NotFoundError('report.no_chromium', `Chromium was not found at ${executablePath}: install Debian's chromium package (apt-get install chromium) or set CARELEDGER_CHROMIUM`, { executablePath });
  }
  return chromium.launch({
    executablePath, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
