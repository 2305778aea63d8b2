import { Field, Select, useId } from '@fluentui/react-components';
import { canonicalValues, type VocabularyKind, type VocabularyNote } from '../../../core';
import type { CoreKey, CoreTranslator, PaneKey, PaneTranslator } from '../../../core/i18n';
import { useT } from '../../i18n';
import { useCoreT } from '../../useCoreT';
import { fieldName, listOf } from '../../words';
import type { MappingDraft } from './mappingDraft';
import { useRegisterStyles } from './Register.styles';

/** What a canonical value means, in the pane's language; the value itself when no name is known. */
function meaningOf(t: PaneTranslator, core: CoreTranslator, kind: VocabularyKind, value: string): string {
  const named = (text: string, key: string) => (text === key ? value : text);
  switch (kind) {
    case 'status':
      return value === 'overdue'
        ? t.t('review.figure.overdue')
        : named(t.t(`state.${value}` as PaneKey), `state.${value}`);
    case 'type':
      return named(t.t(`type.${value}` as PaneKey), `type.${value}`);
    case 'effectiveness':
      return named(t.t(`words.effectiveness.${value}` as PaneKey), `words.effectiveness.${value}`);
    default:
      return named(core.t(`${kind}.${value}` as CoreKey), `${kind}.${value}`);
  }
}

/** A word column's name: the field's own name, and "Effectiveness" for the effectiveness result. */
function kindLabel(t: PaneTranslator, kind: VocabularyKind): string {
  return kind === 'effectiveness' ? t.t('words.kind.effectiveness') : fieldName(t, kind);
}

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
  const t = useT();
  const core = useCoreT();
  const headingId = useId('words');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.t('words.heading', { count: notes.length })}
      </h3>
      {notes.length === 0 && (
        <p className={styles.note}>
          {present.length === 0
            ? t.t('words.noColumns', {
                status: fieldName(t, 'status'),
                type: fieldName(t, 'type'),
                source: fieldName(t, 'source'),
              })
            : t.t('words.allUnderstood', {
                columns: listOf(
                  t,
                  present.map((k) => kindLabel(t, k)),
                ),
                count: present.length,
              })}
        </p>
      )}
      {notes.map((note) => (
        <div key={`${note.kind}:${note.word}`} className={styles.fieldRow}>
          <Field
            label={t.t('words.label', { kind: kindLabel(t, note.kind), word: note.word })}
            hint={note.message}
          >
            <Select
              className={styles.select}
              value={draft.vocabulary[note.kind]?.[note.word] ?? note.value ?? ''}
              onChange={(_, data) => onWordChange(note.kind, note.word, data.value)}
            >
              <option value="" disabled>
                {t.t('words.choose')}
              </option>
              {canonicalValues(note.kind).map((v) => (
                <option key={v} value={v}>
                  {meaningOf(t, core, note.kind, v)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ))}
    </section>
  );
}
