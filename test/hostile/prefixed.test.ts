/**
 * The prefixed-SpreadsheetML rewrite (`src/cli/io/prefixed.ts`: a workbook the Open XML SDK wrote,
 * `<x:worksheet xmlns:x="…/main">`, is rewritten without the prefix and read) as a hostile user
 * would meet it: the installed command on prefixed packages that are bombs, hold a huge part,
 * repeat an entry, hold a part that is not XML, a part that makes a backtracking pattern crawl, or a
 * workbook that asks to be rewritten again and again. Each ends within the inflate budget, in
 * seconds, with exit 0/1 or exit 2 and one line — never a heap dump or a stack trace.
 */
import { spawnSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { AS_OF, removeDir, ROOT, sha256, STACK_TRACE, tempDir } from '../cli/cliHarness';
import { ensureBuiltCli } from './builtCli';

interface ZipInput {
  name: string;
  data: Buffer;
  store?: boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeZip } = require('../../scripts/hostile/lib/zip.js') as {
  writeZip: (entries: ZipInput[]) => Buffer;
};

const BIN = path.join(ROOT, 'bin', 'improvement-plan.js');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';

const ROWS = [
  ['ID', 'Type', 'Description', 'Owner', 'Status', 'Due date'],
  ['NC-1', 'Minor NC', 'Access reviews not done', 'Ana', 'Open', '2026-12-31'],
  ['OFI-2', 'OFI', 'Backup restore test', 'Ben', 'Closed', '2026-10-01'],
];
const rowsXml = ROWS.map(
  (r, i) =>
    `<x:row r="${i + 1}">` +
    r
      .map(
        (v, c) =>
          `<x:c r="${String.fromCharCode(65 + c)}${i + 1}" t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`,
      )
      .join('') +
    '</x:row>',
).join('');

const workbookXml = (before = '') =>
  `<?xml version="1.0"?>${before}<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets>` +
  '<x:sheet name="Register" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>';
const sheetXml = (after = '') =>
  `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rowsXml}</x:sheetData>${after}</x:worksheet>`;

/** A package as the Open XML SDK writes it: SpreadsheetML's elements under `x:`. */
function prefixedPackage(o: { workbook?: string; sheet?: string | Buffer; extra?: ZipInput[] }): Buffer {
  const types =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${SML}sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SML}worksheet+xml"/></Types>`;
  const rels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbookRels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(o.workbook ?? workbookXml()) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(o.sheet ?? sheetXml()) },
    ...(o.extra ?? []),
  ]);
}

/** Random stored bytes: they raise the inflate limit (50 × the file) so a large part is let through. */
const ballast = (bytes: number): ZipInput => ({
  name: 'xl/media/image1.bin',
  data: crypto.randomBytes(bytes),
  store: true,
});

interface Case {
  file: () => Buffer;
  heapMb: number;
  exit: number[];
  message?: RegExp;
  /** Commands run (both by default; the huge part is read the same way by each). */
  commands?: string[];
}

