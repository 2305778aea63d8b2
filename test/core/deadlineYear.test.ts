import { computeReview, parseRegister, validateRegister } from '../../src/core';
import { isoFromDay } from '../../src/core/dates';
import type { CellValue, Grid } from '../../src/core/grid';
import { AS_OF } from './builders';

/** A grid from literal rows: a small annual plan typed in the test. */
const grid = (...rows: CellValue[][]): Grid => ({ values: rows });

function figures(g: Grid, sheet = 'Plan') {
  const parsed = parseRegister(g, {}, sheet);
  if (!parsed.ok) throw new Error(parsed.message);
  const register = parsed.value;
  const targets = register.actions.map((a) => {
    const d = a.dates.targetDate;
    return d?.kind === 'date' ? isoFromDay(d.day) : (d?.kind ?? 'none');
  });
  const report = validateRegister(register, { asOf: AS_OF });
  return { register, targets, review: computeReview(register, { asOf: AS_OF }), report };
}

describe('deadlines written without a year', () => {
  it('are read in the year most of the register’s dates fall in, and the late ones count overdue', () => {
    const { register, targets, review, report } = figures(
      grid(
        ['Acción', 'Responsable', 'Fecha límite', 'Estado'],
        ['Entregar el balance', 'Ana', 45792, 'Finalizado'],
        ['Revisar cuentas', 'Ben', 'Septiembre', 'en curso'],
        ['Dos balances', 'Cy', 'julio/noviembre', 'en curso'],
        ['Auditoría', 'Di', '15.03.', 'en curso'],
        ['Plan de formación', 'Ed', 'KW 12', 'en curso'],
        ['Sin fecha', 'Fa', 'a definir', 'en curso'],
        ['Relativa', 'Gi', 'by end of week', 'en curso'],
      ),
    );
    // 45792 is 2025-05-15: the plan's year.
    expect(register.deadlineYear).toEqual({ year: 2025, from: 'dates', cells: 4 });
    expect(targets).toEqual([
      '2025-05-15',
      '2025-09-30',
      '2025-11-30',
      '2025-03-15',
      '2025-03-23',
      'invalid',
      'invalid',
    ]);
    expect(review.overdue).toBe(4);
    // What has no date at all is still said to be unreadable.
    expect(report.findings.filter((f) => f.code === 'invalid-date').map((f) => f.row)).toEqual([7, 8]);
  });

  it('take the year a band or title over the header gives when no cell has a full date', () => {
    const { register, targets } = figures(
      grid(
        ['Plan de acción 2024', '', ''],
        ['Acción', 'Responsable', 'Fecha límite'],
        ['Revisar cuentas', 'Ben', 'diciembre'],
        ['Formación', 'Cy', 'end of March'],
        // Within the plan's year, and a month mistyped by a letter.
        ['Control de gastos', 'Di', 'anual'],
        ['Balance', 'Ed', 'Nobiembre'],
      ),
    );
    expect(register.deadlineYear).toEqual({ year: 2024, from: 'title', cells: 4 });
    expect(targets).toEqual(['2024-12-31', '2024-03-31', '2024-12-31', '2024-11-30']);
  });

  it('stay unreadable when nothing gives the year, and a register whose dates have years learns none', () => {
    const none = figures(
      grid(['Action', 'Owner', 'Due'], ['Review access', 'Ana', 'March'], ['Patch', 'Ben', 'Q3']),
      'Actions',
    );
    expect(none.register.deadlineYear).toBeUndefined();
    expect(none.targets).toEqual(['invalid', 'invalid']);
    const dated = figures(
      grid(['Action', 'Owner', 'Due'], ['Review access', 'Ana', '2026-03-31'], ['Patch', 'Ben', 'TBD']),
    );
    expect(dated.register.deadlineYear).toBeUndefined();
  });
});
