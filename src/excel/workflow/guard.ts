/**
 * The workflow guard over every included register sheet (issue 21): one {@link StatusWatcher}
 * per sheet, keyed by its name, each with its own mapping, change handler and snapshot column.
 * With one register (or none stored per sheet) it is the main register's watcher alone, as before.
 */
import type { Register, State } from '../../core';
import type { PendingMove } from '../types';
import { includedSheets } from '../registers';
import { StatusWatcher } from './watcher';

type Listener = (moves: PendingMove[]) => void;

const key = (name: string) => name.trim().toLowerCase();

export class WorkflowGuard {
  /** The main register's watcher (the first included sheet, or the stored / detected one). */
  readonly main: StatusWatcher;
  /** The other included sheets' watchers, by sheet name (lower case). */
  private readonly others = new Map<string, StatusWatcher>();
  private readonly listeners = new Set<Listener>();
  private readonly now?: () => Date;

  constructor(options: { now?: () => Date } = {}) {
    this.now = options.now;
    this.main = this.watch(new StatusWatcher({ now: options.now }));
  }

  private watch(w: StatusWatcher): StatusWatcher {
    w.subscribe(() => this.emit());
    return w;
  }

  private emit(): void {
    const moves = this.pendingMoves;
    for (const l of this.listeners) l(moves);
  }

  /** The main register's sheet name. */
  get sheetName(): string {
    return this.main.sheetName;
  }

  /** The main register. */
  get register(): Register | undefined {
    return this.main.register;
  }

  /** Every watcher, the main one first. */
  get watchers(): StatusWatcher[] {
    return [this.main, ...this.others.values()];
  }

  /** The watcher of a sheet (by name, any case), or undefined when that sheet is not watched. */
  watcherOf(sheetName: string): StatusWatcher | undefined {
    return this.watchers.find((w) => w.register && key(w.sheetName) === key(sheetName));
  }

  get pendingMoves(): PendingMove[] {
    return this.watchers.flatMap((w) => w.pendingMoves);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts watching the main register and every other included sheet (one after the other: each
   * costs its read and its snapshot's); a watched sheet no longer included is let go.
   */
  async start(context: Excel.RequestContext): Promise<PendingMove[]> {
    await this.main.start(context);
    const included = includedSheets().filter((s) => key(s.sheetName) !== key(this.main.sheetName));
    const wanted = new Set(included.map((s) => key(s.sheetName)));
    for (const [name, w] of [...this.others])
      if (!wanted.has(name)) {
        this.others.delete(name);
        await w.stop();
      }
    for (const s of included) {
      let w = this.others.get(key(s.sheetName));
      if (!w) {
        w = this.watch(new StatusWatcher({ now: this.now, sheet: s }));
        this.others.set(key(s.sheetName), w);
      }
      try {
        // One register after the other: each start is a bounded read of its own.
        await w.start(context);
      } catch (error) {
        // An included sheet gone or no longer a register is not watched; the others are.
        if ((error as { code?: string }).code !== 'NoRegister') throw error;
        this.others.delete(key(s.sheetName));
      }
    }
    return this.pendingMoves;
  }

  async reconcile(context: Excel.RequestContext): Promise<PendingMove[]> {
    for (const w of this.watchers) if (w.register) await w.reconcile(context);
    return this.pendingMoves;
  }

  async idle(): Promise<void> {
    await Promise.all(this.watchers.map((w) => w.idle()));
  }

  /** Records that the add-in is about to write these cells of `sheet`, so they are not prompts. */
  expectOwnWrite(sheet: string, addresses: string[]): void {
    (this.watcherOf(sheet) ?? this.main).expectOwnWrite(sheet, addresses);
  }

  /** After the add-in resolved a pending move of any watched sheet. */
  resolve(move: PendingMove, word: string, state: State | undefined): void {
    (this.watcherOf(move.sheetName) ?? this.main).resolve(move, word, state);
  }

  /** Records the status the add-in set for an action of `sheet` (the main register's by default). */
  record(action: string, word: string, state: State | undefined, sheet?: string): void {
    ((sheet && this.watcherOf(sheet)) || this.main).record(action, word, state);
  }

  async persist(context: Excel.RequestContext): Promise<void> {
    for (const w of this.watchers) if (w.register) await w.persist(context);
  }

  async stop(): Promise<void> {
    for (const w of this.watchers) await w.stop();
  }
}
