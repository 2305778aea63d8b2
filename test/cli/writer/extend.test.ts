/**
 * `review --out` extends the user's package and loses nothing: on every corpus workbook and on a
 * workbook LibreOffice made with a chart, a pivot table, a comment, an image and data validation,
 * every zip part of the input is in the copy with the same stored bytes, except the four parts
 * that name the new sheet (which keep every element they had). LibreOffice opens each copy, shows
 * the user's sheets as it showed them in the input, and shows the summary sheet's texts.
 */
import fs from 'fs';
import path from 'path';
import { AS_OF, CORPUS, json, removeDir, runCli, sha256, tempDir } from '../cliHarness';
import { parseCsv } from '../../hostile/libreoffice';
import { libreOfficeWorkbook } from './libreofficeWorkbook';
import { CSV_ALL_SHEETS, findSoffice, MemorySink, parts, soffice } from './packageHelpers';
import { ZipWriter } from '../../../src/cli/writer/zipWriter';

const SUMMARY = 'Management Review 2026-11-26';
/** The only parts of the input a copy may change. */
const REWRITTEN = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
/** Parts a copy may add: the summary sheet, its relationships, its drawing and charts. */
const ADDED =
  /^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|drawings\/drawing\d+\.xml|drawings\/_rels\/drawing\d+\.xml\.rels|charts\/chart\d+\.xml)$/;

const corpus = fs.existsSync(CORPUS)
  ? [
      'nc-register-template-cc-by.xlsx',
      'findings-remediation-workbook.xlsx',
      'spanish-52-sheets-with-macros.xlsm',
    ]
      .map((f) => path.join(CORPUS, f))
      .filter((f) => fs.existsSync(f))
  : [];
const describeIfSoffice = findSoffice() || process.env.CI ? describe : describe.skip;

/** Start tags of a part (count attributes aside: they grow with what is added). */
function tags(xml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of xml.matchAll(/<[^/?!][^>]*?\/?>/g)) {
    const tag = m[0].replace(/\s+count="\d+"/, '').replace(/\s*\/?>$/, '');
    out.set(tag, (out.get(tag) ?? 0) + 1);
  }
  return out;
}

function compare(input: Buffer, output: Buffer): { added: string[] } {
  const before = parts(input);
  const after = parts(output);
  for (const [name, part] of before) {
    const copy = after.get(name);
    expect({ name, present: copy !== undefined }).toEqual({ name, present: true });
    if (REWRITTEN.includes(name)) {
      // Rewritten parts keep every element they had, attribute for attribute.
      const had = tags(part.data.toString('utf8'));
      const has = tags(copy!.data.toString('utf8'));
      const lost = [...had].filter(([tag, n]) => (has.get(tag) ?? 0) < n).map(([tag]) => tag);
      expect({ name, lost }).toEqual({ name, lost: [] });
    } else {
      // Every other part: the same stored bytes, method and checksum.
      expect({
        name,
        same: copy!.raw.equals(part.raw) && copy!.method === part.method && copy!.crc32 === part.crc32,
      }).toEqual({
        name,
        same: true,
      });
    }
  }
  const added = [...after.keys()].filter((n) => !before.has(n));
  for (const name of added) expect({ name, allowed: ADDED.test(name) }).toEqual({ name, allowed: true });
  return { added };
}

