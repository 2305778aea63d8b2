import { isoFromDay } from '../dates';
import { overdueBy } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const overdue: Rule = {
  code: 'overdue',
  severity: 'warning',
  description: 'Open actions whose target completion date has passed.',
  checkAction(action, ctx) {
    const days = overdueBy(action, ctx.asOf);
    if (days === undefined) return undefined;
    if (days === null) {
      const flag = ctx.register.overdueColumn!;
      return {
        ...keyedFinding(
          this,
          ctx,
          action,
          '',
          'finding.overdue.flag',
          { header: flag.header },
          `${label(action)} is overdue by the register's own "${flag.header}" column; the register has no target date to say by how much. Chase the owner, and record a target date.`,
        ),
        column: flag.letter,
      };
    }
    const target = ctx.asOf - days;
    return keyedFinding(
      this,
      ctx,
      action,
      'targetDate',
      'finding.overdue',
      { days, target },
      `${label(action)} is ${days} day${days === 1 ? '' : 's'} overdue (target ${isoFromDay(target)}). Chase the owner, or agree and record a new target date.`,
    );
  },
};