const CASES: Record<string, Case> = {
  // What the SDK writes: read as any workbook.
  'plain-sdk.xlsx': { file: () => prefixedPackage({}), heapMb: 384, exit: [0, 1] },
  // 120 MB of markup from a 120 KB file: refused by the inflate limit before the rewrite is tried.
  'bomb-120mb.xlsx': {
    file: () => prefixedPackage({ sheet: sheetXml(' '.repeat(120e6)) }),
    heapMb: 384,
    exit: [2],
    message: /inflate to more than 100 MB .*zip bomb.*IMPROVEMENT_PLAN_MAX_INFLATED_MB/,
  },
  // One part of 100 MB within the limit: the rewrite held it as a string and a copy (2 × 100 MB)
  // and died of heap exhaustion in a 200 MB heap (exit 134). Now it is rewritten chunk by chunk;
  // past a quarter of this heap the part goes to the streaming reader, which cannot follow a
  // comment of 100 MB and refuses the part by name — one line, no heap dump.
  'huge-part-100mb.xlsx': {
    file: () =>
      prefixedPackage({ sheet: sheetXml(`<!-- ${'a'.repeat(100e6)} -->`), extra: [ballast(2.5e6)] }),
    heapMb: 200,
    exit: [0, 1, 2],
    message: /^(?![\s\S]*is refused)|its part "xl\/worksheets\/sheet1.xml" inflates to more than \d+ MB/,
    commands: ['validate'],
  },
  'duplicate-sheet-entry.xlsx': {
    file: () =>
      prefixedPackage({
        extra: [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml().replace('Ana', 'Eve')) }],
      }),
    heapMb: 384,
    exit: [2],
    message: /holds two entries named "xl\/worksheets\/sheet1.xml"/,
  },
  'sheet-not-xml.xlsx': {
    // Bytes that are no XML, the same on every run (random bytes now and then read as an empty
    // sheet, which made the test flaky).
    file: () => prefixedPackage({ sheet: fixedNoise(100_000) }),
    heapMb: 384,
    exit: [2],
    message: /could not be opened as a workbook: it is damaged or incomplete/,
  },
  // A part of 300,000 '<' and no '>': the root element was looked for with a pattern that
  // backtracks (quadratic: 200,000 took 56 s).
  'unclosed-tags.xlsx': {
    file: () =>
      prefixedPackage({ extra: [{ name: 'xl/extra.xml', data: Buffer.from('<'.repeat(300_000)) }] }),
    heapMb: 384,
    exit: [0, 1],
  },
  // The prefix declared again in 5,000 comments before a workbook of no sheets: the rewrite took the
  // first declaration in the text, one comment per round, and read the package again each round.
  'rewrite-again.xlsx': {
    file: () =>
      prefixedPackage({
        workbook:
          `<?xml version="1.0"?>${`<!-- xmlns:x="${MAIN}" -->`.repeat(5_000)}` +
          `<x:workbook xmlns:x="${MAIN}"><x:sheets/></x:workbook>`,
      }),
    heapMb: 384,
    exit: [2],
    message: /holds no worksheets/,
  },
};

let dir: string;
beforeAll(async () => {
  ensureBuiltCli();
  dir = await tempDir();
}, 300_000);
afterAll(() => removeDir(dir));

test.each(Object.keys(CASES))(
  '%s: validate (and review --out) end in seconds, exit 0/1 or 2 with one line, nothing written when refused',
  async (name) => {
    const c = CASES[name];
    const file = path.join(dir, name);
    fs.writeFileSync(file, c.file());
    const before = await sha256(file);
    for (const command of c.commands ?? ['validate', 'review']) {
      const target = path.join(dir, `${name}.${command}.out.xlsx`);
      const started = Date.now();
      const run = spawnSync(
        process.execPath,
        [
          `--max-old-space-size=${c.heapMb}`,
          BIN,
          command,
          file,
          '--as-of',
          AS_OF,
          ...(command === 'review' ? ['--out', target] : []),
        ],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, IMPROVEMENT_PLAN_DEBUG: '' }, timeout: 60_000 },
      );
      const seconds = (Date.now() - started) / 1000;
      expect(run.signal).toBeNull();
      expect(run.stderr).not.toMatch(/heap out of memory|FATAL ERROR|Allocation failed/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(c.exit).toContain(run.status);
      if (run.status === 2) {
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(fs.existsSync(target)).toBe(false);
      }
      if (c.message) expect(run.stderr).toMatch(c.message);
      if (command === 'validate' && run.status !== 2)
        expect(run.stdout).toContain('2 action rows below the header');
      expect(seconds).toBeLessThan(20);
    }
    expect(await sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  },
  120_000,
);

/** `size` bytes of noise from a fixed seed: SHA-256 of a counter, chained. */
function fixedNoise(size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let i = 0, at = 0; at < size; i++) {
    const block = crypto.createHash('sha256').update(`noise ${i}`).digest();
    at += block.copy(out, at);
  }
  return out;
}
