/**
 * The options of the follow-through commands — `due --within 14 --escalate-after 30`,
 * `calendar --alarm-days 3` — and `--policy <file.json>`, the target-date policy of validate and
 * review. Kept here so args.ts only gathers them.
 */
import type { TargetDatePolicy } from '../core/followThrough/policy';
import type { RecheckStore } from '../core/followThrough/rechecks';
import type { Command } from './commandNames';

/** As `util.parseArgs` reads them (spread into args.ts's OPTIONS). */
export const FOLLOW_THROUGH_OPTIONS = {
  within: { type: 'string' },
  'escalate-after': { type: 'string' },
  'alarm-days': { type: 'string' },
  policy: { type: 'string' },
} as const;

export interface FollowThroughOptions {
  /** `due --within <days>`: dates up to this many days ahead (default 14). */
  within?: number;
  /** `due --escalate-after <days>`: dates passed by more than this are escalated (default 30). */
  escalateAfter?: number;
  /** `calendar --alarm-days <days>`: the reminder, days before (default 3; `none` for no reminder). */
  alarmDays?: number | null;
  /** `--policy <file.json>`: the target-date policy (schemas/policy.schema.json). */
  policyFile?: string;
  /** The policy the run uses, once resolved (policy.ts): the file's, the workbook's or the defaults. */
  policy?: TargetDatePolicy;
  /** Re-check dates the add-in keeps in the workbook (policy.ts), for a register without a re-check column. */
  rechecks?: RecheckStore;
}

type Values = { [K in keyof typeof FOLLOW_THROUGH_OPTIONS]?: string };

const WHERE: Record<keyof typeof FOLLOW_THROUGH_OPTIONS, readonly Command[]> = {
  within: ['due'],
  'escalate-after': ['due'],
  'alarm-days': ['calendar'],
  policy: ['validate', 'review', 'init'],
};

function wholeDays(name: string, text: string, max: number): number | string {
  const n = Number(text);
  return /^\s*\d+\s*$/.test(text) && n <= max
    ? n
    : `--${name} must be a whole number of days from 0 to ${max}, not "${text}".`;
}

/**
 * The follow-through options of a command line, or the message for the first wrong one.
 *
 * @example followThroughOptions('due', { within: '7' }) // { within: 7 }
 */
export function followThroughOptions(command: Command, values: Values): FollowThroughOptions | string {
  for (const name of Object.keys(WHERE) as (keyof typeof WHERE)[]) {
    if (values[name] !== undefined && !WHERE[name].includes(command))
      return `--${name} is an option of ${WHERE[name].join(' and ')}, not of ${command}.`;
  }
  const out: FollowThroughOptions = {};
  if (values.within !== undefined) {
    const n = wholeDays('within', values.within, 3650);
    if (typeof n === 'string') return n;
    out.within = n;
  }
  if (values['escalate-after'] !== undefined) {
    const n = wholeDays('escalate-after', values['escalate-after'], 3650);
    if (typeof n === 'string') return n;
    out.escalateAfter = n;
  }
  if (values['alarm-days'] !== undefined) {
    if (values['alarm-days'].trim().toLowerCase() === 'none') out.alarmDays = null;
    else {
      const n = wholeDays('alarm-days', values['alarm-days'], 365);
      if (typeof n === 'string') return `${n.replace(/\.$/, '')}, or none.`;
      out.alarmDays = n;
    }
  }
  if (values.policy !== undefined) out.policyFile = values.policy;
  return out;
}
