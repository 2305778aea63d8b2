/**
 * Microsoft's own office.js (`@microsoft/office-js`, pinned in package.json: the npm package is no
 * longer updated, which makes it a fixed reference) served in place of the CDN. The pages keep
 * their production `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js">`
 * and CSP; the browser's requests to that CDN path are answered from
 * node_modules/@microsoft/office-js/dist, where office.js also finds the files it loads itself
 * (its strings per language, the host-specific scripts). Nothing goes to the network.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_DIST = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');

/**
 * office.js's own diagnostics proxy page, which it frames outside Office (and in Excel 2016 for
 * Windows) three seconds after loading; the pages' CSP allows that frame (frame-src).
 */
export const OFFICE_TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com/';

export interface ServedOfficeJs {
  /** Files served from the package, relative to dist/ ("office.js", "en-us/office_strings.js"). */
  served: string[];
  /** CDN paths the package does not hold (answered 404). */
  missing: string[];
  /** Resolves when office.js has framed its telemetry proxy (answered offline with an empty page). */
  telemetryFramed: Promise<string>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Answers the CDN's office.js requests in `context` from the pinned package. */
export async function serveRealOfficeJs(context: BrowserContext): Promise<ServedOfficeJs> {
  let framed: (url: string) => void = () => undefined;
  const record: ServedOfficeJs = {
    served: [],
    missing: [],
    telemetryFramed: new Promise<string>((resolve) => (framed = resolve)),
  };
  // Nothing goes to Microsoft from a test: the proxy page is answered here, empty.
  await context.route(`${OFFICE_TELEMETRY_FRAME}**`, (route) => {
    framed(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title></title>',
    });
  });
  await context.route(`${OFFICE_JS_CDN}**`, async (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).replace(
      /^\/lib\/1\/hosted\//,
      '',
    );
    const file = path.normalize(path.join(OFFICE_JS_DIST, rel));
    const body = file.startsWith(OFFICE_JS_DIST + path.sep)
      ? await fs.readFile(file).catch(() => undefined)
      : undefined;
    if (!body) {
      record.missing.push(rel);
      return route.fulfill({ status: 404, body: '' });
    }
    record.served.push(rel);
    return route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      body,
    });
  });
  return record;
}
