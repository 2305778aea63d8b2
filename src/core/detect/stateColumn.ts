import type { CellValue, Grid } from '../grid';
import { cellAt, formatAt } from '../grid';
import type { HeaderMapping } from '../mapping/headers';
import type { FieldKey, State } from '../model';
import { isStatusWord } from '../mapping/vocabulary';
import { cellText, isBlank, normalizeWords } from '../text';
import { stageOfHeader } from './stageColumns';

/**
 * A register without a status column often says how far each action got in another way: a
 * "Closed (Y/N)" or "Done?" column of yes/no answers, or a "% complete" / "Progress" column.
 * Such a column gives each row its state (yes or 100 % → closed; a share above 0 → in progress;
 * no, 0 % or blank → open).
 */
export interface StateColumn {
  /** 1-based sheet column. */
  column: number;
  letter: string;
  header: string;
  kind: 'yes-no' | 'percent';
  /** For percentages held as plain numbers: 1 when the column holds 0–1, 100 when 0–100. */
  scale?: 1 | 100;
  /** The field the header first suggested ("Closed" → date closed), which the cells ruled out. */
  insteadOf?: FieldKey;
}

/** Header words that name completion (every language the lexicons cover, as normalised words). */
const DONE_WORDS = new Set(
  [
    'closed',
    'close',
    'complete',
    'completed',
    'completion',
    'done',
    'resolved',
    'fixed',
    'corrected',
    'corregido',
    'corrigido',
    'corrige',
    'finished',
    'implemented',
    'progress',
    'percent',
    'cerrado',
    'cerrada',
    'completado',
    'completo',
    'completa',
    'progreso',
    'avance',
    'chiuso',
    'completato',
    'avanzamento',
    'erledigt',
    'abgeschlossen',
    'fortschritt',
    'umgesetzt',
    'clos',
    'cloture',
    'termine',
    'avancement',
    'realise',
    'afgerond',
    'gesloten',
    'voortgang',
    'concluido',
    'fechado',
    'progresso',
    'lezarva',
    'teljesitve',
    // Attended to, solved, carried out: the same question in the words other registers use.
    'atendido',
    'atendida',
    'resuelto',
    'resuelta',
    'realizado',
    'realizada',
    'ejecutado',
    'finalizado',
    'terminado',
    'solucionado',
    'hecho',
    'resolvido',
    'executado',
    'feito',
    'concluida',
    'fait',
    'resolu',
    'traite',
    'acheve',
    'risolto',
    'fatto',
    'eseguito',
    'attuato',
    'chiusa',
    'completata',
    'behoben',
    'geloest',
    'gelost',
    'fertig',
    'klaar',
    'opgelost',
    'uitgevoerd',
    'gereed',
    'afgehandeld',
    'zamkniete',
    'zakonczone',
    'wykonane',
    'zrealizowane',
    'kesz',
    'megoldva',
    'klar',
    'fardig',
    'stangd',
    // A question in CJK is one word: 是否解决 "resolved?", 是否完成 "done?".
    '是否解决',
    '是否已解决',
    '是否完成',
    '是否关闭',
    '是否修复',
    '已解决',
    '解决',
    '完成',
    '完了',
    '완료',
    '해결',
  ].map((w) => normalizeWords(w)),
);

/** Header words that name a share done ("Progress", "Avance", "Fortschritt", "Andamento"). */
const PROGRESS_WORDS = new Set(
  [
    'percent',
    'percentage',
    'progress',
    'progreso',
    'avance',
    'avances',
    'avancement',
    'avanzamento',
    'andamento',
    'progresso',
    'fortschritt',
    'erledigungsgrad',
    'voortgang',
    'elorehaladas',
    'keszultseg',
    'keszultsegi',
    'postep',
    'porcentaje',
    'porcentagem',
    'percentuale',
    'pourcentage',
    'prozent',
    '完成率',
    '完了率',
    '进度',
    '進捗',
    '進捗率',
    '진행률',
    '진척률',
    '완료율',
  ].map((w) => normalizeWords(w)),
);

/** Words that make a yes/no column something else than "is it done" ("Effective (Y/N)", "Verified?"). */
const NOT_DONE_WORDS = new Set([
  'effective',
  'effectiveness',
  'verified',
  'verification',
  'accepted',
  'approved',
]);

