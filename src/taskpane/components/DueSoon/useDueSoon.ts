import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaneTranslator } from '../../../core/i18n';
import { ENGLISH, useT } from '../../i18n';
import { useViewVisible } from '../../PaneContext';
import { useOperation } from '../common/useOperation';
import { downloadText } from './download';
import { useFollowThrough } from './followThroughContext';

/** The answer to a re-check: still effective, or not (the NC is reopened with the reason). */
export type RecheckAnswer = { result: 'effective' } | { result: 'not-effective'; reason: string };

export interface DueSoonInputs {
  within: string;
  escalateAfter: string;
  alarmDays: string;
}

const LIMITS: Record<keyof DueSoonInputs, number> = { within: 3650, escalateAfter: 3650, alarmDays: 365 };

/** A whole number of days within its limit, or the message for the field. */
export function daysOf(text: string, max: number, t: PaneTranslator = ENGLISH): number | string {
  return /^\s*\d+\s*$/.test(text) && Number(text) <= max ? Number(text) : t.t('due.wholeDays', { max });
}

/** State of the Due soon view: the two windows, the list by owner, and the calendar download. */
export function useDueSoon() {
  const commands = useFollowThrough();
  const t = useT();
  const visible = useViewVisible();
  const [inputs, setInputs] = useState<DueSoonInputs>({ within: '14', escalateAfter: '30', alarmDays: '3' });
  const [errors, setErrors] = useState<Partial<Record<keyof DueSoonInputs, string>>>({});
  const list = useOperation((args: { within: number; escalateAfter: number }, options) =>
    commands.dueSoon({ ...options, ...args }),
  );
  const calendar = useOperation((args: { alarmDays: number }, options) =>
    commands.calendar({ ...options, ...args }),
  );
  const evidence = useOperation((_: void, options) => commands.evidenceSheet(options));

  const check = useCallback(
    (keys: (keyof DueSoonInputs)[]) => {
      const out: Partial<Record<keyof DueSoonInputs, number>> = {};
      const found: Partial<Record<keyof DueSoonInputs, string>> = {};
      for (const key of keys) {
        const n = daysOf(inputs[key], LIMITS[key], t);
        if (typeof n === 'string') found[key] = n;
        else out[key] = n;
      }
      setErrors((e) => ({ ...e, ...Object.fromEntries(keys.map((k) => [k, found[k]])) }));
      return Object.keys(found).length === 0 ? out : undefined;
    },
    [inputs, t],
  );

  const { run } = list;
  const show = useCallback(() => {
    const n = check(['within', 'escalateAfter']);
    if (n) void run({ within: n.within!, escalateAfter: n.escalateAfter! });
  }, [check, run]);

  // The first time the view is shown, the list with the default windows.
  const shown = useRef(false);
  useEffect(() => {
    if (visible && !shown.current) {
      shown.current = true;
      show();
    }
  }, [visible, show]);

  const [downloaded, setDownloaded] = useState<string>();
  const exportCalendar = useCallback(async () => {
    const n = check(['alarmDays']);
    if (!n) return;
    setDownloaded(undefined);
    const outcome = await calendar.run({ alarmDays: n.alarmDays! });
    if (!outcome?.ok) return;
    downloadText(outcome.value.fileName, outcome.value.text, 'text/calendar');
    setDownloaded(t.t('due.downloaded', { file: outcome.value.fileName, events: outcome.value.events }));
  }, [calendar, check, t]);

  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<string>();
  /** Records a re-check; the problem to show beside it, or undefined once it is recorded. */
  const recordRecheck = useCallback(
    async (row: number, answer: RecheckAnswer): Promise<string | undefined> => {
      const reason = answer.result === 'not-effective' ? answer.reason.trim() : undefined;
      if (answer.result === 'not-effective' && !reason) return t.t('recheck.sayWhy');
      setRecording(true);
      setRecorded(undefined);
      try {
        const out = await commands.recordRecheck(row, answer.result, reason);
        if (!out.ok) return out.error.message;
        if (out.value.missing.length > 0 || out.value.message) return out.value.message;
        setRecorded(t.t(answer.result === 'effective' ? 'recheck.recorded' : 'recheck.reopened', { row }));
        show();
        return undefined;
      } finally {
        setRecording(false);
      }
    },
    [commands, show, t],
  );

  return {
    inputs,
    errors,
    setInput: (key: keyof DueSoonInputs, value: string) => setInputs((i) => ({ ...i, [key]: value })),
    list,
    show,
    calendar,
    exportCalendar,
    downloaded,
    evidence,
    recording,
    recorded,
    recordRecheck,
  };
}
