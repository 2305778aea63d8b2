/**
 * Where a grid ends, computed two ways: from a list of columns per row (the CSV reader) and from
 * the sparse rows a worksheet reader collects (no list per row: issue 16's million-row summary
 * sheet). Both must give the same extent and the same cells beyond it.
 */
import { extentOf, extentOfSparse, type Extent, type PresentCells } from '../../../src/cli/io/extent';

/** A small deterministic generator (mulberry32), so a failure is reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sheet's cells: a block of data, then a few far cells (columns and rows past the gaps). */
function sheet(seed: number): { present: PresentCells; values: (string[] | undefined)[] } {
  const rnd = random(seed);
  const cells = new Map<number, Set<number>>();
  const add = (row: number, col: number) => {
    if (!cells.has(row)) cells.set(row, new Set());
    cells.get(row)!.add(col);
  };
  const height = 1 + Math.floor(rnd() * 400);
  const width = 1 + Math.floor(rnd() * 60);
  const fill = rnd();
  for (let r = 1; r <= height; r++) for (let c = 1; c <= width; c++) if (rnd() < fill) add(r, c);
  const far = Math.floor(rnd() * 6);
  for (let i = 0; i < far; i++) {
    const row = rnd() < 0.5 ? 1 + Math.floor(rnd() * height) : height + Math.floor(rnd() * 1_048_576);
    const col = rnd() < 0.5 ? 1 + Math.floor(rnd() * width) : width + Math.floor(rnd() * 16_384);
    add(Math.min(row, 1_048_576), Math.min(col, 16_384));
  }
  const rows = [...cells.keys()].sort((a, b) => a - b);
  const columns = rows.map((r) => [...cells.get(r)!].sort((a, b) => a - b));
  const values: (string[] | undefined)[] = [];
  rows.forEach((r, i) => {
    const row: string[] = [];
    for (const c of columns[i]) row[c - 1] = 'x';
    values[r - 1] = row;
  });
  const count = columns.reduce((n, c) => n + c.length, 0);
  return { present: { rows, columns, cells: count }, values };
}

const plain = (e: Extent) => ({
  height: e.height,
  width: e.width,
  count: e.beyond.count,
  cells: e.beyond.cells,
});

describe('extent of sparse rows', () => {
  test('the same extent and far cells as from lists of columns, on 200 made sheets', () => {
    let far = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { present, values } = sheet(seed);
      const expected = plain(extentOf(present));
      expect({ seed, ...plain(extentOfSparse(present.rows, values, present.cells)) }).toEqual({
        seed,
        ...expected,
      });
      if (expected.count > 0) far++;
    }
    // The sheets exercise the cut, not only the whole rectangle.
    expect(far).toBeGreaterThan(20);
  });

  test('a stray cell at XFD1048576 beside a small register is left outside and named', () => {
    const values: string[][] = [];
    values[0] = ['ID', 'Title'];
    values[1] = ['1', 'A'];
    values[1_048_575] = [];
    values[1_048_575][16_383] = 'x';
    const e = extentOfSparse([1, 2, 1_048_576], values, 5);
    expect(plain(e)).toEqual({ height: 2, width: 2, count: 1, cells: ['XFD1048576'] });
  });
});
