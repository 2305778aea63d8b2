import { useMemo, useState } from 'react';
import { Field, Input, Select, Switch, Text, useId } from '@fluentui/react-components';
import { FIELDS, REQUIRED_FIELDS, type FieldKey } from '../../../core';
import type { PaneTranslator } from '../../../core/i18n';
import { useT } from '../../i18n';
import { fieldName } from '../../words';
import type { RegisterInfo } from '../../../commands/api';
import { ConfidenceBadge, type MappingConfidence } from './ConfidenceBadge';
import { headerOptions, type HeaderOption, type MappingDraft } from './mappingDraft';
import { useRegisterStyles } from './Register.styles';

export interface MappingEditorProps {
  info: RegisterInfo;
  draft: MappingDraft;
  onFieldChange: (field: FieldKey, letter: string) => void;
  onHeaderRowChange: (row: number | undefined) => void;
  /** The last row of the actions; null to find the end of the table again. */
  onLastRowChange: (row: number | null) => void;
}

/** Field → column of the header row, with how sure the detection is; each choice can be changed. */
export function MappingEditor({
  info,
  draft,
  onFieldChange,
  onHeaderRowChange,
  onLastRowChange,
}: MappingEditorProps) {
  const styles = useRegisterStyles();
  const t = useT();
  const headingId = useId('columns');
  const [showAll, setShowAll] = useState(false);
  const options = useMemo(() => headerOptions(info.mapping), [info.mapping]);
  const columns = info.mapping.columns;
  // Open by default: what needs the user's eye (uncertain, required but missing, changed).
  const open = FIELDS.filter((f) => needsLook(info, f) || draft.fields[f] !== undefined);
  const visible = showAll ? FIELDS : open;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.t('mapping.heading')}
      </h3>
      <Text>
        {open.length === 0 ? t.t('mapping.allCertain') : t.t('mapping.toCheck', { count: open.length })}
      </Text>
      <Field label={t.t('register.summary.headerRow')} hint={t.t('mapping.headerRowHint')}>
        <Input
          type="number"
          min={1}
          value={String(draft.headerRow ?? info.headerRow)}
          onChange={(_, data) => {
            const n = Number(data.value);
            onHeaderRowChange(Number.isInteger(n) && n >= 1 ? n : undefined);
          }}
        />
      </Field>
      <Field
        label={t.t('mapping.lastRow')}
        hint={
          info.config.rows?.last !== undefined
            ? t.t('mapping.lastRowSet')
            : info.tableEnd
              ? t.t('mapping.lastRowFoundEnd', { row: info.lastRow, end: info.tableEnd })
              : t.t('mapping.lastRowFound', { row: info.lastRow })
        }
      >
        <Input
          type="number"
          min={1}
          value={draft.lastRow === null ? '' : String(draft.lastRow ?? info.config.rows?.last ?? '')}
          onChange={(_, data) => {
            const n = Number(data.value);
            onLastRowChange(data.value.trim() !== '' && Number.isInteger(n) && n >= 1 ? n : null);
          }}
        />
      </Field>
      {visible.map((field) => (
        <MappingRow
          key={field}
          field={field}
          options={options}
          value={draft.fields[field] ?? columns[field]?.letter ?? ''}
          confidence={
            draft.fields[field] !== undefined
              ? 'edited'
              : (columns[field]?.confidence ??
                (REQUIRED_FIELDS.includes(field) ? 'missing-required' : 'missing'))
          }
          why={draft.fields[field] === undefined ? whyOf(t, columns[field]) : undefined}
          onChange={(letter) => onFieldChange(field, letter)}
        />
      ))}
      <Switch
        checked={showAll}
        onChange={(_, data) => setShowAll(data.checked)}
        label={t.t('mapping.showAll')}
      />
      {info.mapping.badOverrides.map((b) => (
        <Text key={b.field} className={styles.note}>
          {t.t('mapping.badOverride', { target: b.target, field: fieldName(t, b.field) })}
        </Text>
      ))}
    </section>
  );
}

/** A field is uncertain when only a guess or the cells placed it. */
export function isUncertain(info: RegisterInfo, field: FieldKey): boolean {
  const c = info.mapping.columns[field];
  return c !== undefined && (c.confidence === 'fuzzy' || c.confidence === 'content');
}

/** A field the user should look at: uncertain, or required and not found. */
export function needsLook(info: RegisterInfo, field: FieldKey): boolean {
  return isUncertain(info, field) || (!info.mapping.columns[field] && REQUIRED_FIELDS.includes(field));
}

interface MappingRowProps {
  field: FieldKey;
  options: readonly HeaderOption[];
  value: string;
  confidence: MappingConfidence;
  /** "Why this column?": what the cells said, the confidence and the runner-up. */
  why?: string;
  onChange: (letter: string) => void;
}

/** The evidence behind a detected column, in words. */
function whyOf(t: PaneTranslator, column: RegisterInfo['mapping']['columns'][FieldKey]): string | undefined {
  if (!column || column.confidence === 'override') return undefined;
  const sure = column.score !== undefined ? t.t('mapping.sure', { percent: t.percent(column.score, 1) }) : '';
  const runner = column.runnerUp
    ? t.t('mapping.nextBest', { letter: column.runnerUp.letter, header: column.runnerUp.header })
    : '';
  return [column.reason, sure, runner].filter(Boolean).join('; ');
}

function MappingRow({ field, options, value, confidence, why, onChange }: MappingRowProps) {
  const styles = useRegisterStyles();
  const t = useT();
  const hint = (
    <>
      <ConfidenceBadge confidence={confidence} />
      {why && <Text size={200}>{` ${t.t('mapping.why', { why })}`}</Text>}
    </>
  );
  return (
    <div className={styles.fieldRow}>
      <Field label={fieldName(t, field)} hint={hint}>
        <Select className={styles.select} value={value} onChange={(_, data) => onChange(data.value)}>
          <option value="">{t.t('mapping.noColumn')}</option>
          {options.map((o) => (
            <option key={o.letter} value={o.letter}>{`${o.letter}: ${o.header}`}</option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
