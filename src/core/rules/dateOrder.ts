import { isoFromDay } from '../dates';
import type { Finding } from '../findings';
import { dayOf } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const dateOrder: Rule = {
  code: 'date-order',
  severity: 'error',
  description:
    'Dates are in a possible order: raised before target, completion and closure; closure not in the future.',
  checkAction(action, ctx) {
    let out: Finding[] | undefined; // allocated only for a row with a finding
    const raised = dayOf(action, 'raisedDate');
    const target = dayOf(action, 'targetDate');
    const completed = dayOf(action, 'completionDate');
    const closed = dayOf(action, 'closedDate');
    if (raised !== undefined && target !== undefined && raised > target) {
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          'targetDate',
          'finding.date-order.target-before-raised',
          { target, raised },
          `${label(action)}: the target date ${isoFromDay(target)} is before the date raised ${isoFromDay(raised)}. Correct one of them.`,
        ),
      );
    }
    if (raised !== undefined && completed !== undefined && completed < raised) {
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          'completionDate',
          'finding.date-order.completed-before-raised',
          { completed, raised },
          `${label(action)}: completed ${isoFromDay(completed)}, before it was raised (${isoFromDay(raised)}). Correct one of the dates.`,
        ),
      );
    }
    if (raised !== undefined && closed !== undefined && closed < raised) {
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          'closedDate',
          'finding.date-order.closed-before-raised',
          { closed, raised },
          `${label(action)}: closed ${isoFromDay(closed)}, before it was raised (${isoFromDay(raised)}). Correct one of the dates.`,
        ),
      );
    }
    if (closed !== undefined && closed > ctx.asOf) {
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          'closedDate',
          'finding.date-order.closed-in-future',
          { closed },
          `${label(action)}: the closed date ${isoFromDay(closed)} is in the future. An action can only be closed on or before today.`,
        ),
      );
    }
    return out;
  },
};
