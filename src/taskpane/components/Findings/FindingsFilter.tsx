import { Field, SearchBox, ToggleButton } from '@fluentui/react-components';
import type { Severity } from '../../../core';
import { SEVERITIES, SEVERITY_LABEL } from './findingGroups';
import { useFindingsStyles } from './Findings.styles';

export interface FindingsFilterProps {
  text: string;
  onTextChange: (text: string) => void;
  severities: ReadonlySet<Severity>;
  onToggleSeverity: (severity: Severity) => void;
  counts: Record<Severity, number>;
}

/** Counts per severity, doubling as show/hide toggles, and a text filter. */
export function FindingsFilter({
  text,
  onTextChange,
  severities,
  onToggleSeverity,
  counts,
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
