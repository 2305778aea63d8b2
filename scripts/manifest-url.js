// Rewrites manifest.xml from the dev server origin to the production origin. Shared by
// webpack.config.js (which writes dist/manifest.xml) and test/manifest, so the test checks the very
// function the build uses.
'use strict';

const { URL } = require('node:url');

/** The origin every URL in the source manifest.xml uses (webpack dev server, see webpack.config.js). */
const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * The placeholder under the reserved `.example` name that `productionBaseUrl` falls back to. A
 * release build (`npm run build`, see `releaseBaseUrl`) refuses it: set ADDIN_PRODUCTION_URL to
 * where dist/ is really hosted.
 */
const DEFAULT_PRODUCTION_URL = 'https://improvement-plan.example.org/';

/**
 * The production build's address in the browser tests, the bench and the playground (`npm run
 * build:test`): under `.invalid`, a name that never resolves, so such a manifest can go nowhere.
 */
const TEST_BASE_URL = 'https://addin.test.invalid/';

/**
 * Checks a hosting URL and returns it with exactly one trailing slash.
 * Office loads add-in pages only over https; a query or fragment would break the URLs built from it.
 *
 * @param {string} raw e.g. `https://addins.contoso.com/improvement-plan`
 * @returns {string} e.g. `https://addins.contoso.com/improvement-plan/`
 * @throws {Error} when the URL is not an absolute https URL usable as a base
 */
function normaliseBaseUrl(raw) {
  const text = String(raw ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `Add-in URL "${text}" is not an absolute URL (expected e.g. https://addins.contoso.com/)`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(`Add-in URL "${text}" must use https: Office refuses http pages`);
  if (url.search || url.hash) throw new Error(`Add-in URL "${text}" must not have a query or fragment`);
  if (url.username || url.password) throw new Error(`Add-in URL "${text}" must not carry credentials`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The production base URL: ADDIN_PRODUCTION_URL from the given environment, else the placeholder.
 *
 * @param {Record<string, string | undefined>} env usually `process.env`
 * @returns {{ url: string, isDefault: boolean }}
 */
function productionBaseUrl(env) {
  const configured = (env.ADDIN_PRODUCTION_URL ?? '').trim();
  return configured
    ? { url: normaliseBaseUrl(configured), isDefault: false }
    : { url: DEFAULT_PRODUCTION_URL, isDefault: true };
}

/**
 * The base URL a release build may ship, or why it may not: ADDIN_PRODUCTION_URL must be set, be a
 * valid https URL, and not still be the placeholder (store and admin-centre validation reject a
 * manifest that points at a host nobody serves).
 *
 * @param {Record<string, string | undefined>} env usually `process.env`
 * @returns {{ ok: true, url: string } | { ok: false, message: string }} `message` is one line
 * @example
 *   releaseBaseUrl({ ADDIN_PRODUCTION_URL: 'https://addins.contoso.com/ip' }) // { ok: true, url: 'https://addins.contoso.com/ip/' }
 *   releaseBaseUrl({}).ok // false
 */
function releaseBaseUrl(env) {
  const how =
    'set it to the https address that serves dist/ (ADDIN_PRODUCTION_URL=https://addins.contoso.com/improvement-plan/ npm run build), or run npm run build:dev for https://localhost:3000/';
  const configured = (env.ADDIN_PRODUCTION_URL ?? '').trim();
  if (!configured)
    return { ok: false, message: `Release build refused: ADDIN_PRODUCTION_URL is not set; ${how}.` };
  let url;
  try {
    url = normaliseBaseUrl(configured);
  } catch (error) {
    return {
      ok: false,
      message: `Release build refused: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
  if (new URL(url).hostname === new URL(DEFAULT_PRODUCTION_URL).hostname)
    return {
      ok: false,
      message: `Release build refused: ADDIN_PRODUCTION_URL is still the placeholder ${DEFAULT_PRODUCTION_URL}; ${how}.`,
    };
  if (/^https:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/i.test(url))
    return {
      ok: false,
      message: `Release build refused: ADDIN_PRODUCTION_URL ${url} points at this machine; ${how}.`,
    };
  return { ok: true, url };
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Replaces every `https://localhost:3000/` in the manifest with the production base URL.
 *
 * @param {string} manifestXml the source manifest.xml
 * @param {string} productionUrl where dist/ is hosted
 * @returns {string} the manifest to ship
 * @throws {Error} when the production URL is invalid or a localhost reference would remain
 * @example
 *   toProductionManifest(xml, 'https://addins.contoso.com/ip')
 *   // <SourceLocation DefaultValue="https://addins.contoso.com/ip/taskpane.html"/>
 */
function toProductionManifest(manifestXml, productionUrl) {
  const base = normaliseBaseUrl(productionUrl);
  if (/^https:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/i.test(base)) {
    throw new Error(`Production add-in URL "${base}" points at this machine`);
  }
  const rewritten = manifestXml.split(DEV_BASE_URL).join(escapeXmlAttribute(base));
  const leftover = rewritten.match(/.{0,40}localhost.{0,40}/i);
  if (leftover) {
    // e.g. "https://localhost:3000" without the trailing slash, or another port: fail the build
    // rather than ship a manifest that only works on the developer's machine.
    throw new Error(`manifest.xml still mentions localhost after the URL rewrite: ${leftover[0].trim()}`);
  }
  return rewritten;
}

module.exports = {
  DEV_BASE_URL,
  DEFAULT_PRODUCTION_URL,
  TEST_BASE_URL,
  normaliseBaseUrl,
  productionBaseUrl,
  releaseBaseUrl,
  toProductionManifest,
};
