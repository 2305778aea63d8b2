import { memo, useState } from 'react';
import { Button, mergeClasses, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Finding } from '../../../core';
import { useT } from '../../i18n';
import { placeOf } from '../../words';
import { useFindingsStyles } from './Findings.styles';

/** Findings rendered per group at first and per "Show more": keeps the DOM small for 10,000 findings. */
export const PAGE_SIZE = 50;

/** The place of a finding, after its sheet when several registers are read together (it carries one then). */
function placeIn(t: ReturnType<typeof useT>, f: Finding & { sheet?: string }): string {
  return f.sheet ? `${f.sheet} · ${placeOf(t, f)}` : placeOf(t, f);
}

export interface FindingListProps {
  findings: readonly Finding[];
  onActivate: (finding: Finding) => void;
}

/**
 * The findings of one group. Each is a button (click, Enter or Space selects its cell); the
 * arrow keys move between them, so Tab leaves a long list in one step.
 */
export const FindingList = memo(function FindingList({ findings, onActivate }: FindingListProps) {
  const styles = useFindingsStyles();
  const t = useT();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const arrowNavigation = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const visible = findings.slice(0, limit);
  const hidden = findings.length - visible.length;
  return (
    <>
      <ul className={styles.list} {...arrowNavigation}>
        {visible.map((f, i) => (
          <li key={`${i}:${f.row}:${f.column}:${f.code}`}>
            {f.row === null ? (
              <div className={styles.item}>
                <span>{f.message}</span>
                <span className={styles.place}>{placeIn(t, f)}</span>
              </div>
            ) : (
              <button
                type="button"
                className={mergeClasses(styles.item, styles.activatable)}
                onClick={() => onActivate(f)}
              >
                <span>{f.message}</span>
                <span className={styles.place}>
                  {t.t('findings.selectInSheet', { place: placeIn(t, f) })}
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <Button appearance="subtle" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          {t.t('findings.showMore', { page: Math.min(PAGE_SIZE, hidden), hidden })}
        </Button>
      )}
    </>
  );
});
