import { convertCellValue, dateToSerial } from '../../../src/cli/io/cellValue';

describe('convertCellValue', () => {
  it.each<[string, unknown, unknown]>([
    ['an empty cell', null, { value: '', kind: 'value' }],
    ['a number', 3.5, { value: 3.5, kind: 'value' }],
    ['a string', 'Open', { value: 'Open', kind: 'value' }],
    ['a boolean', false, { value: false, kind: 'value' }],
    ['a date', new Date(Date.UTC(2026, 0, 1, 12)), { value: 46023.5, kind: 'date' }],
    [
      'an invalid date (beyond what a date can hold) reads as #NUM!',
      new Date(NaN),
      { value: '#NUM!', kind: 'error' },
    ],
    ['an error', { error: '#DIV/0!' }, { value: '#DIV/0!', kind: 'error' }],
    ['rich text', { richText: [{ text: 'a' }, { text: 'b' }] }, { value: 'ab', kind: 'value' }],
    ['a hyperlink', { text: 'Evidence', hyperlink: 'https://x' }, { value: 'Evidence', kind: 'value' }],
    [
      'a hyperlink with rich text',
      { text: { richText: [{ text: 'Ev' }, { text: 'idence' }] }, hyperlink: 'https://x' },
      { value: 'Evidence', kind: 'value' },
    ],
    ['a formula with a result', { formula: 'A1', result: 'x' }, { value: 'x', kind: 'value' }],
    ['a formula with a date result', { formula: 'A1', result: new Date(0) }, { value: 25569, kind: 'date' }],
    [
      'a formula with an error result',
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { value: '#DIV/0!', kind: 'error' },
    ],
    ['a formula without result', { formula: 'A1' }, { value: '', kind: 'formula-without-value' }],
    [
      'a shared formula without result',
      { sharedFormula: 'B1' },
      { value: '', kind: 'formula-without-value' },
    ],
    ['a formula with an empty text result', { formula: 'A1', result: '' }, { value: '', kind: 'value' }],
    ['something unknown', { checkbox: true }, { value: '', kind: 'value' }],
  ])('%s', (_name, input, expected) => {
    expect(convertCellValue(input)).toEqual(expected);
  });
});

describe('dateToSerial', () => {
  it('counts days since 1899-12-30 UTC, with the time as a fraction', () => {
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(2026, 0, 1)))).toBe(46023);
    expect(dateToSerial(new Date(Date.UTC(2026, 0, 1, 6)))).toBe(46023.25);
  });
});