const YES = new Set([
  'y',
  'yes',
  'true',
  'x',
  '✓',
  '✔',
  '☑',
  'si',
  'ja',
  'oui',
  'sim',
  'igen',
  'tak',
  'да',
  '是',
  '1',
]);
const NO = new Set([
  'n',
  'no',
  'false',
  '✗',
  '✘',
  '☐',
  'non',
  'nein',
  'nee',
  'nao',
  'nem',
  'nie',
  'нет',
  '否',
  '0',
]);
/** State words that also answer "is it done?" in a column that is not the status column. */
const YES_WORDS = new Set(['done', 'closed']);
const NO_WORDS = new Set(['open']);

const PERCENT_TEXT = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/;

/** A number written as text (a CSV's "0.3", "1") as the number it is; any other value as it is. */
function asNumber(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return /^\d{1,3}(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : value;
}

/** The share a percent cell holds (0–1), or undefined when it is not a percentage. */
function share(value: CellValue, format: string, scale: 1 | 100 | undefined): number | undefined {
  if (typeof value === 'number') {
    if (format.includes('%') || scale === 1) return value;
    return value / (scale ?? 100);
  }
  const m = PERCENT_TEXT.exec(cellText(value).trim());
  return m ? Number(m[1].replace(',', '.')) / 100 : undefined;
}

export function yesNo(value: CellValue, stateWords = true): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const w = normalizeWords(cellText(value)) || cellText(value).trim();
  if (YES.has(w) || (stateWords && YES_WORDS.has(w))) return true;
  if (NO.has(w) || (stateWords && NO_WORDS.has(w))) return false;
  return undefined;
}

const SAMPLE = 200;

/**
 * A status column named as such ("Status", "Estado"), set by the user, or whose cells are mostly
 * workflow words (half its distinct values or more): it says each row's state, and stage marks or
 * a "Closed?" column beside it are not asked.
 */
export function statusInWords(mapping: HeaderMapping): boolean {
  const status = mapping.columns.status;
  if (!status || status.confidence === 'override') return !!status;
  // "Done", "In progress" taken for the status by its header: a stage column, if marks fill it.
  if (stageOfHeader(status.header)) return false;
  if (status.confidence === 'exact') return true;
  // Taken for the status by its cells alone ("release_impact": Release Hold, Pending QA Review):
  // a column whose header asks "Closed?" or marks stages says the state in the register's own words.
  if (status.confidence === 'content') return false;
  const values = status.values ?? [];
  const words = values.filter((v) => isStatusWord(v)).length;
  return (status.fit === undefined || status.fit >= 1) && words > 0 && words * 2 >= values.length;
}

/** A header that asks a yes/no question: "Closed?", "Done (Y/N)", "Fixed [yes/no]". */
function asksYesNo(header: string): boolean {
  return /\?\s*$|\(\s*y\s*\/\s*n\s*\)|\by\s*\/\s*n\b|\byes\s*\/\s*no\b/i.test(header);
}

/** Fields whose column, when its cells are yes/no answers or shares, is really the state column. */
const TAKEN_FOR: readonly FieldKey[] = ['closedDate', 'completionDate'];

interface Candidate {
  column: number;
  letter: string;
  header: string;
  insteadOf?: FieldKey;
}

function candidates(mapping: HeaderMapping): Candidate[] {
  const status = mapping.columns.status;
  if (status?.confidence === 'override') return [];
  // A status column is the state column when its own cells are answers or shares; one of
  // workflow words keeps its say, any other ("Disposition", "Release impact") yields to a
  // "Closed?" column of yes/no answers.
  const own: Candidate[] = status ? [{ ...status, insteadOf: 'status' }] : [];
  if (status && statusInWords(mapping)) return own;
  const out: Candidate[] = [];
  for (const field of TAKEN_FOR) {
    const c = mapping.columns[field];
    if (c && c.confidence !== 'override') out.push({ ...c, insteadOf: field });
  }
  // Beside a status column, only a header that asks ("Closed?", "Done (Y/N)") outranks it: a
  // "record_complete" TRUE / FALSE says the paperwork is complete, not that the action closed.
  const others = [...out, ...mapping.unmapped];
  return status ? [...others.filter((c) => asksYesNo(c.header)), ...own] : others;
}

