/**
 * The one command list shared by the ribbon and the task pane (types only). The Excel adapter
 * implements it in `commandList.ts`; the pane and the ribbon handlers call it. Keeping the
 * contract here lets the pane be tested with an in-memory implementation and the ribbon stay
 * free of React.
 */
import type {
  Finding,
  HeaderMapping,
  RegisterConfig,
  ReviewFigures,
  Severity,
  VocabularyNote,
} from '../core';

/** A failure explained for a user: what happened and what to do next. */
export interface UserError {
  code:
    | 'no-register'
    | 'sheet-missing'
    | 'payload-too-large'
    | 'edit-conflict'
    | 'network'
    | 'cancelled'
    | 'not-supported'
    | 'unexpected';
  message: string;
  /** True when trying again may work (network, conflict). */
  retry: boolean;
}

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
  config: RegisterConfig;
  /** Whether the config came from the workbook's stored settings. */
  storedConfig: boolean;
}

export interface ValidationResult {
  info: RegisterInfo;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** ISO date used as "today". */
  asOf: string;
  highlighted: boolean;
}

export interface ReviewResult {
  sheetName: string;
  figures: ReviewFigures;
}

export interface ReviewRequest {
  /** ISO dates; defaults: as-of today, period the last 12 months. */
  asOf?: string;
  from?: string;
  to?: string;
}

/** The commands. Every one resolves (never rejects) with an Outcome. */
export interface ImprovementPlanCommands {
  detectRegister(options?: RunOptions): Promise<Outcome<RegisterInfo>>;
  validate(options?: RunOptions & { asOf?: string; highlight?: boolean }): Promise<Outcome<ValidationResult>>;
  goToFinding(finding: Pick<Finding, 'row' | 'column'>): Promise<Outcome<void>>;
  reviewSummary(request?: ReviewRequest & RunOptions): Promise<Outcome<ReviewResult>>;
  activateSheet(name: string): Promise<Outcome<void>>;
  /** Installs dropdowns and conditional formats; never changes a value the user typed. */
  setupRegister(options?: RunOptions): Promise<Outcome<{ validations: number; conditionalFormats: number }>>;
  /** Creates a new sheet with a clean register table. */
  newRegister(): Promise<Outcome<{ sheetName: string }>>;
  /** Stores the mapping and vocabulary in the workbook for every co-author. */
  saveConfig(config: RegisterConfig & { sheetName?: string }): Promise<Outcome<void>>;
}
