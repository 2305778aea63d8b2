/**
 * The packages `review --out` extends: the user's own workbook (its zip entries, copied raw), or —
 * for a CSV or TSV register — a new one-sheet workbook whose register sheet is written as a stream
 * of rows while the copy is written (never a whole workbook model in memory).
 */
import { uniqueSheetName } from '../../core/review/sheetPlan';
import type { CellValue } from '../../core/grid';
import { inflateEntry, isZipProblem, openZip, rawEntryData } from '../io/zip';
import type { SheetData } from '../io/types';
import { collectAfterPhase } from '../collect';
import { CannotExtend, type PackageSource } from './extendPackage';
import { MAX_COLUMNS, MAX_ROWS, numberCell, Shortened, textCell } from './renderPlan';
import { NEW_STYLES, type StyleBook } from './styles';
import { addSheetToWorkbook, NEW_WORKBOOK, readWorkbookXml } from './workbookXml';
import {
  columnLetters,
  CT_RELS,
  CT_STYLES,
  CT_WORKBOOK,
  CT_WORKSHEET,
  NS_MAIN,
  NS_PKG_REL,
  NS_REL,
  REL_OFFICE_DOCUMENT,
  REL_STYLES,
  REL_WORKSHEET,
  XML_HEADER,
} from './xml';

/** Inflated size allowed for the parts we read (they are small): 50× the file, at most 1 GiB. */
function budgetFor(bytes: number): { remaining: number } {
  return { remaining: Math.min(2 ** 30, Math.max(64 * 2 ** 20, 50 * bytes)) };
}

/** The user's workbook: entries copied as they are stored. */
export function zipSource(buf: Buffer): PackageSource {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) throw new CannotExtend(pkg.message);
  const budget = budgetFor(buf.length);
  return {
    names: pkg.entries.map((e) => e.name),
    text(name) {
      const entry = pkg.byName.get(name);
      if (!entry) return undefined;
      const out = inflateEntry(buf, entry, budget);
      if (isZipProblem(out)) return new Error(out.message);
      if ((out[0] === 0xff && out[1] === 0xfe) || (out[0] === 0xfe && out[1] === 0xff)) {
        return new Error('it is written in UTF-16, which this tool does not rewrite');
      }
      const text = out.toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    async copy(name, zip) {
      const e = pkg.byName.get(name)!;
      await zip.addRaw({
        name,
        method: e.method,
        crc32: e.crc32,
        compressedSize: e.compressedSize,
        uncompressedSize: e.uncompressedSize,
        data: rawEntryData(buf, e),
      });
    },
  };
}

/**
 * Characters of row XML per chunk: under V8's large-object size (128 KB, two-byte text included),
 * so a chunk is young garbage the scavenger frees at once — larger chunks go to the large-object
 * space, which only a full collection frees: a million rows' copy grew the heap by ~700 MB.
 */
const CHUNK_CHARS = 16_384;

