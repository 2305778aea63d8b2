import { columnLetter } from './grid';
import { FIELD_LABELS, FIELDS, type FieldKey, type State } from './model';
import type { Register } from './register';
import { canonicalValues, type VocabularyKind } from './mapping/vocabulary';

/** A data-validation list on one column, in the register's own words. */
export interface ValidationPlan {
  field: FieldKey;
  /** A1 range, e.g. 'H6:H1000'. */
  range: string;
  values: string[];
}

/** A conditional format with an Excel formula relative to the first cell of `range`. */
export interface ConditionalFormatPlan {
  purpose: 'overdue' | 'missing-required';
  field: FieldKey;
  range: string;
  formula: string;
}

export interface SetupPlan {
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
}

/** Rows below the last action that the guards also cover, so new rows are checked too. */
export const SETUP_SPARE_ROWS = 500;
/** Excel limits a list typed into data validation to 255 characters. */
const LIST_LIMIT = 255;

const VOCAB_FIELDS: { kind: VocabularyKind; field: FieldKey }[] = [
  { kind: 'status', field: 'status' },
  { kind: 'type', field: 'type' },
  { kind: 'source', field: 'source' },
  { kind: 'priority', field: 'priority' },
];

function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/**
 * What "Set up / repair register" installs so the sheet guards itself for co-authors who do not
 * have the add-in: dropdown lists in the register's own words, a highlight on overdue open
 * actions and on rows that lack an owner or a target date.
 *
 * @example planSetup(register).validations.map((v) => v.field) // ['status', 'type', …]
 */
export function planSetup(register: Register): SetupPlan {
  const { mapping, vocabularies } = register;
  const first = mapping.headerRow + 1;
  const last = Math.max(register.lastRow, first) + SETUP_SPARE_ROWS;
  const validations: ValidationPlan[] = [];
  for (const { kind, field } of VOCAB_FIELDS) {
    const col = mapping.columns[field];
    if (!col) continue;
    const vocab = vocabularies[kind];
    const words = Object.keys(vocab.map)
      .filter((n) => vocab.map[n] !== 'overdue')
      .map((n) => vocab.words[n] ?? n);
    const values =
      words.length > 0
        ? words
        : canonicalValues(kind)
            .filter((v) => v !== 'overdue')
            .map(String);
    const fitting: string[] = [];
    let length = 0;
    for (const v of values) {
      if (v.includes(',')) continue; // a comma would split the list
      if (length + v.length + 1 > LIST_LIMIT) break;
      fitting.push(v);
      length += v.length + 1;
    }
    validations.push({ field, range: `${col.letter}${first}:${col.letter}${last}`, values: fitting });
  }
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const status = mapping.columns.status;
  const target = mapping.columns.targetDate;
  const id = mapping.columns.id;
  const closedWords = Object.keys(vocabularies.status.map)
    .filter((n) => {
      const v = vocabularies.status.map[n];
      return v === 'closed' || v === 'cancelled';
    })
    .map((n) => vocabularies.status.words[n] ?? n);
  if (target) {
    const t = `$${target.letter}${first}`;
    const notClosed =
      status && closedWords.length
        ? `,ISNA(MATCH(TRIM($${status.letter}${first}),{${closedWords.map(quote).join(',')}},0))`
        : '';
    conditionalFormats.push({
      purpose: 'overdue',
      field: 'targetDate',
      range: `${target.letter}${first}:${target.letter}${last}`,
      formula: `=AND(ISNUMBER(${t}),${t}<TODAY()${notClosed})`,
    });
  }
  const anchor = id ?? status;
  for (const field of ['owner', 'targetDate'] as FieldKey[]) {
    const col = mapping.columns[field];
    if (!col || !anchor) continue;
    conditionalFormats.push({
      purpose: 'missing-required',
      field,
      range: `${col.letter}${first}:${col.letter}${last}`,
      formula: `=AND(LEN(TRIM($${anchor.letter}${first}))>0,LEN(TRIM(${col.letter}${first}))=0)`,
    });
  }
  return { validations, conditionalFormats };
}

/**
 * The headers of the bundled sample register (scripts/sample-actions.js): a new register — the
 * add-in's "New register" and the command line's `init` — and the example read the same: the field
 * labels, with the four the sample words otherwise.
 */
export const TEMPLATE_HEADER_TEXT: Record<FieldKey, string> = {
  ...FIELD_LABELS,
  id: 'Action ID',
  requirement: 'ISO 27001 clause / control',
  targetReviewDate: 'Next review date',
  correctiveAction: 'Corrective action / improvement',
};

/** The clean register template: every canonical field as a column, in the canonical order. */
export function templateHeaders(): { field: FieldKey; header: string; letter: string }[] {
  return FIELDS.map((field, i) => ({
    field,
    header: TEMPLATE_HEADER_TEXT[field],
    letter: columnLetter(i + 1),
  }));
}

/** Canonical words offered in a new register's dropdowns. */
export const TEMPLATE_STATUS_WORDS: Record<State, string> = {
  new: 'New',
  analysis: 'Analysis',
  planned: 'Planned',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  closed: 'Closed',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
};

/** Columns the workflow needs that the register lacks, placed after its last header cell. */
export interface MissingColumnsPlan {
  headerRow: number;
  columns: { field: FieldKey; header: string; letter: string }[];
}

const COLUMNS_TO_OFFER: readonly FieldKey[] = [
  'id',
  'type',
  'status',
  'owner',
  'targetDate',
  'targetReviewDate',
  'correction',
  'rootCause',
  'similarElsewhere',
  'correctiveAction',
  'remediation',
  'completionDate',
  'effectivenessResult',
  'verifiedBy',
  'evidence',
  'closedDate',
];

/**
 * The columns "Set up / repair register" offers to add: required and workflow-gate fields with no
 * column, as new header cells to the right of the last header cell. Existing cells are never moved.
 *
 * @example planMissingColumns(register).columns.map((c) => c.header) // ['Root cause', 'Verified by']
 */
export function planMissingColumns(register: Register, lastHeaderColumn: number): MissingColumnsPlan {
  const columns = COLUMNS_TO_OFFER.filter((f) => !register.mapping.columns[f]).map((field, i) => ({
    field,
    header: FIELD_LABELS[field],
    letter: columnLetter(lastHeaderColumn + 1 + i),
  }));
  return { headerRow: register.mapping.headerRow, columns };
}
