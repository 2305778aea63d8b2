/**
 * Finds start tags in XML that arrives in chunks, without parsing it: for counting what a part
 * holds (cells, merged ranges, shared strings) at the speed of a regular expression, before any
 * parser builds objects from it. Only unprefixed tags are reported: ExcelJS reads SpreadsheetML by
 * its unprefixed names, and prefixed ones belong to other vocabularies (`<xdr:col>` of a drawing
 * anchor is not a column).
 */

/** An unprefixed start tag: the name, then whitespace, `/` or `>`; attributes up to `>`. */
const START_TAG = /<([A-Za-z_][\w.-]*)(?=[\s/>])([^<>]*)/g;
/** A tag still open at the end of a chunk is carried to the next, up to this length. */
const MAX_CARRY = 64 * 1024;

export class TagScanner {
  private carry = '';

  /** `names` selects the local names reported; `onTag` gets the name and the raw attribute text. */
  constructor(
    private readonly names: RegExp,
    private readonly onTag: (name: string, attrs: string) => void,
  ) {}

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
    START_TAG.lastIndex = 0;
    for (let m = START_TAG.exec(text); m; m = START_TAG.exec(text)) {
      if (this.names.test(m[1])) this.onTag(m[1], m[2]);
    }
  }
}
