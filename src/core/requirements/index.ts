/**
 * ISO/IEC 27001:2022 requirement references: the clause and Annex A tables, and a reader for the
 * `requirement` cell of a register, which in real sheets holds anything from `A.5.15` to
 * "ISO 27001 Clause 6.2", "Annex A A.8.8", `5.2`, a float-mangled `5.0999999999999996`, several
 * references at once, 2013 ids, or "N/A" (DESIGN.md §2 `requirement`, §4 `unknown-requirement`,
 * `legacy-2013-requirement`).
 */
import { CONTROL_NAMES, CONTROL_THEME_BY_SECTION } from './annexA';
import { CLAUSE_TITLES } from './clauses';
import { LEGACY_2013_MAP } from './legacy2013';

export { LEGACY_2013_MAP };

export interface RequirementInfo {
  id: string;
  kind: 'clause' | 'control';
  name: string;
  theme?: 'organizational' | 'people' | 'physical' | 'technological';
}

export type ParsedReference =
  | { kind: 'clause' | 'control'; id: string; name: string; text: string }
  | { kind: 'legacy-2013'; id: string; mapsTo: string[]; text: string }
  | { kind: 'unknown'; text: string };

export const CLAUSES: readonly RequirementInfo[] = Object.freeze(
  CLAUSE_TITLES.map(([id, name]): RequirementInfo => Object.freeze({ id, kind: 'clause', name })),
);

export const ANNEX_A_CONTROLS: readonly RequirementInfo[] = Object.freeze(
  CONTROL_NAMES.map(([id, name]): RequirementInfo => {
    const section = Number(id.split('.')[1]) as keyof typeof CONTROL_THEME_BY_SECTION;
    return Object.freeze({ id, kind: 'control', name, theme: CONTROL_THEME_BY_SECTION[section] });
  }),
);

const BY_ID = new Map<string, RequirementInfo>([...CLAUSES, ...ANNEX_A_CONTROLS].map((r) => [r.id, r]));
const CONTROL_ORDER = new Map(ANNEX_A_CONTROLS.map((c, i) => [c.id, i]));

/** 2013 categories (`A.12.6`) → the union of their controls' 2022 targets, in Annex order. */
const LEGACY_CATEGORIES = new Map<string, string[]>();
for (const [id, targets] of Object.entries(LEGACY_2013_MAP)) {
  const category = id.split('.').slice(0, 3).join('.');
  const union = new Set([...(LEGACY_CATEGORIES.get(category) ?? []), ...targets]);
  LEGACY_CATEGORIES.set(
    category,
    [...union].sort((a, b) => (CONTROL_ORDER.get(a) ?? 0) - (CONTROL_ORDER.get(b) ?? 0)),
  );
}

/**
 * The clause or Annex A control with this normalised id (`'9.2'`, `'A.5.15'`). 2013 ids are not
 * requirements of the 2022 standard and give `undefined`; read them with {@link parseRequirements}.
 *
 * @example
 * lookupRequirement('A.5.15'); // { id: 'A.5.15', kind: 'control', name: 'Access control', theme: 'organizational' }
 * lookupRequirement('A.9.2.1'); // undefined
 */
export function lookupRequirement(id: string): RequirementInfo | undefined {
  return typeof id === 'string' ? BY_ID.get(id.trim()) : undefined;
}

