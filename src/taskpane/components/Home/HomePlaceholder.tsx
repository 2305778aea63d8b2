import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { storedRegisterNames } from '../../../commands/storedRegister';
import { useT } from '../../i18n';
import { useHomeShellStyles } from './Home.styles';

/**
 * Home while its code loads, from what is in memory: its heading, the register as stored in the
 * workbook (none on first use) and the Check button, disabled — the same lines, in the same
 * places, as Home's own first render, so nothing moves when Home replaces it. Part of the pane's
 * first chunk: the first view shows the register's name without waiting for Home's chunk.
 */
export function HomePlaceholder() {
  const styles = useHomeShellStyles();
  const t = useT();
  const [stored] = useState(storedRegisterNames);
  return (
    <div className={styles.root} aria-busy="true">
      <Subtitle2 as="h2" className={styles.heading}>
        {t.t('home.heading')}
      </Subtitle2>
      {stored.length > 0 && (
        <Text as="p" weight="semibold" className={styles.muted}>
          {stored.join(', ')}
        </Text>
      )}
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled>
          {t.t('home.check')}
        </Button>
        <Text size={200} className={styles.muted}>
          {t.t('home.checkHint')}
        </Text>
      </div>
    </div>
  );
}
