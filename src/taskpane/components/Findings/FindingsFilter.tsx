import { Field, SearchBox, Select, ToggleButton } from '@fluentui/react-components';
import type { Severity } from '../../../core';
import { SEVERITIES, SEVERITY_LABEL } from './findingGroups';
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
  return (
    <>
      <div className={styles.toggles} role="group" aria-label="Show findings by severity">
        {SEVERITIES.map((s) => (
          <ToggleButton key={s} size="small" checked={severities.has(s)} onClick={() => onToggleSeverity(s)}>
            {`${SEVERITY_LABEL[s]} ${counts[s].toLocaleString()}`}
          </ToggleButton>
        ))}
      </div>
      {owners.length > 0 && (
        <Field label="Owner">
          <Select value={owner} onChange={(_, data) => onOwnerChange(data.value)}>
            <option value={ALL_OWNERS}>Every owner</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o || 'No owner'}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Filter findings">
        <SearchBox
          value={text}
          onChange={(_, data) => onTextChange(data.value)}
          placeholder="Id, word, column or rule"
        />
      </Field>
    </>
  );
}