/** Case-insensitive word for the pattern below, without the `i` flag (which would let "a 5.2" be a control). */
const anyCase = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const SP = '[ \\t]{0,3}'; // bounded, so long runs of spaces cannot make the scan quadratic
const SECOND_A = `(?:A${SP}\\.?${SP})?`;
const CONTROL_MARKER = [
  `(?<![A-Za-z])${anyCase('annex')}[ \\t-]{0,3}A(?![A-Za-z])${SP}[.:]?${SP}${SECOND_A}`,
  `(?<![A-Za-z])${anyCase('control')}s?${SP}[.:#]?${SP}${SECOND_A}`,
  `(?<![A-Za-z0-9])(?:A${SP}\\.?${SP}|a\\.)`,
].join('|');
const CLAUSE_MARKER = `(?<![A-Za-z])(?:${anyCase('clause')}s?|${anyCase('cl')}\\.|§|${anyCase('section')}|${anyCase('sec')}\\.)${SP}`;
const NUMBER_END = '(?![\\d%]|\\.\\d)'; // not a piece of a date (15.03.2026), a standard number or a percentage
const NUMBER = `(\\d{1,2}\\.\\d{4,}|\\d{1,2}(?:\\.\\d{1,2}){0,2})${NUMBER_END}`;
/** Groups: 1 control marker, 2 clause marker, 3 number, 4 sibling suffix (`-36` in "A.5.35-36", `/16`). */
const REFERENCE = new RegExp(
  `(?:(${CONTROL_MARKER})|(${CLAUSE_MARKER})?(?<![A-Za-z0-9]|\\d\\.))${NUMBER}((?:[-–—/]\\d{1,2}${NUMBER_END})*)`,
  'g',
);
const RANGE_GAP = /^[ \t]{0,3}(?:[-–—]|to|through|thru|\.\.)[ \t]{0,3}$/i;
const FLOAT_MANGLED = /^\d+\.\d{4,}$/;

/** Which Annex A edition the last explicit control reference used; bare siblings follow it. */
type Edition = 'none' | '2022' | '2013';
type Resolved =
  | { kind: 'clause' | 'control'; id: string }
  | { kind: 'legacy-2013'; id: string; mapsTo: string[] }
  | undefined;

/**
 * Reads every requirement reference in a register cell. Clause/control prefixes and text
 * between references ("(Authentication information)") are ignored; placeholders and prose give
 * `[]`; a reference-shaped piece that is not in the 2022 tables gives `{ kind: 'unknown' }`;
 * 2013 ids give `legacy-2013` with their 2022 controls. A bare `x.y` is a clause when that
 * clause exists, else a control, except right after an explicit Annex A reference on the same
 * line ("A.5.17, 5.2" is two controls). Never throws.
 *
 * @example
 * parseRequirements('Annex A 5.15, 8.2 and ISO 27001 Clause 6.2');
 * // → control A.5.15, control A.8.2, clause 6.2
 * parseRequirements('A.9.2.1'); // [{ kind: 'legacy-2013', id: 'A.9.2.1', mapsTo: ['A.5.16', 'A.5.18'], text: 'A.9.2.1' }]
 * parseRequirements('A.5.99'); // [{ kind: 'unknown', text: 'A.5.99' }]
 * parseRequirements('N/A'); // []
 */
export function parseRequirements(cell: string | number | boolean): ParsedReference[] {
  const text = cellText(cell);
  const groups: ParsedReference[][] = []; // one group per reference-shaped piece of the cell
  let edition: Edition = 'none';
  let previous: { start: number; end: number; resolved: Resolved } | undefined;
  for (const match of text.matchAll(REFERENCE)) {
    const [whole, controlMarker, clauseMarker, number, siblings] = match;
    const levels = readLevels(number);
    // A lone number is a reference only as "A.9" or "Annex A 9" — not "12 days" or "A4 paper".
    if (levels.length === 1 && !/annex|\.\s*$/i.test(controlMarker ?? '')) continue;
    const start = match.index ?? 0;
    const end = start + whole.length;
    const gap = text.slice(previous?.end ?? 0, start);
    if (/[\r\n]/.test(gap) || clauseMarker !== undefined) edition = 'none';
    const explicit = controlMarker !== undefined;
    const resolved = explicit ? resolveExplicit(levels) : resolveBare(levels, edition);
    if (explicit) edition = editionOf(levels, resolved);
    const range = previous && RANGE_GAP.test(gap) ? controlsBetween(previous.resolved, resolved) : [];
    if (previous && range.length > 0) {
      const rangeText = text.slice(previous.start, end).trim();
      groups[groups.length - 1] = range.map((id) => toReference({ kind: 'control', id }, rangeText));
    } else {
      groups.push(referencesOf(resolved, whole.trim(), siblings));
    }
    previous = { start, end, resolved };
  }
  return dedupe(groups.flat());
}

