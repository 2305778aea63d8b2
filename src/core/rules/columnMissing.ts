import { FIELD_LABELS, REQUIRED_FIELDS, type FieldKey } from '../model';
import { statesNeedingField } from '../workflow/gates';
import type { Finding } from '../findings';
import { hasColumn, type Rule } from './rule';

const GATE_FIELDS: readonly FieldKey[] = [
  'correction',
  'rootCause',
  'similarElsewhere',
  'correctiveAction',
  'completionDate',
  'effectivenessResult',
  'verifiedBy',
  'closedDate',
  'remediation',
];

/** Columns without which the register's main checks cannot run (their absence is a warning). */
const MAIN_FIELDS: readonly FieldKey[] = REQUIRED_FIELDS.filter((f) => f !== 'type');

/**
 * One note for every column the register lacks — never an error by itself, never one per field:
 * most real registers have no Type column and few have every workflow gate's column.
 */
export const columnMissing: Rule = {
  code: 'column-missing',
  severity: 'warning',
  description:
    'Columns the checks or the workflow gates use are missing (one note listing them; never an error by itself).',
  checkRegister(ctx) {
    const { mapping, defaultType, actions } = ctx.register;
    const main = MAIN_FIELDS.filter((f) => !hasColumn(ctx, f));
    const noType = !hasColumn(ctx, 'type');
    let types: Set<(typeof actions)[number]['type']> | undefined; // only when a gate column is missing
    const gates: string[] = [];
    const gateFields: FieldKey[] = [];
    const gateKeys: string[] = [];
    for (const field of GATE_FIELDS) {
      if (hasColumn(ctx, field)) continue;
      if (!types) {
        types = new Set(actions.map((a) => a.type));
        if (types.size === 0) types.add(undefined);
      }
      const states = statesNeedingField(field, types);
      if (states.length === 0) continue;
      gates.push(`${FIELD_LABELS[field]} (to ${states.join(', ')})`);
      gateFields.push(field);
      gateKeys.push(`${field}:${states.join(',')}`);
    }
    if (main.length === 0 && !noType && gates.length === 0) return [];
    const parts: string[] = [];
    if (main.length > 0)
      parts.push(
        `no ${main.map((f) => FIELD_LABELS[f]).join(', ')} column, so the checks that need it are skipped`,
      );
    if (noType) {
      parts.push(
        defaultType
          ? `no Type column: every row is treated as ${defaultType.type} because ${defaultType.reason}`
          : 'no Type column: rows are actions of unknown type, and the NC-only and OFI-only checks are skipped',
      );
    }
    if (gates.length > 0) parts.push(`no column for the workflow gates' ${gates.join(', ')}`);
    const finding: Finding = {
      code: this.code,
      severity: main.length > 0 ? 'warning' : 'info',
      row: mapping.headerRow,
      column: '',
      field: main[0] ?? (noType ? 'type' : gateFields[0]),
      id: '',
      key: 'finding.column-missing',
      values: {
        fields: main.join(','),
        typeNote: noType ? (defaultType ? 'default' : 'unknown') : '',
        type: defaultType?.type ?? '',
        reason: defaultType?.reason ?? '',
        gates: gateKeys.join(';'),
      },
      message: `The register has ${parts.join('; ')}. Map an existing column to the field, or add the columns ("Set up / repair register" in the add-in adds them all at once).`,
    };
    return [finding];
  },
};
