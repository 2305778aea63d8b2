/**
 * Workbooks whose SpreadsheetML elements carry a namespace prefix (`<x:worksheet
 * xmlns:x="…/spreadsheetml/2006/main">`, as the Open XML SDK writes them by default): valid, and
 * Excel opens them, but ExcelJS and the streaming reader know the elements by their unprefixed
 * names and find no sheet. Such a package is rewritten in memory with the prefix taken off, then
 * read as any other; the user's file is not touched.
 *
 * The rewrite costs what the package holds, as every read does: each part is inflated as a stream
 * against the inflate budget and deflated again chunk by chunk (no part is ever one string, so a
 * part of any size within the budget is rewritten in a few chunks' memory); the text is scanned
 * once, without a pattern that can backtrack; and a rewritten root element always declares
 * SpreadsheetML as its default namespace, so a package is rewritten at most once.
 */
import { StringDecoder } from 'string_decoder';
import zlib from 'zlib';
import { ZipWriter } from '../writer/zipWriter';
import {
  crc32,
  findEntry,
  inflateEntryChunks,
  isZipProblem,
  openZip,
  rawEntryData,
  type ZipEntry,
  type ZipProblem,
} from './zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PREFIXED_MAIN =
  /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/;
/** How far into a part its root element is looked for (declaration, comments, DOCTYPE before it). */
const ROOT_WITHIN = 64 * 1024;
/** Stops an inflation once the root element has been read: not an error. */
const ENOUGH: ZipProblem = { code: 'corrupt', message: 'root element read' };

/**
 * Where the root element's start tag (`<x:worksheet …>`) lies, found by one scan that skips the XML
 * declaration, processing instructions, comments and a DOCTYPE; undefined when the text ends first.
 */
export function rootTagAt(xml: string): { start: number; end: number } | undefined {
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open < 0) return undefined;
    const next = xml[open + 1];
    let end: number;
    if (next === '?') end = endOf(xml, '?>', open + 2);
    else if (xml.startsWith('<!--', open)) end = endOf(xml, '-->', open + 4);
    else if (next === '!') end = endOf(xml, '>', open + 2);
    else {
      const close = xml.indexOf('>', open + 1);
      return close < 0 ? undefined : { start: open, end: close + 1 };
    }
    if (end < 0) return undefined;
    at = end;
  }
}

/** The root element's start tag, as {@link rootTagAt} finds it. */
export function rootTag(xml: string): string | undefined {
  const at = rootTagAt(xml);
  return at && xml.slice(at.start, at.end);
}

function endOf(xml: string, marker: string, from: number): number {
  const i = xml.indexOf(marker, from);
  return i < 0 ? -1 : i + marker.length;
}