/**
 * The column that gives each row its state when the register has no real status column, if
 * any: a column whose header names completion and whose filled cells (at least 90 % of them) are
 * yes/no answers or percentages (a yes/no before a share done, wherever each stands) — unmapped, or first taken for the status, closed or completion
 * date by its header ("Closed", "Progress") until its cells said otherwise.
 *
 * @example findStateColumn(grid, mapping, 1, 40) // { column: 5, header: 'Closed (Y/N)', kind: 'yes-no', … }
 */
export function findStateColumn(
  grid: Grid,
  mapping: HeaderMapping,
  startIdx: number,
  endIdx: number,
): StateColumn | undefined {
  const firstColumn = grid.firstColumn ?? 1;
  // A "Closed?" yes/no says outright what a share done only implies: it wins wherever it stands.
  let percent: StateColumn | undefined;
  for (const candidate of candidates(mapping)) {
    const words = normalizeWords(candidate.header).split(' ');
    const percentHeader = candidate.header.includes('%') || words.some((w) => PROGRESS_WORDS.has(w));
    const named = candidate.insteadOf === 'status' || words.some((w) => DONE_WORDS.has(w));
    if (!percentHeader && !named) continue;
    if (words.some((w) => NOT_DONE_WORDS.has(w))) continue;
    // In a status column, "Open" and "Closed" are its own state words, not yes/no answers.
    const stateWords = candidate.insteadOf !== 'status';
    const idx = candidate.column - firstColumn;
    let filled = 0;
    let yn = 0;
    let pct = 0;
    let max = 0;
    let numbers = 0;
    let shown = 0;
    for (let r = startIdx; r < endIdx && filled < SAMPLE; r++) {
      const v = asNumber(cellAt(grid, r, idx));
      if (isBlank(v)) continue;
      filled++;
      const format = formatAt(grid, r, idx);
      if (typeof v === 'number') numbers++;
      // 1 and 0 shown as 100 % and 0 % are shares, as the 10 % beside them is.
      const asPercent = typeof v === 'number' && format.includes('%');
      if (asPercent) shown++;
      if (yesNo(v, stateWords) !== undefined && !(typeof v === 'number' && percentHeader) && !asPercent) yn++;
      const s = share(v, format, 100);
      if (s !== undefined && s >= 0 && s <= 1) {
        pct++;
        if (typeof v === 'number' && !format.includes('%')) max = Math.max(max, v);
      }
    }
    // "Closed?", "Done (Y/N)": the header asks for a yes or a no, so one answer is enough.
    if (filled < (asksYesNo(candidate.header) ? 1 : 2)) continue;
    const base = {
      column: candidate.column,
      letter: candidate.letter,
      header: candidate.header.replace(/\s+/g, ' ').trim(),
      ...(candidate.insteadOf ? { insteadOf: candidate.insteadOf } : {}),
    };
    if (yn / filled >= 0.9) return { ...base, kind: 'yes-no' };
    // A share done is kept while a yes/no further along may still say whether each row is closed.
    if (percent) continue;
    if (percentHeader && pct / filled >= 0.9)
      percent = { ...base, kind: 'percent', scale: max <= 1 ? 1 : 100 };
    // "Completo" over 75, 40, 100: a share done in plain numbers, under a word for done.
    else if (named && numbers === filled && pct === filled && max > 1)
      percent = { ...base, kind: 'percent', scale: 100 };
    // A status column of numbers shown as percentages (100 %, 10 %, 0 %): how far each row got.
    else if (named && shown === filled && pct === filled) percent = { ...base, kind: 'percent', scale: 1 };
  }
  return percent;
}

/**
 * A row's state from the state column: yes or 100 % → closed, a share above 0 → in progress, no,
 * 0 % or blank → new (open, nothing says how far it got); undefined for a cell that is neither.
 */
export function stateFromColumn(value: CellValue, format: string, column: StateColumn): State | undefined {
  if (isBlank(value)) return 'new';
  if (column.kind === 'yes-no') {
    const answer = yesNo(value);
    return answer === undefined ? undefined : answer ? 'closed' : 'new';
  }
  const s = share(asNumber(value), format, column.scale);
  if (s === undefined) return undefined;
  return s >= 1 ? 'closed' : s > 0 ? 'in-progress' : 'new';
}
