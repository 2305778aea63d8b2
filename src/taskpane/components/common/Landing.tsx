import { FluentProvider, Link, Text } from '@fluentui/react-components';
import type { PaneTranslator } from '../../../core/i18n';
import { usePaneTheme } from '../../theme';
import { useLandingStyles } from './Landing.styles';

/** The help page (support, privacy, terms) beside the pane; its #playground section says how to try the add-in without Excel. */
export const HELP_URL = 'help.html';
export const PLAYGROUND_URL = 'help.html#playground';

/**
 * What the pane shows outside Excel — a plain browser tab on the pane's address (an administrator
 * checking a deployment) or another Office application: what the add-in is and how to install
 * it, with links to the help page and the playground. Static on purpose: no buttons, no calls to
 * Office or Excel, so nothing can fail or mislead.
 */
export function Landing({ t }: { t: PaneTranslator }) {
  const styles = useLandingStyles();
  const theme = usePaneTheme();
  return (
    <FluentProvider theme={theme}>
      <main className={styles.page} aria-labelledby="landing-title">
        <Text as="h1" size={600} weight="semibold" id="landing-title" className={styles.heading}>
          {t.t('landing.title')}
        </Text>
        <Text as="p" className={styles.heading}>
          {t.t('landing.lead')}
        </Text>
        <Text as="p" weight="semibold" className={styles.heading}>
          {t.t('landing.outside')}
        </Text>
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {t.t('landing.install')}
        </Text>
        <ul className={styles.list}>
          <li>
            <Text>{t.t('landing.install.windows')}</Text>
          </li>
          <li>
            <Text>{t.t('landing.install.mac')}</Text>
          </li>
          <li>
            <Text>{t.t('landing.install.web')}</Text>
          </li>
          <li>
            <Text>{t.t('landing.install.admin')}</Text>
          </li>
        </ul>
        <Text as="p" className={styles.heading}>
          {t.t('landing.open')}
        </Text>
        <nav className={styles.links} aria-label={t.t('landing.help')}>
          <Link href={HELP_URL}>{t.t('landing.help')}</Link>
          <Link href={PLAYGROUND_URL}>{t.t('landing.playground')}</Link>
        </nav>
      </main>
    </FluentProvider>
  );
}
