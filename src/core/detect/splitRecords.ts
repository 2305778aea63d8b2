/**
 * Records typed over two rows: a log whose template wraps each entry — the ID, date and event on
 * one row, the action, owner and status on the next ("SL. NO 2 | 2023-09-04 | Overfitting" over
 * "| | Training on other models | Joshua | SOLVED"). The second row has no ID of its own and fills
 * only what the first left empty, so it completes that record rather than adding one.
 *
 * Taken only with strong evidence: most rows carry an ID, the row without one sits right below an
 * ID'd row, that row has no status of its own while this one has, and no field is filled on both
 * (one finding with several action rows fills the action, owner and status on each: left alone).
 * Joined where the table is read (`parseRegister`); a changed row the workflow watcher re-reads
 * alone is read as it stands.
 */
import type { CellValue } from '../grid';
import type { FieldKey } from '../model';
import { isBlank } from '../text';

/** What the merge reads of an action (an `Action` of the register). */
export interface SplitRow {
  row: number;
  id: string;
  values: Partial<Record<FieldKey, CellValue>>;
}

/** Share of the rows that carry an ID before a row without one can be a record's second half. */
const ID_SHARE = 0.6;

/**
 * The indexes (into `actions`) of rows that complete the record above them, each with the index
 * of that record; empty when the register does not write its records that way.
 *
 * @example splitRecordHalves([{ row: 5, id: '1', values: { id: '1' } }, { row: 6, id: '', values: { status: 'SOLVED' } }]) // Map { 1 => 0 }
 */
export function splitRecordHalves(actions: readonly SplitRow[]): Map<number, number> {
  const halves = new Map<number, number>();
  if (actions.length < 2) return halves;
  let withId = 0;
  for (const a of actions) if (a.id.trim() !== '') withId++;
  if (withId < actions.length * ID_SHARE || withId === actions.length) return halves;
  for (let i = 1; i < actions.length; i++) {
    const second = actions[i];
    const first = actions[i - 1];
    if (second.id.trim() !== '' || first.id.trim() === '' || second.row !== first.row + 1) continue;
    if (halves.has(i - 1)) continue;
    if (isBlank(second.values.status) || !isBlank(first.values.status)) continue;
    let overlap = false;
    for (const field of Object.keys(second.values) as FieldKey[]) {
      if (!isBlank(second.values[field]) && !isBlank(first.values[field])) {
        overlap = true;
        break;
      }
    }
    if (!overlap) halves.set(i, i - 1);
  }
  return halves;
}
