/**
 * Mutations of real files for the fuzzing job: the zip structure of workbooks (bytes, headers,
 * names, sizes, truncation, duplicated entries), the XML inside them (spans cut, repeated or
 * replaced by hostile fragments), and the text of CSV files (quotes, line breaks, delimiters,
 * encodings, NUL bytes). Each mutation is a pure function of a seed: a failure replays.
 */
import { Random } from './random';

interface ZipLib {
  readZip: (zip: Buffer) => Map<string, Buffer>;
  writeZip: (
    entries: { name: string; data: Buffer; store?: boolean; claimedSize?: number; crc?: number }[],
  ) => Buffer;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zipLib = require('../../../scripts/hostile/lib/zip.js') as ZipLib;

export interface Seed {
  name: string;
  bytes: Buffer;
  kind: 'xlsx' | 'csv';
}

export interface Mutant {
  /** File name to write it under (the extension may lie on purpose). */
  name: string;
  bytes: Buffer;
  /** What was done, for the failure message. */
  how: string[];
}

/** XML fragments that stress what a reader builds from a sheet, the shared strings or the workbook. */
const XML_FRAGMENTS = [
  '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>',
  '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>',
  '<c r="ZZZZZ9"><v>1</v></c>',
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<mergeCell ref="A1:B2"/><mergeCell ref="A1:C3"/>',
  '<cols><col min="1" max="2147483647" width="9"/></cols>',
  '<dimension ref="A1:XFD1048576"/>',
  '<c r="B2" t="s"><v>99999999</v></c>',
  '<c r="B2" t="s"><v>-1</v></c>',
  '<c r="B2" t="e"><v>#REF!</v></c>',
  '<c r="B2" t="b"><v>2</v></c>',
  '<c r="B2" t="d"><v>not a date</v></c>',
  '<c r="B2" s="99999"><v>45000</v></c>',
  '<c r="B2"><v>1e308</v></c>',
  '<c r="B2"><v>NaN</v></c>',
  '<c r="B2"><f>SUM(A1:A3)</f></c>',
  '<c r="B2" t="inlineStr"><is><t>=HYPERLINK("http://x","y")</t></is></c>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '&e;',
  '<si><t>\u0000\u0001\ud800</t></si>',
  '<sheet name="" sheetId="0" r:id="rId999"/>',
  '<sheet name="Register" sheetId="1" r:id="rId1"/>',
  '<numFmt numFmtId="164" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/>',
  '<autoFilter ref="A1:XFD1"/>',
  '<tableParts count="1"><tablePart r:id="rId99"/></tableParts>',
  '<hyperlink ref="A1" r:id="rId42"/>',
  '</sheetData>',
  '<sheetData>',
  '<',
  '>',
  '"',
  '&',
  '\ufeff',
];

const CSV_FRAGMENTS = [
  '"',
  '""',
  '"\r\n',
  '\r',
  '\n',
  '\r\n',
  ',',
  ';',
  '\t',
  '|',
  '\u0000',
  '\ufeff',
  '=cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|"/C calc"!A0',
  '\u202e',
  '\ud800',
  'é',
  '"a""b"',
  '"unterminated',
];

function spliceBytes(buf: Buffer, at: number, remove: number, insert: Buffer): Buffer {
  return Buffer.concat([buf.subarray(0, at), insert, buf.subarray(Math.min(buf.length, at + remove))]);
}

function spliceText(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** Byte-level damage anywhere in the file. */
function mutateBytes(buf: Buffer, rnd: Random, how: string[]): Buffer {
  const out = Buffer.from(buf);
  const op = rnd.int(4);
  if (op === 0 && out.length > 0) {
    const n = 1 + rnd.int(8);
    for (let k = 0; k < n; k++) out[rnd.int(out.length)] = rnd.int(256);
    how.push(`flip ${n} bytes`);
    return out;
  }
  if (op === 1) {
    const cut = rnd.int(out.length + 1);
    how.push(`truncate at ${cut}`);
    return out.subarray(0, cut);
  }
  if (op === 2) {
    const at = rnd.int(out.length + 1);
    const len = rnd.int(Math.min(4096, out.length) + 1);
    how.push(`repeat ${len} bytes at ${at}`);
    return spliceBytes(out, at, 0, out.subarray(at, at + len));
  }
  const at = rnd.int(out.length + 1);
  const len = rnd.int(256);
  how.push(`delete ${len} bytes at ${at}`);
  return spliceBytes(out, at, len, Buffer.alloc(0));
}

/** Damage to the zip directory: sizes, CRCs, methods, flags and offsets of central records. */
function mutateDirectory(buf: Buffer, rnd: Random, how: string[]): Buffer {
  const out = Buffer.from(buf);
  const records: number[] = [];
  for (
    let at = out.indexOf('PK\u0001\u0002', 0, 'latin1');
    at >= 0;
    at = out.indexOf('PK\u0001\u0002', at + 4, 'latin1')
  ) {
    records.push(at);
  }
  if (records.length === 0) return mutateBytes(buf, rnd, how);
  const rec = rnd.pick(records);
  const field = rnd.pick([
    ['flags', 8, 2],
    ['method', 10, 2],
    ['crc', 16, 4],
    ['compressed size', 20, 4],
    ['uncompressed size', 24, 4],
    ['name length', 28, 2],
    ['extra length', 30, 2],
    ['local offset', 42, 4],
  ] as const);
  const [label, offset, size] = field;
  if (rec + offset + size > out.length) return out;
  const value = rnd.pick([0, 1, 0xffff, 0xffffffff, rnd.int(2 ** 31), rnd.int(out.length + 1)]);
  if (size === 2) out.writeUInt16LE(value & 0xffff, rec + offset);
  else out.writeUInt32LE(value >>> 0, rec + offset);
  how.push(`central record at ${rec}: ${label} = ${value}`);
  return out;
}

/** Entry-level changes: a duplicated, renamed, dropped, stored or lying entry. */
function mutateEntries(entries: Map<string, Buffer>, rnd: Random, how: string[]): Buffer {
  const list = [...entries].map(
    ([name, data]) => ({ name, data }) as Parameters<ZipLib['writeZip']>[0][number],
  );
  const i = rnd.int(list.length);
  const op = rnd.int(6);
  if (op === 0) {
    list.push({ ...list[i] });
    how.push(`duplicate entry ${list[i].name}`);
  } else if (op === 1) {
    const renamed = rnd.pick([
      `../${list[i].name}`,
      list[i].name.toUpperCase(),
      `/${list[i].name}`,
      list[i].name.replace(/\//g, '\\'),
      `${list[i].name}x`,
    ]);
    how.push(`rename ${list[i].name} to ${renamed}`);
    list[i] = { ...list[i], name: renamed };
  } else if (op === 2) {
    how.push(`drop entry ${list[i].name}`);
    list.splice(i, 1);
  } else if (op === 3) {
    how.push(`store ${list[i].name} uncompressed`);
    list[i] = { ...list[i], store: true };
  } else if (op === 4) {
    const claimed = rnd.pick([0, 1, list[i].data.length + 1, 0xfffffffe]);
    how.push(`${list[i].name} claims ${claimed} bytes`);
    list[i] = { ...list[i], claimedSize: claimed };
  } else {
    how.push(`${list[i].name} claims a wrong CRC`);
    list[i] = { ...list[i], crc: rnd.int(2 ** 31) };
  }
  return zipLib.writeZip(list);
}

/** XML-level changes inside one part, then the package zipped again. */
function mutateXml(entries: Map<string, Buffer>, rnd: Random, how: string[]): Buffer {
  const names = [...entries.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  if (names.length === 0) return zipLib.writeZip([...entries].map(([name, data]) => ({ name, data })));
  const preferred = names.filter((n) =>
    /sheet\d*\.xml$|sharedStrings|workbook\.xml$|styles|Content_Types/.test(n),
  );
  const name = rnd.pick(preferred.length > 0 && rnd.chance(0.8) ? preferred : names);
  let xml = entries.get(name)!.toString('utf8');
  const edits = 1 + rnd.int(3);
  for (let k = 0; k < edits; k++) {
    const at = rnd.int(xml.length + 1);
    const op = rnd.int(4);
    if (op === 0) {
      const frag = rnd.pick(XML_FRAGMENTS);
      // Often at a tag boundary, so the fragment lands where a parser reads it.
      const boundary = xml.indexOf('<', at);
      const where = boundary >= 0 && rnd.chance(0.7) ? boundary : at;
      xml = spliceText(xml, where, 0, frag);
      how.push(`${name}: insert ${JSON.stringify(frag.slice(0, 40))} at ${where}`);
    } else if (op === 1) {
      const len = rnd.int(200);
      xml = spliceText(xml, at, len, '');
      how.push(`${name}: cut ${len} chars at ${at}`);
    } else if (op === 2) {
      const len = rnd.int(2000);
      const times = 1 + rnd.int(50);
      xml = spliceText(xml, at, 0, xml.slice(at, at + len).repeat(times));
      how.push(`${name}: repeat ${len} chars ×${times} at ${at}`);
    } else {
      const m = /(\b(?:r|ref|s|t|min|max|sheetId|count|numFmtId)=")([^"]*)"/g;
      const attrs = [...xml.matchAll(m)];
      if (attrs.length === 0) continue;
      const a = rnd.pick(attrs);
      const value = rnd.pick([
        '',
        '0',
        '-1',
        '1048577',
        'XFD1048577',
        'A0',
        '99999999999',
        'A1:A',
        'ZZZ',
        'e',
        's',
        'inlineStr',
        'A1:XFD1048576',
      ]);
      xml = spliceText(xml, a.index! + a[1].length, a[2].length, value);
      how.push(`${name}: ${a[1]}${a[2]}" → "${value}"`);
    }
  }
  const data = rnd.chance(0.1) ? Buffer.from(xml, 'utf16le') : Buffer.from(xml, 'utf8');
  return zipLib.writeZip([...entries].map(([n, d]) => ({ name: n, data: n === name ? data : d })));
}

/** Text-level changes to a CSV: quotes, line breaks, delimiters, controls. */
function mutateCsvText(text: string, rnd: Random, how: string[]): string {
  let out = text;
  const edits = 1 + rnd.int(4);
  for (let k = 0; k < edits; k++) {
    const at = rnd.int(out.length + 1);
    const op = rnd.int(4);
    if (op === 0) {
      const frag = rnd.pick(CSV_FRAGMENTS);
      out = spliceText(out, at, 0, frag);
      how.push(`insert ${JSON.stringify(frag)} at ${at}`);
    } else if (op === 1) {
      const len = rnd.int(100);
      out = spliceText(out, at, len, '');
      how.push(`cut ${len} chars at ${at}`);
    } else if (op === 2) {
      const len = rnd.int(500);
      const times = 1 + rnd.int(200);
      out = spliceText(out, at, 0, out.slice(at, at + len).repeat(times));
      how.push(`repeat ${len} chars ×${times} at ${at}`);
    } else {
      const from = rnd.pick([',', '"', '\r\n', '\n', ';']);
      const to = rnd.pick([';', '\t', '""', '\r', '', '"\n']);
      out = out.split(from).join(to);
      how.push(`replace every ${JSON.stringify(from)} by ${JSON.stringify(to)}`);
    }
  }
  return out;
}

function encodeCsv(text: string, rnd: Random, how: string[]): Buffer {
  const be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return le;
  };
  const encoding = rnd.pick([
    'utf8',
    'utf8',
    'utf8',
    'utf8-bom',
    'utf16le',
    'utf16le-bom',
    'utf16be',
    'utf16be-bom',
    'latin1',
  ] as const);
  how.push(`encoded ${encoding}`);
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return be(text);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), be(text)]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
  }
}

