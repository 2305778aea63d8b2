import { Field, Select, useId } from '@fluentui/react-components';
import { canonicalValues, type VocabularyKind, type VocabularyNote } from '../../../core';
import type { MappingDraft } from './mappingDraft';
import { useRegisterStyles } from './Register.styles';

const KIND_LABEL: Record<VocabularyKind, string> = {
  status: 'Status',
  type: 'Type',
  source: 'Source',
  priority: 'Priority',
  effectiveness: 'Effectiveness',
};

export interface VocabularyEditorProps {
  notes: readonly VocabularyNote[];
  draft: MappingDraft;
  onWordChange: (kind: VocabularyKind, word: string, value: string) => void;
  /** Which of the word columns (status, type, source, priority) the register has. */
  present: readonly VocabularyKind[];
}

/** The register's own words that were not understood, or were read one way on purpose. */
export function VocabularyEditor({ notes, draft, onWordChange, present }: VocabularyEditorProps) {
  const styles = useRegisterStyles();
  const headingId = useId('words');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {`Words to check (${notes.length})`}
      </h3>
      {notes.length === 0 && (
        <p className={styles.note}>
          {present.length === 0
            ? 'The register has no Status, Type or Source column, so there are no words to check. Map a column below if it has one under another name.'
            : `Every word in the ${present.map((k) => KIND_LABEL[k]).join(', ')} column${present.length === 1 ? '' : 's'} was understood.`}
        </p>
      )}
      {notes.map((note) => (
        <div key={`${note.kind}:${note.word}`} className={styles.fieldRow}>
          <Field label={`${KIND_LABEL[note.kind]} word “${note.word}”`} hint={note.message}>
            <Select
              className={styles.select}
              value={draft.vocabulary[note.kind]?.[note.word] ?? note.value ?? ''}
              onChange={(_, data) => onWordChange(note.kind, note.word, data.value)}
            >
              <option value="" disabled>
                Choose what it means
              </option>
              {canonicalValues(note.kind).map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ))}
    </section>
  );
}
