/**
 * Workbooks whose SpreadsheetML elements carry a namespace prefix (`<x:worksheet
 * xmlns:x="…/spreadsheetml/2006/main">`, as the Open XML SDK writes them by default): valid, and
 * Excel opens them, but ExcelJS and the streaming reader know the elements by their unprefixed
 * names and find no sheet. Such a package is rewritten in memory with the prefix taken off, then
 * read as any other; the user's file is not touched.
 */
import { ZipWriter } from '../writer/zipWriter';
import { findEntry, inflateEntry, isZipProblem, openZip, rawEntryData } from './zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PREFIXED_MAIN =
  /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/;

/** The prefix a part's root element binds to SpreadsheetML, when the part has no default namespace. */
function mainPrefix(xml: string): string | undefined {
  const root = /<(?!\?|!)[^>]*>/.exec(xml)?.[0] ?? '';
  if (/\sxmlns="/.test(root)) return undefined;
  return PREFIXED_MAIN.exec(root)?.[1];
}

/** The part's text with SpreadsheetML's prefix taken off its elements and made the default namespace. */
function unprefixed(xml: string, prefix: string): string {
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
    .replace(`xmlns:${prefix}="${MAIN_NS}"`, `xmlns="${MAIN_NS}"`);
}

/**
 * The package with SpreadsheetML's prefix taken off every part that uses one, or undefined when
 * its workbook part is not written that way (or cannot be read: the caller's own message stands).
 * Parts inflate within `budget`, as every read does.
 */
export async function withoutSpreadsheetPrefix(
  buf: Buffer,
  budget: { remaining: number },
): Promise<Buffer | undefined> {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) return undefined;
  const workbook = findEntry(pkg, 'xl/workbook.xml');
  const workbookXml = workbook && inflateEntry(buf, workbook, budget);
  if (!workbookXml || isZipProblem(workbookXml) || !mainPrefix(workbookXml.toString('utf8')))
    return undefined;

  const chunks: Buffer[] = [];
  const writer = new ZipWriter(
    {
      write: async (chunk) => void chunks.push(Buffer.from(chunk)),
      writeAt: async (chunk, position) => {
        const all = Buffer.concat(chunks);
        chunk.copy(all, position);
        chunks.splice(0, chunks.length, all);
      },
    },
    new Date(0),
  );
  for (const entry of pkg.entries) {
    const data = entry.name.toLowerCase().endsWith('.xml') ? inflateEntry(buf, entry, budget) : undefined;
    if (isZipProblem(data)) return undefined;
    const xml = data?.toString('utf8');
    const prefix = xml !== undefined ? mainPrefix(xml) : undefined;
    if (xml !== undefined && prefix) await writer.addFile(entry.name, unprefixed(xml, prefix));
    else await writer.addRaw({ ...entry, data: rawEntryData(buf, entry) });
  }
  await writer.finish();
  return Buffer.concat(chunks);
}
