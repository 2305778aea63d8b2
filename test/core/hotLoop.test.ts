/**
 * The shortcuts of the core's hot loop (issue 22) answer exactly as the plain code they replace:
 * duplicate IDs folded without a lower-cased copy, and cells judged blank or missing without
 * trimming them first.
 */
import { isBlank, isMissing, normalizeWords } from '../../src/core/text';
import { titleWords } from '../../src/core/review/recurrence';
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

  it("titleWords' one-pass ASCII path gives the words of normalizeWords' path", () => {
    const STOP = new Set(
      (
        'a an and are as at be by for from has have in into is it its not no of on or the to was were ' +
        'with without after before during our their this that than all any some per via over under'
      ).split(' '),
    );
    // The plain code it replaces.
    const plain = (title: string) => {
      const out = new Set<string>();
      for (const w of normalizeWords(title).split(' ')) {
        if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
        out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
      }
      return [...out];
    };
    const pieces = [
      'Access',
      'the',
      'AFTER',
      'Their',
      'logs',
      'class',
      '42',
      'A.8',
      'x',
      'Is',
      'ACCESSES',
      'a1',
    ];
    const seps = [' ', '  ', '-', '/', '\t', '\n', ' (', ') ', '_', '@', '[', '`', '~', '{', '.'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 1500; i++) {
      let t = next(4) === 0 ? seps[next(seps.length)] : '';
      for (let k = next(9); k >= 0; k--) t += pieces[next(pieces.length)] + seps[next(seps.length)];
      expect(titleWords(t)).toEqual(plain(t));
    }
    for (const t of ['Leavers keep access after their last day (London office)', 'Café accès', ''])
      expect(titleWords(t)).toEqual(plain(t));
  });
});
