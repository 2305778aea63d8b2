/**
 * Types the Excel adapter produces and the command list passes on: a failure explained for a
 * user, and a status change that needs the user. They live here, below the commands, so the
 * adapter never imports from the layer above it (`src/commands/api.ts` re-exports them).
 */
import type { ActionType, CellValue, EffectivenessResult, FieldKey, State } from '../core';

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
    | 'not-allowed'
    | 'unexpected';
  message: string;
  /** True when trying again may work (network, conflict). */
  retry: boolean;
}

/** A status change that needs the user: its gate lacks fields, or the move is not allowed. */
export interface PendingMove {
  /** Stable key of the action (id, or row for rows without one). */
  key: string;
  id: string;
  row: number;
  sheetName: string;
  /** The status text before (restored exactly on Cancel) and after, as typed. */
  fromWord: string;
  toWord: string;
  from?: State;
  to?: State;
  type?: ActionType;
  kind: 'gate' | 'not-allowed';
  /** Gate fields still missing (kind 'gate'). */
  missing: FieldKey[];
  /** Moves allowed from the previous state. */
  allowed: State[];
  message: string;
  /** The row's current values, to prefill the prompt. */
  values: Partial<Record<FieldKey, CellValue>>;
  /** Fields the register has columns for (the prompt shows only these). */
  columns: FieldKey[];
  /** The register's own word for each effectiveness result its column uses ("Yes" for effective). */
  effectivenessWords?: Partial<Record<EffectivenessResult, string>>;
  /** Where the change came from. Remote and reconciled moves are listed, never prompted. */
  origin: 'local' | 'remote' | 'reconciliation';
  /** The user's own one-cell change (typed or picked from the list): the only kind that opens the prompt. */
  single: boolean;
}
