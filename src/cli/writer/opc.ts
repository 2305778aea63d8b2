/**
 * Reading and editing the few package parts the writer rewrites — the workbook part, its
 * relationships and the content types — as text: each edit inserts what we add and leaves every
 * other byte of the part as it was (namespace prefixes, extensions, defined names, unknown markup).
 */
import { escapeXml } from './xml';

/** Decodes the five XML entities and numeric character references of an attribute value. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!;
  });
}

/** The attributes of one start tag, decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** The namespace prefix of the root element (`'x:'`, or `''` for the default namespace). */
export function rootPrefix(xml: string, local: string): string | undefined {
  const m = new RegExp(`<(\\w+:)?${local}[\\s>/]`).exec(xml);
  return m ? (m[1] ?? '') : undefined;
}

/** Start tags (and empty elements) named `prefix + local`. */
export function startTags(xml: string, prefix: string, local: string): string[] {
  return [...xml.matchAll(new RegExp(`<${prefix}${local}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
}

/** The prefix bound to a namespace URI anywhere in the part's start tags, if any. */
export function prefixFor(xml: string, uri: string): string | undefined {
  const m = new RegExp(`xmlns:(\\w+)\\s*=\\s*["']${uri.replace(/[.]/g, '\\.')}["']`).exec(xml);
  return m?.[1];
}

/** Inserts `text` before the closing tag of the first `prefix + local` element; undefined if absent. */
export function insertBeforeClose(
  xml: string,
  prefix: string,
  local: string,
  text: string,
): string | undefined {
  const close = `</${prefix}${local}>`;
  const at = xml.indexOf(close);
  if (at >= 0) return xml.slice(0, at) + text + xml.slice(at);
  // An empty element written as <x/>.
  const empty = new RegExp(`<${prefix}${local}(\\s[^>]*)?/>`).exec(xml);
  if (!empty) return undefined;
  const open = empty[0].slice(0, -2).trimEnd() + '>';
  return xml.slice(0, empty.index) + open + text + close + xml.slice(empty.index + empty[0].length);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(xml: string): Relationship[] {
  const prefix = rootPrefix(xml, 'Relationships') ?? '';
  return startTags(xml, prefix, 'Relationship').map((tag) => {
    const a = attributes(tag);
    return {
      id: a.Id ?? '',
      type: a.Type ?? '',
      target: a.Target ?? '',
      external: a.TargetMode === 'External',
    };
  });
}

/** A relationship id not used in `xml`: rId1, rId2, … after the highest. */
export function freeRelId(xml: string): string {
  const used = new Set(relationships(xml).map((r) => r.id));
  for (let i = used.size + 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
}

export function addRelationship(xml: string, rel: Omit<Relationship, 'external'>): string | undefined {
  const prefix = rootPrefix(xml, 'Relationships') ?? '';
  return insertBeforeClose(
    xml,
    prefix,
    'Relationships',
    `<${prefix}Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`,
  );
}

/** The part a relationship points at, as a package path without the leading slash. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relative target from the folder of `fromPart` to `toPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(types: string, part: string): string | undefined {
  const prefix = rootPrefix(types, 'Types') ?? '';
  const name = `/${part}`.toLowerCase();
  for (const tag of startTags(types, prefix, 'Override')) {
    const a = attributes(tag);
    if ((a.PartName ?? '').toLowerCase() === name) return a.ContentType;
  }
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const tag of startTags(types, prefix, 'Default')) {
    const a = attributes(tag);
    if ((a.Extension ?? '').toLowerCase() === ext) return a.ContentType;
  }
  return undefined;
}

export function addOverride(types: string, part: string, contentType: string): string | undefined {
  const prefix = rootPrefix(types, 'Types') ?? '';
  return insertBeforeClose(
    types,
    prefix,
    'Types',
    `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`,
  );
}

/** Adds a Default for an extension when none is there. */
export function ensureDefault(types: string, extension: string, contentType: string): string | undefined {
  const prefix = rootPrefix(types, 'Types') ?? '';
  const has = startTags(types, prefix, 'Default').some(
    (tag) => (attributes(tag).Extension ?? '').toLowerCase() === extension,
  );
  if (has) return types;
  return insertBeforeClose(
    types,
    prefix,
    'Types',
    `<${prefix}Default Extension="${extension}" ContentType="${escapeXml(contentType)}"/>`,
  );
}
