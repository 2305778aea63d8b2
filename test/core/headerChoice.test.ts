import { dayFromIso, findRegisterSheet, mapHeaderRow, parseRegister, type CellValue } from '../../src/core';

describe('two columns for one field: the current one wins', () => {
  it.each([
    [['Initial Deadline', 'Current Deadline'], 'Current Deadline'],
    [['Current Deadline', 'Initial Deadline'], 'Current Deadline'],
    [['Original due date', 'Revised due date'], 'Revised due date'],
    [['Ursprünglicher Termin', 'Neuer Termin'], 'Neuer Termin'],
    [['Date limite initiale', 'Date limite révisée'], 'Date limite révisée'],
  ])('%j → target date %s', (headers, chosen) => {
    expect(mapHeaderRow(headers, 1).columns.targetDate?.header).toBe(chosen);
  });

  it("takes the action's status over the finding's", () => {
    const m = mapHeaderRow(['Finding Status', 'Finding', 'Recommendation', 'Recommendation Status'], 1);
    expect(m.columns.status?.header).toBe('Recommendation Status');
  });

  it('never lets the nudge beat a better match', () => {
    expect(mapHeaderRow(['Target date', 'New owner'], 1).columns.targetDate?.header).toBe('Target date');
    expect(mapHeaderRow(['Status', 'Previous status'], 1).columns.status?.header).toBe('Status');
  });
});

describe('a workflow system’s coded steps in the Status column', () => {
  const steps = ['PROD 6.1', 'CQ 7.1', 'DA 3.2', 'CEDOC Closure', 'TA 2.2 Specialist', 'Closed'];
  const grid = (statuses: string[]): { values: CellValue[][] } => ({
    values: [
      ['Número NCR', 'Data Criação', 'Status', 'Descrição'],
      ...Array.from({ length: 40 }, (_, i) => [
        `NCR-${1000 + i}`,
        `2025-0${1 + (i % 9)}-1${i % 10}`,
        statuses[i % statuses.length]!,
        `Weld seam ${i} out of tolerance on block ${i % 7}`,
      ]),
    ],
  });

  it('is a status column when the steps end in a closed word: the NCR log is a register', () => {
    const search = findRegisterSheet([{ name: 'NCRs', grid: grid(steps) }]);
    expect(search.notRegisters).toEqual([]);
  });

  it('is not evidence of actions without a closed word', () => {
    const search = findRegisterSheet([{ name: 'Sheet1', grid: grid(steps.slice(0, 5)) }]);
    expect(search.notRegisters.map((n) => n.name)).toEqual(['Sheet1']);
  });
});

