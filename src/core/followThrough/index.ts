/** Follow-through: the target-date policy, effectiveness checks, due-soon lists, calendar and evidence. */
export * from './policy';
export * from './effectivenessChecks';
export * from './rechecks';
export * from './due';
export * from './ical';
export * from './evidence';
