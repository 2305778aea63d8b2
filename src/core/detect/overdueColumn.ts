import type { CellValue, Grid } from '../grid';
import { cellAt } from '../grid';
import type { HeaderMapping } from '../mapping/headers';
import { hasCjk, normalizeWords } from '../text';
import { sampleAnswers } from './profile';
import { yesNo } from './stateColumn';

/**
 * Some registers keep no target date, only their own "Overdue?" flag — a True/False or Yes/No
 * column ("vencida", "is_overdue", "Überfällig"). Without a date to count from, that flag is the
 * only word the register has on lateness, so an open row flagged yes counts as overdue. A
 * register that has a target date column never uses it: the flag may be stale (computed on the
 * day the file was written), the date is not.
 */
export interface OverdueColumn {
  /** 1-based sheet column. */
  column: number;
  letter: string;
  header: string;
}

/** Header words that name lateness, as normalised words (every language the lexicons cover). */
const LATE_WORDS = new Set([
  'overdue',
  'late',
  'delayed',
  'vencida',
  'vencido',
  'vencidas',
  'vencidos',
  'atrasado',
  'atrasada',
  'atrasados',
  'retard',
  'retarde',
  'echu',
  'echue',
  'scaduto',
  'scaduta',
  'ritardo',
  'uberfallig',
  'verspatet',
  'verzug',
  'achterstallig',
  'verlopen',
  'lejart',
  'kesedelmes',
  'kesesben',
  'przeterminowane',
  'przeterminowany',
  'opoznione',
  'opozniony',
  'просрочено',
  'просрочен',
  'просроченный',
  'прострочено',
  'forsinket',
  'forsenad',
  'forfalden',
  'myohassa',
  'gecikmis',
  'zpozdeno',
  'intarziat',
]);
const LATE_PHRASES = ['past due'];
const LATE_CJK = ['逾期', '超期', '延期', '期限切れ', '期限超過', '遅延', '지연', '기한 초과'];
/** Words that make a lateness header something else than a yes/no flag ("Days overdue", "Reason late"). */
const NOT_FLAG_WORDS = new Set([
  'days',
  'day',
  'dias',
  'giorni',
  'tage',
  'jours',
  'reason',
  'motivo',
  'since',
]);

const SAMPLE = 200;

function namesLateness(header: string): boolean {
  const norm = normalizeWords(header);
  if (hasCjk(header)) return LATE_CJK.some((w) => header.includes(w));
  const words = norm.split(' ');
  if (words.some((w) => NOT_FLAG_WORDS.has(w))) return false;
  return words.some((w) => LATE_WORDS.has(w)) || LATE_PHRASES.some((p) => norm.includes(p));
}

/**
 * The register's own overdue flag, when it has no target date column: an unmapped column whose
 * header names lateness and whose filled cells (at least 90 % of them, two or more) are yes/no.
 *
 * @example findOverdueColumn(grid, mapping, 1, 75) // { column: 9, letter: 'I', header: 'vencida' }
 */
export function findOverdueColumn(
  grid: Grid,
  mapping: HeaderMapping,
  startIdx: number,
  endIdx: number,
): OverdueColumn | undefined {
  if (mapping.columns.targetDate) return undefined;
  const firstColumn = grid.firstColumn ?? 1;
  for (const candidate of mapping.unmapped) {
    if (!namesLateness(candidate.header)) continue;
    const isAnswer = (v: CellValue) => yesNo(v, false) !== undefined;
    const { filled, answers } = sampleAnswers(
      grid,
      candidate.column - firstColumn,
      startIdx,
      endIdx,
      isAnswer,
      SAMPLE,
    );
    if (filled >= 2 && answers / filled >= 0.9) {
      return {
        column: candidate.column,
        letter: candidate.letter,
        header: candidate.header.replace(/\s+/g, ' ').trim(),
      };
    }
  }
  return undefined;
}

/** True when the row's cell in the overdue column says yes. */
export function flaggedOverdue(grid: Grid, rowIdx: number, column: OverdueColumn | undefined): boolean {
  if (!column) return false;
  return yesNo(cellAt(grid, rowIdx, column.column - (grid.firstColumn ?? 1)), false) === true;
}