describe('a revised date column filled only where the date moved', () => {
  it('reads the initial date where the revised one is blank or N/A, and says so', () => {
    const parsed = parseRegister({
      values: [
        [
          'POAM ID',
          'Weakness',
          'Initial Scheduled Completion Date',
          'Updated Scheduled Completion Date',
          'Status',
        ],
        ['V-1', 'Patch cadence', '2025-06-15', 'N/A', 'Ongoing'],
        ['V-2', 'MFA gaps', '2025-04-30', '2025-07-30', 'Ongoing'],
        ['V-3', 'Log retention', '2025-09-30', '', 'Ongoing'],
        ['V-4', 'Backups', '2025-12-31', '', 'Delayed'],
      ],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const register = parsed.value;
    expect(register.mapping.columns.targetDate?.header).toBe('Updated Scheduled Completion Date');
    expect(register.mapping.fallbacks?.targetDate?.header).toBe('Initial Scheduled Completion Date');
    const due = register.actions.map((a) =>
      a.dates.targetDate?.kind === 'date' ? a.dates.targetDate.day : null,
    );
    expect(due).toEqual(['2025-06-15', '2025-07-30', '2025-09-30', '2025-12-31'].map((d) => dayFromIso(d)));
  });

  it('has no fallback when the register has one target date column', () => {
    const m = mapHeaderRow(['ID', 'Revised due date', 'Status'], 1);
    expect(m.fallbacks).toBeUndefined();
  });
});

describe('the sheet that says it holds actions', () => {
  const rows = (n: number, make: (i: number) => CellValue[]) => Array.from({ length: n }, (_, i) => make(i));
  const incidents = {
    name: 'Incident_Register',
    grid: {
      values: [
        ['ID', 'Date', 'Area', 'Department', 'Type', 'Class', 'Status', 'Severity', 'CAR_Due', 'Owner'],
        ...rows(40, (i) => [
          `INC-${i}`,
          `2025-0${1 + (i % 9)}-10`,
          'Pit',
          'Mining',
          'First Aid',
          'Injury',
          i % 3 ? 'Closed' : 'Open',
          'Low',
          `2025-1${i % 3}-01`,
          'J. Mensah',
        ]),
      ],
    },
  };
  const actions = {
    name: 'Corrective_Actions',
    grid: {
      values: [
        ['Action_ID', 'Source_Incident', 'Description', 'Raised', 'Due', 'Owner', 'Priority', 'Status'],
        ...rows(20, (i) => [
          `CAR-${i}`,
          `INC-${i}`,
          `Guard the conveyor tail pulley ${i}`,
          '2025-03-01',
          '2025-06-01',
          'A. Owusu',
          'High',
          i % 2 ? 'Closed' : 'In Progress',
        ]),
      ],
    },
  };
  it('wins over a sheet named for something else with a status, an owner and a due date', () => {
    const search = findRegisterSheet([incidents, actions]);
    expect(search.choice?.name).toBe('Corrective_Actions');
    expect(search.choice?.alternatives.map((a) => [a.name, a.saysActions])).toEqual([
      ['Incident_Register', false],
    ]);
  });
});

describe('a sheet’s name counts against it only when it names something else distinctly', () => {
  const grid = {
    values: [
      ['Gap ID', 'Gap title', 'Owner', 'Target date', 'Status', 'Remediation'],
      ...Array.from({ length: 12 }, (_, i) => [
        `SG-${i}`,
        `Safeguard ${i} missing`,
        'Privacy office',
        '2026-03-31',
        'Open',
        `Put safeguard ${i} in place`,
      ]),
    ] as CellValue[][],
  };
  const scoreAs = (name: string) => findRegisterSheet([{ name, grid }]).choice?.score;
  it('halves "Incident_Register", not "Safeguards_Gap_Log" (a gap is a common action word)', () => {
    expect(scoreAs('Safeguards_Gap_Log')).toBe(scoreAs('Register'));
    expect(scoreAs('Incident_Register')).toBe(scoreAs('Register')! / 2);
  });
});

describe('header words of lab and quality exports', () => {
  const fieldOf = (headers: string[], header: string) =>
    Object.values(mapHeaderRow(headers, 1).columns).find((c) => c.header === header)?.field;

  it('a planned end ("Término Previsto") is the target date, beside a planned start and an actual end', () => {
    const headers = [
      'Nº Sequência',
      'Responsável',
      'Início Previsto',
      'Término Previsto',
      'Início Real',
      'Término Real',
      'Status',
    ];
    expect(fieldOf(headers, 'Término Previsto')).toBe('targetDate');
  });

  it('reads "#" as "no": "CAR #" is the ID', () => {
    expect(fieldOf(['Location', 'CAR #', 'Brief description of NC', 'Status'], 'CAR #')).toBe('id');
  });

  it('"date deemed effective" is the day an action was closed as effective, "initialized" the day it was raised', () => {
    const headers = [
      'PTO #',
      'PTO initialized date',
      'Effectiveness Review & date deemed effective',
      'Notes',
    ];
    expect(fieldOf(headers, 'Effectiveness Review & date deemed effective')).toBe('closedDate');
    expect(fieldOf(headers, 'PTO initialized date')).toBe('raisedDate');
    // A due date for the check keeps its field.
    expect(fieldOf(['ID', 'Effectiveness review date', 'Status'], 'Effectiveness review date')).toBe(
      'effectivenessDueDate',
    );
  });

  it('an action table names its own ID ("ID_Acao"), not the finding it refers to ("ID_NC_Ref")', () => {
    const grid = {
      values: [
        ['ID_Acao', 'ID_NC_Ref', 'Descricao_Acao', 'Prazo_Previsto', 'Status'],
        [1, 1, 'Elaborar o POP de descarte', 45396, 'Concluída'],
        [2, 2, 'Revisar o POP de efluentes', 45477, 'Concluída'],
        [3, 0, 'Monitoramento contínuo', 45930, 'Em andamento'],
        [4, 0, 'Sistema fotovoltaico', 46200, 'Planejada'],
      ] as CellValue[][],
    };
    const parsed = parseRegister(grid);
    expect(parsed.ok && parsed.value.mapping.columns.id?.header).toBe('ID_Acao');
  });
});

describe('a template’s rows that describe its columns', () => {
  it('rows under the header saying what each column holds ("Date", "Unique Identifier") are not actions', () => {
    const grid = {
      values: [
        ['POAM ID', 'Weakness Name', 'Point of Contact', 'Original Detection Date', 'Status Date'],
        [
          'Unique identifier for each POAM Item',
          'Name of the weakness as provided by the scanner',
          'Person Responsible for implementing this task',
          'Date the weakness was first identified',
          'Date POA&M item was last changed or closed',
        ],
        ['Unique Identifier', 'Text', 'Text', 'Date', 'Date'],
        ['RISEN_AC_POAM_1', 'No defined time period for inactive accounts', 'Kandace Davis', 44626, ''],
        ['LuxNet_2021_3', 'No media sanitization process', 'Rose Donald', 44459, ''],
        ['LuxNet_2021_5', 'No Security Policy & Procedures', 'Rose Donald', 44458, ''],
      ] as CellValue[][],
      numberFormats: [
        [],
        [],
        [],
        ['', '', '', 'yyyy-mm-dd'],
        ['', '', '', 'yyyy-mm-dd'],
        ['', '', '', 'yyyy-mm-dd'],
      ],
    };
    const parsed = parseRegister(grid);
    expect(parsed.ok && parsed.value.actions.map((a) => a.id)).toEqual([
      'RISEN_AC_POAM_1',
      'LuxNet_2021_3',
      'LuxNet_2021_5',
    ]);
  });

  it('a first action whose date is still "TBD" stays an action', () => {
    const grid = {
      values: [
        ['ID', 'Action', 'Owner', 'Due date', 'Status'],
        ['A-1', 'Write the access policy', 'Ana', 'TBD', 'Open'],
        ['A-2', 'Train the service desk', 'Bo', 46100, 'Open'],
        ['A-3', 'Test the backups', 'Cy', 46120, 'Closed'],
      ] as CellValue[][],
      numberFormats: [[], [], ['', '', '', 'yyyy-mm-dd'], ['', '', '', 'yyyy-mm-dd']],
    };
    const parsed = parseRegister(grid);
    expect(parsed.ok && parsed.value.actions.map((a) => a.id)).toEqual(['A-1', 'A-2', 'A-3']);
  });
});

describe('header words as registers write them', () => {
  it.each([
    ['POA&M Status', 'status'],
    ['NCR Close Out Status', 'status'],
    ['Status (Open/Closed)', 'status'],
    ['ver_stat', 'status'],
    ['ncr_desc', 'description'],
    ['tgt_dt', 'targetDate'],
    ['By Whom : Responsibility', 'owner'],
    ['Colaborador', 'owner'],
  ])('%s is the %s', (header, field) => {
    const m = mapHeaderRow(['Ref', header, 'Notes'], 1);
    expect(Object.entries(m.columns).find(([, c]) => c.header === header)?.[0]).toBe(field);
  });

  it.each([
    [
      ['Who', 'What', 'When'],
      ['owner', 'correctiveAction', 'targetDate'],
    ],
    [
      ['Wie', 'Wat', 'Wanneer'],
      ['owner', 'correctiveAction', 'targetDate'],
    ],
    [
      ['Quem?', 'O quê?', 'Por quê?', 'Quando?'],
      ['owner', 'correctiveAction', undefined, 'targetDate'],
    ],
    [
      ['Qui', 'Quoi', 'Pourquoi', 'Quand'],
      ['owner', 'correctiveAction', undefined, 'targetDate'],
    ],
    [
      ['Numer', 'Opis', 'Osoba', 'Do kiedy?', 'Status'],
      ['id', 'description', 'owner', 'targetDate', 'status'],
    ],
  ])('a who / what / when plan %j reads each question as its column', (headers, fields) => {
    const m = mapHeaderRow(headers, 1);
    const byHeader = new Map(Object.entries(m.columns).map(([field, c]) => [c.header, field]));
    expect(headers.map((h) => byHeader.get(h))).toEqual(fields);
  });

  it('a word in parentheses is a hint, not what the column is', () => {
    expect(mapHeaderRow(['Action (owner to confirm)', 'Owner'], 1).columns.owner?.header).toBe('Owner');
  });
});
