import { isBlank, normalizeWords, cellText } from '../text';
import type { Grid } from '../grid';
import { isLabelAndCount } from './labelCount';

/** A header naming the key or legend of one of the register's columns: "Status key", "Leyenda prioridad". */
const LEGEND =
  /^(?:(.+?) (?:key|keys|legend|legenda|leyenda|legende|options|codes)|(?:key|legend|legenda|leyenda|legende) (?:de |del |da |do |di |du )?(.+))$/;

/**
 * A small table beside the register on its header row — a summary ("Prioridade | Quantidade |
 * Finalizadas" counted with COUNTIF), a legend or a lookup list — is not part of the register.
 * It is told apart by three things together:
 * - an empty column separates it from the register, on the header row and every row below;
 * - its rows stop in the top half of the register's rows (a closing block of the register itself
 *   — dates and verifiers of its closed actions — runs down the whole table), or it holds only
 *   labels and counts;
 * - its header repeats a header of the register ("Status", "Priority"): it summarises a column.
 * A block whose header names the key or legend of a register's column ("Status key", "Priority
 * legend") lists that column's words, whatever rows it runs down.
 * A block of two columns holding a label and a count on every row, its header row included
 * ("Total actions | 12", "Open | 4"), is a summary whatever its words.
 *
 * Returns the 0-based columns of such blocks, to be left out of the header's mapping.
 *
 * @example sideBlockColumns(grid, 0, 40, 12) // Set {9, 10, 11}: J–L summarise the task table
 */
export function sideBlockColumns(grid: Grid, headerIdx: number, end: number, width: number): Set<number> {
  const header = grid.values[headerIdx] ?? [];
  // Only a header row with a gap between its texts can have a block beside the register (a block
  // is dropped for what its header row holds): most sheets end here, without a look below.
  let gap = false;
  let seen = false;
  let blank = false;
  for (let c = 0; c < Math.min(width, header.length) && !gap; c++) {
    if (isBlank(header[c])) blank = seen;
    else {
      gap = blank;
      seen = true;
    }
  }
  if (!gap) return new Set();
  const last = Math.min(end, grid.values.length);
  const filledAt = (c: number) => {
    let lastRow = -1;
    let rows = 0;
    for (let r = headerIdx + 1; r < last; r++) {
      if (isBlank(grid.values[r]?.[c])) continue;
      rows++;
      lastRow = r;
    }
    return { rows, lastRow };
  };
  // Blocks of columns with header text, split by columns empty on the header row and below it.
  const blocks: { from: number; to: number; lastRow: number; rows: number }[] = [];
  let open: (typeof blocks)[number] | undefined;
  for (let c = 0; c < width; c++) {
    const headed = !isBlank(header[c]);
    const column = filledAt(c);
    if (!headed && column.rows === 0) {
      open = undefined;
      continue;
    }
    if (!open) {
      open = { from: c, to: c, lastRow: -1, rows: 0 };
      blocks.push(open);
    }
    open.to = c;
    open.lastRow = Math.max(open.lastRow, column.lastRow);
    open.rows = Math.max(open.rows, column.rows);
  }
  const out = new Set<number>();
  if (blocks.length < 2) return out;
  // The register is the block of most columns (then of most rows); the others sit beside it.
  const main = blocks.reduce((a, b) =>
    b.to - b.from > a.to - a.from || (b.to - b.from === a.to - a.from && b.rows > a.rows) ? b : a,
  );
  // An empty register's rows are not judged against a block beside it; only a legend is told apart.
  const empty = main.lastRow <= headerIdx;
  const mainWords = new Set<string>();
  for (let c = main.from; c <= main.to; c++) {
    const w = normalizeWords(cellText(header[c] ?? ''));
    if (w) mainWords.add(w);
  }
  const half = headerIdx + (main.lastRow - headerIdx) / 2;
  for (const block of blocks) {
    if (block === main) continue;
    let repeats = false;
    let legend = false;
    for (let c = block.from; c <= block.to && !repeats; c++) {
      const w = normalizeWords(cellText(header[c] ?? ''));
      repeats = w !== '' && mainWords.has(w);
      // "Status key", "Priority legend": the words a column of the register may take, listed.
      const named = LEGEND.exec(w);
      legend ||= named !== null && mainWords.has(named[1] ?? named[2]);
    }
    if (!legend && (empty || (!pairs(block) && (!repeats || (block.lastRow > half && !counts(block))))))
      continue;
    for (let c = block.from; c <= block.to; c++) out.add(c);
  }
  return out;

  /**
   * Two columns of a label and its count on every row, the header row included ("Total actions |
   * 12", "Open | 4"): a block of counts, not a header.
   */
  function pairs(block: { from: number; to: number; lastRow: number }): boolean {
    if (block.to !== block.from + 1) return false;
    let rows = 0;
    for (let r = headerIdx; r <= Math.max(block.lastRow, headerIdx); r++) {
      const a = grid.values[r]?.[block.from] ?? '';
      const b = grid.values[r]?.[block.to] ?? '';
      if (isBlank(a) && isBlank(b)) continue;
      if (!isLabelAndCount([a, b])) return false;
      rows++;
    }
    return rows >= 2;
  }

  /** Labels in its first column and numbers in the others: a table of counts. */
  function counts(block: { from: number; to: number; lastRow: number }): boolean {
    if (block.to === block.from) return false;
    let numbers = 0;
    let cells = 0;
    for (let r = headerIdx + 1; r <= block.lastRow; r++) {
      for (let c = block.from + 1; c <= block.to; c++) {
        const v = grid.values[r]?.[c];
        if (isBlank(v)) continue;
        cells++;
        if (typeof v === 'number' || /^\s*-?\d+([.,]\d+)?\s*%?\s*$/.test(String(v))) numbers++;
      }
    }
    return cells > 0 && numbers === cells;
  }
}
