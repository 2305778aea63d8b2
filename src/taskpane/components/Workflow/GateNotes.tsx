import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { isBlameOnly, lookupWord, type FieldKey, type State } from '../../../core';
import { useT } from '../../i18n';
import { fieldName, listOf, stateName } from '../../words';

/** A gentle hint (not an error) when a root cause only names a person. */
export function BlameHint({ text }: { text: string }) {
  const t = useT();
  if (!isBlameOnly(text)) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.t('workflow.blameTitle')}</MessageBarTitle> {t.t('workflow.blameBody')}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Why an NC that is not (yet) effective cannot close. */
export function EffectivenessNote({ value }: { value: string }) {
  const t = useT();
  if (!value.trim() || lookupWord('effectiveness', value) === 'effective') return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t.t('workflow.notEffective')}</MessageBarBody>
    </MessageBar>
  );
}

/** Gate fields the register has no column for: they do not block the move, but say so once. */
export function NoColumnNote({ fields, to }: { fields: readonly FieldKey[]; to: State | undefined }) {
  const t = useT();
  if (fields.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {t.t('workflow.noColumn', {
          fields: listOf(
            t,
            fields.map((f) => fieldName(t, f)),
          ),
          state: stateName(t, to),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
