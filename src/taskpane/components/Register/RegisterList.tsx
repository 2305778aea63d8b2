import { Badge, Button, Checkbox, Text } from '@fluentui/react-components';
import type { RegisterSheetInfo } from '../../../commands/api';
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
  const included = registers.filter((r) => r.included).length;
  return (
    <section className={styles.section} aria-label="Registers in this workbook">
      <Text weight="semibold">Registers in this workbook</Text>
      <Text as="p" className={styles.term}>
        {included > 1
          ? `${included} registers are read together: one list of findings and one review summary, with the same action in two registers counted once.`
          : 'Include other sheets to read them together with this one: one list of findings and one review summary.'}
      </Text>
      <ul className={styles.registerList}>
        {registers.map((r) => (
          <li key={r.sheetName} className={styles.registerItem}>
            <Checkbox
              checked={r.included}
              disabled={busy || (r.included && included === 1)}
              label={`${r.sheetName} (header row ${r.headerRow})`}
              onChange={(_, data) => onInclude(r.sheetName, data.checked === true)}
            />
            {r.best && (
              <Badge appearance="tint" color="informative">
                Best match
              </Badge>
            )}
            {r.stored && (
              <Badge appearance="tint" color="success">
                Mapping saved
              </Badge>
            )}
            {r.sheetName === shown ? (
              <Text size={200} className={styles.term}>
                Mapping shown below
              </Text>
            ) : (
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                aria-label={`Show the mapping of ${r.sheetName}`}
                onClick={() => onShow(r.sheetName)}
              >
                Show mapping
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
