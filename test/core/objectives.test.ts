import { dayFromIso, findRegisterSheet, planReviewSheet, computeReview, isoFromDay } from '../../src/core';
import { judgeSheet } from '../../src/core/detect/sheetKind';
import {
  attachMeasurements,
  objectiveStatus,
  parseMeasurementsTable,
  parseObjectives,
  periodDay,
  readValue,
  reviewObjectives,
  validateObjectives,
} from '../../src/core/objectives';
import { AS_OF, registerOf, makeAction } from './builders';
import { OBJECTIVES_ROWS } from './rollupFixture';

const asOf = dayFromIso('2026-11-26')!;

describe('an objectives sheet with monthly measurements', () => {
  const sheet = parseObjectives({ values: OBJECTIVES_ROWS }, 'Objectives')!;

  it('is found by its header under a title and read with its dated columns', () => {
    expect(sheet.headerRow).toBe(3);
    expect(sheet.periodColumns.map((p) => isoFromDay(p.day))).toEqual([
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
    ]);
    expect(sheet.objectives).toHaveLength(5);
    expect(sheet.objectives[0]).toMatchObject({
      id: 'OBJ-1',
      owner: 'Ana Lima',
      target: { value: 0.95, comparator: '>=' },
    });
    expect(sheet.objectives[0].measurements.map((m) => m.value)).toEqual([0.72, 0.8, 0.86, 0.9, 0.93]);
  });

  it('tells on track, at risk, met and missed from the trend, the target and the due date', () => {
    expect(sheet.objectives.map((o) => objectiveStatus(o, asOf))).toEqual([
      'on-track', // 0.70 → 0.93 of 0.95 with two months to go
      'at-risk', // 0.20 → 0.17 of ≤ 0.05: far behind the line
      'missed', // due 30 September, 0.88 of 1
      'met',
      'not-measured', // no numeric target
    ]);
  });

  it('checks that each objective is SMART and measured on time', () => {
    const codes = validateObjectives(sheet, asOf).map((f) => [f.id, f.code]);
    expect(codes).toEqual([
      ['OBJ-3', 'objective-missed'],
      ['OBJ-5', 'objective-missing-target'],
      ['OBJ-5', 'objective-missing-owner'],
      ['OBJ-5', 'objective-missing-due-date'],
      ['OBJ-5', 'objective-measurement-overdue'],
    ]);
    const overdue = validateObjectives(sheet, asOf).find((f) => f.code === 'objective-measurement-overdue')!;
    expect(overdue).toMatchObject({ row: 8, sheet: 'Objectives' });
    expect(overdue.message).toMatch(/last measured for 2026-07-31/);
    // A month later, every objective still measuring is a month behind too.
    const later = validateObjectives(sheet, dayFromIso('2027-01-10')!).filter(
      (f) => f.code === 'objective-measurement-overdue',
    );
    expect(later.map((f) => f.id)).toEqual(['OBJ-1', 'OBJ-2', 'OBJ-4', 'OBJ-5']);
  });

  it('is summarised in the review with a trend chart per objective', () => {
    const review = reviewObjectives([sheet], asOf);
    expect(review.counts).toEqual({ met: 1, 'on-track': 1, 'at-risk': 1, missed: 1, 'not-measured': 1 });
    const register = registerOf([makeAction()]);
    const plan = planReviewSheet(computeReview(register, { asOf: AS_OF }), {
      existingSheetNames: [],
      objectives: review,
    });
    const lines = plan.charts.filter((c) => c.type === 'line');
    expect(lines.map((c) => c.title)).toEqual([
      'OBJ-3: Complete awareness training',
      'OBJ-2: Reduce phishing click rate',
      'OBJ-5: Supplier reviews', // measured, though without a numeric target: no target line
      'OBJ-1: Patch critical vulnerabilities quickly',
      'OBJ-4: Restore tests every quarter',
    ]);
    // Each chart sits beside its own data: periods, measured values and the target.
    const first = lines[0];
    const cell = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([
      cell(first.data.firstRow, 1),
      cell(first.data.firstRow, 2),
      cell(first.data.firstRow, 3),
    ]).toEqual(['Period', 'Measured', 'Target']);
    expect(cell(first.data.lastRow, 2)).toBe(0.88);
    expect(cell(first.data.lastRow, 3)).toBe(1);
    expect(first.anchor.row).toBe(first.data.firstRow);
    expect(
      plan.cells.some((c) => c.value === '(d4) Fulfilment of information security objectives (clause 6.2)'),
    ).toBe(true);
    expect(
      plan.cells.some((c) =>
        String(c.value).includes('1 missed, 1 at risk, 1 not measured, 1 on track, 1 met'),
      ),
    ).toBe(true);
  });
});

describe('a measurements table beside the objectives', () => {
  it('gives each objective its measurements by id or by name', () => {
    const sheet = parseObjectives(
      {
        values: [
          ['ID', 'Objective', 'KPI', 'Target value', 'Owner', 'Deadline'],
          ['K1', 'Availability of the portal', 'monthly availability', '99.5%', 'Eva', '2026-12-31'],
          ['K2', 'Incidents closed in SLA', '% in SLA', '≥ 90%', 'Gio', '2026-12-31'],
        ],
      },
      'Objectives',
    )!;
    const table = parseMeasurementsTable(
      {
        values: [
          ['Objective', 'Month', 'Actual'],
          ['K1', '2026-08', '99.1%'],
          ['K1', '2026-09', '99.6%'],
          ['Incidents closed in SLA', '2026-09', 0.8],
          ['K9', '2026-09', 1],
        ],
      },
      'Measurements',
    )!;
    expect(attachMeasurements(sheet, table)).toEqual([5]);
    expect(sheet.objectives.map((o) => o.measurements.length)).toEqual([2, 1]);
    expect(sheet.objectives.map((o) => objectiveStatus(o, asOf))).toEqual(['met', 'on-track']);
  });
});

describe('what a sheet of objectives is', () => {
  const headers = ['Objective', 'Measure', 'Target value', 'Owner', 'Due date'];
  it('is a companion sheet of the plan, not a register', () => {
    const kind = judgeSheet(headers, 'Objectives', {
      fields: ['owner', 'targetDate'],
      statusConfirmed: false,
    });
    expect(kind).toMatchObject({
      register: false,
      looksLike: 'information-security objectives',
      companion: 'objectives',
    });
  });
  it('alone in a file, is still not an action register', () => {
    const search = findRegisterSheet([{ name: 'Objectives', grid: { values: OBJECTIVES_ROWS } }]);
    expect(search.choice).toBeUndefined();
  });
});

describe('periods and values', () => {
  it.each([
    ['2026-03', '2026-03-31'],
    ['03/2026', '2026-03-31'],
    ['Mar 2026', '2026-03-31'],
    ['März 26', '2026-03-31'],
    ['Q1 2026', '2026-03-31'],
    ['2026 Q4', '2026-12-31'],
    ['2026-03-15', '2026-03-15'],
  ])('%s is the period ending %s', (header, iso) => {
    expect(isoFromDay(periodDay(header)!)).toBe(iso);
  });
  it('leaves other headers alone', () => {
    expect(periodDay('Owner')).toBeUndefined();
    expect(periodDay(2026)).toBeUndefined();
  });
  it('reads targets as written', () => {
    expect(readValue('≥ 95%')).toEqual({ value: 0.95, comparator: '>=' });
    expect(readValue('< 5')).toEqual({ value: 5, comparator: '<=' });
    expect(readValue('99,5 %')).toEqual({ value: 0.995 });
    expect(readValue('most of them')).toBeUndefined();
  });
});
