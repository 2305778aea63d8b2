import { detectDelimiter, parseCsv } from '../../../src/cli/io/csvParse';

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

  it('an unterminated quote runs to the end of the file', () => {
    expect(parseCsv('a,"open\nstill open', ',')).toEqual([['a', 'open\nstill open']]);
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

  it('falls back to comma for a single column', () => {
    expect(detectDelimiter('id\n1\n2\n')).toBe(',');
  });
});
