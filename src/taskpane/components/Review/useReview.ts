import { useState } from 'react';
import { dayFromIso, dayFromLocalDate, isoFromDay } from '../../../core';
import type { ReviewRequest } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { useOperation } from '../common/useOperation';

export interface ReviewDates {
  from: string;
  to: string;
  asOf: string;
}

/**
 * The defaults of DESIGN.md §5: as of today, up to today, and from left blank — the summary then
 * starts the day after the last review sheet in the workbook, else 12 months back.
 */
export function defaultDates(today: Date = new Date()): ReviewDates {
  const asOf = isoFromDay(dayFromLocalDate(today));
  return { from: '', to: asOf, asOf };
}

/** What is wrong with the chosen dates, per input; empty when they can be used. */
export function checkDates(dates: ReviewDates): Partial<Record<keyof ReviewDates, string>> {
  const errors: Partial<Record<keyof ReviewDates, string>> = {};
  for (const key of ['from', 'to', 'asOf'] as const) {
    if (key === 'from' && dates.from === '') continue; // blank: since the last review
    if (dayFromIso(dates[key]) === undefined) errors[key] = 'Enter a date.';
  }
  if (dates.from && !errors.from && !errors.to && dates.from > dates.to)
    errors.to = 'The period ends before it starts.';
  return errors;
}

/** State of the Review view: the dates, generating the summary sheet, and going to it. */
export function useReview() {
  const { commands } = usePane();
  const [dates, setDates] = useState<ReviewDates>(() => defaultDates());
  const [submitted, setSubmitted] = useState(false);
  const generate = useOperation((request: ReviewRequest, options) =>
    commands.reviewSummary({ ...request, ...options }),
  );
  const goToSheet = useOperation((name: string) => commands.activateSheet(name));
  const errors = checkDates(dates);
  const valid = Object.keys(errors).length === 0;
  return {
    dates,
    setDate: (key: keyof ReviewDates, value: string) => setDates((d) => ({ ...d, [key]: value })),
    // Errors show once the user tried to generate, not while they are still typing.
    errors: submitted ? errors : {},
    generate,
    goToSheet,
    submit: () => {
      setSubmitted(true);
      if (valid)
        void generate.run({ asOf: dates.asOf, to: dates.to, ...(dates.from ? { from: dates.from } : {}) });
    },
  };
}
