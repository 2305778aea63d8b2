import { useCallback, useMemo, useState } from 'react';
import { dayFromLocalDate, isoFromDay, type FieldKey } from '../../../core';
import type { MoveInput } from '../../../commands/api';
import { useFollowThrough } from '../DueSoon/followThroughContext';
import {
  composeWhys,
  formSpec,
  initialValues,
  isFiveWhys,
  moveInput,
  policyOffer,
  type FormSpec,
  type PolicyOffer,
  type FormValues,
  type MoveSubject,
} from './moveForm';

export const WHY_COUNT = 5;

/** Where the user stands with one gate form; shared by the prompt and the Action view. */
export interface MoveForm {
  subject: MoveSubject;
  spec: FormSpec;
  /** The target date the policy offers an action without one (prefilled in the form). */
  offer?: PolicyOffer;
  values: FormValues;
  setField: (field: FieldKey, value: string) => void;
  comment: string;
  setComment: (comment: string) => void;
  whys: readonly string[];
  setWhy: (index: number, text: string) => void;
  fiveWhys: boolean;
  /** Fields the workflow reported missing on the last Save ('notes' marks the comment). */
  missing: ReadonlySet<FieldKey>;
  setMissing: (missing: readonly FieldKey[]) => void;
  /** A required comment left empty on the last Save. */
  commentMissing: boolean;
  /** What Save sends, or undefined (and the comment marked) when a required comment is empty. */
  submit: () => MoveInput | undefined;
}

/**
 * State of a gate form. Mount it again (a React `key`) for another move: the starting values
 * come from the row once, so a co-author's later edit never overwrites what the user is typing.
 */
export function useMoveForm(subject: MoveSubject): MoveForm {
  const followThrough = useFollowThrough();
  // The policy is read once per form: the stored one, else the defaults.
  const [offer] = useState(() => {
    const policy = followThrough.policy();
    return policy.ok ? policyOffer(subject, policy.value.policy, dayFromLocalDate(new Date())) : undefined;
  });
  const spec = useMemo(() => formSpec(subject, offer), [subject, offer]);
  const [start] = useState(() =>
    initialValues(subject, spec, isoFromDay(dayFromLocalDate(new Date())), offer),
  );
  const [values, setValues] = useState<FormValues>(start.values);
  const [comment, setCommentText] = useState('');
  const [whys, setWhys] = useState<readonly string[]>(() => Array<string>(WHY_COUNT).fill(''));
  const [ownRootCause, setOwnRootCause] = useState(Boolean(start.values.rootCause));
  const [missing, setMissingSet] = useState<ReadonlySet<FieldKey>>(new Set());
  const [commentMissing, setCommentMissing] = useState(false);
  const fiveWhys = spec.fields.includes('rcaMethod') && isFiveWhys(values.rcaMethod);

  const unmark = (field: FieldKey) =>
    setMissingSet((m) => {
      if (!m.has(field)) return m;
      const next = new Set(m);
      next.delete(field);
      return next;
    });

  const setField = (field: FieldKey, value: string) => {
    if (field === 'rootCause') setOwnRootCause(value.trim() !== '');
    setValues((v) => ({ ...v, [field]: value }));
    unmark(field);
  };

  const setWhy = (index: number, text: string) => {
    const next = whys.map((w, i) => (i === index ? text : w));
    setWhys(next);
    // The chain fills the statement until the user writes one of their own.
    if (!ownRootCause && spec.fields.includes('rootCause')) {
      setValues((v) => ({ ...v, rootCause: composeWhys(next) }));
      unmark('rootCause');
    }
  };

  const setComment = (text: string) => {
    setCommentText(text);
    if (text.trim()) setCommentMissing(false);
    unmark('notes');
  };

  const setMissing = useCallback((fields: readonly FieldKey[]) => setMissingSet(new Set(fields)), []);

  const submit = (): MoveInput | undefined => {
    if (spec.comment.required && !comment.trim()) {
      setCommentMissing(true);
      return undefined;
    }
    return moveInput(spec, start.fromRow, values, comment, fiveWhys ? whys : []);
  };

  return {
    subject,
    spec,
    offer,
    values,
    setField,
    comment,
    setComment,
    whys,
    setWhy,
    fiveWhys,
    missing,
    setMissing,
    commentMissing: commentMissing || missing.has('notes'),
    submit,
  };
}
