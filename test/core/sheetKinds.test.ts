import { checkResults, judgeSheet } from '../../src/core/detect/sheetKind';
import { findRegisterSheet } from '../../src/core';

const tracked = { fields: ['id', 'status', 'owner'] as const, statusConfirmed: true };

describe('sheets that look like trackers but hold no improvement actions', () => {
  it('names a policy register with review cycles a document register', () => {
    const kind = judgeSheet(
      [
        'policy_id',
        'policy_name',
        'owner',
        'version',
        'last_review_date',
        'next_review_due',
        'attestation_required',
        'status',
      ],
      'Policies',
      { fields: [...tracked.fields, 'targetReviewDate'], statusConfirmed: true },
    );
    expect(kind).toMatchObject({ register: false, looksLike: 'a document register' });
  });

  it('quotes a long header (a sentence taken for one) cut short when it says what a sheet is', () => {
    const kind = judgeSheet(
      [
        'Information Security Incident Management Responsibilities and Procedures',
        'Incident report',
        'Incident severity',
      ],
      'Sheet1',
      { fields: [], statusConfirmed: false },
    );
    expect(kind.register).toBe(false);
    expect(kind.why).toContain('Information Security Incident…, Incident report');
  });

  it('names a project RAID log (risks, assumptions, issues, dependencies) for what it is', () => {
    const kind = judgeSheet(
      [
        'RAID Category',
        'Description',
        'Impact',
        'Mitigation',
        'Owner',
        'Priority',
        'RPN (for risks)',
        'Status',
      ],
      'RAID LOG',
      { fields: ['description', 'correctiveAction', 'owner', 'priority', 'status'], statusConfirmed: true },
    );
    expect(kind).toMatchObject({
      register: false,
      looksLike: 'a RAID log (risks, assumptions, issues, dependencies)',
    });
  });

  it('reads run-together headers by their words (a software defect log)', () => {
    const kind = judgeSheet(
      [
        'DefectID',
        'Severity',
        'Priority',
        'Status',
        'RaisedIn',
        'Phase',
        'Owner',
        'DateRaised',
        'DateClosed',
      ],
      'defect log',
      { fields: [...tracked.fields, 'priority', 'raisedDate', 'closedDate'], statusConfirmed: true },
    );
    expect(kind).toMatchObject({ register: false, looksLike: 'a software defect log' });
  });

  it('names an exercise timeline (times of day, injects, decisions) as such', () => {
    const kind = judgeSheet(
      [
        'Time',
        'Inject / Event',
        'Owner',
        'Decision Required',
        'Action Taken',
        'Status',
        'Evidence / Notes',
        'Next Step',
      ],
      'Action Log',
      { fields: ['owner', 'status', 'remediation', 'evidence'], statusConfirmed: true },
    );
    expect(kind).toMatchObject({ register: false, looksLike: 'an exercise or incident timeline' });
  });

  it('keeps a manufacturing NC log that names defects a register (its actions outweigh the word)', () => {
    const kind = judgeSheet(
      [
        'Defect ID',
        'Defect description',
        'Root cause',
        'Corrective action',
        'Owner',
        'Target date',
        'Status',
        'Closed date',
      ],
      'Defect log',
      {
        fields: [
          'id',
          'description',
          'rootCause',
          'correctiveAction',
          'owner',
          'targetDate',
          'status',
          'closedDate',
        ],
        statusConfirmed: true,
      },
    );
    expect(kind.register).toBe(true);
  });

  it('keeps an action plan with a document column a register', () => {
    const kind = judgeSheet(
      ['Action ID', 'Finding', 'Document', 'Version', 'Action owner', 'Due date', 'Status'],
      'Action plan',
      { fields: ['id', 'title', 'owner', 'targetDate', 'status'], statusConfirmed: true },
    );
    expect(kind.register).toBe(true);
  });
});

