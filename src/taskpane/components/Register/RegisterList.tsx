import { Badge, Button, Checkbox, Text } from '@fluentui/react-components';
import type { RegisterSheetInfo } from '../../../commands/api';
import { useT } from '../../i18n';
import { useRegisterStyles } from './Register.styles';

export interface RegisterListProps {
  registers: readonly RegisterSheetInfo[];
  /** The sheet whose mapping the view shows. */
  shown: string;
  busy: boolean;
  onInclude: (sheetName: string, included: boolean) => void;
  onShow: (sheetName: string) => void;
}

/**
 * Every sheet that looks like a register (issue 21): include it in validation, the workflow and
 * the review, or leave it out; and show its own mapping and words. The last included register
 * cannot be left out.
 */
export function RegisterList({ registers, shown, busy, onInclude, onShow }: RegisterListProps) {
  const styles = useRegisterStyles();
  const t = useT();
  const included = registers.filter((r) => r.included).length;
  return (
    <section className={styles.section} aria-label={t.t('register.list.heading')}>
      <Text weight="semibold">{t.t('register.list.heading')}</Text>
      <Text as="p" className={styles.term}>
        {included > 1
          ? t.t('register.list.together', { count: included })
          : t.t('register.list.includeOthers')}
      </Text>
      <ul className={styles.registerList}>
        {registers.map((r) => (
          <li key={r.sheetName} className={styles.registerItem}>
            <Checkbox
              checked={r.included}
              disabled={busy || (r.included && included === 1)}
              label={t.t('register.sheetAndRow', { sheet: r.sheetName, row: r.headerRow })}
              onChange={(_, data) => onInclude(r.sheetName, data.checked === true)}
            />
            {r.best && (
              <Badge appearance="tint" color="informative">
                {t.t('register.list.best')}
              </Badge>
            )}
            {r.stored && (
              <Badge appearance="tint" color="success">
                {t.t('register.list.stored')}
              </Badge>
            )}
            {r.sheetName === shown ? (
              <Text size={200} className={styles.term}>
                {t.t('register.list.shownBelow')}
              </Text>
            ) : (
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                aria-label={t.t('register.list.showOf', { sheet: r.sheetName })}
                onClick={() => onShow(r.sheetName)}
              >
                {t.t('register.list.show')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
