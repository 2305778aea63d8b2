/** How many cells of one kind a sheet holds, keeping the first few addresses for the notice. */
export class CellTally {
  count = 0;
  readonly cells: string[] = [];

  constructor(private readonly keep = 5) {}

  add(address: string): void {
    this.count += 1;
    if (this.cells.length < this.keep) this.cells.push(address);
  }
}

/** "A1, B2, C3" plus "…" when the tally holds more than it lists. */
export function listCells(cells: readonly string[], count: number): string {
  return cells.join(', ') + (count > cells.length ? ', …' : '');
}

/** "1 cell" / "3 cells". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
