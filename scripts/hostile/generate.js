#!/usr/bin/env node
// @ts-check
/**
 * Writes the hostile corpus: files built to break the command line (and the core behind it).
 * Everything is generated, nothing is committed: `.hostile/` is git-ignored.
 *
 *   node scripts/hostile/generate.js [folder] [--as-of yyyy-mm-dd]
 *
 * The tests call {@link ensureCorpus} and {@link ensureBigFile}, which regenerate only when a file
 * is missing or was written by a different version of these scripts (stamp files record a hash).
 * The corpus.json written beside the files lists each case and what it holds.
 */
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { XLSX_LAYOUT_CASES } = require('./lib/xlsxLayoutCases');
const { XLSX_CONTENT_CASES } = require('./lib/xlsxContentCases');
const { CSV_CASES } = require('./lib/csvCases');
const { BINARY_CASES } = require('./lib/binaryCases');
const { BOUNDED_CASES } = require('./lib/boundedCases');
const { bigRegisterBytes } = require('./lib/bigCase');

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_DIR = path.join(ROOT, '.hostile');
/** The as-of date of the tests (test/cli/cliHarness.ts AS_OF): rows are dated relative to it. */
const DEFAULT_AS_OF = '2026-11-26';
const STAMP = 'corpus.stamp';
const BIG_NAME = 'rows-100000.xlsx';
const BIG_STAMP = 'rows-100000.stamp';

/** @typedef {{ name: string, what: string, bytes: number }} CorpusFile */

/** Every case but the 100,000-row one, in the order the report lists them. */
const CASES = [...XLSX_LAYOUT_CASES, ...XLSX_CONTENT_CASES, ...CSV_CASES, ...BINARY_CASES, ...BOUNDED_CASES];
const BIG_CASE = { name: BIG_NAME, what: '100,000 actions (streamed writer)', build: bigRegisterBytes };

function localIso(/** @type {Date} */ d) {
  const p = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Hash of the generator's own sources and the as-of date: a different hash means regenerate. */
function stampFor(/** @type {string} */ asOf) {
  const hash = crypto.createHash('sha256').update(asOf);
  const lib = path.join(__dirname, 'lib');
  const files = [path.join(__dirname, 'generate.js'), ...fs.readdirSync(lib).map((f) => path.join(lib, f))];
  for (const f of files.sort()) hash.update(path.basename(f)).update(fs.readFileSync(f));
  return hash.digest('hex');
}

const stampMatches = (/** @type {string} */ file, /** @type {string} */ stamp) => {
  try {
    return fs.readFileSync(file, 'utf8') === stamp;
  } catch {
    return false;
  }
};

/**
 * Writes the cases into `dir` (created if needed); the 100,000-row file only with `big`.
 * @param {string} [dir]
 * @param {{ asOf?: string, today?: string, big?: boolean }} [options]
 * @returns {Promise<CorpusFile[]>}
 */
async function generateCorpus(dir = DEFAULT_DIR, options = {}) {
  const ctx = { asOf: options.asOf ?? DEFAULT_AS_OF, today: options.today ?? localIso(new Date()) };
  fs.mkdirSync(dir, { recursive: true });
  /** @type {CorpusFile[]} */
  const written = [];
  for (const c of options.big ? [...CASES, BIG_CASE] : CASES) {
    const bytes = await c.build(ctx);
    fs.writeFileSync(path.join(dir, c.name), bytes);
    written.push({ name: c.name, what: c.what, bytes: bytes.length });
  }
  fs.writeFileSync(
    path.join(dir, 'corpus.json'),
    JSON.stringify({ asOf: ctx.asOf, files: written }, null, 2),
  );
  const stamp = stampFor(ctx.asOf);
  fs.writeFileSync(path.join(dir, STAMP), stamp);
  if (options.big) fs.writeFileSync(path.join(dir, BIG_STAMP), stamp);
  return written;
}

/**
 * The corpus folder (without the 100,000-row file), generated first when missing or stale. Safe
 * when several test processes ask at once: each generates into its own folder inside `dir` (so an
 * interrupted run leaves nothing outside the git-ignored folder), then moves the files into place
 * one atomic rename at a time, the stamp last.
 * @param {string} [dir]
 * @param {{ asOf?: string }} [options]
 * @returns {Promise<string>}
 */
async function ensureCorpus(dir = DEFAULT_DIR, options = {}) {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const stamp = stampFor(asOf);
  const current = () => stampMatches(path.join(dir, STAMP), stamp);
  if (current()) return dir;
  fs.mkdirSync(dir, { recursive: true });
  const temp = fs.mkdtempSync(path.join(dir, '.incoming-'));
  try {
    await generateCorpus(temp, { asOf });
    if (!current()) {
      for (const name of fs.readdirSync(temp)) {
        if (name !== STAMP) fs.renameSync(path.join(temp, name), path.join(dir, name));
      }
      fs.renameSync(path.join(temp, STAMP), path.join(dir, STAMP));
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return dir;
}

/**
 * The path of the 100,000-row register, generated (in about 10 s) when missing or stale.
 * @param {string} [dir]
 * @param {{ asOf?: string }} [options]
 * @returns {Promise<string>}
 */
async function ensureBigFile(dir = DEFAULT_DIR, options = {}) {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const stamp = stampFor(asOf);
  const file = path.join(dir, BIG_NAME);
  if (fs.existsSync(file) && stampMatches(path.join(dir, BIG_STAMP), stamp)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, await bigRegisterBytes({ asOf }));
  fs.renameSync(temp, file);
  fs.writeFileSync(path.join(dir, BIG_STAMP), stamp);
  return file;
}

async function cli() {
  const args = process.argv.slice(2);
  const asOfAt = args.indexOf('--as-of');
  const asOf = asOfAt >= 0 ? args.splice(asOfAt, 2)[1] : DEFAULT_AS_OF;
  const dir = path.resolve(args[0] ?? DEFAULT_DIR);
  const started = Date.now();
  const files = await generateCorpus(dir, { asOf, big: true });
  for (const f of files) console.log(`${f.name.padEnd(36)} ${String(f.bytes).padStart(9)}  ${f.what}`);
  console.log(
    `\n${files.length} files in ${dir} (as of ${asOf}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

module.exports = {
  generateCorpus,
  ensureCorpus,
  ensureBigFile,
  CASES: [...CASES, BIG_CASE],
  DEFAULT_DIR,
  DEFAULT_AS_OF,
  BIG_NAME,
};

if (require.main === module) {
  cli().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
