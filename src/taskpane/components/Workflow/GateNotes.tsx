import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { FIELD_LABELS, isBlameOnly, lookupWord, type FieldKey, type State } from '../../../core';
import { stateLabel } from './words';

/** A gentle hint (not an error) when a root cause only names a person. */
export function BlameHint({ text }: { text: string }) {
  if (!isBlameOnly(text)) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This names a person, not a cause.</MessageBarTitle> Ask why it was possible: which
        process, tool, training or control let it happen?
      </MessageBarBody>
    </MessageBar>
  );
}

/** Why an NC that is not (yet) effective cannot close. */
export function EffectivenessNote({ value }: { value: string }) {
  if (!value.trim() || lookupWord('effectiveness', value) === 'effective') return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        The NC cannot close until the action is verified effective (ISO 27001 clause 10.2 d). Keep it open and
        check again later, or plan a new corrective action.
      </MessageBarBody>
    </MessageBar>
  );
}

/** Gate fields the register has no column for: they do not block the move, but say so once. */
export function NoColumnNote({ fields, to }: { fields: readonly FieldKey[]; to: State | undefined }) {
  if (fields.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {`The register has no column for ${fields.map((f) => FIELD_LABELS[f]).join(', ')}, which ${stateLabel(to)} normally needs. Add the column to the sheet to record it; the Register tab maps it.`}
      </MessageBarBody>
    </MessageBar>
  );
}
