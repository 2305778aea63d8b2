/**
 * A simple spreadsheet view of the double's active sheet: sheet tabs, a table of the cells as
 * Excel shows them, selection, and editing. Every edit goes through the double's `edit()`, so the
 * add-in sees it exactly as an edit in Excel (typed-in conversion, then a change event).
 */
import { colLetters, formatRect, parseAddress, type Rect } from '../../test/host-double/address';
import type { PageDouble } from '../../test/e2e/double/pageApi';

/** Rows and columns shown beyond the used range, so there is room to type. */
const PAD_ROWS = 5;
const PAD_COLS = 2;
const MIN_ROWS = 40;
const MIN_COLS = 12;
/** A register of 50,000 rows stays usable: the grid shows the first rows only. */
const MAX_ROWS = 2000;

export interface GridOptions {
  table: HTMLTableElement;
  scroll: HTMLElement;
  tabs: HTMLElement;
  /** Where the edit comes from: this user or a co-author. */
  source: () => 'Local' | 'Remote';
  status: (message: string, error?: boolean) => void;
}

function cellRect(row: number, col: number): Rect {
  return { row, col, rows: 1, cols: 1 };
}

function within(rect: Rect | null, row: number, col: number): boolean {
  return (
    !!rect && row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols
  );
}

export class SheetGrid {
  private double?: PageDouble;
  private sheet = '';
  private activeSeen = '';
  private selection: Rect | null = null;
  private anchor: { row: number; col: number } | null = null;
  private editing?: { row: number; col: number; input: HTMLInputElement };
  private shown = { rows: 0, cols: 0 };

  constructor(private readonly options: GridOptions) {
    const { table, scroll } = options;
    table.addEventListener('mousedown', (e) => this.onMouseDown(e));
    table.addEventListener('dblclick', (e) => {
      const at = this.cellOf(e.target);
      if (at) this.startEdit(at.row, at.col);
    });
    scroll.addEventListener('keydown', (e) => this.onKey(e));
    scroll.addEventListener('paste', (e) => void this.onPaste(e));
  }

  /** A new double (the pane was loaded or reloaded): show its active sheet. */
  attach(double: PageDouble | undefined): void {
    this.double = double;
    this.sheet = '';
    this.activeSeen = '';
    this.cancelEdit();
    this.refresh();
  }

  /** Re-reads the workbook from the double (after the add-in or an edit changed it). */
  refresh(): void {
    const double = this.double;
    if (!double || this.editing) return;
    const sheets = double.sheets().filter((s) => s.visibility === 'Visible');
    const active = sheets.find((s) => s.active)?.name ?? sheets[0]?.name ?? '';
    // Follow Excel's active sheet when the add-in changes it (a new summary, "go to finding").
    if (active !== this.activeSeen || !sheets.some((s) => s.name === this.sheet)) {
      this.activeSeen = active;
      this.sheet = active;
    }
    this.renderTabs(sheets.map((s) => s.name));
    this.renderSheet(double);
  }