function mutateXlsx(seed: Seed, rnd: Random, how: string[]): Buffer {
  let entries: Map<string, Buffer> | undefined;
  try {
    entries = zipLib.readZip(seed.bytes);
  } catch {
    entries = undefined;
  }
  const op = entries ? rnd.int(10) : 0;
  if (op <= 1) return mutateBytes(seed.bytes, rnd, how);
  if (op <= 3) return mutateDirectory(seed.bytes, rnd, how);
  if (op <= 5) return mutateEntries(entries!, rnd, how);
  return mutateXml(entries!, rnd, how);
}

/**
 * One mutant of one of the seeds, chosen and mutated by `caseSeed`.
 *
 * @example mutant(seeds, 12345) // { name: 'nc-register.xlsx', bytes, how: ['xl/worksheets/sheet1.xml: cut 40 chars at 812'] }
 */
export function mutant(seeds: readonly Seed[], caseSeed: number): Mutant {
  const rnd = new Random(caseSeed);
  const seed = rnd.pick(seeds);
  const how: string[] = [`from ${seed.name}`];
  let bytes: Buffer;
  if (seed.kind === 'xlsx') {
    bytes = mutateXlsx(seed, rnd, how);
    if (rnd.chance(0.2)) bytes = mutateXlsx({ ...seed, bytes }, rnd, how);
  } else {
    const text = mutateCsvText(seed.bytes.toString('utf8'), rnd, how);
    bytes = encodeCsv(text, rnd, how);
    if (rnd.chance(0.1)) bytes = mutateBytes(bytes, rnd, how);
  }
  // Sometimes under the other kind's name: the readers must tell content from name.
  const base = seed.name.replace(/\.[^.]+$/, '');
  const ext = rnd.chance(0.1)
    ? rnd.pick(['.csv', '.xlsx', '.xlsm', '.xls', '.tsv'])
    : seed.kind === 'xlsx'
      ? '.xlsx'
      : '.csv';
  if (!seed.name.endsWith(ext)) how.push(`named ${ext}`);
  return { name: `${base}${ext}`, bytes, how };
}
