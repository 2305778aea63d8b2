import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  useId,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import type { Finding } from '../../../core';
import { FindingList } from './FindingList';
import { severityLabel, type SeveritySection } from './findingGroups';
import { useT } from '../../i18n';
import { groupTitle } from './findingWords';
import { useFindingsStyles } from './Findings.styles';

export interface FindingSectionProps {
  section: SeveritySection;
  onActivate: (finding: Finding) => void;
}

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** One severity: a heading, then a collapsible group per rule code (all open at first). */
export function FindingSection({ section, onActivate }: FindingSectionProps) {
  const styles = useFindingsStyles();
  const t = useT();
  const headingId = useId('severity');
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const openItems = section.groups.filter((g) => !closed.has(g.key)).map((g) => g.key);
  const onToggle: AccordionToggleEventHandler<string> = (_, data) =>
    setClosed((c) => {
      const next = new Set(c);
      if (next.has(data.value)) next.delete(data.value);
      else next.add(data.value);
      return next;
    });
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.t('findings.section', { severity: severityLabel(t, section.severity), count: section.count })}
      </h3>
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {section.groups.map((group) => (
          <AccordionItem key={group.key} value={group.key}>
            <AccordionHeader as="h4">
              <span className={styles.groupHeader}>
                <span>{groupTitle(t, group.code, group.findings.length, group.description)}</span>
                <Badge appearance="tint" color={BADGE_COLOR[group.severity]} className={styles.code}>
                  {group.code}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {/* The rule's description is the core's English: shown only when the pane is English. */}
              {group.description && t.lang === 'en' && (
                <Text className={styles.muted}>{group.description}</Text>
              )}
              <FindingList findings={group.findings} onActivate={onActivate} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
