/**
 * The few XML and cell-reference helpers the chart parts need. Kept apart from the part builders so
 * the escaping rules live in one place: every user text (titles, sheet names, categories) goes
 * through {@link esc}.
 */
import { safeText } from '../renderPlan';

/** Namespaces of the parts (ECMA-376 transitional, as Excel writes them). */
export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Text as XML character data or attribute value. Characters XML 1.0 cannot carry are dropped
 * first (the same {@link safeText} the cells get, so a cached category equals its cell's text).
 * A text starting with `=` stays text: caches hold values, never formulas.
 *
 * @example esc('R&D <"ops">') // 'R&amp;D &lt;&quot;ops&quot;&gt;'
 */
export function esc(text: string): string {
  return safeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An element with a `val` attribute, the shape of most chart settings (`<c:barDir val="col"/>`). */
export function val(tag: string, value: string | number): string {
  return `<${tag} val="${esc(String(value))}"/>`;
}

/** @example colLetter(28) // 'AB' */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * An absolute reference to a cell or a one-column range on a sheet, the sheet name always quoted
 * with its apostrophes doubled, as Excel writes it in chart formulas.
 *
 * @example sheetRef("My 'Sheet'", 5, 2, 9) // "'My ''Sheet'''!$B$5:$B$9"
 */
export function sheetRef(sheetName: string, row: number, col: number, lastRow = row): string {
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  const first = `$${colLetter(col)}$${row}`;
  return lastRow === row ? `${sheet}!${first}` : `${sheet}!${first}:$${colLetter(col)}$${lastRow}`;
}
