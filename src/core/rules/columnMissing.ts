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

export const columnMissing: Rule = {
  code: 'column-missing',
  severity: 'error',
  description:
    'A required column (ID, Type, Status, Owner, Target date) or a workflow gate column is missing.',
  checkRegister(ctx) {
    const out: Finding[] = [];
    const { mapping, defaultType, actions } = ctx.register;
    for (const field of REQUIRED_FIELDS) {
      if (hasColumn(ctx, field)) continue;
      if (field === 'type' && defaultType) {
        out.push({
          code: this.code,
          severity: 'warning',
          row: mapping.headerRow,
          column: '',
          field,
          id: '',
          message: `There is no Type column; every row is treated as ${defaultType.type} because ${defaultType.reason}. Add a Type column to classify NCs and OFIs one by one.`,
        });
        continue;
      }
      out.push({
        code: this.code,
        severity: 'error',
        row: mapping.headerRow,
        column: '',
        field,
        id: '',
        message: `No column for ${FIELD_LABELS[field]} was found in the header (row ${mapping.headerRow}). Add the column, or map an existing column to "${field}".`,
      });
    }
    let types: Set<(typeof actions)[number]['type']> | undefined; // only when a gate column is missing
    for (const field of GATE_FIELDS) {
      if (hasColumn(ctx, field)) continue;
      if (!types) {
        types = new Set(actions.map((a) => a.type));
        if (types.size === 0) types.add(undefined);
      }
      const states = statesNeedingField(field, types);
      if (states.length === 0) continue;
      out.push({
        code: this.code,
        severity: 'warning',
        row: mapping.headerRow,
        column: '',
        field,
        id: '',
        message: `No column for ${FIELD_LABELS[field]}: it is needed to move an action to ${states.join(', ')}. Add the column (the add-in's "Set up / repair register" can add it).`,
      });
    }
    return out;
  },
};
