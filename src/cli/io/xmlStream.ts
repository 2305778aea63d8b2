/**
 * A small streaming XML tokenizer for the parts of a workbook: start tags (name and raw attribute
 * text), end tags and text, from UTF-8 chunks as zlib produces them. No tree, no attribute objects:
 * a million-row sheet is read without holding more than a chunk of it. Comments, processing
 * instructions and the document type are skipped (no entity of a DOCTYPE is ever expanded); CDATA is
 * text. Names keep their prefix, as ExcelJS's parser gives them.
 */
import { StringDecoder } from 'string_decoder';

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text, entities not yet decoded; one text may arrive in several pieces. */
  text(raw: string): void;
}

/** Markup still open at the end of a chunk is carried to the next, up to this length. */
const MAX_CARRY = 16 * 1024 * 1024;

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Index of the `>` ending the tag opened at `from`, skipping quoted attribute values; -1 if not yet. */
function tagEnd(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === GT) return k;
    if (c === DQUOTE || c === SQUOTE) {
      const e = s.indexOf(c === DQUOTE ? '"' : "'", k + 1);
      if (e < 0) return -1;
      k = e;
    }
  }
  return -1;
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === SLASH || c === GT;
}

export class XmlStream {
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';
  /** Set when the markup cannot be read (an unclosed tag longer than the carry allows). */
  problem: string | undefined;

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: Buffer): void {
    if (this.problem) return;
    this.drain(this.carry + this.decoder.write(chunk), false);
  }

  end(): void {
    if (this.problem) return;
    this.drain(this.carry + this.decoder.end(), true);
    if (this.carry.length > 0 && !this.problem) this.problem = 'the XML ends inside a tag';
  }

  private drain(s: string, final: boolean): void {
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        h.text(s.slice(i));
        i = n;
        break;
      }
      if (lt > i) h.text(s.slice(i, lt));
      i = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        const end = this.special(s, lt);
        if (end < 0) break;
        i = end;
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) break;
      if (next === SLASH) {
        h.close(s.slice(lt + 2, gt).trim());
      } else {
        let e = lt + 1;
        while (e < gt && !isNameEnd(s.charCodeAt(e))) e++;
        const selfClosing = s.charCodeAt(gt - 1) === SLASH;
        const name = s.slice(lt + 1, e);
        h.open(name, s.slice(e, selfClosing ? gt - 1 : gt), selfClosing);
        if (selfClosing) h.close(name);
      }
      i = gt + 1;
    }
    this.carry = i < n ? s.slice(i) : '';
    if (this.carry.length > MAX_CARRY || (final && this.carry.length > 0 && !this.problem)) {
      this.problem = 'the XML holds a tag that never ends';
      this.carry = '';
    }
  }

  /** Comments, CDATA, processing instructions and DOCTYPE: returns the index after it, or -1. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('-->', lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const e = s.indexOf(']]>', lt + 9);
      if (e < 0) return -1;
      // CDATA is literal: escape what the handler would decode, so it reads back as written.
      this.handler.text(
        s
          .slice(lt + 9, e)
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;'),
      );
      return e + 3;
    }
    if (s.charCodeAt(lt + 1) === QUESTION) {
      const e = s.indexOf('?>', lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    // <!DOCTYPE …> with an optional internal subset in brackets: skipped whole.
    const bracket = s.indexOf('[', lt);
    const close = tagEnd(s, lt + 2);
    if (close < 0) return -1;
    if (bracket >= 0 && bracket < close) {
      const e = s.indexOf(']', bracket);
      if (e < 0) return -1;
      const gt = s.indexOf('>', e);
      return gt < 0 ? -1 : gt + 1;
    }
    return close + 1;
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function entity(_: string, body: string): string {
  if (body.charCodeAt(0) !== 0x23) return NAMED[body];
  const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Text as an XML parser gives it: entities decoded, line ends normalised to LF. */
export function decodeText(raw: string): string {
  let out = raw.indexOf('&') >= 0 ? raw.replace(ENTITY, entity) : raw;
  if (out.indexOf('\r') >= 0) out = out.replace(/\r\n?/g, '\n');
  return out;
}

/** An attribute's value (decoded, whitespace normalised as XML does), or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    while (i < n && attrs.charCodeAt(i) <= 0x20) i++;
    const eq = attrs.indexOf('=', i);
    if (eq < 0) return undefined;
    const key = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && attrs.charCodeAt(q) <= 0x20) q++;
    const quote = attrs[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = attrs.indexOf(quote, q + 1);
    if (end < 0) return undefined;
    if (key === name) {
      const raw = attrs.slice(q + 1, end);
      const value = raw.indexOf('&') >= 0 ? raw.replace(ENTITY, entity) : raw;
      return /[\t\n\r]/.test(value) ? value.replace(/\r\n|[\t\n\r]/g, ' ') : value;
    }
    i = end + 1;
  }
  return undefined;
}
