/**
 * A service desk's ticket numbers in the ID column: a ServiceNow list export of incidents
 * (INC0010045), change requests and their tasks (CHG0030042, CTASK0010045) or service requests
 * (REQ…, RITM…, SCTASK…). Its default columns (Number, Opened, Short description, Priority,
 * State, Assigned to) are an action list's, so only the numbers say what the rows are: the
 * service desk's queue, not improvement actions. Problem records (PRB…) are not among them: a
 * problem is investigated to its root cause, as a corrective action is.
 */
import type { Grid } from '../grid';
import { cellText } from '../text';

const TICKET = /^(INC|CHG|CTASK|REQ|RITM|SCTASK)\d{5,}$/;

/** What the rows are, by their number's prefix. */
const KIND_OF: Readonly<Record<string, string>> = {
  INC: 'an incident log',
  CHG: 'a change log',
  CTASK: 'a change log',
  REQ: 'a service-desk request export',
  RITM: 'a service-desk request export',
  SCTASK: 'a service-desk request export',
};

/** Filled ID cells looked at, at most. */
const SAMPLE = 50;
/** Share of them that must be ticket numbers of one kind. */
const MIN_SHARE = 0.8;
/** Filled ID cells needed before the numbers say anything. */
const MIN_FILLED = 3;

/**
 * The kind of ticket the ID column numbers (`'an incident log'`, `'a change log'`…), with an
 * example number, when most of its first filled cells are a service desk's ticket numbers of one
 * kind; undefined otherwise.
 *
 * @example ticketNumbers({ values: [['Number'], ['CTASK0010045'], ['CTASK0010044'], ['CTASK0010043']] }, 1, 1) // { kind: 'a change log', example: 'CTASK0010045' }
 */
export function ticketNumbers(
  grid: Grid,
  headerRow: number,
  column: number,
): { kind: string; example: string } | undefined {
  const c = column - (grid.firstColumn ?? 1);
  const counts = new Map<string, number>();
  let filled = 0;
  let example = '';
  for (let r = headerRow - (grid.firstRow ?? 1) + 1; r < grid.values.length && filled < SAMPLE; r++) {
    const text = cellText(grid.values[r]?.[c] ?? '').trim();
    if (!text) continue;
    filled++;
    const match = TICKET.exec(text.toUpperCase());
    if (!match) continue;
    const kind = KIND_OF[match[1]!]!;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (!example) example = text;
  }
  if (filled < MIN_FILLED) return undefined;
  for (const [kind, n] of counts) if (n >= filled * MIN_SHARE) return { kind, example };
  return undefined;
}
