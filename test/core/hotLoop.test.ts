/**
 * The shortcuts of the core's hot loop (issue 22) answer exactly as the plain code they replace:
 * duplicate IDs folded without a lower-cased copy, and cells judged blank or missing without
 * trimming them first.
 */
import { isBlank, isMissing, normalizeWords } from '../../src/core/text';
import { findingsOf, makeAction } from './builders';

describe('hot-loop shortcuts', () => {
  it('duplicate-id: IDs are the same exactly when their lower-case forms are, whatever the script', () => {
    const ids = [
      'NC-1',
      'nc-1',
      'Nc-1',
      '\u212a-1',
      'k-1',
      'K-1',
      'STRASSE',
      'straße',
      'Straße',
      'İ-1',
      'i̇-1',
    ];
    const found = findingsOf(
      'duplicate-id',
      ids.map((id) => makeAction({ id })),
    );
    // The plain rule: a row repeats an ID when an earlier row has the same lower-case form.
    const expected = ids.filter((id, i) => ids.slice(0, i).some((e) => e.toLowerCase() === id.toLowerCase()));
    expect(found.map((f) => f.id)).toEqual(expected);
  });

  it('isBlank and isMissing answer as trimming first does, for cells with and without outer spaces', () => {
    const cells = [
      '',
      ' ',
      '\u00a0',
      '\ufeffTBD',
      ' TBD ',
      'TBD',
      'n/a ',
      '\tpending',
      'Dana',
      ' Dana',
      '#N/A',
      ' #REF! ',
    ];
    for (const c of cells) {
      expect(isBlank(c)).toBe(c.trim() === '');
      expect(isMissing(c)).toBe(isMissing(` ${c.trim()} `));
    }
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(0)).toBe(false);
  });

  it('normalizeWords gives ASCII text the same words as the full Unicode path', () => {
    for (const t of ['Nonconformity Type (Major/Minor/OFI)', '  Ref No. ', 'A.5.18 / 9.2', 'x\ty\nz'])
      expect(normalizeWords(t)).toBe(
        t
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim(),
      );
  });
});
