import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  type FieldProps,
} from '@fluentui/react-components';
import { DATE_FIELDS, type FieldKey } from '../../../core';
import type { PaneKey, PaneTranslator } from '../../../core/i18n';
import { useT } from '../../i18n';
import { fieldName, stateName } from '../../words';
import { choicesFor } from './moveForm';
import type { MoveForm } from './useMoveForm';
import { EffectivenessNote, BlameHint, NoColumnNote } from './GateNotes';
import { WhyChain } from './WhyChain';
import { useWorkflowStyles } from './Workflow.styles';

const LONG_TEXT: readonly FieldKey[] = [
  'rootCause',
  'correction',
  'correctiveAction',
  'remediation',
  'notes',
];
const RADIOS: readonly FieldKey[] = ['similarElsewhere', 'effectivenessResult'];
const LABELS: Partial<Record<FieldKey, PaneKey>> = {
  rcaMethod: 'workflow.label.rcaMethod',
  rootCause: 'workflow.label.rootCause',
  evidence: 'workflow.label.evidence',
};

function labelOf(t: PaneTranslator, field: FieldKey): string {
  const key = LABELS[field];
  return key ? t.t(key) : fieldName(t, field);
}

/** The comment's label (moveForm names it in English) in the pane's language. */
const COMMENT_LABELS: Record<string, PaneKey> = {
  'Reason for cancelling': 'workflow.comment.cancel',
  'Why it is reopened': 'workflow.comment.reopen',
  'Why no corrective action is needed (clause 10.2 b)': 'workflow.comment.noAction',
  'Comment for the history': 'workflow.comment.history',
};

/** The gate form's fields (no buttons: the prompt and the Action view add their own). */
export function MoveFields({ form }: { form: MoveForm }) {
  const styles = useWorkflowStyles();
  const t = useT();
  const { spec, values, missing, subject } = form;

  const effectiveWord =
    choicesFor('effectivenessResult', subject)?.find((c) => c.value === 'effective')?.label ?? 'Effective';
  const fieldProps = (field: FieldKey): FieldProps => {
    const marked = missing.has(field);
    const message =
      field === 'effectivenessResult'
        ? t.t('workflow.mustBeEffective', { word: effectiveWord })
        : t.t('workflow.neededFor', { state: stateName(t, subject.to) });
    return {
      label: labelOf(t, field),
      required: spec.required.has(field),
      validationState: marked ? 'error' : 'none',
      validationMessage: marked ? message : undefined,
      hint:
        field === 'targetDate' && form.offer
          ? t.t(form.offer.fromRaised ? 'workflow.offerRaised' : 'workflow.offerToday', {
              date: t.date(form.offer.date),
              days: form.offer.days,
              because: form.offer.because,
              from: t.date(form.offer.from),
            })
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
          <option value="">{t.t('workflow.notChosen')}</option>
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
        label={
          COMMENT_LABELS[spec.comment.label] ? t.t(COMMENT_LABELS[spec.comment.label]!) : spec.comment.label
        }
        required={spec.comment.required}
        validationState={form.commentMissing ? 'error' : 'none'}
        validationMessage={form.commentMissing ? t.t('workflow.commentMissing') : undefined}
      >
        <Textarea value={form.comment} resize="vertical" onChange={(_, d) => form.setComment(d.value)} />
      </Field>
      <NoColumnNote fields={spec.noColumn} to={subject.to} />
    </div>
  );
}
