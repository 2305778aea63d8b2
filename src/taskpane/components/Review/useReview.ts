import { useState } from 'react';
import { dayFromIso, dayFromLocalDate, isoFromDay } from '../../../core';
import type { ReviewRequest } from '../../../commands/api';
import type { PaneKey } from '../../../core/i18n';
import { usePane } from '../../PaneContext';
import { useCoreT } from '../../useCoreT';
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

export const PRESETS = ['since-last-review', 'last-12-months', 'calendar-year', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * The period of a preset, ending on the as-of date: since the last review leaves "from" blank (the
 * core starts the day after the last review sheet, else 12 months back).
 *
 * @example presetDates('calendar-year', '2026-11-26') // { from: '2026-01-01', to: '2026-11-26' }
 */
export function presetDates(preset: Exclude<Preset, 'custom'>, asOf: string): { from: string; to: string } {
  if (preset === 'since-last-review' || dayFromIso(asOf) === undefined) return { from: '', to: asOf };
  const [year, month, day] = asOf.split('-').map(Number);
  if (preset === 'calendar-year') return { from: `${year}-01-01`, to: asOf };
  // The day after the same date a year earlier (29 February a year earlier is the 28th).
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const start = new Date(Date.UTC(year - 1, month - 1, Math.min(day, lastDay) + 1));
  return { from: start.toISOString().slice(0, 10), to: asOf };
}

/** What is wrong with the chosen dates, per input (a message of the pane's catalogue); empty when they can be used. */
export function checkDates(dates: ReviewDates): Partial<Record<keyof ReviewDates, PaneKey>> {
  const errors: Partial<Record<keyof ReviewDates, PaneKey>> = {};
  for (const key of ['from', 'to', 'asOf'] as const) {
    if (key === 'from' && dates.from === '') continue; // blank: since the last review
    if (dayFromIso(dates[key]) === undefined) errors[key] = 'review.enterDate';
  }
  if (dates.from && !errors.from && !errors.to && dates.from > dates.to) errors.to = 'review.endsBeforeStart';
  return errors;
}

/** State of the Review view: the dates, generating the summary sheet, and going to it. */
export function useReview() {
  const { commands } = usePane();
  const [dates, setDates] = useState<ReviewDates>(() => defaultDates());
  const [preset, setPreset] = useState<Preset>('since-last-review');
  const [submitted, setSubmitted] = useState(false);
  // The summary sheet is written in the pane's language (the user's choice, else Office's).
  const core = useCoreT();
  const generate = useOperation((request: ReviewRequest, options) =>
    commands.reviewSummary({ lang: core.locale, ...request, ...options }),
  );
  const goToSheet = useOperation((name: string) => commands.activateSheet(name));
  const errors = checkDates(dates);
  const valid = Object.keys(errors).length === 0;
  return {
    dates,
    preset,
    choosePreset: (p: Preset) => {
      setPreset(p);
      if (p !== 'custom') setDates((d) => ({ ...d, ...presetDates(p, d.asOf) }));
    },
    setDate: (key: keyof ReviewDates, value: string) => {
      setDates((d) => ({ ...d, [key]: value }));
      // Typing a period is choosing one's own; a new as-of date moves a preset's period with it.
      if (key !== 'asOf') setPreset('custom');
      else if (preset !== 'custom' && value) setDates((d) => ({ ...d, ...presetDates(preset, value) }));
    },
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
