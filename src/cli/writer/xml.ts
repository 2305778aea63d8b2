/** Small helpers for the SpreadsheetML the writer produces by hand. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an element or a double-quoted attribute (the text is already XML-valid). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/**
 * Text inside `<t>`: like {@link escapeXml}, and carriage returns as `&#13;` so that a CRLF in a
 * cell survives the XML parser's line-end normalisation.
 */
export function escapeCellText(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;');
}

/** Column letters of a 1-based column: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as formulas and defined names quote it: 'It''s here'. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_WORKSHEET = `${NS_REL}/worksheet`;
export const REL_STYLES = `${NS_REL}/styles`;
export const REL_DRAWING = `${NS_REL}/drawing`;
export const REL_OFFICE_DOCUMENT = `${NS_REL}/officeDocument`;
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';
export const CT_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
export const CT_WORKBOOK_MACRO = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
