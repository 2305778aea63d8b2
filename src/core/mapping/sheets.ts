import type { Grid } from '../grid';
import { detectHeader, mappingScore, type FieldOverrides } from './headers';

export interface SheetCandidate {
  name: string;
  hidden?: boolean;
  grid: Grid;
}

export interface SheetChoice {
  /** Index into the candidates of the chosen sheet. */
  index: number;
  name: string;
  headerRow: number;
  score: number;
  /** Other sheets that also look like registers, best first. */
  alternatives: { name: string; headerRow: number; score: number }[];
}

/**
 * Chooses the sheet that holds the register: the one whose header maps the most (and the most
 * important) columns. Visible sheets win over hidden ones with the same score; earlier sheets win
 * ties. `undefined` when no sheet has a register header.
 *
 * @example chooseRegisterSheet([{ name: 'About', grid }, { name: 'NC register', grid: ncGrid }])?.name // 'NC register'
 */
export function chooseRegisterSheet(
  sheets: readonly SheetCandidate[],
  options: { headerRow?: number; overrides?: FieldOverrides } = {},
): SheetChoice | undefined {
  const scored = sheets
    .map((sheet, index) => {
      const mapping = detectHeader(sheet.grid, options);
      return mapping
        ? {
            index,
            name: sheet.name,
            headerRow: mapping.headerRow,
            score: mappingScore(mapping),
            hidden: !!sheet.hidden,
          }
        : undefined;
    })
    .filter((s): s is NonNullable<typeof s> => s !== undefined && s.score > 0)
    .sort((a, b) => b.score - a.score || Number(a.hidden) - Number(b.hidden) || a.index - b.index);
  if (scored.length === 0) return undefined;
  const [best, ...rest] = scored;
  return {
    index: best.index,
    name: best.name,
    headerRow: best.headerRow,
    score: best.score,
    alternatives: rest.map(({ name, headerRow, score }) => ({ name, headerRow, score })),
  };
}
