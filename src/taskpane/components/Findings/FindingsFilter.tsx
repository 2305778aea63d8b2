import { Field, SearchBox, Select, ToggleButton } from '@fluentui/react-components';
import type { Severity } from '../../../core';
import { SEVERITIES, severityLabel } from './findingGroups';
import { useT } from '../../i18n';
import { ALL_OWNERS } from './useFindings';
import { useFindingsStyles } from './Findings.styles';

export interface FindingsFilterProps {
  text: string;
  onTextChange: (text: string) => void;
  severities: ReadonlySet<Severity>;
  onToggleSeverity: (severity: Severity) => void;
  counts: Record<Severity, number>;
  /** Owners of the actions with findings ('' for none); empty when the check did not say. */
  owners: readonly string[];
  owner: string;
  onOwnerChange: (owner: string) => void;
}

/** Counts per severity, doubling as show/hide toggles, and a text filter. */
export function FindingsFilter({
  text,
  onTextChange,
  severities,
  onToggleSeverity,
  counts,
  owners,
  owner,
  onOwnerChange,
}: FindingsFilterProps) {
  const styles = useFindingsStyles();
  const t = useT();
  return (
    <>
      <div className={styles.toggles} role="group" aria-label={t.t('findings.bySeverity')}>
        {SEVERITIES.map((s) => (
          <ToggleButton key={s} size="small" checked={severities.has(s)} onClick={() => onToggleSeverity(s)}>
            {t.t('findings.toggle', { severity: severityLabel(t, s), count: counts[s] })}
          </ToggleButton>
        ))}
      </div>
      {owners.length > 0 && (
        <Field label={t.t('findings.owner')}>
          <Select value={owner} onChange={(_, data) => onOwnerChange(data.value)}>
            <option value={ALL_OWNERS}>{t.t('findings.everyOwner')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o || t.t('common.noOwner')}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t.t('findings.filter')}>
        <SearchBox
          value={text}
          onChange={(_, data) => onTextChange(data.value)}
          placeholder={t.t('findings.filterHint')}
        />
      </Field>
    </>
  );
}
