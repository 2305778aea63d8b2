/**
 * What [Content_Types].xml declares for the parts ExcelJS reads by name, checked against what
 * those parts are. A package whose declarations contradict its parts is two packages in one.
 */
import { TagScanner } from './tagScanner';
import { findEntry, inflateEntry, isZipProblem, type ZipPackage, type ZipProblem } from './zip';

const CONTENT_TYPES_BYTES = 16 * 1024 * 1024;

const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
const MACRO = 'application/vnd.ms-excel.';
/** Parts ExcelJS reads by name, with the content types a package may declare for them. */
const EXPECTED_TYPES: { part: RegExp; types: string[] }[] = [
  {
    part: /^xl\/workbook\.xml$/i,
    types: [
      `${SML}sheet.main+xml`,
      `${SML}template.main+xml`,
      `${MACRO}sheet.macroEnabled.main+xml`,
      `${MACRO}template.macroEnabled.main+xml`,
    ],
  },
  { part: /^xl\/worksheets\/sheet\d+\.xml$/i, types: [`${SML}worksheet+xml`] },
  { part: /^xl\/sharedStrings\.xml$/i, types: [`${SML}sharedStrings+xml`] },
  { part: /^xl\/styles\.xml$/i, types: [`${SML}styles+xml`] },
];

/** Override part names (without the leading slash, lower-cased) → declared content type. */
function overrides(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const scanner = new TagScanner(['Override'], (_, attrs) => {
    const part = /\bPartName\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    const type = /\bContentType\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (part && type) out.set(part.replace(/^\//, '').toLowerCase(), type.trim().toLowerCase());
  });
  scanner.push(Buffer.from(xml, 'latin1'));
  scanner.end();
  return out;
}

/**
 * The first part whose declared content type contradicts what the part is (ExcelJS reads parts by
 * name, so a worksheet declared as styles would be read as a worksheet by one tool and as styles
 * by another), a problem with the content-types part itself, or undefined.
 *
 * @example contradictedPart(pkg, buf) // { part: 'xl/styles.xml', type: '…worksheet+xml' }
 */
export function contradictedPart(
  pkg: ZipPackage,
  buf: Buffer,
): { part: string; type: string } | ZipProblem | undefined {
  const entry = findEntry(pkg, '[Content_Types].xml');
  if (!entry) return undefined;
  const xml = inflateEntry(buf, entry, { remaining: CONTENT_TYPES_BYTES });
  if (isZipProblem(xml)) return xml;
  const declared = overrides(xml.toString('latin1'));
  for (const e of pkg.entries) {
    const type = declared.get(e.name.toLowerCase());
    const expected = EXPECTED_TYPES.find((x) => x.part.test(e.name));
    if (!type || !expected || expected.types.some((t) => t.toLowerCase() === type)) continue;
    return { part: e.name, type };
  }
  return undefined;
}
