import { computeReview, parseRegister, STATES, validateRegister, type Register } from '../../src/core';
import {
  registerNameMeaning,
  reviewRollup,
  rollUp,
  validateRollup,
  type RollupInput,
} from '../../src/core/rollup';
import { AS_OF } from './builders';
import { AUDIT, CAPA, FIXTURE_SHEETS, INCIDENTS, type FixtureSheet } from './rollupFixture';

function read(sheet: FixtureSheet): Register {
  const parsed = parseRegister({ values: sheet.rows }, {}, sheet.name);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const inputs: RollupInput[] = FIXTURE_SHEETS.map((s) => ({
  file: 'plan.xlsx',
  sheet: s.name,
  register: read(s),
}));

describe('a roll-up of three registers of different layouts and languages', () => {
  const rollup = rollUp(inputs);
  const figures = reviewRollup(rollup, { asOf: AS_OF });
  const single = inputs.map((i) => computeReview(i.register, { asOf: AS_OF }));

  it('reads every register in canonical states, whatever its words', () => {
    const closed = inputs.map((i) => i.register.actions.filter((a) => a.state === 'closed').length);
    expect(closed).toEqual([2, 1, 1]); // "Closed", "Chiuso", "Erledigt"
    expect(inputs[1].register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress', 'new', 'new']);
  });

  it('reports the same action in two registers once, with both places, and counts it once', () => {
    expect(rollup.duplicates.map((d) => [d.dropped.id, d.because, d.kept.id])).toEqual([
      ['IA-03', 'same id', 'IA-03'],
      ['INC-9', 'same title and requirement', 'IA-02'],
    ]);
    const findings = validateRollup(rollup, { asOf: AS_OF }).filter(
      (f) => f.code === 'duplicate-across-registers',
    );
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      file: 'plan.xlsx',
      sheet: 'CAPA log',
      row: 4,
      other: { file: 'plan.xlsx', sheet: 'Internal audit 2026', row: 6, id: 'IA-03' },
    });
    expect(findings[0].message).toMatch(/"Internal audit 2026" row 6 of plan\.xlsx \(same id\)/);
    expect(figures.rollup).toMatchObject({ registers: 3, actionsRead: 12, merged: 2 });
  });

  it('gives figures equal to the sum of the single-register figures minus the duplicates', () => {
    const sum = (f: (x: (typeof single)[number]) => number) => single.reduce((n, x) => n + f(x), 0);
    const droppedOpen = rollup.duplicates.filter((d) => !['closed', 'cancelled'].includes(d.dropped.state));
    expect(figures.total).toBe(sum((x) => x.total) - rollup.duplicates.length);
    expect(figures.open).toBe(sum((x) => x.open) - droppedOpen.length);
    const droppedOverdue = rollup.duplicates.filter((d) =>
      single[d.register].overdueList.some((l) => l.row === d.dropped.row),
    ).length;
    expect(droppedOverdue).toBe(2); // both copies are past their target date
    expect(figures.overdue).toBe(sum((x) => x.overdue) - droppedOverdue);
    for (const s of [...STATES, 'unknown' as const]) {
      const dropped = rollup.duplicates.filter((d) => d.dropped.state === s).length;
      expect(figures.byStatus[s]).toBe(sum((x) => x.byStatus[s]) - dropped);
    }
    expect(figures.closedInPeriod).toBe(sum((x) => x.closedInPeriod));
    expect(figures.registers.map((r) => [r.sheet, r.total, r.open, r.merged])).toEqual([
      ['Internal audit 2026', 5, 3, 0],
      ['CAPA log', 4, 3, 1],
      ['Incident follow-up', 3, 2, 1],
    ]);
    expect(figures.registers.map((r) => r.total)).toEqual(single.map((x) => x.total));
  });

  it('lists each action with its file, sheet and row', () => {
    expect(figures.overdueList.map((l) => [l.id, l.sheet, l.row])).toEqual([
      ['IA-03', 'Internal audit 2026', 6],
      ['IA-02', 'Internal audit 2026', 5],
      ['CAPA-02', 'CAPA log', 3],
      ['INC-12', 'Incident follow-up', 4],
    ]);
    expect(figures.overdueList.every((l) => l.file === 'plan.xlsx')).toBe(true);
  });

  it('takes the source of an action from its register name when the row has none', () => {
    expect(rollup.parts.map((p) => [p.sheet, p.source, p.kind])).toEqual([
      ['Internal audit 2026', 'internal-audit', 'internal audit'],
      ['CAPA log', undefined, 'corrective actions'],
      ['Incident follow-up', 'incident', 'incident'],
    ]);
    expect(figures.bySource['internal-audit']).toBe(5);
    expect(figures.bySource.incident).toBe(2);
    expect(figures.bySource.unknown).toBe(3);
    // The single-register review is unchanged: rows without a source stay unknown there.
    expect(single[0].bySource.unknown).toBe(5);
  });

  it('says which registers a figure could not be counted for', () => {
    // The German list has no type column and no effectiveness column.
    expect(figures.notes.effectivenessRate?.note ?? '').not.toBe('');
    expect(figures.registers[2].unknown.effectivenessRate).toMatch(/Type column/);
  });

  it('keeps the findings of every register, each with its file and sheet', () => {
    const all = validateRollup(rollup, { asOf: AS_OF });
    const own = inputs.map((i) => validateRegister(i.register, { asOf: AS_OF }).findings.length);
    expect(all.length).toBe(own.reduce((a, b) => a + b, 0) + 2);
    expect(new Set(all.map((f) => f.sheet))).toEqual(new Set(FIXTURE_SHEETS.map((s) => s.name)));
  });
});

describe('duplicates across registers', () => {
  it('does not take bare row numbers for the same action', () => {
    const a = read({ ...CAPA, rows: [CAPA.rows[0], ['1', 'Uno', '', 'X', '', '', 'Aperto']] });
    const b = read({ ...CAPA, rows: [CAPA.rows[0], ['1', 'Due', '', 'Y', '', '', 'Aperto']] });
    const r = rollUp([
      { file: 'a.csv', sheet: 'a', register: a },
      { file: 'b.csv', sheet: 'b', register: b },
    ]);
    expect(r.duplicates).toEqual([]);
    expect(r.register.actions).toHaveLength(2);
  });

  it('never reports a register as a duplicate of itself', () => {
    const r = rollUp([{ file: 'a.xlsx', sheet: AUDIT.name, register: read(AUDIT) }]);
    expect(r.duplicates).toEqual([]);
  });
});

describe('the source a register name gives', () => {
  it.each([
    ['Internal audit 2026', 'internal-audit'],
    ['External audit findings', 'external-audit'],
    ['Risk treatment plan', 'risk-assessment'],
    ['Incident follow-up', 'incident'],
    ['management-review-actions.csv', 'management-review'],
    ['CAPA log', undefined],
    ['Sheet1', undefined],
  ])('%s → %s', (name, source) => {
    expect(registerNameMeaning(name).source).toBe(source);
  });
  it('names a CAPA log as corrective actions', () => {
    expect(registerNameMeaning('CAPA log').kind).toBe('corrective actions');
    expect(registerNameMeaning(INCIDENTS.name).kind).toBe('incident');
  });
});
