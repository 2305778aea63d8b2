import { useMemo } from 'react';
import { defaultDatePickerStrings, type CalendarStrings } from '@fluentui/react-datepicker-compat';
import type { PaneTranslator } from '../../../core/i18n';
import { useT } from '../../i18n';

/** Month or weekday names as the locale writes them (from Intl, so every language has them). */
function names(
  locale: string,
  count: number,
  make: (i: number) => Date,
  options: Intl.DateTimeFormatOptions,
) {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(make(i)));
}

/** The date picker's calendar in the pane's language: month and day names, and its buttons. */
export function calendarStrings(t: PaneTranslator): CalendarStrings {
  const month = (i: number) => new Date(Date.UTC(2026, i, 1));
  // 2026-01-04 is a Sunday: the picker's day lists start on Sunday.
  const day = (i: number) => new Date(Date.UTC(2026, 0, 4 + i));
  return {
    ...defaultDatePickerStrings,
    months: names(t.locale, 12, month, { month: 'long' }),
    shortMonths: names(t.locale, 12, month, { month: 'short' }),
    days: names(t.locale, 7, day, { weekday: 'long' }),
    shortDays: names(t.locale, 7, day, { weekday: 'narrow' }),
    goToToday: t.t('calendar.goToToday'),
    prevMonthAriaLabel: t.t('calendar.prevMonth'),
    nextMonthAriaLabel: t.t('calendar.nextMonth'),
    prevYearAriaLabel: t.t('calendar.prevYear'),
    nextYearAriaLabel: t.t('calendar.nextYear'),
    closeButtonAriaLabel: t.t('calendar.close'),
  };
}

export function useCalendarStrings(): CalendarStrings {
  const t = useT();
  return useMemo(() => calendarStrings(t), [t]);
}
