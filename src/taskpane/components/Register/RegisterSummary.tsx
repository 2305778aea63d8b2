import { useState } from 'react';
import { Badge, Button, Field, Select, Text } from '@fluentui/react-components';
import { FIELDS, REQUIRED_FIELDS } from '../../../core';
import type { RegisterInfo } from '../../../commands/api';
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
  const [other, setOther] = useState(info.alternatives[0]?.name ?? '');
  const found = FIELDS.filter((f) => info.mapping.columns[f]).length;
  const uncertain = FIELDS.filter((f) => isUncertain(info, f)).length;
  const missing = REQUIRED_FIELDS.filter((f) => !info.mapping.columns[f]).length;
  return (
    <>
      <Text as="p" className={styles.confirm}>
        {`We read “${info.sheetName}”, header row ${info.headerRow}, ${info.rows.toLocaleString()} action${info.rows === 1 ? '' : 's'}; ${found} field${found === 1 ? '' : 's'} found, ${uncertain} uncertain, ${missing} missing.`}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>Sheet</dt>
        <dd className={styles.value}>{info.sheetName}</dd>
        <dt className={styles.term}>Header row</dt>
        <dd className={styles.value}>{info.headerRow}</dd>
        <dt className={styles.term}>Actions</dt>
        <dd className={styles.value}>{info.rows.toLocaleString()}</dd>
        <dt className={styles.term}>Mapping</dt>
        <dd className={styles.value}>
          {info.storedConfig ? (
            <Badge appearance="tint" color="success">
              Saved in the workbook
            </Badge>
          ) : (
            <Badge appearance="tint" color="informative">
              Detected, not saved yet
            </Badge>
          )}
        </dd>
      </dl>
      {/* With the list of registers (RegisterList) the other sheets are included there instead. */}
      {info.alternatives.length > 0 && !info.registers && (
        <div className={styles.inline}>
          <Field className={styles.grow} label="Other sheets that look like registers">
            <Select className={styles.select} value={other} onChange={(_, data) => setOther(data.value)}>
              {info.alternatives.map((a) => (
                <option key={a.name} value={a.name}>{`${a.name} (header row ${a.headerRow})`}</option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || !other} onClick={() => onUseSheet(other)}>
            Use this sheet
          </Button>
        </div>
      )}
    </>
  );
}
