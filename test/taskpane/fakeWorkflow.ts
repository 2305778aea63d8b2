/**
 * An in-memory status workflow behind the `WorkflowCommands` contract, for pane tests. Moves are
 * judged by the real core (`transition`, `allowedMoves`), so a test sees what the engine decides,
 * not an answer made up here. Tests push pending moves as the watcher would and read the calls.
 */
import type { ActionView, MoveInput, Outcome, PendingMove, WorkflowCommands } from '../../src/commands/api';
import {
  allowedMoves,
  TEMPLATE_STATUS_WORDS,
  transition,
  type ActionType,
  type CellValue,
  type FieldKey,
  type HistoryEntry,
  type MoveVia,
  type State,
} from '../../src/core';
import { entry, NOW, type FakeRow } from './workflowFixtures';

export * from './workflowFixtures';

type Method = Exclude<keyof WorkflowCommands, 'onPendingMoves'>;
type Values = Partial<Record<FieldKey, CellValue>>;

export interface WorkflowCall {
  method: Method;
  args: unknown[];
}

export class FakeWorkflow implements WorkflowCommands {
  readonly calls: WorkflowCall[] = [];
  readonly history: HistoryEntry[] = [];
  readonly rows = new Map<number, FakeRow>();
  pending: PendingMove[] = [];
  selectedRow: number | undefined;
  /** When set, startWatching fails as it does in a workbook without a register. */
  noRegister = false;
  private readonly listeners = new Set<(moves: PendingMove[]) => void>();
  private readonly selectionListeners = new Set<() => void>();

  callsOf(method: Method): WorkflowCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Pending moves arrive as the watcher reports them (one event, maybe several rows). */
  push(...moves: PendingMove[]): void {
    const keys = new Set(moves.map((m) => m.key));
    this.pending = [...this.pending.filter((m) => !keys.has(m.key)), ...moves].sort((a, b) => a.row - b.row);
    this.emit();
  }

  addRow(row: FakeRow, select = true): void {
    this.rows.set(row.row, row);
    if (select) this.selectedRow = row.row;
  }

  /** The user selects another row in Excel: the selection-changed event fires. */
  select(row: number | undefined): void {
    this.selectedRow = row;
    for (const listener of this.selectionListeners) listener();
  }

  get selectionListenerCount(): number {
    return this.selectionListeners.size;
  }

  async onSelectionChanged(listener: () => void): Promise<Outcome<() => void>> {
    await this.record('onSelectionChanged');
    this.selectionListeners.add(listener);
    return { ok: true, value: () => this.selectionListeners.delete(listener) };
  }

  private emit(): void {
    for (const listener of this.listeners) listener([...this.pending]);
  }

  private resolve(move: PendingMove): void {
    this.pending = this.pending.filter((m) => m.key !== move.key);
    this.emit();
  }

  private async record(method: Method, ...args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await Promise.resolve();
  }

  private judge(
    subject: { id: string; row: number; type?: ActionType; from?: State; values: Values },
    to: State,
    input: MoveInput,
    via: MoveVia,
    columns: FieldKey[],
  ) {
    const fields: Values = {};
    for (const [k, v] of Object.entries(input.fields) as [FieldKey, CellValue][])
      fields[k] = typeof v === 'string' ? v.trim() : v;
    return transition({ ...subject, type: subject.type, from: subject.from }, to, {
      now: NOW,
      via,
      fields,
      comment: input.comment,
      columns: new Set(columns),
    });
  }

  async startWatching(): Promise<Outcome<{ sheetName: string; pending: PendingMove[] }>> {
    await this.record('startWatching');
    if (this.noRegister)
      return { ok: false, error: { code: 'no-register', message: 'No register.', retry: false } };
    return { ok: true, value: { sheetName: 'NC register', pending: [...this.pending] } };
  }

  onPendingMoves(listener: (moves: PendingMove[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async reconcileNow(): Promise<Outcome<PendingMove[]>> {
    await this.record('reconcileNow');
    return { ok: true, value: [...this.pending] };
  }

  async completeMove(move: PendingMove, input: MoveInput): Promise<Outcome<{ missing: FieldKey[] }>> {
    await this.record('completeMove', move, input);
    const result = this.judge(move, move.to!, input, 'prompt', move.columns);
    if (!result.ok) return { ok: true, value: { missing: result.reason === 'gate' ? result.missing : [] } };
    for (const e of result.effects) if (e.kind === 'append-history') this.history.push(e.entry);
    this.resolve(move);
    return { ok: true, value: { missing: [] } };
  }

  async cancelMove(move: PendingMove): Promise<Outcome<void>> {
    await this.record('cancelMove', move);
    this.resolve(move);
    return { ok: true, value: undefined };
  }

  async acknowledgeMove(move: PendingMove, comment: string): Promise<Outcome<void>> {
    await this.record('acknowledgeMove', move, comment);
    const to = (move.to ?? move.toWord) as State;
    this.history.push({ ...entry(move.id, move.row, move.from, to, comment, 'pane'), gateMet: false });
    this.resolve(move);
    return { ok: true, value: undefined };
  }

  async selectedAction(): Promise<Outcome<ActionView | undefined>> {
    await this.record('selectedAction');
    const row = this.selectedRow === undefined ? undefined : this.rows.get(this.selectedRow);
    if (!row) return { ok: true, value: undefined };
    return {
      ok: true,
      value: {
        sheetName: 'NC register',
        row: row.row,
        id: row.id,
        type: row.type,
        state: row.state,
        statusWord: row.statusWord,
        allowed: allowedMoves({ type: row.type, from: row.state, values: row.values }),
        values: row.values,
        columns: row.columns,
        history: this.history.filter((h) => h.id === row.id),
      },
    };
  }

  async goToRow(sheetName: string, row: number): Promise<Outcome<void>> {
    await this.record('goToRow', sheetName, row);
    return { ok: true, value: undefined };
  }

  async moveAction(row: number, to: State, input: MoveInput): Promise<Outcome<{ missing: FieldKey[] }>> {
    await this.record('moveAction', row, to, input);
    const action = this.rows.get(row);
    if (!action) return { ok: true, value: { missing: [] } };
    const result = this.judge({ ...action, from: action.state }, to, input, 'pane', action.columns);
    if (!result.ok) return { ok: true, value: { missing: result.reason === 'gate' ? result.missing : [] } };
    for (const e of result.effects) if (e.kind === 'append-history') this.history.push(e.entry);
    this.rows.set(row, { ...action, state: to, statusWord: TEMPLATE_STATUS_WORDS[to], values: result.next });
    return { ok: true, value: { missing: [] } };
  }
}
