import type { Action } from '../register';
import { textOf } from '../register';
import { parseRequirements } from '../requirements';
import { isErrorValue, normalizeWords } from '../text';
import type { State } from '../model';

/** Where an action lives: its file, sheet and 1-based sheet row. */
export interface Place {
  file: string;
  sheet: string;
  row: number;
  id: string;
}

/** The same action found in two registers: counted once, where it was seen first. */
export interface CrossDuplicate {
  /** The copy that is counted (first in the order the registers were given). */
  kept: Place & { state: State | 'unknown' };
  /** The copy left out of the figures. */
  dropped: Place & { state: State | 'unknown' };
  because: 'same id' | 'same title and requirement';
  /** Index (in the roll-up's registers) of the register the dropped copy is in. */
  register: number;
}

interface Seen {
  register: number;
  action: Action;
  place: Place;
}

/**
 * An id that names one action across registers: "NC-2026-014" does; a bare row number "14" does
 * not, nor an error its formula left ("#NUM!" on every row).
 */
function idKey(action: Action): string | undefined {
  const id = action.id.trim().toLowerCase().replace(/\s+/g, ' ');
  return id === '' || /^[0-9.]+$/.test(id) || isErrorValue(id) ? undefined : id;
}

/** A requirement cell as its 2022 references ("A 5.15" and "Annex A 5.15" are one). */
function requirementKey(text: string): string {
  const refs = parseRequirements(text)
    .map((r) => ('id' in r && r.id ? r.id : normalizeWords(r.text)))
    .sort();
  return refs.length > 0 ? refs.join(',') : normalizeWords(text);
}

/**
 * Title and requirement together: both present, the requirement read as its 2022 references.
 * Registers repeat a few requirement cells on many rows: each is read once (`requirements`).
 */
function titleKey(action: Action, requirements: Map<string, string>): string | undefined {
  const requirementText = textOf(action, 'requirement');
  if (!requirementText) return undefined;
  const titleText = textOf(action, 'title') || textOf(action, 'description');
  if (!titleText) return undefined;
  let requirement = requirements.get(requirementText);
  if (requirement === undefined)
    requirements.set(requirementText, (requirement = requirementKey(requirementText)));
  return `${normalizeWords(titleText)}\u0000${requirement}`;
}

/**
 * Finds the actions that appear in more than one register: the same id (an id with a letter or a
 * prefix — bare numbers are row numbers, which every register restarts), or the same title and
 * requirement. A copy in the same register is not a cross-register duplicate (`duplicate-id`
 * says that). Returns the set of dropped actions and one entry per dropped copy.
 *
 * @example findCrossDuplicates([[a1, placeA]], [[b1, placeB]]) // b1 dropped when a1.id === b1.id
 */
export function findCrossDuplicates(registers: readonly (readonly { action: Action; place: Place }[])[]): {
  dropped: Set<Action>;
  duplicates: CrossDuplicate[];
} {
  const byId = new Map<string, Seen>();
  const byTitle = new Map<string, Seen>();
  const dropped = new Set<Action>();
  const duplicates: CrossDuplicate[] = [];
  const requirements = new Map<string, string>();
  registers.forEach((actions, register) => {
    // Keys are remembered after the register is read, so a register never duplicates itself.
    const mine: [Map<string, Seen>, string, Seen][] = [];
    for (const { action, place } of actions) {
      const id = idKey(action);
      const title = titleKey(action, requirements);
      const earlier =
        (id !== undefined ? byId.get(id) : undefined) ??
        (title !== undefined ? byTitle.get(title) : undefined);
      if (earlier) {
        dropped.add(action);
        duplicates.push({
          kept: { ...earlier.place, state: earlier.action.state ?? 'unknown' },
          dropped: { ...place, state: action.state ?? 'unknown' },
          because: id !== undefined && byId.get(id) === earlier ? 'same id' : 'same title and requirement',
          register,
        });
        continue;
      }
      const seen = { register, action, place };
      if (id !== undefined) mine.push([byId, id, seen]);
      if (title !== undefined) mine.push([byTitle, title, seen]);
    }
    for (const [map, key, seen] of mine) if (!map.has(key)) map.set(key, seen);
  });
  return { dropped, duplicates };
}
