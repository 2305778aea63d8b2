import { Subtitle2, Text, useId } from '@fluentui/react-components';
import type { HistoryEntry } from '../../../core';
import type { PaneKey } from '../../../core/i18n';
import { useT } from '../../i18n';
import { dateTimeOf, fieldName, listOf, stateName } from '../../words';
import { useActionStyles } from './Action.styles';

/** The action's moves from the history sheet, newest first. */
export function ActionHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const styles = useActionStyles();
  const t = useT();
  const headingId = useId('history');
  const items = entries.map((entry) => ({ entry, how: t.t(`via.${entry.via}` as PaneKey) })).reverse();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.t('action.history')}
      </Subtitle2>
      {items.length === 0 ? (
        <Text className={styles.muted}>{t.t('action.noHistory')}</Text>
      ) : (
        <ol className={styles.list} aria-labelledby={headingId}>
          {items.map(({ entry, how }, i) => (
            <li key={`${entry.timestamp}:${i}`} className={styles.entry}>
              <Text weight="semibold">
                {`${entry.from ? stateName(t, entry.from) : t.t('action.historyNone')} → ${stateName(t, entry.to)}`}
              </Text>
              <Text size={200} className={styles.muted}>
                <time dateTime={entry.timestamp}>{dateTimeOf(t, entry.timestamp)}</time>
                {`, ${entry.gateMet ? how : t.t('action.historyWithoutGate', { how })}`}
              </Text>
              {entry.fieldsFilled.length > 0 && (
                <Text size={200}>
                  {t.t('action.filledIn', {
                    fields: listOf(
                      t,
                      entry.fieldsFilled.map((f) => fieldName(t, f)),
                    ),
                  })}
                </Text>
              )}
              {entry.comment && (
                <Text className={styles.wrap}>{t.t('action.comment', { comment: entry.comment })}</Text>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