function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  // Excel stores "5.1" typed into a number cell as 5.0999999999999996; two decimals is all an id has.
  if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0)
    return String(Math.round(cell * 100) / 100);
  return '';
}

function readLevels(number: string): number[] {
  const normal = FLOAT_MANGLED.test(number) ? String(Math.round(Number(number) * 100) / 100) : number;
  return normal.split('.').map((n) => Number(n));
}

function resolveExplicit(levels: number[]): Resolved {
  const id = `A.${levels.join('.')}`;
  if (levels.length === 2) return known(id) ?? legacy(id, LEGACY_CATEGORIES.get(id));
  if (levels.length === 3) return legacy(id, LEGACY_2013_MAP[id]);
  return undefined;
}

function resolveBare(levels: number[], edition: Edition): Resolved {
  const key = levels.join('.');
  const control = `A.${key}`;
  if (levels.length === 2) {
    if (edition === '2022' && BY_ID.has(control)) return known(control);
    const category = edition === '2013' ? LEGACY_CATEGORIES.get(control) : undefined;
    return known(key) ?? known(control) ?? legacy(control, category);
  }
  if (edition === '2013' && LEGACY_2013_MAP[control]) return legacy(control, LEGACY_2013_MAP[control]);
  return known(key) ?? legacy(control, LEGACY_2013_MAP[control]);
}

function editionOf(levels: number[], resolved: Resolved): Edition {
  if (resolved) return resolved.kind === 'legacy-2013' ? '2013' : '2022';
  return levels.length === 3 || levels[0] >= 9 ? '2013' : '2022';
}

function known(id: string): Resolved {
  const info = BY_ID.get(id);
  return info && { kind: info.kind, id };
}

function legacy(id: string, mapsTo: readonly string[] | undefined): Resolved {
  return mapsTo && { kind: 'legacy-2013', id, mapsTo: [...mapsTo] };
}

function toReference(resolved: Resolved, text: string): ParsedReference {
  if (!resolved) return { kind: 'unknown', text };
  if (resolved.kind === 'legacy-2013') return { ...resolved, text };
  return { kind: resolved.kind, id: resolved.id, name: BY_ID.get(resolved.id)?.name ?? '', text };
}

/** The piece's references, with the short forms "A.5.35-36" (a range) and "A.5.15/16" (a sibling). */
function referencesOf(resolved: Resolved, text: string, siblings: string): ParsedReference[] {
  if (resolved?.kind !== 'control' || !siblings) return [toReference(resolved, text)];
  const section = resolved.id.split('.')[1];
  const ids = [resolved.id];
  let last: Resolved = resolved;
  for (const [, sep, n] of siblings.matchAll(/([-–—/])(\d{1,2})/g)) {
    const target: Resolved = { kind: 'control', id: `A.${section}.${Number(n)}` };
    if (sep === '/' && BY_ID.has(target.id)) ids.push(target.id);
    if (sep !== '/') ids.push(...controlsBetween(last, target).slice(1));
    last = target;
  }
  return ids.map((id) => toReference({ kind: 'control', id }, text));
}

/** Controls `from` … `to` inclusive when both are controls of one section, `to` after `from`; else `[]`. */
function controlsBetween(from: Resolved, to: Resolved): string[] {
  if (from?.kind !== 'control' || to?.kind !== 'control') return [];
  const [, section, first] = from.id.split('.');
  const [, toSection, last] = to.id.split('.');
  if (section !== toSection || Number(last) <= Number(first)) return [];
  const ids: string[] = [];
  for (let n = Number(first); n <= Number(last); n++) ids.push(`A.${section}.${n}`);
  return ids.every((id) => BY_ID.has(id)) ? ids : [];
}

function dedupe(refs: ParsedReference[]): ParsedReference[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.kind === 'unknown' ? `unknown:${r.text}` : `${r.kind}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
