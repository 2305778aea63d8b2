import { findRecurrences, jaccard, titleWords, type Register } from '../../src/core';
import { isNc } from '../../src/core/model';
import { dayOf, textOf } from '../../src/core/register';
import { prng } from '../../bench/synthetic';
import { makeAction, registerOf, serial } from './builders';

/**
 * The similar-title links as review/recurrence.ts made them before its titles became interned
 * word ranks (words as strings, a Set per title, `jaccard`): per NC in raised-then-row order, the
 * candidates are the latest 50 earlier titles per prefix word (words rarest first, then
 * alphabetically), raised 1–365 days before; the latest three with an index ≥ 0.6 are linked.
 */
function referenceTitleLinks(register: Register): string[] {
  const ncs = register.actions
    .filter((a) => isNc(a.type) && dayOf(a, 'raisedDate') !== undefined)
    .map((action) => ({
      action,
      raised: dayOf(action, 'raisedDate')!,
      words: titleWords(textOf(action, 'title') || textOf(action, 'description')),
    }))
    .sort((a, b) => a.raised - b.raised || a.action.row - b.action.row);
  const df = new Map<string, number>();
  for (const nc of ncs) for (const w of nc.words) df.set(w, (df.get(w) ?? 0) + 1);
  const index = new Map<string, number[]>();
  const out: string[] = [];
  ncs.forEach((nc, j) => {
    if (nc.words.length < 2) return;
    const ordered = nc.words.slice().sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1));
    const prefix = ordered.length - Math.ceil(0.6 * ordered.length) + 1;
    const candidates = new Set<number>();
    for (let k = 0; k < prefix; k++) {
      let seen = index.get(ordered[k]);
      if (!seen) index.set(ordered[k], (seen = []));
      for (let x = seen.length - 1; x >= Math.max(0, seen.length - 50); x--) {
        const days = nc.raised - ncs[seen[x]].raised;
        if (days > 365) break;
        if (days > 0) candidates.add(seen[x]);
      }
      seen.push(j);
    }
    let found = 0;
    for (const i of [...candidates].sort((x, y) => y - x)) {
      if (found >= 3) break;
      if (jaccard(new Set(ncs[i].words), nc.words) >= 0.6) {
        out.push(`${ncs[i].action.row}>${nc.action.row}`);
        found++;
      }
    }
  });
  return out.sort();
}

function titleLinksOf(register: Register): string[] {
  const out: string[] = [];
  findRecurrences(register).links.forEach((links, later) => {
    for (const l of links) if (l.reasons.includes('title')) out.push(`${l.earlier.row}>${later.row}`);
  });
  return out.sort();
}

const VOCABULARY = [
  'backups',
  'backup',
  'access',
  'leavers',
  'Zugriff',
  'revisión',
  'café',
  'patch',
  'policy',
  'logs',
  'the',
  'of',
  '2024',
  'ISMS',
  'firewall',
  'supplier',
  'training',
  'x',
];

/** 150 more words: a vocabulary past the 64 commonest words the comparison keeps as bits. */
const MANY_WORDS = [
  ...VOCABULARY,
  ...Array.from(
    { length: 150 },
    (_, k) => `topic${String.fromCharCode(97 + (k % 26))}${Math.floor(k / 26)}x`,
  ),
];

/** NCs raised over two years with titles of 0–8 words drawn from the first `words` (many similar). */
function randomRegister(seed: number, count: number, words: number): Register {
  const rnd = prng(seed);
  const start = serial('2024-01-01');
  const actions = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(rnd() * 9);
    const title: string[] = [];
    for (let k = 0; k < n; k++) title.push(MANY_WORDS[Math.floor(rnd() * rnd() * words)]);
    actions.push(
      makeAction({
        id: `NC-${i + 1}`,
        title: title.join(rnd() < 0.5 ? ' ' : ', '),
        requirement: '',
        // Several NCs a day: the same day's are not compared.
        raisedDate: start + Math.floor(rnd() * 730),
      }),
    );
  }
  return registerOf(actions);
}

describe('similar titles (recurrence.ts, interned word ranks)', () => {
  it('link the NCs the string-set comparison linked, on registers of many similar titles', () => {
    for (const [seed, count, words] of [
      [1, 300, 5],
      [2, 600, 9],
      [3, 900, 18],
      [4, 400, 3],
    ]) {
      const register = randomRegister(seed, count, words);
      const expected = referenceTitleLinks(register);
      expect(expected.length).toBeGreaterThan(count / 2);
      expect(titleLinksOf(register)).toEqual(expected);
    }
  });

  it('link the same NCs when titles have more words than the 64 commonest (compared by a merge)', () => {
    for (const [seed, count, words] of [
      [5, 2000, 100],
      [6, 3000, 168],
    ]) {
      const register = randomRegister(seed, count, words);
      const expected = referenceTitleLinks(register);
      expect(expected.length).toBeGreaterThan(20);
      expect(titleLinksOf(register)).toEqual(expected);
    }
  });

  it('a Jaccard index of exactly 0.6 links, just under it does not', () => {
    const at = (title: string, date: string, id: string) =>
      makeAction({ id, title, requirement: '', raisedDate: serial(date) });
    // 3 shared of 5 words in all: 0.6.
    const exact = registerOf([
      at('backup restore firewall patch', '2026-01-10', 'NC-1'),
      at('backup restore firewall policy', '2026-03-10', 'NC-2'),
    ]);
    expect(titleLinksOf(exact)).toEqual([`${exact.actions[0].row}>${exact.actions[1].row}`]);
    // 3 shared of 6: 0.5; 4 of 7 (5 words against 6): 0.57.
    const under = registerOf([
      at('backup restore firewall patch', '2026-01-10', 'NC-1'),
      at('backup restore firewall policy training', '2026-03-10', 'NC-2'),
      at('supplier access logs review contract', '2026-04-10', 'NC-3'),
      at('supplier access logs review vendor audit', '2026-05-10', 'NC-4'),
    ]);
    expect(titleLinksOf(under)).toEqual([]);
  });
});
