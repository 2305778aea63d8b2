import {
  actionKey,
  judgeMove,
  ownWords,
  resolveWord,
  snapshotOf,
  type Action,
  type DetectedMove,
  type Effect,
  type FieldKey,
  type HistoryEntry,
  type MoveVia,
  type Register,
  type RegisterConfig,
  type State,
  type StatusSnapshot,
} from '../../core';
import type { PendingMove } from '../types';
import { readRegister } from '../readRegister';
import { loadConfig } from '../settings';
import { keepRechecks, recheckInput } from './followThroughSettings';
import { appendHistory } from './historySheet';
import { columnsOfAddress, queueFieldWrites, readRows, rowsOfAddress } from './rowIo';
import { appendSnapshot, loadSnapshots, saveSnapshot } from './snapshotStore';

type Listener = (moves: PendingMove[]) => void;

/** How long the add-in waits for the change event of its own write before forgetting it. */
const OWN_WRITE_MS = 5000;

/**
 * Watches the register's status column. Every status change — typed, picked from a dropdown,
 * pasted, filled, undone, or made by a co-author — is judged against the workflow:
 * allowed moves whose gate is met are logged; the others become pending moves, prompted for
 * when they are the user's own single-cell change and listed otherwise. Events are handled one
 * at a time, each with a bounded number of Excel round trips (one read of the changed rows).
 */
export class StatusWatcher {
  sheetName = '';
  register?: Register;
  private snapshot: StatusSnapshot = {};
  /** Entries changed since the snapshot was last stored. */
  private unsaved: StatusSnapshot = {};
  /** Cells the stored snapshot takes (0: unknown, so the next store rewrites it whole). */
  private storedCells = 0;
  private readonly pending = new Map<string, PendingMove>();
  private readonly listeners = new Set<Listener>();
  private readonly ownWrites: { sheet: string; address: string; until: number }[] = [];
  private queue: Promise<void> = Promise.resolve();
  private handler?: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  private watchedSheet = '';
  private now: () => Date;
  /** One of several included registers: this sheet with its own mapping (else the main register). */
  private readonly sheet?: { sheetName: string; config: RegisterConfig };
  /** The column of the snapshot sheet this register's snapshot is kept in (the main one: A). */
  private column = 0;

  constructor(options: { now?: () => Date; sheet?: { sheetName: string; config: RegisterConfig } } = {}) {
    this.now = options.now ?? (() => new Date());
    this.sheet = options.sheet;
  }

  /** Reads the watched register: the given sheet with its own mapping, or the main register. */
  private read(context: Excel.RequestContext) {
    if (this.sheet)
      return readRegister(context, {
        config: { ...this.sheet.config, sheetName: this.sheet.sheetName },
        sheetName: this.sheet.sheetName,
        onlySheet: true,
      });
    return readRegister(context, { config: loadConfig(), sheetName: this.sheetName || undefined });
  }

  get pendingMoves(): PendingMove[] {
    return [...this.pending.values()].sort((a, b) => a.row - b.row);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const moves = this.pendingMoves;
    for (const l of this.listeners) l(moves);
  }

  /** Records that the add-in is about to write these cells, so their change events are not prompts. */
  expectOwnWrite(sheet: string, addresses: string[]): void {
    const until = Date.now() + OWN_WRITE_MS;
    for (const address of addresses) this.ownWrites.push({ sheet, address: address.toUpperCase(), until });
  }

  private isOwnWrite(sheet: string, address: string): boolean {
    const now = Date.now();
    for (let i = this.ownWrites.length - 1; i >= 0; i--)
      if (this.ownWrites[i].until < now) this.ownWrites.splice(i, 1);
    const a = address.replace(/\$/g, '').toUpperCase();
    const idx = this.ownWrites.findIndex((w) => w.sheet === sheet && w.address === a);
    if (idx < 0) return false;
    this.ownWrites.splice(idx, 1);
    return true;
  }

  /** Reads the register, reconciles with the stored snapshot and starts listening (idempotent). */
  async start(context: Excel.RequestContext): Promise<PendingMove[]> {
    const read = this.sheet
      ? await this.read(context)
      : await readRegister(context, { config: loadConfig() });
    if (!read || !read.parsed.ok) throw Object.assign(new Error('No register'), { code: 'NoRegister' });
    this.sheetName = read.sheetName;
    this.register = read.parsed.value;
    // Each register's snapshot in a column of its own: found by its sheet's name; the main
    // register's otherwise in column A (as one register kept it), another's in the next free one.
    const all = await loadSnapshots(context);
    const stored = all.find((s) => s.sheetName === this.sheetName);
    this.column = stored?.column ?? (this.sheet ? Math.max(1, ...all.map((s) => s.column + 1)) : 0);
    if (stored) {
      this.snapshot = stored.snapshot;
      this.unsaved = {};
      this.storedCells = stored.cells;
      await this.judge(context, this.register.actions, 'reconciliation');
    } else {
      this.snapshot = snapshotOf(this.register);
      this.storedCells = 0;
      await this.store(context);
    }
    if (this.handler && this.watchedSheet !== this.sheetName) await this.stop();
    if (!this.handler) {
      const ws = context.workbook.worksheets.getItem(this.sheetName);
      this.handler = ws.onChanged.add((event) => this.enqueue(event));
      this.watchedSheet = this.sheetName;
      await context.sync();
    }
    return this.pendingMoves;
  }