  private renderTabs(names: string[]): void {
    const { tabs } = this.options;
    tabs.replaceChildren(
      ...names.map((name) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = name;
        b.setAttribute('aria-current', String(name === this.sheet));
        b.addEventListener('click', () => {
          // Switching sheets in Excel activates the sheet (and selects on it), as here.
          this.double?.select(name, 'A1');
          this.refresh();
        });
        return b;
      }),
    );
  }

  private renderSheet(double: PageDouble): void {
    const { table } = this.options;
    if (!this.sheet) {
      table.replaceChildren();
      return;
    }
    const used = double.used(this.sheet);
    const usedRect = used.address ? parseAddress(used.address)?.rect : undefined;
    const usedRows = usedRect ? usedRect.row + usedRect.rows : 0;
    const usedCols = usedRect ? usedRect.col + usedRect.cols : 0;
    const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, usedRows + PAD_ROWS));
    const cols = Math.max(MIN_COLS, usedCols + PAD_COLS);
    this.shown = { rows, cols };
    const sel = double.selection();
    this.selection = sel && sel.sheet === this.sheet ? (parseAddress(sel.address)?.rect ?? null) : null;

    const head = document.createElement('thead');
    const headRow = head.insertRow();
    headRow.appendChild(document.createElement('th'));
    for (let c = 0; c < cols; c++) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = colLetters(c);
      headRow.appendChild(th);
    }
    const body = document.createElement('tbody');
    for (let r = 0; r < rows; r++) {
      const tr = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.className = 'row-head';
      th.textContent = String(r + 1);
      tr.appendChild(th);
      for (let c = 0; c < cols; c++) {
        const td = tr.insertCell();
        const text = used.texts[r]?.[c] ?? '';
        td.textContent = text;
        if (text.length > 12) td.title = text;
        if (typeof used.values[r]?.[c] === 'number') td.className = 'number';
        td.dataset.row = String(r);
        td.dataset.col = String(c);
        if (within(this.selection, r, c)) td.classList.add('selected');
      }
    }
    table.replaceChildren(head, body);
    const notes = usedRows > MAX_ROWS ? ` Showing the first ${MAX_ROWS.toLocaleString()} rows.` : '';
    this.options.status(
      `${this.sheet}: ${used.address ?? 'empty'}.${notes} Syncs so far: ${double.stats().syncs}.`,
    );
    this.scrollToSelection();
  }

  private scrollToSelection(): void {
    if (!this.selection) return;
    const td = this.td(this.selection.row, this.selection.col);
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private td(row: number, col: number): HTMLTableCellElement | null {
    return this.options.table.querySelector(`td[data-row="${row}"][data-col="${col}"]`);
  }

  private cellOf(target: EventTarget | null): { row: number; col: number } | undefined {
    const td = target instanceof HTMLElement ? target.closest('td') : null;
    if (!td || td.dataset.row === undefined) return undefined;
    return { row: Number(td.dataset.row), col: Number(td.dataset.col) };
  }

  private select(rect: Rect): void {
    if (!this.double) return;
    this.double.select(this.sheet, formatRect(rect));
    this.refresh();
  }

  private onMouseDown(e: MouseEvent): void {
    const at = this.cellOf(e.target);
    if (!at || (this.editing && this.editing.row === at.row && this.editing.col === at.col)) return;
    this.commitEdit();
    if (e.shiftKey && this.anchor) {
      const row = Math.min(this.anchor.row, at.row);
      const col = Math.min(this.anchor.col, at.col);
      this.select({
        row,
        col,
        rows: Math.abs(this.anchor.row - at.row) + 1,
        cols: Math.abs(this.anchor.col - at.col) + 1,
      });
    } else {
      this.anchor = at;
      this.select(cellRect(at.row, at.col));
    }
    this.options.scroll.focus({ preventScroll: true });
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editing || !this.selection) return;
    const { row, col } = this.selection;
    const move = (dr: number, dc: number) => {
      e.preventDefault();
      const r = Math.min(Math.max(row + dr, 0), this.shown.rows - 1);
      const c = Math.min(Math.max(col + dc, 0), this.shown.cols - 1);
      this.anchor = { row: r, col: c };
      this.select(cellRect(r, c));
    };
    if (e.key === 'ArrowUp') return move(-1, 0);
    if (e.key === 'ArrowDown') return move(1, 0);
    if (e.key === 'ArrowLeft') return move(0, -1);
    if (e.key === 'ArrowRight' || e.key === 'Tab') return move(0, e.shiftKey ? -1 : 1);
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      return this.startEdit(row, col);
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const sel = this.selection;
      const blank = Array.from({ length: sel.rows }, () => Array<string>(sel.cols).fill(''));
      return void this.write(sel, blank);
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.startEdit(row, col, e.key);
    }
  }

  private startEdit(row: number, col: number, typed?: string): void {
    const td = this.td(row, col);
    if (!td || !this.double) return;
    this.cancelEdit();
    const input = document.createElement('input');
    input.value = typed ?? td.textContent ?? '';
    input.setAttribute('aria-label', `${colLetters(col)}${row + 1}`);
    td.replaceChildren(input);
    td.classList.add('selected');
    this.editing = { row, col, input };
    input.focus();
    input.addEventListener('keydown', (e) => {
      // The grid's own keys (Enter opens an editor) must not see the editor's keys.
      e.stopPropagation();
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        this.commitEdit(e.key === 'Enter' ? { dr: 1, dc: 0 } : { dr: 0, dc: e.shiftKey ? -1 : 1 });
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.cancelEdit();
        this.refresh();
        this.options.scroll.focus({ preventScroll: true });
      }
    });
    input.addEventListener('blur', () => this.commitEdit());
  }

  private cancelEdit(): void {
    this.editing = undefined;
  }

  private commitEdit(then?: { dr: number; dc: number }): void {
    const edit = this.editing;
    if (!edit) return;
    this.editing = undefined;
    const rect = cellRect(edit.row, edit.col);
    void this.write(rect, [[edit.input.value]]).then(() => {
      if (then) {
        const r = Math.max(0, edit.row + then.dr);
        const c = Math.max(0, edit.col + then.dc);
        this.anchor = { row: r, col: c };
        this.select(cellRect(r, c));
      }
      this.options.scroll.focus({ preventScroll: true });
    });
  }

  /** A paste of tab-separated text (as Excel and other spreadsheets copy) at the selected cell. */
  private async onPaste(e: ClipboardEvent): Promise<void> {
    if (this.editing || !this.selection) return;
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    const rows = lines.map((l) => l.split('\t'));
    const width = Math.max(...rows.map((r) => r.length));
    const values = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    const rect = { row: this.selection.row, col: this.selection.col, rows: values.length, cols: width };
    await this.write(rect, values);
    this.select(rect);
  }

  private async write(rect: Rect, values: string[][]): Promise<void> {
    if (!this.double) return;
    const address = formatRect(rect);
    try {
      await this.double.edit(this.sheet, address, values, this.options.source());
      this.refresh();
    } catch (error) {
      this.refresh();
      this.options.status(
        `Could not edit ${this.sheet}!${address}: ${String((error as Error).message ?? error)}`,
        true,
      );
    }
  }
}
