/**
 * `init`: a new, empty register — the sample register's columns in order, a bold frozen header,
 * dropdown lists in the template's words and the same highlights the add-in installs
 * ("Set up / repair register"), taken from the core's {@link planSetup}.
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import { parseRegister } from '../../core/register';
import {
  ACTION_TYPES,
  CAUSE_CATEGORIES,
  DATE_FIELDS,
  PRIORITIES,
  RCA_METHODS,
  SOURCES,
  YES_NO_UNKNOWN,
  type FieldKey,
} from '../../core/model';
import {
  planSetup,
  SETUP_SPARE_ROWS,
  templateHeaders,
  TEMPLATE_STATUS_WORDS,
  type SetupPlan,
} from '../../core/setup';

export { templateHeaders };

export const TEMPLATE_SHEET = 'Improvement plan';

/** Last sheet row the template's dropdowns and highlights cover. */
export const TEMPLATE_LAST_ROW = 1000;

const TYPE_LABELS: Record<(typeof ACTION_TYPES)[number], string> = {
  'major-nc': 'Major NC',
  'minor-nc': 'Minor NC',
  nc: 'NC',
  observation: 'Observation',
  ofi: 'OFI',
};

/** `bc-exercise` → `BC exercise`, `internal-audit` → `Internal audit`. */
function label(value: string): string {
  const words = value.replace(/-/g, ' ');
  if (/^(bc|8d)\b/.test(words)) return words.replace(/^(bc|8d)/, (m) => m.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The template's dropdown words per field; each maps back to its canonical value. */
export const TEMPLATE_LISTS: Partial<Record<FieldKey, string[]>> = {
  status: Object.values(TEMPLATE_STATUS_WORDS),
  type: ACTION_TYPES.map((t) => TYPE_LABELS[t]),
  source: SOURCES.map(label),
  priority: PRIORITIES.map(label),
  effectivenessResult: ['Effective', 'Partially effective', 'Not effective'],
  similarElsewhere: YES_NO_UNKNOWN.map(label),
  rcaMethod: RCA_METHODS.map(label),
  causeCategory: CAUSE_CATEGORIES.map(label),
};

const WIDTHS: Partial<Record<FieldKey, number>> = {
  id: 12,
  title: 32,
  description: 48,
  requirement: 20,
  notes: 40,
};

/**
 * The setup plan of the empty template: the core reads a header plus one row per dropdown word,
 * so the lists come out in the template's words, then covers rows 2 to {@link TEMPLATE_LAST_ROW}.
 */
export function templateSetupPlan(): SetupPlan {
  const headers = templateHeaders();
  const longest = Math.max(...Object.values(TEMPLATE_LISTS).map((l) => l!.length));
  const rows = Array.from({ length: longest }, (_, i) =>
    headers.map((h) => TEMPLATE_LISTS[h.field]?.[i] ?? (h.field === 'id' ? `X-${i + 1}` : '')),
  );
  const grid: Grid = { values: [headers.map((h) => h.header), ...rows] };
  const parsed = parseRegister(grid, {}, TEMPLATE_SHEET);
  if (!parsed.ok) throw new Error(`the template header does not read back: ${parsed.message}`);
  return planSetup({ ...parsed.value, lastRow: TEMPLATE_LAST_ROW - SETUP_SPARE_ROWS });
}

function listFormula(values: readonly string[]): string {
  return `"${values.join(',')}"`;
}

const HIGHLIGHTS = {
  overdue: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  'missing-required': { fill: 'FFFFEB9C', font: 'FF9C5700' },
} as const;

/**
 * Builds the empty register workbook.
 *
 * @example (await buildTemplate(new Date()).xlsx.writeBuffer()).byteLength > 0
 */
export function buildTemplate(now: Date): { workbook: ExcelJS.Workbook; setup: SetupPlan } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Improvement Plan';
  workbook.created = now;
  workbook.modified = now;
  const ws = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const headers = templateHeaders();
  headers.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = h.header;
    cell.font = { bold: true };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9E1F2' },
      bgColor: { argb: 'FFD9E1F2' },
    };
    cell.alignment = { wrapText: true, vertical: 'top' };
    const column = ws.getColumn(i + 1);
    column.width = WIDTHS[h.field] ?? 18;
    if (DATE_FIELDS.includes(h.field)) column.numFmt = 'yyyy-mm-dd';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const setup = templateSetupPlan();
  const covered = new Set(setup.validations.map((v) => v.field));
  const validations = [
    ...setup.validations,
    ...headers
      .filter((h) => !covered.has(h.field) && TEMPLATE_LISTS[h.field])
      .map((h) => ({
        field: h.field,
        range: `${h.letter}2:${h.letter}${TEMPLATE_LAST_ROW}`,
        values: TEMPLATE_LISTS[h.field]!,
      })),
  ];
  // Range-wide validations exist in ExcelJS (`worksheet.dataValidations`) but not in its typings.
  const ranged = ws as unknown as {
    dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
  };
  for (const v of validations) {
    ranged.dataValidations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(v.values)],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Not in the list',
      error: `Choose one of: ${v.values.join(', ')}`.slice(0, 225),
    });
  }
  setup.conditionalFormats.forEach((cf, i) => {
    const colours = HIGHLIGHTS[cf.purpose];
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, '')],
          style: {
            fill: {
              type: 'pattern',
              pattern: 'solid',
              fgColor: { argb: colours.fill },
              bgColor: { argb: colours.fill },
            },
            font: { color: { argb: colours.font } },
          },
        },
      ],
    });
  });
  return { workbook, setup: { validations, conditionalFormats: setup.conditionalFormats } };
}