  /** Compares the whole status column with the snapshot (pane open, validation, timer). */
  async reconcile(context: Excel.RequestContext): Promise<PendingMove[]> {
    const read = await this.read(context);
    if (!read || !read.parsed.ok) return this.pendingMoves;
    this.register = read.parsed.value;
    await this.judge(context, this.register.actions, 'reconciliation');
    return this.pendingMoves;
  }

  /** Resolves when every change event received so far has been handled. */
  idle(): Promise<void> {
    return this.queue;
  }

  private enqueue(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    this.queue = this.queue.then(() => this.onChanged(event)).catch(() => undefined);
    return this.queue;
  }

  private touchesStatus(address: string): boolean {
    const status = this.register?.mapping.columns.status;
    if (!status) return false;
    const cols = columnsOfAddress(address);
    return !cols || (cols.first <= status.column && status.column <= cols.last);
  }

  private async onChanged(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (!this.register || !this.touchesStatus(event.address)) return;
    if (this.isOwnWrite(this.sheetName, event.address)) return;
    const rows = rowsOfAddress(event.address);
    if (!rows) return;
    const first = Math.max(rows.first, this.register.mapping.headerRow + 1);
    if (first > rows.last) return;
    const origin = event.source === Excel.EventSource.remote ? 'remote' : 'local';
    await Excel.run(async (context) => {
      const actions = await readRows(context, this.sheetName, this.register!, first, rows.last);
      const single = event.details && rows.first === rows.last ? event.details : undefined;
      await this.judge(
        context,
        actions,
        origin === 'remote' ? 'remote' : 'sheet',
        single ? String(single.valueBefore ?? '') : undefined,
      );
    });
  }

  /**
   * Judges the actions whose status differs from the snapshot: logs every move, keeps the ones
   * that break the workflow as pending, and updates the snapshot. `beforeWord` (from the event's
   * details) is the exact previous value of a single-cell change.
   */
  private async judge(
    context: Excel.RequestContext,
    actions: Action[],
    via: MoveVia,
    beforeWord?: string,
  ): Promise<void> {
    const register = this.register!;
    const now = this.now().toISOString();
    const entries: HistoryEntry[] = [];
    const rechecks: Effect[] = [];
    let changed = false;
    for (const action of actions) {
      const key = actionKey(action);
      const seen = this.snapshot[key];
      const word = String(action.values.status ?? '').trim();
      if (!seen) {
        this.setEntry(key, { w: word, ...(action.state ? { s: action.state } : {}) });
        changed = true;
        continue;
      }
      if (seen.w.trim().toLowerCase() === word.toLowerCase()) {
        if (this.pending.delete(key)) changed = true; // restored by the user (e.g. undo)
        continue;
      }
      if (seen.p !== undefined && seen.p.trim().toLowerCase() === word.toLowerCase()) {
        if (this.pending.has(key)) continue; // already pending
        // Pending when the add-in last ran (a prompt closed unanswered, a listed move): list it
        // again. It was logged then if it had to be; it is logged when resolved otherwise.
        const earlier = judgeMove(register, action, seen, via, now);
        if (earlier.verdict.ok) {
          entries.push(historyEntry(earlier, via, now));
          this.setEntry(key, { w: word, ...(earlier.to ? { s: earlier.to } : {}) });
        } else this.pending.set(key, this.toPending(earlier, action, via, false));
        changed = true;
        continue;
      }
      const before =
        beforeWord !== undefined ? { w: beforeWord, s: stateOf(register, beforeWord) ?? seen.s } : seen;
      // The user's own move to closed in the sheet schedules its re-check, as the prompt's does.
      const move = judgeMove(
        register,
        action,
        before,
        via,
        now,
        via === 'sheet' ? recheckInput(this.now()) : undefined,
      );
      if (move.verdict.ok) rechecks.push(...move.verdict.effects);
      // The user's own pending changes are logged when they are resolved (Save / accept);
      // co-authors' and reconciled ones are logged as found, so none is silently accepted.
      if (move.verdict.ok || via !== 'sheet') entries.push(historyEntry(move, via, now));
      if (move.verdict.ok) {
        this.setEntry(key, { w: word, ...(move.to ? { s: move.to } : {}) });
        this.pending.delete(key);
      } else {
        this.setEntry(key, { ...seen, p: word });
        this.pending.set(key, this.toPending(move, action, via, beforeWord !== undefined && via === 'sheet'));
      }
      changed = true;
    }
    // Listeners first (the pane shows the root-cause prompt at once), then the writes: the
    // history and the snapshot are for the record and the next start, not for the prompt.
    if (changed) this.emit();
    if (entries.length) await appendHistory(context, entries);
    await this.writeRechecks(context, rechecks);
    if (changed) await this.store(context);
  }