describeIfSoffice('review --out keeps every part of the workbook', () => {
  let dir: string;
  let inputs: string[];
  const copies = new Map<string, string>();
  const hashes = new Map<string, string>();

  beforeAll(async () => {
    dir = await tempDir();
    inputs = [libreOfficeWorkbook(dir), ...corpus];
    for (const input of inputs) {
      hashes.set(input, await sha256(input));
      const out = path.join(dir, `copy-${path.basename(input)}`);
      const run = await runCli(['review', input, '--as-of', AS_OF, '--out', out, '--json']);
      if (run.code !== 0) throw new Error(`review --out ${input} exited ${run.code}: ${run.stderr}`);
      expect(json<{ output: { sheet: string } }>(run).output.sheet).toBe(SUMMARY);
      copies.set(input, out);
    }
  }, 120_000);

  afterAll(async () => {
    for (const input of inputs ?? []) expect(await sha256(input)).toBe(hashes.get(input));
    if (dir) await removeDir(dir);
  });

  it('the LibreOffice workbook holds a chart, a pivot table, a comment, an image and data validation', () => {
    const names = [...parts(fs.readFileSync(inputs[0])).keys()];
    for (const want of [
      /^xl\/charts\/chart\d+\.xml$/,
      /^xl\/pivotTables\//,
      /^xl\/pivotCache\//,
      /^xl\/comments/,
      /\.vml$/,
      /^xl\/media\//,
    ]) {
      expect(names.some((n) => want.test(n))).toBe(true);
    }
    expect(parts(fs.readFileSync(inputs[0])).get('xl/worksheets/sheet1.xml')!.data.toString()).toContain(
      '<dataValidation ',
    );
  });

  it('copies every part byte for byte but the four that name the new sheet', () => {
    for (const input of inputs) {
      const { added } = compare(fs.readFileSync(input), fs.readFileSync(copies.get(input)!));
      expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(1);
    }
  });

  it('keeps the macros of an .xlsm: the same vbaProject.bin, the macro-enabled content type', () => {
    const xlsm = inputs.find((f) => f.endsWith('.xlsm'));
    if (!xlsm) return;
    const copy = copies.get(xlsm)!;
    expect(copy.endsWith('.xlsm')).toBe(true);
    const [a, b] = [parts(fs.readFileSync(xlsm)), parts(fs.readFileSync(copy))];
    expect(b.get('xl/vbaProject.bin')!.raw.equals(a.get('xl/vbaProject.bin')!.raw)).toBe(true);
    expect(b.get('[Content_Types].xml')!.data.toString()).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
  });

  it('LibreOffice opens every copy: the user sheets read as before, the summary sheet with its texts', () => {
    const csvDir = path.join(dir, 'csv');
    fs.mkdirSync(csvDir);
    const files = [
      ...inputs.map((f) => {
        const named = path.join(dir, `in-${path.basename(f)}`);
        fs.copyFileSync(f, named);
        return named;
      }),
      ...copies.values(),
    ];
    const log = soffice(['--convert-to', CSV_ALL_SHEETS, '--outdir', csvDir, ...files]);
    const csvs = fs.readdirSync(csvDir);
    for (const input of inputs) {
      const inBase = `in-${path.basename(input, path.extname(input))}-`;
      const outBase = `copy-${path.basename(input, path.extname(input))}-`;
      const inSheets = csvs.filter((f) => f.startsWith(inBase));
      expect(inSheets.length).toBeGreaterThan(0);
      for (const sheet of inSheets) {
        const same = sheet.replace(inBase, outBase);
        expect({
          sheet,
          text: fs.existsSync(path.join(csvDir, same)) && fs.readFileSync(path.join(csvDir, same), 'utf8'),
        }).toEqual({
          sheet,
          text: fs.readFileSync(path.join(csvDir, sheet), 'utf8'),
        });
      }
      const summary = path.join(csvDir, `${outBase}${SUMMARY}.csv`);
      if (!fs.existsSync(summary))
        throw new Error(`LibreOffice shows no summary sheet for ${input}:\n${log}`);
      const fields = new Set(parseCsv(fs.readFileSync(summary, 'utf8')).flat());
      const sheetXml = [...parts(fs.readFileSync(copies.get(input)!))]
        .find(
          ([name, p]) =>
            /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && !parts(fs.readFileSync(input)).has(name) && p,
        )![1]
        .data.toString('utf8');
      const texts = [...sheetXml.matchAll(/<t(?: xml:space="preserve")?>([^<]*)<\/t>/g)]
        .map((m) =>
          m[1]
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'"),
        )
        .slice(0, 60);
      expect(texts.length).toBeGreaterThan(20);
      for (const t of texts) expect({ t, shown: fields.has(t) }).toEqual({ t, shown: true });
    }
  }, 200_000);
});

describe('review --out refuses what it cannot extend safely, and writes nothing', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => removeDir(dir));

  /** The sample register with one part changed, zipped again by the writer. */
  async function sampleWith(name: string, change: (xml: string) => string): Promise<string> {
    const sample = fs.readFileSync(path.join(__dirname, '../../../examples/sample-register.xlsx'));
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    for (const [part, p] of parts(sample)) {
      await zip.addFile(part, part === name ? change(p.data.toString('utf8')) : p.data);
    }
    await zip.finish();
    const file = path.join(dir, 'register.xlsx');
    fs.writeFileSync(file, sink.bytes());
    return file;
  }

  it.each([
    [
      'a workbook whose structure is protected',
      (xml: string) => xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
      /structure is protected/,
    ],
    [
      'a workbook part that lists no sheets',
      (xml: string) => xml.replace(/<sheets>.*<\/sheets>/s, '<sheetz/>'),
      /cannot be extended safely|could not be opened|holds no worksheets/,
    ],
  ])('%s', async (_label, change, message) => {
    const input = await sampleWith('xl/workbook.xml', change);
    const out = path.join(dir, 'copy.xlsx');
    const run = await runCli(['review', input, '--as-of', AS_OF, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(fs.readdirSync(dir)).toEqual(['register.xlsx']);
  });

  it('strict Open XML', async () => {
    const input = await sampleWith('xl/workbook.xml', (xml) =>
      xml.replace(
        'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
        'http://purl.oclc.org/ooxml/spreadsheetml/main',
      ),
    );
    const run = await runCli(['review', input, '--as-of', AS_OF, '--out', path.join(dir, 'copy.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/Internal error/);
    expect(fs.readdirSync(dir)).toEqual(['register.xlsx']);
  });
});