describe('a task list beside a plan’s start dates and durations', () => {
  const headers = [
    'Task ID',
    'Task Name',
    'Team',
    'Task Owner',
    'Start Date',
    'Due Date',
    'Task Duration',
    'Status',
  ];

  it('is a list of actions when its status cells are workflow words and it has an owner and a due date', () => {
    const kind = judgeSheet(headers, 'Dashboard', {
      fields: ['id', 'title', 'owner', 'raisedDate', 'targetDate', 'status'],
      statusConfirmed: true,
    });
    expect(kind.register).toBe(true);
  });

  it('is a project plan when its status cells are not workflow words', () => {
    const kind = judgeSheet(headers, 'Dashboard', {
      fields: ['id', 'title', 'owner', 'raisedDate', 'targetDate', 'status'],
      statusConfirmed: false,
    });
    expect(kind).toMatchObject({ register: false, looksLike: 'a project plan' });
  });

  it('is a project plan without an owner', () => {
    const kind = judgeSheet(
      headers.filter((h) => h !== 'Task Owner'),
      'Dashboard',
      { fields: ['id', 'title', 'raisedDate', 'targetDate', 'status'], statusConfirmed: true },
    );
    expect(kind).toMatchObject({ register: false, looksLike: 'a project plan' });
  });

  it('is a project plan with a plan’s full set of columns (milestones, predecessors, variance)', () => {
    const kind = judgeSheet([...headers, 'Milestone', 'Predecessors', 'Variance'], 'Plan', {
      fields: ['id', 'title', 'owner', 'raisedDate', 'targetDate', 'status'],
      statusConfirmed: true,
    });
    expect(kind).toMatchObject({ register: false, looksLike: 'a project plan' });
  });
});

describe('a checklist whose result column holds verdicts, most of them passed', () => {
  it('names the result column and its verdicts', () => {
    expect(
      checkResults('Finding Result', [
        'Conformity (C)',
        'Minor Non-Conformity (MiNC)',
        'Conformity (C)',
        'Conformity (C)',
        'Observation (OBS)',
      ]),
    ).toBe('Finding Result: Conformity (C) / Minor Non-Conformity (MiNC) / Observation (OBS)');
  });

  it('is not a checklist when every verdict is a finding to correct (a register of non-conformities)', () => {
    expect(checkResults('Audit result', ['Minor NC', 'Major NC', 'Minor NC', 'Observation'])).toBeUndefined();
  });

  it('is not a checklist when the column is not headed as an outcome, or holds free text', () => {
    expect(checkResults('Comment', ['OK', 'OK', 'Yes', 'OK'])).toBeUndefined();
    expect(
      checkResults('Result', ['Backups restored', 'Policy signed', 'OK', 'Training held']),
    ).toBeUndefined();
  });
});

describe('a sheet with a checklist result column', () => {
  const rows = (results: string[]) => [
    [
      'Ref ID',
      'ISO Clause',
      'Audit Question',
      'Finding Result',
      'Corrective Actions',
      'CAP Owner',
      'Target Date',
    ],
    ...results.map((r, i) => [
      `AUD-0${i + 1}`,
      `A.5.${i + 1}`,
      'Verify the control',
      r,
      'None',
      'N/A',
      'N/A',
    ]),
  ];

  it('is not a register when most checks passed', () => {
    const search = findRegisterSheet([
      {
        name: 'Internal Audit Checklist',
        grid: { values: rows(['Conformity (C)', 'Minor NC', 'Conformity (C)', 'Conformity (C)']) },
      },
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]).toMatchObject({ looksLike: 'an audit or compliance checklist' });
    expect(search.notRegisters[0].why).toContain(
      'Finding Result: Conformity (C) / Minor NC — most checks passed',
    );
  });

  it('an effectiveness result of "Effective" / "Pass" is the register’s own step, not a checklist', () => {
    const grid = {
      values: [
        ['CAPA ID', 'Description', 'Owner', 'Due date', 'Status', 'Effectiveness result'],
        ['C-1', 'Fix backups', 'Ana', '2026-01-10', 'Closed', 'Pass'],
        ['C-2', 'Patch servers', 'Ben', '2026-02-10', 'Closed', 'Pass'],
        ['C-3', 'Train staff', 'Cy', '2026-03-10', 'Closed', 'Pass'],
        ['C-4', 'Review access', 'Di', '2026-04-10', 'Open', ''],
      ],
    };
    expect(findRegisterSheet([{ name: 'CAPA log', grid }]).choice?.name).toBe('CAPA log');
  });
});
