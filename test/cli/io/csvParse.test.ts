import { detectDelimiter, MAX_QUOTED, parseCsv, parseCsvChecked } from '../../../src/cli/io/csvParse';

describe('parseCsv', () => {
  it('splits records on CRLF, LF and CR alike', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h', ',')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('a final line break does not add an empty row', () => {
    expect(parseCsv('a,b\r\n', ',')).toEqual([['a', 'b']]);
  });

  it('a quoted cell spanning lines stays one cell, with LF line breaks', () => {
    expect(parseCsv('id,notes\r\n1,"first\r\nsecond\rthird"\r\n2,x', ',')).toEqual([
      ['id', 'notes'],
      ['1', 'first\nsecond\nthird'],
      ['2', 'x'],
    ]);
  });

  it('doubled quotes inside a quoted cell become one quote', () => {
    expect(parseCsv('"say ""hi""",""""', ',')).toEqual([['say "hi"', '"']]);
  });

  it('a delimiter inside quotes is part of the cell', () => {
    expect(parseCsv('"A.5.15, A.8.5",x', ',')).toEqual([['A.5.15, A.8.5', 'x']]);
  });

  it('a quote inside an unquoted cell is kept literally', () => {
    expect(parseCsv('5" screen,ok', ',')).toEqual([['5" screen', 'ok']]);
  });

  it('text after a closing quote is kept, not dropped', () => {
    expect(parseCsv('"abc"def,x', ',')).toEqual([['abcdef', 'x']]);
  });

  it('an unterminated quote does not swallow the rest of the file: its field ends with its line, the lines after are rows', () => {
    expect(parseCsvChecked('a,"open\nstill open', ',')).toEqual({
      rows: [['a', '"open'], ['still open']],
      unclosed: [{ line: 1, recovered: 1, toEnd: true }],
    });
  });

  it('empty fields and trailing delimiters are kept', () => {
    expect(parseCsv(',a,,\n,', ',')).toEqual([
      ['', 'a', '', ''],
      ['', ''],
    ]);
  });

  it('ragged rows keep every field', () => {
    expect(parseCsv('a,b\n1,2,3\n4', ',')).toEqual([['a', 'b'], ['1', '2', '3'], ['4']]);
  });

  it('a blank line is an empty row, so row numbers match the file', () => {
    expect(parseCsv('a\n\nb', ',')).toEqual([['a'], [''], ['b']]);
  });

  it('empty text has no rows', () => {
    expect(parseCsv('', ',')).toEqual([]);
  });

  it('uses the delimiter it is given', () => {
    expect(parseCsv('a;b,c\t|d', ';')).toEqual([['a', 'b,c\t|d']]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'id,title,owner\n1,Backups,Ann\n', ','],
    ['semicolon with commas in text', 'id;title;owner\n1;Backups, offsite;Ann\n2;Keys, rotate;Bo\n', ';'],
    ['tab', 'id\ttitle\n1\tA, B\n2\tC, D\n', '\t'],
    ['pipe', 'id|title\n1|x\n', '|'],
  ])('recognises %s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('ignores delimiters inside quoted cells, even across lines', () => {
    const text = 'id;notes\n1;"a, b, c\nd, e, f, g"\n2;"x, y"\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('is not misled by a title line without delimiters', () => {
    expect(detectDelimiter('Register export\nid;title\n1;x\n2;y\n')).toBe(';');
  });

  it('still finds the comma when data rows have one more field than the header', () => {
    expect(detectDelimiter('a,b,c\n1,2,3,\n4,5,6,\n')).toBe(',');
  });

  it("keeps the header's comma when hand-typed notes below it use semicolons", () => {
    const text =
      'ID,Action,Owner,Status\nA-1,Patch,Ana,Open\nA-2,Rotate,Ben,Closed\n\nNotes: reviewed monthly; owners agree dates\nStatus: Open = not started; Closed = verified\nLegend; see the policy; v2\nPrepared by: ISM; approved by: CISO\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it("keeps the header's comma when a title line above it uses bars", () => {
    const text =
      'ACME - Corrective Action Plan\nAudit: 16-20 Mar 2026 | Lead Auditor: N. Soni | Version 1.0 | Internal\n\nRef,Nonconformity,Owner,Target Date,Status\nNC-1,Legal requirements,Ana,2026-03-31,Closed\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('falls back to comma for a single column', () => {
    expect(detectDelimiter('id\n1\n2\n')).toBe(',');
  });
});

describe('quotes that never close', () => {
  const header = 'Ref,Title,Status\r\n';
  const rows = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => `NC-${from + k},Title ${from + k},Open\r\n`).join('');

  it('a stray quote in row 4 of 29 that runs to the end: all 29 rows read, 25 recovered, line 5 named', () => {
    const text = header + rows(1, 3) + 'NC-4,"Stray quote,Open\r\n' + rows(5, 29);
    const { rows: parsed, unclosed } = parseCsvChecked(text, ',');
    expect(parsed).toHaveLength(30);
    expect(parsed[4]).toEqual(['NC-4', '"Stray quote', 'Open']);
    expect(parsed[29]).toEqual(['NC-29', 'Title 29', 'Open']);
    expect(unclosed).toEqual([{ line: 5, recovered: 25, toEnd: true }]);
  });

  it('a stray quote closed by a later one, swallowing rows shaped like records, is recovered too', () => {
    const text = header + 'NC-1,"Stray,Open\r\n' + rows(2, 6) + 'NC-7,Later "quoted" text,Open\r\n';
    const { rows: parsed, unclosed } = parseCsvChecked(text, ',');
    expect(parsed.map((r) => r[0])).toEqual(['Ref', 'NC-1', 'NC-2', 'NC-3', 'NC-4', 'NC-5', 'NC-6', 'NC-7']);
    expect(unclosed).toMatchObject([{ line: 2, toEnd: false }]);
    expect(unclosed[0].recovered).toBeGreaterThanOrEqual(5);
  });

  it('a real multi-line note (lines not shaped like records) stays one field', () => {
    const text = header + 'NC-1,"First line\r\nsecond line, with a comma\r\nthird",Open\r\n' + rows(2, 3);
    const { rows: parsed, unclosed } = parseCsvChecked(text, ',');
    expect(parsed[1]).toEqual(['NC-1', 'First line\nsecond line, with a comma\nthird', 'Open']);
    expect(parsed).toHaveLength(4);
    expect(unclosed).toEqual([]);
  });

  it('a quoted field longer than a cell can be is taken for a stray quote', () => {
    const long = 'x'.repeat(MAX_QUOTED + 10);
    const text = `${header}NC-1,"${long}\n${long}",Open\r\nNC-2,T,Open`;
    const { rows: parsed, unclosed } = parseCsvChecked(text, ',');
    expect(parsed.map((r) => r[0])).toContain('NC-2');
    expect(unclosed).toHaveLength(1);
  });

  it('many stray quotes cost one pass, not one pass each', () => {
    const text = header + Array.from({ length: 20_000 }, (_, k) => `NC-${k},"Stray ${k},Open\n`).join('');
    const started = Date.now();
    const { rows: parsed } = parseCsvChecked(text, ',');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(parsed.length).toBeGreaterThan(10_000);
  });
});