  /** Carries out the re-checks that accepted moves scheduled: the re-check cell, or the kept date. */
  private async writeRechecks(context: Excel.RequestContext, effects: readonly Effect[]): Promise<void> {
    const register = this.register!;
    let queued = false;
    for (const e of effects) {
      if (e.kind !== 'update-cells' || e.fields.recheckDate === undefined) continue;
      const at = queueFieldWrites(context, this.sheetName, register, e.row, {
        recheckDate: e.fields.recheckDate,
      });
      this.expectOwnWrite(this.sheetName, at);
      queued = true;
    }
    if (queued) await context.sync();
    await keepRechecks(effects);
  }

  private setEntry(key: string, entry: StatusSnapshot[string]): void {
    this.snapshot[key] = entry;
    this.unsaved[key] = entry;
  }

  /**
   * Stores the snapshot: the entries changed since the last store are appended (one small write
   * per change instead of the whole column: about 1.5 MB at 50,000 rows), and it is rewritten
   * whole when it has none stored yet or the appended part has grown too long.
   */
  private async store(context: Excel.RequestContext): Promise<void> {
    const changes = { ...this.unsaved };
    try {
      const appended =
        this.storedCells > 0
          ? await appendSnapshot(context, changes, this.storedCells, this.column)
          : undefined;
      this.storedCells =
        appended ?? (await saveSnapshot(context, this.sheetName, this.snapshot, this.column));
    } catch (error) {
      this.storedCells = 0; // what is stored is unknown now: the next store rewrites it whole
      throw error;
    }
    // Entries changed again while this was written stay unsaved.
    for (const [key, entry] of Object.entries(changes))
      if (this.unsaved[key] === entry) delete this.unsaved[key];
  }

  private toPending(move: DetectedMove, action: Action, via: MoveVia, single: boolean): PendingMove {
    const v = move.verdict;
    return {
      key: move.key,
      id: move.id,
      row: move.row,
      sheetName: this.sheetName,
      fromWord: move.fromWord,
      toWord: move.toWord,
      from: move.from,
      to: move.to,
      type: action.type,
      kind: !v.ok && v.reason === 'gate' ? 'gate' : 'not-allowed',
      missing: !v.ok && v.reason === 'gate' ? v.missing : [],
      allowed: v.ok ? [] : v.allowed,
      message: v.ok ? '' : v.message,
      values: action.values,
      columns: Object.keys(this.register!.mapping.columns) as FieldKey[],
      effectivenessWords: ownWords(this.register!.vocabularies.effectiveness),
      origin: via === 'remote' ? 'remote' : via === 'reconciliation' ? 'reconciliation' : 'local',
      single,
    };
  }

  /** After the add-in resolved a pending move (saved, cancelled, acknowledged). */
  resolve(move: PendingMove, word: string, state: State | undefined): void {
    this.record(move.key, word, state);
  }

  /** Records the status the add-in itself set or accepted for an action. */
  record(key: string, word: string, state: State | undefined): void {
    this.pending.delete(key);
    this.setEntry(key, { w: word, ...(state ? { s: state } : {}) });
    this.emit();
  }

  async persist(context: Excel.RequestContext): Promise<void> {
    await this.store(context);
  }

  async stop(): Promise<void> {
    const h = this.handler;
    this.handler = undefined;
    if (h) {
      h.remove();
      await h.context.sync();
    }
  }
}

function stateOf(register: Register, word: string): State | undefined {
  const s = word ? resolveWord(register.vocabularies.status, word) : undefined;
  return s === 'overdue' ? undefined : s;
}

function historyEntry(move: DetectedMove, via: MoveVia, now: string): HistoryEntry {
  const v = move.verdict;
  if (v.ok) {
    const e = v.effects.find((x) => x.kind === 'append-history');
    if (e && e.kind === 'append-history') return e.entry;
  }
  return {
    timestamp: now,
    id: move.id,
    row: move.row,
    from: move.from ?? '',
    to: (move.to ?? move.toWord) as State,
    fieldsFilled: [],
    comment: v.ok ? '' : v.message,
    via,
    gateMet: false,
  };
}
