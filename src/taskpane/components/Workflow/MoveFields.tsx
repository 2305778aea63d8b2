import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  type FieldProps,
} from '@fluentui/react-components';
import { DATE_FIELDS, FIELD_LABELS, type FieldKey } from '../../../core';
import { choicesFor } from './moveForm';
import type { MoveForm } from './useMoveForm';
import { EffectivenessNote, BlameHint, NoColumnNote } from './GateNotes';
import { WhyChain } from './WhyChain';
import { stateLabel } from './words';
import { useWorkflowStyles } from './Workflow.styles';

const LONG_TEXT: readonly FieldKey[] = [
  'rootCause',
  'correction',
  'correctiveAction',
  'remediation',
  'notes',
];
const RADIOS: readonly FieldKey[] = ['similarElsewhere', 'effectivenessResult'];
const LABELS: Partial<Record<FieldKey, string>> = {
  rcaMethod: 'Root-cause analysis method',
  rootCause: 'Root-cause statement',
  evidence: 'Evidence link',
};

function labelOf(field: FieldKey): string {
  return LABELS[field] ?? FIELD_LABELS[field];
}

/** The gate form's fields (no buttons: the prompt and the Action view add their own). */
export function MoveFields({ form }: { form: MoveForm }) {
  const styles = useWorkflowStyles();
  const { spec, values, missing, subject } = form;

  const effectiveWord =
    choicesFor('effectivenessResult', subject)?.find((c) => c.value === 'effective')?.label ?? 'Effective';
  const fieldProps = (field: FieldKey): FieldProps => {
    const marked = missing.has(field);
    const message =
      field === 'effectivenessResult'
        ? `Must be “${effectiveWord}”: an NC closes only once the action is verified effective.`
        : `Needed to move to ${stateLabel(subject.to)}.`;
    return {
      label: labelOf(field),
      required: spec.required.has(field),
      validationState: marked ? 'error' : 'none',
      validationMessage: marked ? message : undefined,
      hint:
        field === 'targetDate' && form.offer
          ? `The target-date policy offers ${form.offer.date}: ${form.offer.days} days for ${form.offer.because}, from ${form.offer.fromRaised ? `the date raised (${form.offer.from})` : `today (${form.offer.from}); the row has no date raised`}. Change it if the owner agreed another date.`
          : undefined,
    };
  };

  const control = (field: FieldKey) => {
    const value = values[field] ?? '';
    const set = (v: string) => form.setField(field, v);
    const choices = choicesFor(field, subject);
    if (choices && RADIOS.includes(field)) {
      return (
        <RadioGroup
          value={value}
          layout={field === 'similarElsewhere' ? 'horizontal' : 'vertical'}
          onChange={(_, d) => set(d.value)}
        >
          {choices.map((c) => (
            <Radio key={c.value} value={c.label} label={c.label} />
          ))}
        </RadioGroup>
      );
    }
    if (choices) {
      const known = value === '' || choices.some((c) => c.label === value);
      return (
        <Select value={value} onChange={(_, d) => set(d.value)}>
          <option value="">Not chosen</option>
          {!known && <option value={value}>{value}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.label}>
              {c.label}
            </option>
          ))}
        </Select>
      );
    }
    if (LONG_TEXT.includes(field))
      return <Textarea value={value} resize="vertical" onChange={(_, d) => set(d.value)} />;
    // A date the register holds as free text stays text, so it is shown rather than dropped.
    const date = DATE_FIELDS.includes(field) && (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value));
    return <Input type={date ? 'date' : 'text'} value={value} onChange={(_, d) => set(d.value)} />;
  };

  return (
    <div className={styles.fields}>
      {spec.fields.map((field) => (
        <div key={field} className={styles.fieldBlock}>
          <Field {...fieldProps(field)}>{control(field)}</Field>
          {field === 'rcaMethod' && form.fiveWhys && <WhyChain form={form} />}
          {field === 'rootCause' && <BlameHint text={values.rootCause ?? ''} />}
          {field === 'effectivenessResult' && subject.to === 'closed' && (
            <EffectivenessNote value={values.effectivenessResult ?? ''} />
          )}
        </div>
      ))}
      <Field
        label={spec.comment.label}
        required={spec.comment.required}
        validationState={form.commentMissing ? 'error' : 'none'}
        validationMessage={form.commentMissing ? 'Write a few words: they go into the history.' : undefined}
      >
        <Textarea value={form.comment} resize="vertical" onChange={(_, d) => form.setComment(d.value)} />
      </Field>
      <NoColumnNote fields={spec.noColumn} to={subject.to} />
    </div>
  );
}