/** The prefix a root element binds to SpreadsheetML, when it has no default namespace. */
export function mainPrefix(root: string): string | undefined {
  if (/\sxmlns\s*=/.test(root)) return undefined;
  return PREFIXED_MAIN.exec(root)?.[1];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Takes `prefix:` off the element names of a text that arrives in chunks: a tag cut between two
 * chunks is held back until the next. The root's declaration of the prefix becomes the default
 * namespace (in the root only: a declaration in a comment before it is left as it is).
 */
export class Unprefixer {
  private readonly tag: RegExp;
  private carry = '';
  /** The text before the root element has been read whole; undefined once it has. */
  private head: string | undefined = '';

  constructor(private readonly prefix: string) {
    this.tag = new RegExp(`<(/?)${escapeRegExp(prefix)}:`, 'g');
  }

  push(text: string): string {
    let all = this.carry + this.withRoot(text);
    // A `<`, `</` or `<x` at the end may be the start of a prefixed name: keep it for the next chunk.
    const lt = all.lastIndexOf('<');
    if (lt >= 0 && all.length - lt <= this.prefix.length + 2) {
      this.carry = all.slice(lt);
      all = all.slice(0, lt);
    } else this.carry = '';
    return all.replace(this.tag, '<$1');
  }

  end(): string {
    const rest = (this.carry + (this.head ?? '')).replace(this.tag, '<$1');
    this.carry = '';
    this.head = undefined;
    return rest;
  }

  /** The text held until the root element is whole, then given with its declaration made the default. */
  private withRoot(text: string): string {
    if (this.head === undefined) return text;
    const head = this.head + text;
    const at = rootTagAt(head);
    if (at === undefined && head.length <= 2 * ROOT_WITHIN) {
      this.head = head;
      return '';
    }
    this.head = undefined;
    if (at === undefined) return head;
    const root = head
      .slice(at.start, at.end)
      .replace(`xmlns:${this.prefix}="${MAIN_NS}"`, `xmlns="${MAIN_NS}"`);
    return head.slice(0, at.start) + root + head.slice(at.end);
  }
}

/** The root element of an entry, inflating only its first chunks; undefined when it has none near the start. */
async function rootOf(
  buf: Buffer,
  entry: ZipEntry,
  budget: { remaining: number },
): Promise<string | undefined | ZipProblem> {
  const decoder = new StringDecoder('utf8');
  let head = '';
  let root: string | undefined;
  const problem = await inflateEntryChunks(buf, entry, budget, (chunk) => {
    head += decoder.write(chunk);
    root = rootTag(head);
    return root !== undefined || head.length > ROOT_WITHIN ? ENOUGH : undefined;
  });
  if (problem && problem !== ENOUGH) return problem;
  return root ?? rootTag(head + decoder.end());
}

/**
 * The entry inflated, unprefixed and deflated again chunk by chunk: each chunk is deflated with a
 * sync flush (a deflate stream may be made of such pieces), and a final empty block ends it.
 */
async function rewritten(
  buf: Buffer,
  entry: ZipEntry,
  prefix: string,
  budget: { remaining: number },
): Promise<Parameters<ZipWriter['addRaw']>[0] | ZipProblem> {
  const decoder = new StringDecoder('utf8');
  const unprefixer = new Unprefixer(prefix);
  const pieces: Buffer[] = [];
  let crc = 0;
  let size = 0;
  const put = (text: string) => {
    if (text === '') return;
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    pieces.push(zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  };
  const problem = await inflateEntryChunks(buf, entry, budget, (chunk) => {
    put(unprefixer.push(decoder.write(chunk)));
  });
  if (problem) return problem;
  put(unprefixer.push(decoder.end()));
  put(unprefixer.end());
  pieces.push(zlib.deflateRawSync(Buffer.alloc(0)));
  const data = Buffer.concat(pieces);
  return {
    name: entry.name,
    method: 8,
    crc32: crc,
    compressedSize: data.length,
    uncompressedSize: size,
    data,
  };
}

/**
 * The package with SpreadsheetML's prefix taken off every part that uses one; undefined when its
 * workbook part is not written that way, or cannot be read (the caller's own message stands); a
 * problem when a part inflates past `budget` (shared by every part, as in every read) or is damaged.
 */
export async function withoutSpreadsheetPrefix(
  buf: Buffer,
  budget: { remaining: number },
): Promise<Buffer | undefined | ZipProblem> {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) return undefined;
  const workbook = findEntry(pkg, 'xl/workbook.xml');
  if (!workbook) return undefined;
  // Roots are read against a budget of their own: at most a few chunks of each part.
  const peek = { remaining: budget.remaining };
  const workbookRoot = await rootOf(buf, workbook, peek);
  if (isZipProblem(workbookRoot) || workbookRoot === undefined || !mainPrefix(workbookRoot)) return undefined;

  const chunks: Buffer[] = [];
  const writer = new ZipWriter(
    {
      write: async (chunk) => void chunks.push(Buffer.from(chunk)),
      writeAt: async () => {
        throw new Error('the prefix rewrite writes whole entries only');
      },
    },
    new Date(0),
  );
  for (const entry of pkg.entries) {
    const root = entry.name.toLowerCase().endsWith('.xml') ? await rootOf(buf, entry, peek) : undefined;
    if (isZipProblem(root)) return root;
    const prefix = root !== undefined ? mainPrefix(root) : undefined;
    if (prefix) {
      const part = await rewritten(buf, entry, prefix, budget);
      if (isZipProblem(part)) return part;
      await writer.addRaw(part);
    } else await writer.addRaw({ ...entry, data: rawEntryData(buf, entry) });
  }
  await writer.finish();
  return Buffer.concat(chunks);
}
