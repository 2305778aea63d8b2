/**
 * The one command list shared by the ribbon and the task pane (types only). The Excel adapter
 * implements it in `commandList.ts`; the pane and the ribbon handlers call it. Keeping the
 * contract here lets the pane be tested with an in-memory implementation and the ribbon stay
 * free of React.
 */
import type {
  ActionType,
  CellValue,
  EffectivenessResult,
  FieldKey,
  HistoryEntry,
  State,
  Finding,
  HeaderMapping,
  RegisterConfig,
  ReviewFigures,
  Severity,
  VocabularyNote,
} from '../core';
import type { PendingMove, UserError } from '../excel/types';
import type { RegisterSheetInfo } from '../excel/registers';
import type { RegisterHealth } from './health';

/** Defined by the Excel adapter, which raises them; the pane and the ribbon use them from here. */
export type { PendingMove, RegisterSheetInfo, UserError };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: UserError };

export interface Progress {
  /** 0–1. */
  fraction: number;
  label: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** What the pane shows about the detected register. */
export interface RegisterInfo {
  sheetName: string;
  headerRow: number;
  mapping: HeaderMapping;
  /** Other sheets that look like registers. */
  alternatives: { name: string; headerRow: number }[];
  vocabularyNotes: VocabularyNote[];
  rows: number;
  /** Sheet row of the last action read, and why the table ends there when rows below were left out. */
  lastRow: number;
  tableEnd?: string;
  config: RegisterConfig;
  /** Whether the config came from the workbook's stored settings. */
  storedConfig: boolean;
  /** Every sheet that looks like a register (issue 21), best first, and which are included. */
  registers?: RegisterSheetInfo[];
}

/** A finding; with several registers included, the sheet it is on (and the other place of a duplicate). */
export type PaneFinding = Finding & { sheet?: string; other?: { sheet: string; row: number; id: string } };

export interface ValidationResult {
  info: RegisterInfo;
  findings: PaneFinding[];
  /** The register sheets read, when more than one is included. */
  sheets?: string[];
  /** Included sheets that could not be read, in words. */
  notes?: string[];
  counts: Record<Severity, number>;
  /** ISO date used as "today". */
  asOf: string;
  highlighted: boolean;
  /** Counts and the actions needing attention now (the pane's Home view). */
  health?: RegisterHealth;
}

export interface ReviewResult {
  sheetName: string;
  figures: ReviewFigures;
  /** The register sheets the summary covers, when more than one is included. */
  registers?: string[];
}

export interface ReviewRequest {
  /** ISO dates; defaults: as-of today, to as-of, from the day after the last review sheet (else 12 months back). */
  asOf?: string;
  from?: string;
  to?: string;
  /** Language tag of the summary sheet's words ("de", "fr-FR"); default Office's display language. */
  lang?: string;
}

export interface SetupResult {
  validations: number;
  conditionalFormats: number;
  /** Headers of workflow columns the register lacks (offered, added only with `addColumns`). */
  missingColumns: string[];
  /** Headers added by this run (new cells to the right of the header; nothing moved). */
  addedColumns: string[];
}

/** What "Set up / repair register" would write, listed before anything is written. */
export interface SetupPreview {
  sheetName: string;
  /** Dropdown lists: the cells and the words offered. */
  validations: { field: FieldKey; range: string; values: string[] }[];
  /** Highlight rules: the cells and why. */
  conditionalFormats: { field: FieldKey; range: string; purpose: 'overdue' | 'missing-required' }[];
  /** New header cells the workflow needs (written only when the user adds the columns). */
  missingColumns: { field: FieldKey; address: string; header: string }[];
}

/** The commands. Every one resolves (never rejects) with an Outcome. */
export interface ImprovementPlanCommands {
  /** The register (or the named register sheet, with its own mapping) and the register sheets to include. */
  detectRegister(options?: RunOptions & { sheetName?: string }): Promise<Outcome<RegisterInfo>>;
  validate(options?: RunOptions & { asOf?: string; highlight?: boolean }): Promise<Outcome<ValidationResult>>;
  goToFinding(finding: Pick<Finding, 'row' | 'column'> & { sheet?: string }): Promise<Outcome<void>>;
  reviewSummary(request?: ReviewRequest & RunOptions): Promise<Outcome<ReviewResult>>;
  activateSheet(name: string): Promise<Outcome<void>>;
  /** Installs dropdowns and conditional formats; never changes a value the user typed. */
  setupRegister(options?: RunOptions & { addColumns?: boolean }): Promise<Outcome<SetupResult>>;
  /** Creates a new sheet with a clean register table. */
  newRegister(): Promise<Outcome<{ sheetName: string }>>;
  /** Stores the mapping and vocabulary in the workbook for every co-author. */
  saveConfig(config: RegisterConfig & { sheetName?: string }): Promise<Outcome<void>>;
  /** Exactly which cells the set-up would write; reads only. */
  previewSetup?(options?: RunOptions): Promise<Outcome<SetupPreview>>;
  /** Includes a register sheet in validation, the workflow and the review, or leaves it out. */
  includeRegister?(sheetName: string, included: boolean): Promise<Outcome<RegisterSheetInfo[]>>;
  /** The workbook's visible sheets, for choosing the register when none was found. */
  sheetNames?(): Promise<Outcome<string[]>>;
}

export interface MoveInput {
  fields: Partial<Record<FieldKey, CellValue>>;
  comment?: string;
}

/** The action in the selected row, for the Action view. */
export interface ActionView {
  sheetName: string;
  row: number;
  id: string;
  type?: ActionType;
  state?: State;
  statusWord: string;
  allowed: State[];
  values: Partial<Record<FieldKey, CellValue>>;
  columns: FieldKey[];
  history: HistoryEntry[];
  /** The register's own word for each effectiveness result its column uses ("Yes" for effective). */
  effectivenessWords?: Partial<Record<EffectivenessResult, string>>;
}

/** The status workflow (change detection, prompt, history, reconciliation). */
export interface WorkflowCommands {
  /** Starts watching the register sheet (idempotent); takes the first snapshot or reconciles with the stored one. */
  startWatching(): Promise<Outcome<{ sheetName: string; pending: PendingMove[] }>>;
  /** Called whenever the list of pending moves changes. Returns an unsubscribe function. */
  onPendingMoves(listener: (moves: PendingMove[]) => void): () => void;
  /** Compares the status column with the snapshot now. */
  reconcileNow(): Promise<Outcome<PendingMove[]>>;
  /** Save in the prompt: writes the fields into the row, keeps the new status, appends history. */
  completeMove(move: PendingMove, input: MoveInput): Promise<Outcome<{ missing: FieldKey[] }>>;
  /** Cancel in the prompt: restores the exact previous status value. */
  cancelMove(move: PendingMove): Promise<Outcome<void>>;
  /** Accepts a listed move as it is (recorded in history as not meeting its gate). */
  acknowledgeMove(move: PendingMove, comment: string): Promise<Outcome<void>>;
  /** The action in the selected row. */
  selectedAction(): Promise<Outcome<ActionView | undefined>>;
  /** Selects a row of a sheet (a pending move's action). */
  goToRow(sheetName: string, row: number): Promise<Outcome<void>>;
  /** Moves an action from the Action view (gate checked first; writes the register's own word). */
  moveAction(row: number, to: State, input: MoveInput): Promise<Outcome<{ missing: FieldKey[] }>>;
  /**
   * Calls `listener` after each change of the selection in Excel (the Action card follows it).
   * Resolves with the function that stops it, or an error when this Excel cannot tell.
   */
  onSelectionChanged?(listener: () => void): Promise<Outcome<() => void>>;
}
