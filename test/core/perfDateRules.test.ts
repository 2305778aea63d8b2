import { RULES, parseRegister, statesInUse, type Finding, type Register } from '../../src/core';
import { AS_OF } from './builders';

const rule = (code: string) => RULES.find((r) => r.code === code)!;

/** A register whose date columns are in the reverse of DATE_FIELDS' order. */
function register(): Register {
  const parsed = parseRegister(
    {
      values: [
        ['ID', 'Type', 'Status', 'Owner', 'Last updated', 'Date closed', 'Target date', 'Date raised'],
        ['NC-1', 'Minor NC', 'Open', 'Ana', 'soon', '03/04/2026', 'next week', 'TRUE'],
        ['NC-2', 'Minor NC', 'Open', 'Ana', '05/06/2026', 'later', '07/08/2026', '2026-01-02'],
      ],
    },
    { dateOrder: 'dmy' },
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const fieldsOf = (out: Finding[] | Finding | undefined) =>
  (out === undefined ? [] : Array.isArray(out) ? out : [out]).map((f) => f.field);

describe('the date rules read a row by its dates, in DATE_FIELDS order', () => {
  const reg = register();
  const ctx = { register: reg, asOf: AS_OF, statesInUse: statesInUse(reg) };

  it('invalid-date names the fields in DATE_FIELDS order, whatever the columns’ order', () => {
    expect(fieldsOf(rule('invalid-date').checkAction!(reg.actions[0], ctx))).toEqual([
      'raisedDate',
      'targetDate',
      'lastUpdated',
    ]);
    expect(fieldsOf(rule('invalid-date').checkAction!(reg.actions[1], ctx))).toEqual(['closedDate']);
  });

  it('ambiguous-date too, and a key that is not a date field is not read', () => {
    expect(fieldsOf(rule('ambiguous-date').checkAction!(reg.actions[1], ctx))).toEqual([
      'targetDate',
      'lastUpdated',
    ]);
    const odd = {
      ...reg.actions[0],
      dates: { ...reg.actions[0].dates, title: { kind: 'invalid', reason: 'x' } },
    };
    expect(fieldsOf(rule('invalid-date').checkAction!(odd as never, ctx))).toEqual([
      'raisedDate',
      'targetDate',
      'lastUpdated',
    ]);
  });
});