/** The worksheet XML of a register read from CSV, as chunks of rows. */
function* registerSheetXml(
  values: CellValue[][],
  rows: number,
  cols: number,
  headerRow: number,
  style: { text: number; number: number; header: number },
  shortened: Shortened,
): Generator<string> {
  const letters = Array.from({ length: cols }, (_, i) => columnLetters(i + 1));
  const freeze =
    headerRow >= 1 && headerRow < rows
      ? `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`
      : '';
  yield (
    XML_HEADER +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${letters[Math.max(0, cols - 1)] ?? 'A'}${Math.max(1, rows)}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols > 0 ? `<cols><col min="1" max="${cols}" width="18" customWidth="1"/></cols>` : '') +
    '<sheetData>'
  );
  let chunk: string[] = [];
  let chars = 0;
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const n = r + 1;
    const isHeader = n === headerRow;
    let xml = `<row r="${n}">`;
    for (let c = 0; c < Math.min(row.length, cols); c++) {
      const v = row[c];
      if (v === '' || v === null || v === undefined) continue;
      const ref = letters[c] + n;
      if (typeof v === 'number') xml += numberCell(ref, isHeader ? style.header : style.number, v);
      else if (typeof v === 'boolean') xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += textCell(ref, isHeader ? style.header : style.text, String(v), shortened);
    }
    chunk.push(xml + '</row>');
    chars += xml.length + 6;
    if (chars >= CHUNK_CHARS) {
      yield chunk.join('');
      chunk = [];
      chars = 0;
    }
  }
  yield (
    chunk.join('') +
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/**
 * A new workbook holding the register read from a CSV file as its first sheet (text stays text,
 * the header bold and frozen), ready to be extended by the summary like any workbook.
 */
export function csvSource(sheet: SheetData, headerRow: number): PackageSource & { notes(): string[] } {
  const name = uniqueSheetName(sheet.name || 'Register', []);
  // Let go once the sheet is written: a million rows' grid is not held while the summary is written.
  let values = sheet.grid.values;
  const height = values.length;
  const rows = Math.min(height, MAX_ROWS);
  let widest = 0;
  for (let r = 0; r < rows; r++) widest = Math.max(widest, values[r].length);
  const cols = Math.min(widest, MAX_COLUMNS);
  const shortened = new Shortened();
  let style = { text: 0, number: 0, header: 0 };
  const info = readWorkbookXml(NEW_WORKBOOK);
  if (typeof info === 'string') throw new Error(info);
  const workbook = addSheetToWorkbook(NEW_WORKBOOK, info, { name, relId: 'rId1', definedNames: [] })!;
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      XML_HEADER +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CT_RELS}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT_WORKBOOK}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT_WORKSHEET}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT_STYLES}"/></Types>`,
    '_rels/.rels':
      XML_HEADER +
      `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels':
      XML_HEADER +
      `<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL_WORKSHEET}" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': NEW_STYLES,
  };
  return {
    names: [...Object.keys(parts), 'xl/worksheets/sheet1.xml'],
    text: (part) => parts[part],
    prepare(styles: StyleBook) {
      style = {
        // An inline string is text whatever its format: the default format keeps the sheet small.
        text: 0,
        number: styles.id({ kind: 'general' }),
        header: styles.id({ style: 'label', kind: 'text' }),
      };
    },
    async copy(part, zip) {
      if (part in parts) await zip.addFile(part, parts[part]);
      // Level 1: the register sheet of a million rows is most of the work, and deflate's fast
      // level still shrinks repetitive XML about tenfold.
      else {
        await zip.addStream(part, registerSheetXml(values, rows, cols, headerRow, style, shortened), 1);
        values = [];
        // The grid and the sheet's written chunks are collected before the summary sheet is written.
        collectAfterPhase(rows);
      }
    },
    notes() {
      const notes: string[] = [];
      if (height > MAX_ROWS) {
        notes.push(
          `The register has ${height.toLocaleString('en')} rows; an Excel sheet holds ${MAX_ROWS.toLocaleString('en')}, ` +
            `so the copy's sheet "${name}" stops there (the figures and the summary count every row).`,
        );
      }
      if (widest > MAX_COLUMNS) {
        notes.push(
          `The register has ${widest.toLocaleString('en')} columns; an Excel sheet holds ${MAX_COLUMNS.toLocaleString('en')}, so the copy keeps the first ${MAX_COLUMNS.toLocaleString('en')}.`,
        );
      }
      if (shortened.count > 0) {
        notes.push(
          `${shortened.count} ${shortened.count === 1 ? 'cell' : 'cells'} of the register held more than Excel's 32,767 characters ` +
            `and ${shortened.count === 1 ? 'was' : 'were'} shortened in the copy's sheet "${name}" (ending in "…"; first: ${shortened.cells.join(', ')}). The CSV file is unchanged.`,
        );
      }
      return notes;
    },
  };
}
