/**
 * Debian's Chromium for the browser tests. In CI (`process.env.CI`) a missing browser fails the
 * suite with a clear message; locally the browser tests are skipped with a note.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const MISSING =
  `Chromium is not installed at ${CHROMIUM}. .ci/run installs Debian's chromium package ` +
  '(apt-get install chromium); never `npx playwright install`.';

/** Whether the browser tests can run here; throws in CI when they cannot. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${MISSING} CI requires the browser tests to run.`);
  console.warn(`[e2e] skipping the browser tests: ${MISSING}`);
  return false;
}

/** `describe` when Chromium is there, `describe.skip` locally without it (never in CI). */
export const describeInBrowser: jest.Describe = browserAvailable() ? describe : describe.skip;

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Headless Chromium. Playwright starts it with a fresh temporary user-data-dir of its own (and
 * refuses a `--user-data-dir` argument), deleted on close: no profile state leaks between runs.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    timeout: 60_000,
  });
  return { browser, close: () => browser.close() };
}
