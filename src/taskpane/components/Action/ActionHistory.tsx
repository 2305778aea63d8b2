import { Subtitle2, Text, useId } from '@fluentui/react-components';
import { FIELD_LABELS, historyRows, type HistoryEntry } from '../../../core';
import { stateLabel } from '../Workflow/words';
import { useActionStyles } from './Action.styles';

/** When, in the reader's own time zone; the ISO timestamp stays in `dateTime`. */
function when(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The action's moves from the history sheet, newest first. */
export function ActionHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const styles = useActionStyles();
  const headingId = useId('history');
  const rows = historyRows(entries);
  const items = entries.map((entry, i) => ({ entry, how: rows[i][7] })).reverse();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        History
      </Subtitle2>
      {items.length === 0 ? (
        <Text className={styles.muted}>No status changes recorded for this action yet.</Text>
      ) : (
        <ol className={styles.list} aria-labelledby={headingId}>
          {items.map(({ entry, how }, i) => (
            <li key={`${entry.timestamp}:${i}`} className={styles.entry}>
              <Text weight="semibold">
                {`${entry.from ? stateLabel(entry.from) : '(none)'} → ${stateLabel(entry.to)}`}
              </Text>
              <Text size={200} className={styles.muted}>
                <time dateTime={entry.timestamp}>{when(entry.timestamp)}</time>
                {`, ${how}${entry.gateMet ? '' : ', without its required fields'}`}
              </Text>
              {entry.fieldsFilled.length > 0 && (
                <Text
                  size={200}
                >{`Filled in: ${entry.fieldsFilled.map((f) => FIELD_LABELS[f] ?? f).join(', ')}`}</Text>
              )}
              {entry.comment && <Text className={styles.wrap}>{`Comment: ${entry.comment}`}</Text>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
