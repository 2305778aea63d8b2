import { isoFromDay } from '../dates';
import type { Finding } from '../findings';
import { dayOf } from '../register';
import { cellFinding, label, type Rule } from './rule';

export const dateOrder: Rule = {
  code: 'date-order',
  severity: 'error',
  description:
    'Dates are in a possible order: raised before target, completion and closure; closure not in the future.',
  checkAction(action, ctx) {
    const out: Finding[] = [];
    const raised = dayOf(action, 'raisedDate');
    const target = dayOf(action, 'targetDate');
    const completed = dayOf(action, 'completionDate');
    const closed = dayOf(action, 'closedDate');
    const who = label(action);
    if (raised !== undefined && target !== undefined && raised > target) {
      out.push(
        cellFinding(
          this,
          ctx,
          action,
          'targetDate',
          `${who}: the target date ${isoFromDay(target)} is before the date raised ${isoFromDay(raised)}. Correct one of them.`,
        ),
      );
    }
    if (raised !== undefined && completed !== undefined && completed < raised) {
      out.push(
        cellFinding(
          this,
          ctx,
          action,
          'completionDate',
          `${who}: completed ${isoFromDay(completed)}, before it was raised (${isoFromDay(raised)}). Correct one of the dates.`,
        ),
      );
    }
    if (raised !== undefined && closed !== undefined && closed < raised) {
      out.push(
        cellFinding(
          this,
          ctx,
          action,
          'closedDate',
          `${who}: closed ${isoFromDay(closed)}, before it was raised (${isoFromDay(raised)}). Correct one of the dates.`,
        ),
      );
    }
    if (closed !== undefined && closed > ctx.asOf) {
      out.push(
        cellFinding(
          this,
          ctx,
          action,
          'closedDate',
          `${who}: the closed date ${isoFromDay(closed)} is in the future. An action can only be closed on or before today.`,
        ),
      );
    }
    return out;
  },
};
