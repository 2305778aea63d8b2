import { useState } from 'react';
import { Badge, Button, Field, Select, Text } from '@fluentui/react-components';
import { FIELDS, REQUIRED_FIELDS } from '../../../core';
import type { RegisterInfo } from '../../../commands/api';
import { useT } from '../../i18n';
import { isUncertain } from './MappingEditor';
import { useRegisterStyles } from './Register.styles';

export interface RegisterSummaryProps {
  info: RegisterInfo;
  onUseSheet: (name: string) => void;
  busy: boolean;
}

/** The detected sheet, its header row and size, and the other sheets that look like registers. */
export function RegisterSummary({ info, onUseSheet, busy }: RegisterSummaryProps) {
  const styles = useRegisterStyles();
  const t = useT();
  const [other, setOther] = useState(info.alternatives[0]?.name ?? '');
  const found = FIELDS.filter((f) => info.mapping.columns[f]).length;
  const uncertain = FIELDS.filter((f) => isUncertain(info, f)).length;
  const missing = REQUIRED_FIELDS.filter((f) => !info.mapping.columns[f]).length;
  return (
    <>
      <Text as="p" className={styles.confirm}>
        {t.t('register.summary.read', {
          sheet: info.sheetName,
          row: info.headerRow,
          rows: info.rows,
          found,
          uncertain,
          missing,
        })}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.t('register.summary.sheet')}</dt>
        <dd className={styles.value}>{info.sheetName}</dd>
        <dt className={styles.term}>{t.t('register.summary.headerRow')}</dt>
        <dd className={styles.value}>{info.headerRow}</dd>
        <dt className={styles.term}>{t.t('register.summary.actions')}</dt>
        <dd className={styles.value}>{t.number(info.rows)}</dd>
        <dt className={styles.term}>{t.t('register.summary.mapping')}</dt>
        <dd className={styles.value}>
          {info.storedConfig ? (
            <Badge appearance="tint" color="success">
              {t.t('register.summary.saved')}
            </Badge>
          ) : (
            <Badge appearance="tint" color="informative">
              {t.t('register.summary.detected')}
            </Badge>
          )}
        </dd>
      </dl>
      {/* With the list of registers (RegisterList) the other sheets are included there instead. */}
      {info.alternatives.length > 0 && !info.registers && (
        <div className={styles.inline}>
          <Field className={styles.grow} label={t.t('register.summary.others')}>
            <Select className={styles.select} value={other} onChange={(_, data) => setOther(data.value)}>
              {info.alternatives.map((a) => (
                <option key={a.name} value={a.name}>
                  {t.t('register.sheetAndRow', { sheet: a.name, row: a.headerRow })}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || !other} onClick={() => onUseSheet(other)}>
            {t.t('register.useSheet')}
          </Button>
        </div>
      )}
    </>
  );
}
