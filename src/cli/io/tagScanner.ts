/**
 * Finds start tags in XML that arrives in chunks, without parsing it: for counting what a part
 * holds (cells, merged ranges, shared strings) at the speed of a regular expression, before any
 * parser builds objects from it. Only unprefixed tags are reported: ExcelJS reads SpreadsheetML by
 * its unprefixed names, and prefixed ones belong to other vocabularies (`<xdr:col>` of a drawing
 * anchor is not a column).
 */

/** A tag still open at the end of a chunk is carried to the next, up to this length. */
const MAX_CARRY = 64 * 1024;

export class TagScanner {
  private carry = '';
  /** An unprefixed start tag of one of the names, then whitespace, `/` or `>`; attributes up to `>`. */
  private readonly startTag: RegExp;

  /** `names` are the tag names reported; `onTag` gets the name and the raw attribute text. */
  constructor(
    names: readonly string[],
    private readonly onTag: (name: string, attrs: string) => void,
  ) {
    this.startTag = new RegExp(`<(${names.join('|')})(?=[\\s/>])([^<>]*)`, 'g');
  }

  push(chunk: Buffer): void {
    // latin1 keeps one character per byte: tag names and attributes of interest are ASCII.
    const text = this.carry + chunk.toString('latin1');
    const lastOpen = text.lastIndexOf('<');
    const complete = lastOpen >= 0 && text.indexOf('>', lastOpen) < 0 ? lastOpen : text.length;
    this.scan(text.slice(0, complete));
    const rest = text.slice(complete);
    this.carry = rest.length <= MAX_CARRY ? rest : '';
  }

  end(): void {
    this.scan(this.carry);
    this.carry = '';
  }

  private scan(text: string): void {
    const tag = this.startTag;
    tag.lastIndex = 0;
    for (let m = tag.exec(text); m; m = tag.exec(text)) this.onTag(m[1], m[2]);
  }
}
