import { computeReview, findRegisterSheet, parseRegister, validateRegister } from '../../src/core';
import type { CellValue, Grid } from '../../src/core/grid';
import type { RegisterConfig } from '../../src/core/register';
import { isMissing } from '../../src/core/text';
import { AS_OF } from './builders';

/** A grid from literal rows: what a reader hands the core for a small register typed in a test. */
const grid = (...rows: CellValue[][]): Grid => ({ values: rows });
/** A named sheet of such rows, for the sheet search. */
const sheet = (name: string, ...rows: CellValue[][]) => ({ name, grid: grid(...rows) });

function read(g: Grid, config: RegisterConfig = {}, sheet = 'Actions') {
  const parsed = parseRegister(g, config, sheet);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function figures(g: Grid, config: RegisterConfig = {}) {
  const register = read(g, config);
  const review = computeReview(register, { asOf: AS_OF });
  return { register, review, report: validateRegister(register, { asOf: AS_OF }) };
}

describe('class 1: status words are never placeholders', () => {
  const g = grid(
    ['ID', 'Title', 'Status', 'Owner', 'Target date', 'Type'],
    ['A-1', 'Fix backups', 'To Do', 'Ana', '2026-12-31', 'OFI'],
    ['A-2', 'Rotate keys', 'Pending', 'Ben', '2026-12-31', 'OFI'],
    ['A-3', 'Review access', 'Under analysis', 'Cy', '2026-12-31', 'OFI'],
  );

  it('"To Do", "Pending" and "Under analysis" are states, not missing statuses', () => {
    const { register, report } = figures(g);
    expect(register.actions.map((a) => a.state)).toEqual(['new', 'new', 'analysis']);
    expect(report.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);
  });

  it('an explicit map wins over the lexicon, even for a placeholder-looking word', () => {
    const { register } = figures(g, { vocabulary: { status: { 'To Do': 'planned', Pending: 'on-hold' } } });
    expect(register.actions.map((a) => a.state)).toEqual(['planned', 'on-hold', 'analysis']);
  });
});

describe('class 2: the table ends where the actions end', () => {
  it('a row of hours right above a "Total" row is part of the totals block, not an action', () => {
    const { review, register } = figures(
      grid(
        ['Itération', 'Tâche à réaliser', 'Responsable', 'Statut', 'Estimation (h)', 'Jour 1'],
        [0, 'Préparation', 'Toute l’équipe', 'Terminé', 4, 0],
        [1, 'Gestion des utilisateurs', 'Jordan', 'En cours', 10, 10],
        [1, 'Configuration', 'Jordan', 'A faire', 4, 4],
        [1, '', '', '', 0, 0],
        [2, '', '', '', 0, 0],
        ['', 'Charge estimée / reste à faire en heures', '', '', 18, 14],
        ['', 'Total heures (heures travaillées par jour)', '', '', 280, 252],
      ),
    );
    expect(review.total).toBe(3);
    expect(register.tableEnd?.row).toBe(5);
  });

  it('a summary block under a blank row is not read as actions', () => {
    const { review, register } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Status'],
        ['NC-1', 'Patch the VPN', 'Ana', '2026-10-01', 'Open'],
        ['NC-2', 'Train staff', 'Ben', '2026-12-20', 'Closed'],
        [],
        ['Total open', 1],
        ['Closure rate', '50%'],
        ['Legend: Open = not started'],
      ),
    );
    expect(review.total).toBe(2);
    expect(register.tableEnd?.row).toBe(4);
  });

  it('a totals row right under the table ends it too', () => {
    const { review } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Status'],
        ['NC-1', 'Patch the VPN', 'Ana', '2026-10-01', 'Open'],
        ['Total', '', '', '', 1],
      ),
    );
    expect(review.total).toBe(1);
  });

  it('--rows overrides the detected end', () => {
    const g = grid(
      ['ID', 'Action', 'Owner', 'Due date', 'Status'],
      ['NC-1', 'Patch the VPN', 'Ana', '2026-10-01', 'Open'],
      ['NC-2', 'Train staff', 'Ben', '2026-12-20', 'Open'],
      ['NC-3', 'Test restore', 'Cy', '2026-12-20', 'Open'],
    );
    expect(figures(g, { rows: { first: 2, last: 3 } }).review.total).toBe(2);
  });

  it('section bands inside the table ("── HIGH RISK ITEMS ──") are not actions', () => {
    const { review } = figures(
      grid(
        ['ID', 'Weakness', 'Owner', 'Due date', 'Status'],
        ['── HIGH RISK ITEMS ──'],
        ['P-1', 'Open egress', 'Ana', '2026-10-01', 'Open'],
        ['── LOW RISK ITEMS ──'],
        ['P-2', 'Old TLS', 'Ben', '2026-10-01', 'Open'],
      ),
    );
    expect(review.total).toBe(2);
  });

  it('a plan\'s numbered phase headings ("FASE 1: VENTAS", beside its level and a note) are not actions', () => {
    const { review } = figures(
      grid(
        ['Nivel', 'Tema / Tarea', 'Comentarios', 'Responsable', 'Fecha Inicio', 'Fecha Límite'],
        ['1', 'FASE 1: VENTAS Y CONVERSIÓN', 'Foco en cerrar negocios', '', '', ''],
        ['2', 'Venta a base de datos', 'Necesito la presentación', 'Jorge', '20/04/2026', '27/04/2026'],
        ['3', 'Servicio de auditoría', 'Puede ser un tema incluido', '', '', ''],
        ['1', 'Phase 2 – Operations', 'Retener clientes', '', '', ''],
        ['3', 'Reporte de anuncios', 'Automatizar el proceso', 'Diego', '05/05/2026', '15/05/2026'],
        ['3', 'Phase out the old dashboard', '', 'Diego', '05/05/2026', '15/05/2026'],
      ),
    );
    // The task without owner or dates stays an action; a task that starts with "Phase" but is
    // not numbered, with its owner and dates, too.
    expect(review.total).toBe(4);
  });
});

describe('class 3: columns are chosen by their cells as well as their headers', () => {
  it('"Target_Assets" and "Target system" holding asset names are not the target date; "dueDate" is', () => {
    const { register } = figures(
      grid(
        ['id', 'Target_Assets', 'Target system', 'owner', 'dueDate', 'status'],
        ['1', 'Web server', 'CRM', 'Ana', '2026-10-01', 'Open'],
        ['2', 'Mail gateway', 'ERP', 'Ben', '2026-10-02', 'Open'],
        ['3', 'Laptops', 'HR', 'Cy', '2026-10-03', 'Closed'],
      ),
    );
    expect(register.mapping.columns.targetDate?.header).toBe('dueDate');
    // The header alone rules "Target_Assets" out; the cells rule out "Target system".
    expect(register.mapping.ruledOut).toContainEqual(
      expect.objectContaining({ field: 'targetDate', header: 'Target system' }),
    );
  });

  it('"Scheduled Completion Date" is the target date, "POC" the owner, and a "mapping_status" column is not the status', () => {
    const { register } = figures(
      grid(
        ['Item', 'POC', 'Scheduled Completion Date', 'mapping_status', 'Status'],
        ['W-1', 'Ana', '2026-10-01', 'Mapped', 'Ongoing'],
        ['W-2', 'Ben', '2026-10-02', 'Unmapped', 'Completed'],
        ['W-3', 'Cy', '2026-10-03', 'Mapped', 'Ongoing'],
      ),
    );
    const c = register.mapping.columns;
    expect([c.targetDate?.header, c.owner?.header, c.status?.header]).toEqual([
      'Scheduled Completion Date',
      'POC',
      'Status',
    ]);
    expect(c.completionDate).toBeUndefined();
  });

  it('"Source Framework" holding control catalogues is not the source', () => {
    const { register } = figures(
      grid(
        ['ID', 'Source Framework', 'Owner', 'Due', 'Status'],
        ['F-1', 'NIST 800-53', 'Ana', '2026-10-01', 'Open'],
        ['F-2', 'CIS v8', 'Ben', '2026-10-01', 'Open'],
        ['F-3', 'NIST 800-53', 'Cy', '2026-10-01', 'Open'],
      ),
    );
    expect(register.mapping.columns.source).toBeUndefined();
  });

  it('a column of state words is the status when no header says so', () => {
    const { register } = figures(
      grid(
        ['Ref', 'Action', 'Who', 'Due', 'Where it stands'],
        ['1', 'Patch', 'Ana', '2026-10-01', 'Open'],
        ['2', 'Train', 'Ben', '2026-10-01', 'In progress'],
        ['3', 'Test', 'Cy', '2026-10-01', 'Closed'],
      ),
    );
    expect(register.mapping.columns.status).toMatchObject({
      header: 'Where it stands',
      confidence: 'content',
    });
  });

  it('each field carries a confidence between 0 and 1 and the runner-up column', () => {
    const { register } = figures(
      grid(
        ['ID', 'Target date', 'Due date', 'Status', 'Owner'],
        ['1', '2026-10-01', '2026-10-02', 'Open', 'Ana'],
        ['2', '2026-10-01', '2026-10-02', 'Open', 'Ben'],
        ['3', '2026-10-01', '2026-10-02', 'Open', 'Cy'],
      ),
    );
    const target = register.mapping.columns.targetDate!;
    expect(target.score).toBeGreaterThan(0);
    expect(target.score).toBeLessThanOrEqual(1);
    expect(target.runnerUp?.header).toBeDefined();
  });
});

describe('class 4: state words of every language and tool, and registers without a status column', () => {
  it.each([
    ['Chiuso', 'closed'],
    ['Erledigt', 'closed'],
    ['Lezárva', 'closed'],
    ['1-Open', 'new'],
    ['3 - In progress', 'in-progress'],
    ['Monitoring', 'implemented'],
    ['Pending Validation', 'implemented'],
    ['Risk Accepted', 'cancelled'],
    ['False Positive', 'cancelled'],
    ['Completada - vencida', 'closed'],
    ['En curso', 'in-progress'],
    ['In Bearbeitung', 'in-progress'],
    ['En cours', 'in-progress'],
    ['Em andamento', 'in-progress'],
    ['In behandeling', 'in-progress'],
    ['Folyamatban', 'in-progress'],
  ])('"%s" reads as %s', (word, state) => {
    const { register } = figures(
      grid(['ID', 'Action', 'Owner', 'Due', 'Status'], ['1', 'Patch', 'Ana', '2026-12-30', word]),
    );
    expect(register.actions[0].state).toBe(state);
  });

  it.each([
    ['Closed – pending evidence', 'implemented'],
    ['Closed (awaiting evidence)', 'implemented'],
    ['Fixed, not verified', 'implemented'],
    ['Completed - to be verified', 'implemented'],
    ['Cerrada - pendiente de evidencia', 'implemented'],
    ['Fermé - en attente de preuve', 'implemented'],
    ['Abgeschlossen, Nachweis ausstehend', 'implemented'],
    ['Closed - overdue', 'closed'],
    ['Closed: verified at the audit', 'closed'],
    ['Open - pending evidence', 'new'],
  ])('a finishing word with what is still to come after it: "%s" reads as %s', (word, state) => {
    const { register, review } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due', 'Status'],
        ['1', 'Patch', 'Ana', '2026-12-30', word],
        ['2', 'Train', 'Bo', '2026-12-30', 'Closed'],
      ),
    );
    expect(register.actions[0].state).toBe(state);
    expect(review.open).toBe(state === 'closed' ? 0 : 1);
  });

  it('"Overdue" as a status counts the row as open and overdue, with one warning', () => {
    const { review, report } = figures(
      grid(['ID', 'Action', 'Owner', 'Due', 'Status'], ['1', 'Patch', 'Ana', '2026-10-01', 'Overdue']),
    );
    expect([review.open, review.overdue]).toEqual([1, 1]);
    expect(report.findings.filter((f) => f.code === 'status-is-overdue')).toHaveLength(1);
  });

  it('"Implemented" is closed in a register with no closing word and no effectiveness column, implemented where effectiveness is checked', () => {
    const rows: CellValue[][] = [
      ['1', 'Patch', 'Ana', '2026-10-01', 'Implemented'],
      ['2', 'Train', 'Ben', '2026-12-30', 'Open'],
    ];
    const plain = figures(grid(['ID', 'Action', 'Owner', 'Due', 'Status'], ...rows));
    expect(plain.register.actions[0].state).toBe('closed');
    const checked = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due', 'Status', 'Effectiveness result'],
        ...rows.map((r) => [...r, '']),
      ),
    );
    expect(checked.register.actions[0].state).toBe('implemented');
  });

  it('without a status column the state comes from the dates: a closed date means closed', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Date closed'],
        ['1', 'Patch', 'Ana', '2026-10-01', '2026-10-05'],
        ['2', 'Train', 'Ben', '2026-10-01', ''],
      ),
    );
    expect(register.stateFromDates).toBe(true);
    expect([review.open, review.overdue]).toEqual([1, 1]);
  });

  it('a word that cannot be placed is reported once with its rows, not once per row', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`A-${i + 1}`, 'Patch', 'Ana', '2026-12-30', 'Zebra']);
    const { report } = figures(grid(['ID', 'Action', 'Owner', 'Due', 'Status'], ...rows));
    const unknown = report.findings.filter((f) => f.code === 'unknown-status');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toMatch(/30 rows/);
  });

  it('priorities P0–P3 keep their order: P0 critical, P1 high', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due', 'Status', 'Priority'],
        ['1', 'a', 'Ana', '2026-12-30', 'Open', 'P0'],
        ['2', 'b', 'Ana', '2026-12-30', 'Open', 'P1'],
        ['3', 'c', 'Ana', '2026-12-30', 'Open', 'P2'],
        ['4', 'd', 'Ana', '2026-12-30', 'Open', 'P3'],
      ),
    );
    expect(register.actions.map((a) => a.priority)).toEqual(['critical', 'high', 'medium', 'low']);
  });
});

describe('class 5: overdue is found in every date shape', () => {
  it('"Fecha de vencimiento" is the target date', () => {
    const { review } = figures(
      grid(
        ['Código', 'Acción', 'Responsable', 'Fecha de vencimiento', 'Estado'],
        ['1', 'Parchear', 'Ana', '2026-10-01', 'Abierto'],
      ),
    );
    expect(review.overdue).toBe(1);
  });

  it('the date order is learned from the column: 03/25/2026 makes 11/01/2026 the first of November', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Status'],
        ['1', 'Patch', 'Ana', '03/25/2026', 'Open'],
        ['2', 'Train', 'Ben', '12/01/2026', 'Open'],
      ),
    );
    expect(register.dateOrder).toBe('mdy');
    expect(register.dateOrderFrom).toBe('dates');
    // As of 26 Nov 2026: 25 Mar is late; 1 Dec (read month first) is not yet.
    expect(review.overdue).toBe(1);
  });

  it('a completion date on a row whose status is still open does not hide that it is late', () => {
    const { review } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Deadline', 'Completion date', 'Status'],
        ['1', 'Patch', 'Ana', '08-06-2026', '09-06-2026', 'Pending'],
      ),
    );
    expect(review.overdue).toBe(1);
  });

  it('rows in an unknown state are never counted overdue', () => {
    const { review } = figures(
      grid(['ID', 'Action', 'Owner', 'Due', 'Status'], ['1', 'Patch', 'Ana', '2026-01-01', 'Zebra']),
    );
    expect(review.overdue).toBe(0);
  });
});

describe('class 6 and 8: missing columns are one note, never an error', () => {
  it('a six-column register without Type gets one column-missing note and no error', () => {
    const { report } = figures(
      grid(
        ['ID', 'Title', 'Status', 'Owner', 'Target date', 'Notes'],
        ['A-1', 'Fix backups', 'Open', 'Ana', '2026-12-31', ''],
      ),
    );
    const missing = report.findings.filter((f) => f.code === 'column-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].severity).toBe('info');
    expect(report.counts.error).toBe(0);
  });
});

describe('class 7: files that are not action registers are named for what they are', () => {
  it.each([
    [
      'a risk register',
      sheet(
        'Risks',
        ['Risk ID', 'Threat', 'Vulnerability', 'Likelihood', 'Impact', 'Risk score', 'Owner', 'Status'],
        ['R1', 'Ransomware', 'Unpatched', 3, 4, 12, 'Ana', 'Open'],
        ['R2', 'Phishing', 'Training', 4, 3, 12, 'Ben', 'Open'],
      ),
    ],
    [
      'a Statement of Applicability',
      sheet(
        'SoA',
        ['Control', 'Control name', 'Applicable?', 'Justification for inclusion', 'Implementation status'],
        ['A.5.1', 'Policies', 'Yes', 'Required', 'Implemented'],
        ['A.5.2', 'Roles', 'Yes', 'Required', 'Implemented'],
      ),
    ],
    [
      'an audit or compliance checklist',
      sheet(
        'Checklist',
        ['Requirement', 'Question', 'Evidence reviewed', 'Status'],
        ['4.1', 'Is the context documented?', 'Context doc', 'Compliant'],
        ['4.2', 'Are interested parties listed?', 'None', 'Not compliant'],
        ['5.1', 'Is leadership committed?', 'Minutes', 'Compliant'],
      ),
    ],
    [
      'an asset inventory',
      sheet(
        'Assets',
        ['Asset ID', 'Asset name', 'Asset type', 'Owner', 'Location', 'Classification'],
        ['AS-1', 'Web server', 'Server', 'Ana', 'DC1', 'Internal'],
      ),
    ],
    [
      'a training record',
      sheet(
        'Training',
        ['Employee ID', 'Employee name', 'Training course', 'Completion date', 'Score', 'Status'],
        ['E1', 'Ana', 'Awareness', '2026-01-01', 90, 'Completed'],
      ),
    ],
    [
      'a document register',
      sheet(
        'Documents',
        ['Document ID', 'Document title', 'Version', 'Owner', 'Approved by', 'Next review date', 'Status'],
        ['POL-01', 'Information Security Policy', '2.1', 'CISO', 'CEO', '2027-01-10', 'Approved'],
        ['PRO-03', 'Backup Procedure', '1.0', 'IT', 'CISO', '2026-02-01', 'Under review'],
      ),
    ],
    [
      'an incident log',
      sheet(
        'Incidents',
        [
          'Incident ID',
          'Date reported',
          'Reported by',
          'Severity',
          'Assigned to',
          'Status',
          'Resolution',
          'Date resolved',
        ],
        ['INC-1', '2026-01-05', 'Ana', 'Medium', 'SOC', 'Closed', 'Password reset', '2026-01-06'],
        ['INC-2', '2026-02-11', 'Ben', 'High', 'SOC', 'Open', '', ''],
      ),
    ],
    [
      'information-security objectives',
      sheet(
        'Objectives',
        ['Objective', 'Measure', 'Target', 'Owner', 'Due date', 'Status'],
        ['Reduce phishing clicks', 'Click rate', '<5%', 'CISO', '2026-12-31', 'On track'],
        ['Patch in 14 days', '% patched', '95%', 'IT', '2026-09-30', 'At risk'],
      ),
    ],
    [
      'a KPI or metrics sheet',
      sheet(
        'OOMRSC-05',
        [
          'No.',
          'Proceso',
          'Indicador o Índice',
          'Periodicidad',
          'Unidad de Medida',
          'Meta Anual',
          'Cumple: Sí/No',
          'Observación',
          'Acción',
          'Responsable',
        ],
        [1, 'Calidad', 'Quejas atendidas', 'Mensual', '%', '95%', 'SI', '', '', 'Ana Ruiz'],
        [
          2,
          'Compras',
          'Entregas a tiempo',
          'Mensual',
          '%',
          '90%',
          'NO',
          'Proveedor tardío',
          'AC 05/2026',
          'Luis Pérez',
        ],
        [3, 'TI', 'Disponibilidad', 'Trimestral', '%', '99%', 'SI', '', '', 'Eva Gil'],
      ),
    ],
    [
      'an evidence request list (PBC)',
      sheet(
        'PBC',
        ['PBC ID', 'Area', 'Evidence requested', 'Owner (job title)', 'Due', 'Status'],
        ['PBC-01', 'Governance', 'Signed ISMS scope', 'CEO', '2026-10-09', 'Not available - draft only'],
        ['PBC-02', 'Access', 'Leaver report Q3', 'IT manager', '2026-10-09', 'Provided'],
        [
          'PBC-03',
          'Backup',
          'Restore test record',
          'IT manager',
          '2026-10-16',
          'Not available - does not exist',
        ],
      ),
    ],
    [
      'a supplier register',
      sheet(
        'Suppliers',
        [
          'Supplier',
          'Service',
          'Contract owner',
          'Contract end date',
          'Assessment status',
          'ISO 27001 certified',
        ],
        ['AWS', 'Hosting', 'CTO', '2027-12-31', 'Completed', 'Yes'],
        ['Slack', 'Chat', 'IT', '2026-06-30', 'In progress', 'Yes'],
      ),
    ],
    [
      'a record of processing activities',
      sheet(
        'RoPA',
        ['Processing activity', 'Purpose', 'Lawful basis', 'Categories of personal data', 'Retention period'],
        ['Payroll', 'Pay staff', 'Contract', 'Bank details', '7 years'],
      ),
    ],
  ])('%s', (looksLike, s) => {
    const search = findRegisterSheet([s]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0].looksLike).toBe(looksLike);
  });

  it('an incident follow-up action list is still a register: its action words outweigh one incident column', () => {
    const search = findRegisterSheet([
      sheet(
        'Incident actions',
        ['Action ID', 'Incident ID', 'Corrective action', 'Root cause', 'Owner', 'Due date', 'Status'],
        ['A-1', 'INC-1', 'Enforce MFA', 'No MFA', 'Ana', '2026-10-01', 'Open'],
        ['A-2', 'INC-2', 'Patch VPN', 'Late patching', 'Ben', '2026-11-01', 'Closed'],
      ),
    ]);
    expect(search.choice?.name).toBe('Incident actions');
  });

  it('an action register beside a risk register is chosen, and the risk register is named', () => {
    const search = findRegisterSheet([
      sheet('Risks', ['Risk ID', 'Likelihood', 'Impact', 'Risk score', 'Owner'], ['R1', 3, 4, 12, 'Ana']),
      sheet(
        'CAPA log',
        ['CAPA ID', 'Finding', 'Corrective action', 'Owner', 'Due date', 'Status'],
        ['C-1', 'Backups untested', 'Test monthly', 'Ana', '2026-10-01', 'Open'],
      ),
    ]);
    expect(search.choice?.name).toBe('CAPA log');
    expect(search.notRegisters.map((n) => n.looksLike)).toEqual(['a risk register']);
  });

  it('a mapping given by the user is a register by their say-so', () => {
    const risks = sheet(
      'Risks',
      ['Risk ID', 'Likelihood', 'Impact', 'Owner', 'Treatment due', 'Status'],
      ['R1', 3, 4, 'Ana', '2026-10-01', 'Open'],
    );
    expect(findRegisterSheet([risks]).choice).toBeUndefined();
    expect(findRegisterSheet([risks], { overrides: { targetDate: 'Treatment due' } }).choice?.name).toBe(
      'Risks',
    );
  });
});

describe('presets for well-known layouts', () => {
  it('a FedRAMP POA&M is recognised by its headers and read with its words', () => {
    const { register, review } = figures(
      grid(
        [
          'POAM ID',
          'Weakness Name',
          'Point of Contact',
          'Original Detection Date',
          'Scheduled Completion Date',
          'Status',
        ],
        ['V-1', 'Old TLS', 'Ana', '2026-01-01', '2026-06-01', 'Ongoing'],
        ['V-2', 'Open egress', 'Ben', '2026-01-01', '2026-06-01', 'Risk Accepted'],
      ),
    );
    expect(register.preset).toMatchObject({ name: 'poam', recognised: true });
    expect([review.open, review.overdue]).toEqual([1, 1]);
  });

  it('a sheet named "Closed POA&M Items" without a status column holds closed items', () => {
    const parsed = parseRegister(
      grid(
        ['POAM ID', 'Weakness Name', 'Point of Contact', 'Scheduled Completion Date'],
        ['V-9', 'X', 'Ana', '2026-01-01'],
      ),
      {},
      'Closed POA&M Items',
    );
    expect(parsed.ok && parsed.value.actions[0].state).toBe('closed');
  });
});

describe('class 9: registers in other scripts and languages', () => {
  const col = (r: ReturnType<typeof read>, field: string) =>
    (r.mapping.columns as Record<string, { column: number } | undefined>)[field]?.column;

  it('Cyrillic headers and states are read ("Срок выполнения", "В работе", "Закрыто")', () => {
    const { register, review } = figures(
      grid(
        [
          '№',
          'Описание несоответствия',
          'Ответственный',
          'Срок выполнения',
          'Статус',
          'Корректирующие действия',
        ],
        [
          '1',
          'Нет резервных копий',
          'Иванов И.И.',
          '01.10.2026',
          'В работе',
          'Настроить резервное копирование',
        ],
        ['2', 'Пароли не меняются', 'Петров П.П.', '15.03.2027', 'Открыто', 'Ввести политику паролей'],
        ['3', 'Нет журнала доступа', 'Сидоров С.С.', '01.06.2026', 'Закрыто', 'Включить журналирование'],
      ),
    );
    expect(col(register, 'targetDate')).toBe(4);
    expect(col(register, 'status')).toBe(5);
    expect(col(register, 'owner')).toBe(3);
    expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'new', 'closed']);
    expect(review.overdue).toBe(1);
  });

  it('Chinese headers are read by the words they contain, with 年月日 dates', () => {
    const { register, review } = figures(
      grid(
        ['编号', '不符合项描述', '整改责任人', '计划完成日期', '整改状态', '纠正措施'],
        ['NC-01', '未定期备份', '张三', '2026年10月1日', '整改中', '建立备份策略'],
        ['NC-02', '访问权限未评审', '李四', '2027年3月15日', '已关闭', '每季度评审权限'],
      ),
    );
    const fields = ['id', 'description', 'owner', 'targetDate', 'status', 'correctiveAction'] as const;
    expect(fields.map((f) => col(register, f))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'closed']);
    expect(review.overdue).toBe(1);
  });

  it('Polish and Turkish registers keep their letters (ł, ı) and are read by their words', () => {
    const pl = read(
      grid(
        ['Nr', 'Opis niezgodności', 'Osoba odpowiedzialna', 'Termin realizacji', 'Status'],
        ['1', 'Brak kopii zapasowych', 'Jan Kowalski', '2026-10-01', 'W trakcie realizacji'],
      ),
    );
    expect(col(pl, 'targetDate')).toBe(4);
    expect(pl.actions[0].state).toBe('in-progress');
    const tr = read(
      grid(
        ['DÖF No', 'Uygunsuzluk Tanımı', 'Sorumlu', 'Termin Tarihi', 'Durumu'],
        ['1', 'Yedekleme yapılmıyor', 'Ayşe Yılmaz', '2026-10-01', 'Kapatıldı'],
      ),
    );
    expect(col(tr, 'owner')).toBe(3);
    expect(col(tr, 'targetDate')).toBe(4);
    expect(tr.actions[0].state).toBe('closed');
  });

  it('run-together headers are read by their words ("TARGETDATE", "ROOTCAUSE")', () => {
    const r = read(
      grid(
        ['ACTIONID', 'DESCRIPTION', 'ACTIONOWNER', 'TARGETDATE', 'STATUS', 'ROOTCAUSE'],
        ['A-1', 'Fix backups', 'Ana', '2026-10-01', 'Open', 'No policy'],
      ),
    );
    expect(col(r, 'targetDate')).toBe(4);
    expect(col(r, 'owner')).toBe(3);
    expect(col(r, 'rootCause')).toBe(6);
  });

  it('a German "Maßnahme" header reads as "Massnahme" does', () => {
    const r = read(
      grid(
        ['Nr.', 'Feststellung', 'Maßnahme', 'Verantwortlich', 'Termin', 'Status'],
        ['1', 'Kein Backup', 'Backup einrichten', 'Anna', '01.10.2026', 'offen'],
      ),
    );
    expect(col(r, 'correctiveAction')).toBe(3);
    expect(col(r, 'targetDate')).toBe(5);
  });

  it('a risk register in Russian is named as one, not read as actions', () => {
    const found = findRegisterSheet([
      {
        name: 'Риски',
        grid: grid(
          ['№', 'Риск', 'Угроза', 'Уязвимость', 'Вероятность', 'Последствия', 'Уровень риска', 'Владелец'],
          ['1', 'Утечка данных', 'Хакер', 'Слабые пароли', 3, 4, 12, 'ИБ'],
          ['2', 'Отказ сервера', 'Сбой', 'Нет резервирования', 2, 5, 10, 'ИТ'],
        ),
      },
    ]);
    expect(found.choice).toBeUndefined();
    expect(found.notRegisters[0]?.looksLike).toBe('a risk register');
  });
});

describe('class 10: a yes/no or percent-complete column gives the state when there is no status column', () => {
  it('"Closed (Y/N)" answers are the states: Y closed, N open', () => {
    const { register, review } = figures(
      grid(
        ['Ref', 'Finding', 'Action owner', 'Due', 'Closed (Y/N)'],
        ['1', 'No backup', 'Ana', '2026-10-01', 'Y'],
        ['2', 'Weak passwords', 'Ben', '2026-11-01', 'N'],
        ['3', 'No logs', 'Cy', '2027-01-01', ''],
      ),
    );
    expect(register.stateColumn?.header).toBe('Closed (Y/N)');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'new']);
    expect(review.open).toBe(2);
    expect(review.overdue).toBe(1);
  });

  it('"% Complete" shares are the states: 100 % closed, part-way in progress, 0 % open', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Issue', 'Owner', 'Target date', '% Complete'],
        ['1', 'No backup', 'Ana', '2026-10-01', '100%'],
        ['2', 'Weak passwords', 'Ben', '2026-11-01', '50%'],
        ['3', 'No logs', 'Cy', '2027-01-01', '0%'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress', 'new']);
    expect(review.overdue).toBe(1);
  });

  it('a "Progress" column of fractions (0–1) reads as shares too', () => {
    const { register } = figures(
      grid(
        ['ID', 'Issue', 'Owner', 'Target date', 'Progress'],
        ['1', 'No backup', 'Ana', '2026-10-01', 1],
        ['2', 'Weak passwords', 'Ben', '2026-11-01', 0.25],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress']);
  });

  it('a done flag named in another language ("Atendido", "Erledigt?", "Opgelost") answers with TRUE/FALSE texts or ja/nee', () => {
    for (const [header, yes, no] of [
      ['ATENDIDO', 'TRUE', 'FALSE'],
      ['Behoben?', 'ja', 'nein'],
      ['Opgelost', 'ja', 'nee'],
      ['Risolto', 'sì', 'no'],
    ]) {
      const { register, review } = figures(
        grid(
          ['Folio', 'Descripción', 'Responsable', 'Fecha límite', header],
          ['1', 'Permisos de vacaciones', 'Ed', '2026-10-01', yes],
          ['2', 'Alta de incapacidad', 'Ana', '2026-10-01', no],
          ['3', 'Reporte de nómina', 'Cy', '2027-01-01', no],
        ),
      );
      expect([header, register.stateColumn?.header]).toEqual([header, header]);
      expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'new']);
      expect(review.overdue).toBe(1);
    }
  });

  it('an "Effective (Y/N)" column is not taken for closure, and a status column always wins', () => {
    const noFlag = read(
      grid(
        ['ID', 'Issue', 'Owner', 'Target date', 'Effective (Y/N)'],
        ['1', 'No backup', 'Ana', '2026-10-01', 'Y'],
        ['2', 'Weak passwords', 'Ben', '2026-11-01', 'N'],
      ),
    );
    expect(noFlag.stateColumn).toBeUndefined();
    const withStatus = read(
      grid(
        ['ID', 'Issue', 'Owner', 'Target date', 'Status', 'Done?'],
        ['1', 'No backup', 'Ana', '2026-10-01', 'Open', 'Y'],
        ['2', 'Weak passwords', 'Ben', '2026-11-01', 'Open', 'N'],
      ),
    );
    expect(withStatus.stateColumn).toBeUndefined();
    expect(withStatus.actions.map((a) => a.state)).toEqual(['new', 'new']);
  });
});

describe('class 11: a blank status is not a word that may mean finished', () => {
  it('a row with a blank status is open and counts overdue past its target; with a closed date it is closed', () => {
    const { register, review, report } = figures(
      grid(
        ['ID', 'Finding', 'Owner', 'Target date', 'Status', 'Date closed'],
        ['1', 'No backup', 'Ana', '2026-10-01', '', ''],
        ['2', 'Weak passwords', 'Ben', '2026-10-01', '', '2026-09-15'],
        ['3', 'No logs', 'Cy', '2026-10-01', 'Open', ''],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual([undefined, 'closed', 'new']);
    expect(review.overdue).toBe(2);
    // The blank status is still reported, once.
    expect(report.findings.filter((f) => f.code === 'unknown-status')).toHaveLength(1);
  });
});

describe("class 12: a sheet's name never outweighs the rows' own dates", () => {
  it('a register named "…closed…" with a closed-date column: rows without a date closed are open', () => {
    const register = read(
      grid(
        ['capa_id', 'opened_date', 'due_date', 'closed_date'],
        ['C-1', '2026-01-04', '2026-03-04', '2026-02-21'],
        ['C-2', '2026-01-04', '2026-03-04', ''],
      ),
      {},
      'capa_log_closed_date',
    );
    expect(register.defaultState).toBeUndefined();
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new']);
  });
});

describe('class 13: an ID is unique', () => {
  it('a unique "incident_id" is the ID when the column first taken for it ("department_id") repeats', () => {
    const register = read(
      grid(
        ['incident_id', 'department_id', 'date_opened', 'owner', 'due_date', 'status'],
        [1001, 1, '2026-01-05', 'Ana', '2026-02-01', 'Open'],
        [1002, 1, '2026-01-12', 'Ben', '2026-02-01', 'Closed'],
        [1003, 2, '2026-01-19', 'Cy', '2026-02-01', 'Open'],
        [1004, 2, '2026-01-26', 'Di', '2026-02-01', 'Open'],
      ),
    );
    expect(register.mapping.columns.id?.header).toBe('incident_id');
    expect(register.mapping.columns.sourceRef).toBeUndefined();
  });
});

describe('class 14: a register with no target date, only its own overdue flag', () => {
  const flagged = (header: string, yes: CellValue, no: CellValue) =>
    grid(
      ['nc_id', 'fecha_deteccion', 'clausula', 'estado', header],
      ['NC-1', '2025-01-30', 'Capacitación', 'Cerrada', no],
      ['NC-2', '2026-05-04', 'Limpieza', 'Abierta', yes],
      ['NC-3', '2026-06-05', 'Cadena de frío', 'Abierta', no],
      ['NC-4', '2026-07-01', 'Proveedores', 'Abierta', yes],
    );

  it.each([
    ['vencida', 'True', 'False'],
    ['is_overdue', true, false],
    ['Überfällig?', 'ja', 'nein'],
    ['En retard', 'oui', 'non'],
    ['逾期', '是', '否'],
  ])('an open row flagged yes in "%s" counts overdue, with a finding on the flag', (header, yes, no) => {
    const { register, review, report } = figures(flagged(header, yes, no));
    expect(register.mapping.columns.targetDate).toBeUndefined();
    expect(register.overdueColumn?.letter).toBe('E');
    expect(review.open).toBe(3);
    expect(review.overdue).toBe(2);
    expect(review.overdueList.map((l) => [l.row, l.daysOverdue])).toEqual([
      [3, null],
      [5, null],
    ]);
    expect(review.notes.overdue).toMatchObject({ unknown: false });
    const findings = report.findings.filter((f) => f.code === 'overdue');
    expect(findings.map((f) => [f.row, f.column])).toEqual([
      [3, 'E'],
      [5, 'E'],
    ]);
  });

  it('a closed row flagged yes is not overdue; a stale flag never overrules a target date', () => {
    const g = grid(
      ['ID', 'Issue', 'Status', 'Due date', 'Overdue'],
      ['1', 'No backup', 'Closed', '2026-01-01', 'TRUE'],
      ['2', 'Weak passwords', 'Open', '2026-01-01', 'FALSE'],
      ['3', 'No logs', 'Open', '2027-06-01', 'TRUE'],
    );
    const { register, review } = figures(g);
    expect(register.overdueColumn).toBeUndefined();
    expect(review.overdue).toBe(1);
    expect(review.overdueList[0].row).toBe(3);
  });

  it('a lateness header whose cells are not yes/no ("Days overdue") is no flag; without either, overdue is unknown', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Issue', 'Status', 'Days overdue'],
        ['1', 'No backup', 'Open', 12],
        ['2', 'Weak passwords', 'Open', 0],
      ),
    );
    expect(register.overdueColumn).toBeUndefined();
    expect(review.overdue).toBe(0);
    expect(review.notes.overdue).toMatchObject({ unknown: true });
  });
});

describe('class 15: a few words of another kind do not outweigh a full set of action columns', () => {
  it('a gap log with a "Risk Rating" and a "Privacy Impact" beside its action, owner, target date and status is a register', () => {
    const search = findRegisterSheet([
      sheet(
        'Safeguards_Gap_Log',
        [
          'Gap ID',
          'Gap Title',
          'Privacy Impact',
          'Risk Rating',
          'Recommended Action',
          'Owner',
          'Target Date',
          'Status',
        ],
        ['SG-1', 'Plaintext names', 'High', 'High', 'Encrypt the fields', 'App owner', '2026-06-30', 'Open'],
        ['SG-2', 'No RBAC', 'Medium', 'Medium', 'Define roles', 'IT', '2026-07-31', 'In Progress'],
        ['SG-3', 'Few logs', 'Low', 'Low', 'Log admin access', 'IT', '2026-08-31', 'Open'],
      ),
    ]);
    expect(search.choice?.name).toBe('Safeguards_Gap_Log');
  });

  it("a log whose rows carry a risk's likelihood and impact is a risk register, even with owner, status and target date", () => {
    const search = findRegisterSheet([
      sheet(
        'RAID',
        ['ID', 'Type', 'Description', 'Owner', 'Status', 'Impact', 'Probability', 'Mitigation', 'TargetDate'],
        ['R-1', 'Risk', 'API scope creep', 'Sponsor', 'Open', 'High', 'Medium', 'Plan it', '2026-03-06'],
        ['R-2', 'Issue', 'Late vendor', 'PM', 'Mitigated', 'Low', 'High', 'Escalate', '2026-04-06'],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0].looksLike).toBe('a risk register');
  });
});

describe('class 16: vertically merged cells are read as Excel shows them', () => {
  it('an owner merged down a group belongs to every action of it, and rows that only continue a merge do not end the table', () => {
    const g: Grid = {
      values: [
        ['Plan', '', '', '', ''],
        ['Element', 'Défaut', 'Action', 'Pilote', 'Etat'],
        ['Presse', 'Fuite', 'Changer le joint', 'Marc', 'Fait'],
        ['', '', '', '', ''],
        ['', 'Bruit', 'Graisser', '', 'En cours'],
        ['Four', 'Chauffe', 'Nettoyer', 'Anne', 'Fait'],
      ],
      merges: ['A3:A5', 'D3:D5', 'E3:E4'],
    };
    const register = read(g);
    expect(register.actions.map((a) => [a.row, a.values.owner, a.state])).toEqual([
      [3, 'Marc', 'closed'],
      [5, 'Marc', 'in-progress'],
      [6, 'Anne', 'closed'],
    ]);
  });

  it("an NC's number and status merged over the rows of its replies is one action, not one per row", () => {
    const g: Grid = {
      values: [
        ['N° NC', 'Descripción', 'Carta', 'Estado'],
        ['NC-1', 'Encofrado', 'Carta 1', 'Cerrada'],
        ['', '', 'Carta 2', ''],
        ['', '', 'Carta 3', ''],
        ['NC-2', 'Armadura', 'Carta 4', 'Abierta'],
        ['', '', 'Carta 5', ''],
        ['NC-3', 'Hormigón', 'Carta 6', 'Abierta'],
      ],
      merges: ['A2:A4', 'B2:B4', 'D2:D4', 'A5:A6', 'B5:B6', 'D5:D6'],
    };
    const register = read(g);
    expect(register.actions.map((a) => [a.id, a.state])).toEqual([
      ['NC-1', 'closed'],
      ['NC-2', 'new'],
      ['NC-3', 'new'],
    ]);
  });

  it('without IDs, a task merged down over two rows (each with its own comment) is one task; a finding merged over its own actions is not', () => {
    const todo = read({
      values: [
        ['Task', 'Comment', 'Done', 'Date'],
        ['Update feedback systems', 'Too generic', 'yes', '2018-03-23'],
        ['', 'Streamline the update', 'yes', '2018-03-23'],
        ['Create a drug class', 'Dose and PK/PD', 'no', ''],
        ['Update documentation', '', '', ''],
      ],
      merges: ['A2:A3'],
    });
    expect(todo.actions.map((a) => a.row)).toEqual([2, 4, 5]);
    const findings = read({
      values: [
        ['Finding', 'Corrective action', 'Owner', 'Due date', 'Status'],
        ['Backups untested', 'Test a restore', 'Ana', '2026-12-31', 'Open'],
        ['', 'Write the runbook', 'Ben', '2026-12-31', 'Open'],
        ['Old firewall rules', 'Review the rules', 'Cy', '2026-12-31', 'Closed'],
      ],
      merges: ['A2:A3'],
    });
    expect(findings.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });

  it('a header over two rows — a group split into dates beside cells merged down over both — is read as one, under the lower row', () => {
    const register = read({
      values: [
        ['Etapa', 'O quê?', 'Quem?', 'Quando?', '', '', 'Como?'],
        ['', '', '', 'Início', 'Fim planejado', 'Fim real', ''],
        [1, 'Definir o público', 'Ana', '2022-05-25', '2022-06-24', '', 'Formulário'],
        [2, 'Desenhar a interface', 'Bruno', '2022-06-25', '2099-07-25', '', 'Figma'],
        [3, 'Programar', 'Lucas', '2022-07-26', '2022-09-09', '2022-09-01', 'VSCode'],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'],
    });
    expect(register.mapping.headerRow).toBe(2);
    expect(register.mapping.columns.targetDate?.letter).toBe('E');
    expect(register.mapping.columns.owner?.letter).toBe('C');
    expect(register.actions.map((a) => [a.row, a.state])).toEqual([
      [3, 'new'],
      [4, 'new'],
      [5, 'closed'],
    ]);
  });

  it('merges on the header or title rows, and a grid without merges, read as before', () => {
    const plain = read(grid(['ID', 'Title', 'Status'], ['1', 'A', 'Open'], ['2', 'B', 'Closed']));
    const titled = read({
      values: [
        ['Register', '', ''],
        ['ID', 'Title', 'Status'],
        ['1', 'A', 'Open'],
        ['2', 'B', 'Closed'],
      ],
      merges: ['A1:C1'],
    });
    expect(titled.actions.map((a) => a.id)).toEqual(plain.actions.map((a) => a.id));
  });
});

describe('class 17: Korean and Arabic registers, "Due Soon", and pre-numbered empty rows', () => {
  it('a Korean register is read by its headers and its state words', () => {
    const { register, review } = figures(
      grid(
        ['ID', '제목', '우선순위', '상태', '담당자', '요청일', '목표일'],
        ['PL-1', '와이어 커팅', '보통', '완료', '박주한', '2025-10-02', '2025-10-03'],
        ['PL-2', '앙카볼트 덮개', '보통', '진행중', '심태양', '2025-10-02', '2025-10-15'],
        ['PL-3', '케이블 정리', '높음', '보류', '심태양', '2025-10-05', '2027-01-15'],
      ),
    );
    expect(register.mapping.columns.status?.header).toBe('상태');
    expect(register.mapping.columns.owner?.header).toBe('담당자');
    expect(register.mapping.columns.targetDate?.header).toBe('목표일');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress', 'on-hold']);
    expect(review.overdue).toBe(1);
  });

  it('an Arabic register is read by its headers, and "مفتوح - Open" / "مغلق - Close" by their state', () => {
    const { register } = figures(
      grid(
        ['رقم', 'التوصية', 'المسؤول', 'الحالة'],
        ['1', 'تركيب حواجز', 'المقاول أ', 'مفتوح - Open'],
        ['2', 'تدريب العمال', 'المقاول ب', 'مغلق - Close'],
      ),
    );
    expect(register.mapping.columns.status?.header).toBe('الحالة');
    expect(register.actions.map((a) => a.state)).toEqual(['new', 'closed']);
  });

  it('"Due Soon" is an open state that still counts late past its target date', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Status'],
        ['1', 'Fix guard rail', 'Ana', '2026-10-01', 'Due Soon'],
        ['2', 'Train staff', 'Ben', '2026-10-01', 'Closed'],
      ),
    );
    expect(register.actions[0].state).toBe('new');
    expect(review.overdue).toBe(1);
  });

  it('rows that hold only a running number below the actions are not actions', () => {
    const { register } = figures(
      grid(
        ['S.No', 'Activity', 'Owner', 'Status'],
        [1, 'Set up backups', 'Ana', 'Done'],
        [2, 'Rotate keys', 'Ben', 'Open'],
        [3, '', '', ''],
        [4, '', '', ''],
        ['5', '', '', ''],
      ),
    );
    expect(register.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});

describe('class 18: a list of findings with nothing that tracks them is not a register', () => {
  it('a findings template (ID, title, description, recommendation; no status, owner or date) is named, not read', () => {
    const search = findRegisterSheet([
      {
        name: 'Summary Findings',
        grid: grid(
          ['Test ID', 'Test Name', 'Observation', 'Recommendation', 'Evidence'],
          ['WSTG-INFO-01', 'Search engine discovery', 'Found old pages', 'Remove them', 'screenshot.png'],
        ),
      },
    ]);
    expect(search.choice).toBeUndefined();
  });

  it('an inspection’s non-conformities with a responsible person but no status, date or action are named, not read', () => {
    const rows = [
      ['Item', 'Tipo', 'Não conformidade', 'Local', 'Responsável'],
      [1, 'Grave', 'Cabo de tração com desgaste acima do limite', 'Casa de máquinas', 'Técnico A'],
      [2, 'Leve', 'Iluminação da cabina abaixo do mínimo', 'Cabina', 'Técnico B'],
      [3, 'Grave', 'Freio de segurança sem ensaio registrado', 'Poço', 'Técnico A'],
    ];
    expect(findRegisterSheet([{ name: 'Planilha2', grid: grid(...rows) }]).choice).toBeUndefined();
    // The same list with the action each owner takes is a register.
    const withAction = rows.map((r, i) => [...r, i === 0 ? 'Ação corretiva' : 'Substituir / corrigir']);
    expect(findRegisterSheet([{ name: 'Planilha2', grid: grid(...withAction) }]).choice).toBeDefined();
  });

  it('each incident’s containment beside its corrective action is a plan of actions, although nothing tracks them yet', () => {
    const search = findRegisterSheet([
      {
        name: 'actions',
        grid: grid(
          ['report_id', 'immediate_action', 'systemic_action', 'verification', 'priority'],
          [
            'R003',
            'Freeze all chemical thawing of frozen injection lines and use containment shields',
            'Revise the energy isolation and hot work procedures to prohibit opening hydrocarbon lines',
            'HSE supervisors audit every active winterization job daily',
            'High',
          ],
          [
            'R008',
            'Quarantine and inspect all power tong snub lines, anchors and connection hardware',
            'Revise the rig floor lifting procedures to mandate dual secondary retention systems',
            'Supervisors audit snub line integrity before every tour',
            'Critical',
          ],
          [
            'R011',
            'Stop all crane lifts over live wells until the load charts are checked again',
            'Add a lift plan review by a second competent person to every critical lift on site',
            'Monthly sample of lift plans checked by the site HSE lead',
            'High',
          ],
          [
            'R014',
            'Barricade the separator area and isolate the relief line that failed under pressure',
            'Bring relief valve testing into the planned maintenance system with a yearly interval',
            'Maintenance records reviewed for every relief valve each quarter',
            'Medium',
          ],
        ),
      },
    ]);
    expect(search.choice?.name).toBe('actions');
  });
});

describe('class 19: "no conformidad" is one term, not the number sign "No"', () => {
  it('"ESTADO DE LA NO CONFORMIDAD" is the status and "N° DE NO CONFORMIDAD" the ID', () => {
    const register = read(
      grid(
        [
          'ITEM',
          'N° DE NO CONFORMIDAD',
          'FECHA DE INGRESO',
          'TIPO DE COMUNICACIÓN',
          'DESCRIPCIÓN DEL PRODUCTO NO CONFORME',
          'ESTADO DE LA NO CONFORMIDAD',
        ],
        [1, 'NC-001', '2024-08-16', 'EMISIÓN', 'Nivel de vaciado', 'CERRADO'],
        [2, 'NC-002', '2024-08-20', 'EMISIÓN', 'Encofrado', 'ABIERTA'],
      ),
    );
    expect(register.mapping.columns.status?.header).toBe('ESTADO DE LA NO CONFORMIDAD');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new']);
  });
});

describe('class 20: a short task list — what, and who or by when — is read without a third column', () => {
  it('"Aufgabe" and "Verantwortlich" under an area column: the task is the action, every task open', () => {
    const g = grid(
      ['Bereich', 'Aufgabe', 'Verantwortlich', 'E-Mail'],
      ['Einkauf', 'Pflanzen bestellen', 'Philipp, Günther', 'pg@example.org'],
      ['Marketing', 'Banner aufhängen', 'Müller, Anna', 'am@example.org'],
      ['Facility', 'EC-Rollen bestellen', 'Philipp, Günther', 'pg@example.org'],
    );
    const found = findRegisterSheet([{ name: 'Tasks', grid: g }]);
    expect(found.choice?.headerRow).toBe(1);
    const { register, review } = figures(g);
    expect(register.mapping.columns.correctiveAction?.header).toBe('Aufgabe');
    expect(register.mapping.columns.owner?.header).toBe('Verantwortlich');
    expect([review.total, review.open]).toEqual([3, 3]);
  });

  it('an activity list tracked to done ("Actividad", "Estatus") is a register; its bare "Fecha", filled when done, no deadline', () => {
    const g = grid(
      ['Modulo', 'Actividad', 'Observaciones', 'Estatus', 'Fecha', 'hrs'],
      ['NA', 'Instalar VS', '', 'Terminado', '2022-01-26', 1],
      ['', 'Crear base de datos', '', 'Pendiente', '', ''],
      ['', 'Publicar sitio', '', 'Pendiente', '', ''],
      ['', 'Respaldar', '', '', '', ''],
    );
    expect(findRegisterSheet([{ name: 'Hoja1', grid: g }]).choice?.headerRow).toBe(1);
    const { register, review } = figures(g);
    expect(register.mapping.columns.correctiveAction?.header).toBe('Actividad');
    expect([review.total, review.open, review.overdue]).toEqual([4, 3, 0]);
  });

  it('two columns that name neither an action nor who or when are still no header', () => {
    const g = grid(['Bereich', 'Verantwortlich', 'E-Mail'], ['Einkauf', 'Philipp', 'p@example.org']);
    expect(findRegisterSheet([{ name: 'Kontakte', grid: g }]).choice).toBeUndefined();
  });

  it('a list of requested fixes with only a done flag (TRUE / FALSE texts) is tracked by that flag', () => {
    const g = grid(
      [],
      ['Folio', 'DESCRIPCIÓN', 'MÓDULO', 'OBSERVACIONES', 'ATENDIDO', 'DUDAS'],
      [1, 'Permisos de vacaciones por área', 'Vacaciones', 'Hoja 6', 'TRUE', ''],
      [2, 'Alta de incapacidad sin folio', 'Incapacidades', '', 'FALSE', '¿Quién autoriza?'],
      [3, 'Reporte de nómina por quincena', 'Nómina', 'Detalle en Hoja 4', 'FALSE', ''],
    );
    const found = findRegisterSheet([{ name: 'Hoja1', grid: g }]);
    expect(found.choice?.headerRow).toBe(2);
    const { register, review } = figures(g);
    expect(register.stateColumn?.header).toBe('ATENDIDO');
    expect([review.total, review.open]).toEqual([3, 2]);
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'new']);
  });

  it('the same list without the flag tracks nothing and is not a register', () => {
    const g = grid(
      ['Folio', 'DESCRIPCIÓN', 'MÓDULO', 'OBSERVACIONES'],
      [1, 'Permisos de vacaciones por área', 'Vacaciones', 'Hoja 6'],
      [2, 'Alta de incapacidad sin folio', 'Incapacidades', ''],
    );
    expect(findRegisterSheet([{ name: 'Hoja1', grid: g }]).choice).toBeUndefined();
  });
});

describe('class 21: a bare date beside the day each row was created is the day it is due', () => {
  const rows = [
    ['id', 'estado', 'prioridad', 'tarea', 'ejecutivo', 'fecha', 'creada'],
    ['t001', 'pendiente', 'alta', 'Revisar mora de clientes', 'Viviana', '2026-08-15', '2026-08-10'],
    ['t002', 'pendiente', 'media', 'Cargar facturas nuevas', 'Carmen', '2026-08-12', '2026-08-10'],
    ['t003', 'hecha', 'baja', 'Actualizar usuarios', '', '2026-08-08', '2026-08-01'],
    ['t004', 'pendiente', 'alta', 'Seguimiento deudor', 'Viviana', '2027-01-14', '2026-08-11'],
  ];

  it('"fecha" beside "creada" is the target date, "creada" the raised date', () => {
    const { register, review } = figures(grid(...rows));
    expect(register.mapping.columns.targetDate?.header).toBe('fecha');
    expect(register.mapping.columns.raisedDate?.header).toBe('creada');
    expect([review.total, review.open, review.overdue]).toEqual([4, 3, 2]);
  });

  it('without a creation column, a bare "fecha" stays the day the row was raised', () => {
    const register = read(grid(...rows.map((r) => r.slice(0, 6))));
    expect(register.mapping.columns.raisedDate?.header).toBe('fecha');
    expect(register.mapping.columns.targetDate).toBeUndefined();
  });

  it('a register with its own target date keeps it', () => {
    const withDue = rows.map((r, i) => [...r, i === 0 ? 'Due date' : '2026-12-31']);
    const register = read(grid(...withDue));
    expect(register.mapping.columns.targetDate?.header).toBe('Due date');
  });
});

describe('class 22: a list of reported problems with the day each was fixed, and plans in other languages', () => {
  it('"Fixed Date" is the closing date: the rows without one are open', () => {
    const { register, review } = figures(
      grid(
        ['Page', 'Issue', 'Raise Date', 'Fixed Date', 'Notes'],
        ['Summary', 'The same test ordered twice shows twice', '2020-10-06', '2020-10-08', ''],
        ['Summary', 'The status icon is missing on the tree', '2020-10-06', '', 'Waiting for confirmation'],
        ['Cumulative', 'Changing the date resets the filter', '2020-10-06', '2020-10-11', ''],
      ),
    );
    expect(register.mapping.columns.closedDate?.header).toBe('Fixed Date');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'closed']);
    expect(review.open).toBe(1);
  });

  it('a Spanish schedule with durations and predecessors is a project plan, not a register', () => {
    const found = findRegisterSheet([
      {
        name: 'Cronograma',
        grid: grid(
          ['No', 'Tarea', 'Duración', 'Comienzo', 'Fin', 'Predecesoras', 'Responsable'],
          [1, 'Levantamiento de requisitos', 5, '2024-01-08', '2024-01-12', '', 'Ana'],
          [2, 'Diseño de la base de datos', 3, '2024-01-15', '2024-01-17', '1', 'Luis'],
          [3, 'Pruebas de aceptación', 4, '2024-01-18', '2024-01-23', '2', 'Ana'],
        ),
      },
    ]);
    expect(found.choice).toBeUndefined();
    expect(found.notRegisters[0]?.looksLike).toBe('a project plan');
  });
});

describe('class 23: a bare "Resultado" is any result, not the effectiveness check', () => {
  it('a bare "Resultado" (in a delivery log, a call\'s outcome) is not taken for the effectiveness result', () => {
    const register = read(
      grid(
        ['TIPO DE EVIDENCIA', 'FECHA DE EMBARQUE', 'CLIENTE', 'ESTATUS CARTA PORTE', 'Resultado'],
        ['Foto', '2022-01-03', 'Walmart', 'Completado', 'Contestó'],
        ['Firma', '2022-01-03', 'Soriana', 'Pendiente', 'No contestó'],
        ['Foto', '2022-01-04', 'Chedraui', 'Completado', 'Contestó'],
      ),
      { headerRow: 1 },
    );
    expect(register.mapping.columns.effectivenessResult).toBeUndefined();
  });

  it('"Resultado de la verificación" and "Eficacia" are still the effectiveness result', () => {
    for (const header of ['Resultado de la verificación', 'Eficacia', 'Wirksamkeit']) {
      const register = read(
        grid(
          ['ID', 'Acción', 'Responsable', 'Estado', header],
          ['NC-1', 'Actualizar el procedimiento', 'Ana', 'Cerrada', 'Eficaz'],
          ['NC-2', 'Formar al personal', 'Luis', 'Abierta', ''],
        ),
      );
      expect([header, register.mapping.columns.effectivenessResult?.header]).toEqual([header, header]);
    }
  });
});

describe('class 24: deadlines written as quarters or with words around them, and states coded O / C', () => {
  it('"Q3 2025", "end of June 2025" and "by 31/03/2025" are target dates, and late ones are overdue', () => {
    const { register, review, report } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Target date', 'Status'],
        ['A-1', 'Review access rights', 'Ana', 'Q3 2025', 'Open'],
        ['A-2', 'Test the backups', 'Ben', 'end of June 2025', 'Open'],
        ['A-3', 'Rotate the keys', 'Cy', 'by 31/03/2025', 'Open'],
        ['A-4', 'Renew the policy', 'Di', 'Q4 2099', 'Open'],
      ),
    );
    expect(register.actions.map((a) => a.dates.targetDate?.kind)).toEqual(['date', 'date', 'date', 'date']);
    expect(review.overdue).toBe(3);
    expect(report.findings.filter((f) => f.code === 'invalid-date')).toEqual([]);
  });

  it('a status column of the letters O and C is read as open and closed, said once', () => {
    const { register, report } = figures(
      grid(
        ['Finding ID', 'Action plan', 'Owner', 'Target completion date', 'Status'],
        ['F1', 'Enforce MFA', 'IT', '2025-01-12', 'C'],
        ['F2', 'Build an asset register', 'ISM', '2025-02-15', 'O'],
        ['F3', 'Write the BCP', 'COO', '2099-06-30', 'O'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'new']);
    expect(report.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);
  });

  it('letters beside other letters (a grade A–D) are not read as O and C', () => {
    const { register } = figures(
      grid(
        ['Finding ID', 'Action plan', 'Owner', 'Target completion date', 'Status'],
        ['F1', 'Enforce MFA', 'IT', '2025-01-12', 'C'],
        ['F2', 'Build an asset register', 'ISM', '2025-02-15', 'A'],
        ['F3', 'Write the BCP', 'COO', '2099-06-30', 'O'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual([undefined, undefined, undefined]);
  });
});

describe('class 25: a summary beside the table on its header row is not part of the register', () => {
  const rows = (side: (i: number) => CellValue[]) =>
    grid(
      ['Action', 'Owner', 'Status', 'Due date', '', ...side(0)],
      ['Review access rights', 'Ana', 'Open', '2025-03-31', '', ...side(1)],
      ['Test the backups', 'Ben', 'Closed', '2025-04-30', '', ...side(2)],
      ['Rotate the keys', 'Cy', 'Open', '2099-05-31', '', ...side(3)],
      ['Renew the policy', 'Di', 'Closed', '2025-06-30', '', ...side(4)],
      ['Train the staff', 'Ed', 'Open', '2025-07-31', '', ...side(5)],
      ['Patch the servers', 'Flo', 'Open', '2099-08-31', '', ...side(6)],
    );

  it('"Priority | Count" counted beside a short table: its rows are not actions, its column not the priority', () => {
    const { register, review } = figures(
      grid(
        ['Action', 'Owner', 'Status', 'Priority', '', 'Priority', 'Count'],
        ['Review access rights', 'Ana', 'Open', 1, '', 'P1', 1],
        ['Test the backups', 'Ben', 'Closed', 2, '', 'P2', 1],
        ['Rotate the keys', 'Cy', 'Open', 3, '', 'P3', 1],
        ['', '', '', '', '', 'P4', 0],
        ['', '', '', '', '', 'Total', 3],
      ),
    );
    expect(register.mapping.columns.priority?.letter).toBe('D');
    expect(register.actions).toHaveLength(3);
    expect(review.open).toBe(2);
  });

  it('"Status | Count" beside a longer table, ending in its top half: the register keeps its own status', () => {
    const summary = [
      ['Status', 'Count'],
      ['Open', 'four'],
      ['Closed', 'two'],
    ];
    // The register's own words are its own ("Not yet", "Partly"): the summary's are plainer.
    const g = rows((i) => summary[i] ?? ['', '']);
    g.values[5][2] = 'Not yet';
    g.values[6][2] = 'Partly';
    const { register } = figures(g);
    expect(register.mapping.columns.status?.letter).toBe('C');
    expect(register.actions).toHaveLength(6);
  });

  it('a closing block after an empty column, filled only on the older rows, stays the register’s', () => {
    const closing = [
      ['Date closed', 'Verified by'],
      ['', ''],
      ['2025-04-20', 'QA'],
      ['', ''],
      ['2025-06-25', 'QA'],
    ];
    const { register } = figures(rows((i) => closing[i] ?? ['', '']));
    expect(register.mapping.columns.closedDate?.letter).toBe('F');
    expect(register.mapping.columns.verifiedBy?.letter).toBe('G');
  });
});

describe('class 26: a task list’s planned finish beside its start is the day each task is due', () => {
  it('"Task, Start, Finish, Completo": Finish is the target date, the percent the state', () => {
    const { register, review } = figures(
      grid(
        ['Task', 'Start', 'Finish', 'Completo'],
        ['Automatizar', '2020-07-19', '2020-07-31', 75],
        ['Formatos de valor', '2020-07-10', '2020-07-25', 100],
        ['Presentaciones', '2020-07-04', '2099-08-04', 85],
      ),
    );
    expect(register.mapping.columns.targetDate?.header).toBe('Finish');
    expect(review.open).toBe(2);
    expect(review.overdue).toBe(1);
  });

  it('a share done written as text ("1", "0.3", a CSV\'s numbers) gives the state as the numbers would', () => {
    const { review } = figures(
      grid(
        ['Task ID', 'Task Name', 'Assigned To', 'Due Date', 'Progress'],
        ['1', 'Design the mock-up', 'Wahid', '2025-03-30', '1'],
        ['2', 'Write the post', 'Keya', '2025-03-25', '0'],
        ['3', 'Add analytics', 'Nowreen', '2025-03-28', '1'],
        ['4', 'Create the logo', 'Abrar', '2025-04-05', '0.3'],
      ),
    );
    expect(review.open).toBe(2);
    expect(review.overdue).toBe(2);
  });

  it('"Fim" beside "Inicio" in a Portuguese task list is its due date', () => {
    const register = read(
      grid(
        ['Tarefa', 'Responsável', 'Inicio', 'Duração (dias)', 'Fim', '% Completado'],
        ['Fundação', 'José', '2021-02-01', 10, '2021-02-11', 100],
        ['Paredes', 'José', '2021-02-12', 7, '2021-02-19', 65],
      ),
    );
    expect(register.mapping.columns.targetDate?.header).toBe('Fim');
  });

  it('an end without a start, or an end column of no dates, is not taken for the target date', () => {
    const noStart = read(
      grid(
        ['Task', 'Owner', 'End', 'Status'],
        ['Patch', 'Ana', '2020-07-31', 'Open'],
        ['Rotate', 'Ben', '2020-08-31', 'Done'],
      ),
    );
    expect(noStart.mapping.columns.targetDate).toBeUndefined();
    const words = read(
      grid(
        ['Task', 'Owner', 'Start', 'End', 'Status'],
        ['Patch', 'Ana', '2020-07-01', 'the audit', 'Open'],
        ['Rotate', 'Ben', '2020-07-02', 'year end', 'Done'],
        ['Train', 'Cy', '2020-07-03', 'the audit', 'Open'],
        ['Test', 'Di', '2020-07-04', 'after go-live', 'Open'],
        ['Review', 'Ed', '2020-07-05', 'the audit', 'Done'],
      ),
    );
    expect(words.mapping.columns.targetDate).toBeUndefined();
  });

  it('an end beside a start with nothing that tracks the work (no status, no share done) is no deadline', () => {
    const coursework = read(
      grid(
        [
          'Macro tâche',
          'Tâche',
          'Temps estimé (en heures)',
          'Acteur',
          'Date de début',
          'Date de fin',
          'Détails',
        ],
        ['Préparation', 'Lire le sujet', 2, 'Hugo', '2012-12-13', '2012-12-14', ''],
        ['Réalisation', 'Modèle physique', 5, 'Léa', '2012-12-15', '2012-12-20', ''],
      ),
    );
    expect(coursework.mapping.columns.targetDate).toBeUndefined();
    const programme = read(
      grid(
        ['audit_id', 'audit_type', 'start_date', 'end_date', 'lead_auditor', 'status'],
        ['A-1', 'Internal', '2024-01-08', '2024-01-12', 'Auditor 05', 'Closed'],
        ['A-2', 'Station', '2024-02-05', '2024-02-09', 'Auditor 02', 'In Progress'],
      ),
    );
    expect(programme.mapping.columns.targetDate).toBeUndefined();
  });

  it('a schedule whose tasks depend on each other ("Predecesor") is a project plan, even with a finish date', () => {
    const found = findRegisterSheet([
      {
        name: 'Sheet1',
        grid: grid(
          [
            'No',
            'Prioridad',
            'Tarea',
            'Tiempo',
            'Inicio',
            'Fin',
            '% Completado',
            'Predecesor',
            'Responsable',
          ],
          [1, '', 'Desarrollo de la app', '', '', '', '', '', ''],
          [2, 'Alta', 'Acceso a los servidores', '2 dias', '2024-01-08', '2024-01-10', 0, '', 'Sanchez'],
          [3, 'Alta', 'Configurar los ambientes', '5 dias', '2024-01-11', '2024-01-16', 0, 2, 'John'],
        ),
      },
    ]);
    expect(found.choice).toBeUndefined();
    expect(found.notRegisters[0]?.looksLike).toBe('a project plan');
  });
});

describe('class 27: punch lists and to-do lists in their own words', () => {
  it('a state word with a note after it ("Done – created the object") is that state', () => {
    const { register } = figures(
      grid(
        ['Item', 'Description', 'Lead', 'Status', 'Deadline'],
        [1, 'Write the reader', 'Sean', 'Done – created the object in the reader', '2015-03-31'],
        [2, 'Plot the web', 'Sean', 'Done: also created the print functions', '2015-03-31'],
        [3, 'Draft the paper', 'Sarah', 'In progress (50 %)', '4/2015?'],
        [4, 'Find testers', 'Kerim', 'List of testers compiled', '2015-03-31'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'closed', 'in-progress', undefined]);
    // "4/2015?": a guessed month is still the deadline, its last day.
    expect(register.actions[2].dates.targetDate?.kind).toBe('date');
  });

  it('a sentence in the status column with no state word is a note on the work: in progress, and late past its date', () => {
    const { register, review } = figures(
      grid(
        ['Item', 'Lead', 'Status', 'Deadline'],
        ['Beta test', 'Sean', 'List of potential testers has been compiled', '2015-03-31'],
        ['Web plot', 'Sean', 'Done', '2015-03-31'],
        ['Paper', 'Sarah', 'Phase two', '2015-03-31'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'closed', undefined]);
    expect(review.overdue).toBe(1);
  });

  it('French to-do words: "Non débuté", "Terminer", "fini" and plurals ("Terminées")', () => {
    const { register } = figures(
      grid(
        ['Tâche', 'Statut', 'Responsable', 'Priorité'],
        ['Initialiser le dépôt', 'Terminer', 'rina', 'Haute'],
        ['Créer la base', 'Non débuté', 'harena', 'Haute'],
        ['Écrire les tests', 'fini', 'joanne', 'Moyenne'],
        ['Déployer', 'Terminées', 'all', 'Moyenne'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'closed', 'closed']);
  });

  it('a TOTAL row in the task column, with the sums and "Fait" beside it, is not a task', () => {
    const { register, review } = figures(
      grid(
        ['id', 'tache', 'estimation', 'progres', 'status'],
        [1, 'Etude du projet', 120, 1, 'Fait'],
        [2, 'Classe utilisateur', 60, 1, 'Fait'],
        ['', 'TOTAL', 180, 1, 'Fait'],
      ),
    );
    expect(register.actions).toHaveLength(2);
    expect(review.total).toBe(2);
  });

  it('the same TOTAL row with the columns in the other order (the status first) is not a task either', () => {
    const rows: CellValue[][] = [
      ['id', 'tache', 'estimation', 'progres', 'status'],
      [1, 'Etude du projet', 120, 1, 'Fait'],
      [2, 'Classe utilisateur', 60, 1, 'Fait'],
      ['', 'TOTAL', 180, 1, 'Fait'],
    ];
    const { register } = figures(grid(...rows.map((r) => [...r].reverse())));
    expect(register.actions).toHaveLength(2);
  });

  it('a task sheet with a phase and workstream, tracked by status to its target end, is a register', () => {
    const g = grid(
      [
        'Task ID',
        'Phase',
        'Workstream',
        'Task / Outcome',
        'Status',
        'Owner Role',
        'Target Start',
        'Target End',
      ],
      ['BA-0101', 'Phase 1', 'Discovery', 'Interview the users', 'Done', 'BA', '2026-07-17', '2026-07-24'],
      ['BA-0102', 'Phase 1', 'Discovery', 'Map the flows', 'In Progress', 'BA', '2026-07-20', '2026-07-28'],
      ['BA-0103', 'Phase 2', 'Design', 'Draw the mock-ups', 'Planned', 'BA', '2026-08-01', '2026-08-14'],
    );
    const found = findRegisterSheet([{ name: 'BA Tasks', grid: g }]);
    expect(found.choice?.name).toBe('BA Tasks');
    expect(read(g).mapping.columns.targetDate?.header).toBe('Target End');
  });
});

describe('class 29: what a template or a manager adds around the table (found by bench/registers/metamorphic)', () => {
  const table = (...extra: CellValue[][]) =>
    grid(
      ['ID', 'Action', 'Owner', 'Due', 'Status'],
      ['A-1', 'Review access rights', 'Ana', '2025-03-31', 'Open'],
      ['A-2', 'Test the backups', 'Ben', '2025-04-30', 'Closed'],
      ['A-3', 'Rotate the keys', 'Cy', '2099-05-31', 'Open'],
      ...extra,
    );

  it('an example row under the header ("Free text", "dd/mm/yyyy", "Open / Closed") is not an action', () => {
    const g = table();
    g.values.splice(1, 0, ['e.g. NC-001', 'Free text', 'Name of the owner', 'dd/mm/yyyy', 'Open / Closed']);
    expect(figures(g).review.total).toBe(3);
    const h = table();
    h.values.splice(1, 0, ['Free text', 'Free text', 'Name of the owner', 'dd/mm/yyyy', 'Open / Closed']);
    expect(figures(h).review.total).toBe(3);
  });

  it('the example row lends no word to the register: "Done" stays closed beside its "Open / Closed"', () => {
    const g = grid(
      ['ID', 'Action', 'Owner', 'Due', 'Status'],
      ['e.g. NC-001', 'Free text', 'Name of the owner', 'dd/mm/yyyy', 'Open / Closed'],
      ['A-1', 'Review access rights', 'Ana', '2025-03-31', 'Open'],
      ['A-2', 'Test the backups', 'Ben', '2025-04-30', 'Done'],
      ['A-3', 'Rotate the keys', 'Cy', '2099-05-31', 'Done'],
    );
    const { register, review } = figures(g);
    expect(register.actions.map((a) => a.state)).toEqual(['new', 'closed', 'closed']);
    expect(review.open).toBe(1);
  });

  it('a first action that merely starts like an example is still an action', () => {
    const g = table();
    g.values.splice(1, 0, ['A-0', 'Ex-employees keep their badges', 'Ana', '2025-02-28', 'Open']);
    expect(figures(g).review.total).toBe(4);
  });

  it('counts under the table, their labels in the status column ("8 | Total actions", "1 | Open"), are not actions', () => {
    const { review } = figures(
      table(
        ['', '', '', '', ''],
        ['', '', '', '', ''],
        ['', '', '', 3, 'Total actions'],
        ['', '', '', 2, 'Open'],
        ['', '', '', 1, 'Closed'],
      ),
    );
    expect(review.total).toBe(3);
    expect(review.open).toBe(2);
  });

  it('actions with no state yet above a "Notes:" footer are kept, not cut with the footer', () => {
    const { review } = figures(
      grid(
        ['Activity', 'Owner', 'Status', 'Remarks'],
        ['Slide clean-up', 'Vasu', '', ''],
        ['Analyse the tool', 'Vasu', 'Closed', 'Not required'],
        ['File formats', 'Thiru', '', ''],
        ['Transfer volumes', 'Thiru', '', ''],
        ['Warehouse concepts', 'Prem', '', ''],
        ['', '', '', ''],
        ['Notes:', '', '', ''],
        ['Actions are reviewed monthly', '', '', ''],
      ),
    );
    expect(review.total).toBe(5);
    expect(review.open).toBe(4);
  });

  it('a last action named with nothing else yet, above a "Notes:" footer, is still an action', () => {
    const { review } = figures(
      grid(
        ['Actividad', 'Observaciones', 'Estatus', 'Fecha'],
        ['Instalar VS', '', 'Terminado', '2022-01-26'],
        ['Instalar SQL Server', '', 'Terminado', '2022-01-26'],
        ['Crear la base de datos', '', 'Pendiente', ''],
        ['Respaldar', '', '', ''],
        ['', '', '', ''],
        ['Notes:', '', '', ''],
        ['Actions are reviewed monthly', '', '', ''],
      ),
    );
    expect(review.total).toBe(4);
    expect(review.open).toBe(2);
  });

  it('a header with no action under it, then a block of counts, is an empty register', () => {
    const register = read(
      grid(
        ['ID', 'Action', 'Owner', 'Due', 'Status'],
        ['', '', '', '', ''],
        ['', '', '', '', ''],
        ['', '', '', 0, 'Total actions'],
        ['', '', '', 0, 'Open'],
        ['', '', '', 0, 'Closed'],
      ),
    );
    expect(register.actions).toHaveLength(0);
  });

  it('counts beside the table, from its header row down ("Total actions | 3"), are neither a column nor actions', () => {
    const g = grid(
      ['ID', 'Action', 'Owner', 'Due', '', 'Total actions', 1],
      ['A-1', 'Review access rights', 'Ana', '2025-03-31', '', 'Open', 1],
      ['', '', '', '', '', 'Closed', 0],
      ['', '', '', '', '', 'Overdue', 1],
    );
    const { register, review } = figures(g);
    expect(register.mapping.columns.status).toBeUndefined();
    expect(register.mapping.columns.correctiveAction?.header).toBe('Action');
    expect(review.total).toBe(1);
    expect(review.open).toBe(1);
  });
});

describe('class 30: a list of who and what, with a blank row inside', () => {
  it('one blank row between tasks of two columns does not end the list', () => {
    const { review } = figures(
      grid(
        ['Aufgabe', 'Verantwortlich'],
        ['Server patchen', 'Anna'],
        ['', ''],
        ['Backups testen', 'Ben'],
        ['Richtlinie erneuern', 'Cem'],
      ),
    );
    expect(review.total).toBe(3);
  });
});

describe('class 31: an action table under a meeting form, with notes below it', () => {
  const form = (): CellValue[][] => [
    ['Minutes of Meeting', '', '', ''],
    ['Participants', 'Web team', '', ''],
    ['Purpose', 'Address the blockers', '', ''],
    ...Array.from({ length: 18 }, () => ['', '', '', ''] as CellValue[]),
  ];

  it('its numbered rows stay an ID column although notes of long text follow the table', () => {
    const { register, review } = figures(
      grid(
        ...form(),
        ['S.no', 'Item', 'By When - DD/MM/YYYY', 'By Whom : Responsibility'],
        [1, 'Cart page fix', '28/01/2016', 'Team 1'],
        [2, 'Home delivery card check', '29/01/2016', 'Team 2'],
        [3, 'MySQL release', '28/01/2016', 'Team 1'],
        ['', '', '', ''],
        ['Notes:', '', '', ''],
        ['Actions are reviewed monthly at the meeting', '', '', ''],
        ['Target dates are agreed with the owner of each action', '', '', ''],
        ['Status: Open = not started; Closed = verified by the chair', '', '', ''],
        ['The minutes are kept on the project share for two years', '', '', ''],
      ),
    );
    expect(register.mapping.headerRow).toBe(22);
    expect(register.mapping.columns.id?.header).toBe('S.no');
    expect(review.total).toBe(3);
  });

  it('a two-column action table (what, who) under the form is read too', () => {
    const { register, review } = figures(
      grid(...form(), ['Action', 'Owner'], ['Fix the cart page', 'Team 1'], ['Release MySQL', 'Team 2']),
    );
    expect(register.mapping.headerRow).toBe(22);
    expect(review.total).toBe(2);
  });
});

describe('class 32: treatment plans, remediation trackers and issue lists fixed by a flag', () => {
  it('a risk treatment plan — rows identified as treatments, each a planned action with a status — is a register', () => {
    const found = findRegisterSheet([
      {
        name: 'Treatment plan',
        grid: grid(
          [
            'Treatment ID',
            'Risk ID',
            'Risk Description',
            'Inherent Risk Rating',
            'Treatment Option',
            'Planned Action',
            'Control Owner',
            'Residual Risk Rating',
            'Status',
          ],
          [
            'RT-001',
            'R-001',
            'Privileged account compromise',
            'High',
            'Mitigate',
            'Enforce MFA',
            'IT Security',
            'Medium',
            'Open',
          ],
          [
            'RT-002',
            'R-002',
            'Leavers keep access',
            'High',
            'Mitigate',
            'Automate disablement',
            'IT / HR',
            'Low',
            'Open',
          ],
        ),
      },
    ]);
    expect(found.choice?.name).toBe('Treatment plan');
  });

  it('the same risks without treatment rows (a risk register with a status) are still a risk register', () => {
    const found = findRegisterSheet([
      {
        name: 'Risks',
        grid: grid(
          [
            'Risk ID',
            'Risk Description',
            'Likelihood',
            'Impact',
            'Risk score',
            'Treatment Option',
            'Risk Owner',
            'Status',
          ],
          ['R-001', 'Privileged account compromise', 3, 4, 12, 'Mitigate', 'CISO', 'Open'],
          ['R-002', 'Leavers keep access', 2, 4, 8, 'Mitigate', 'HR', 'Closed'],
        ),
      },
    ]);
    expect(found.choice).toBeUndefined();
    expect(found.notRegisters[0]?.looksLike).toBe('a risk register');
  });

  it('a risk register whose treatment is tracked by its own status to a target date is a plan of those treatments', () => {
    const rows = (statusHeader: string) =>
      grid(
        [
          'Risk ID',
          'Threat',
          'Vulnerability',
          'Likelihood (1-5)',
          'Impact (1-5)',
          'Treatment Controls',
          'Risk Owner',
          'Target Date',
          statusHeader,
        ],
        [
          'R-001',
          'Unreviewed change',
          'Weak approvals',
          3,
          4,
          'A.8.32 change control',
          'DevOps Lead',
          '2026-03-07',
          'Implemented partial',
        ],
        [
          'R-002',
          'Known CVE exploited',
          'Slow patching',
          4,
          4,
          'A.8.8 patch SLA',
          'Engineering',
          '2026-03-07',
          'Planned',
        ],
      );
    const plan = findRegisterSheet([{ name: 'Risk register', grid: rows('Treatment Status') }]);
    expect(plan.choice?.name).toBe('Risk register');
    // A status of the risk itself, beside the same columns, is still the risk's: a risk register.
    const risks = findRegisterSheet([{ name: 'Risk register', grid: rows('Status') }]);
    expect(risks.choice).toBeUndefined();
    expect(risks.notRegisters[0]?.looksLike).toBe('a risk register');
  });

  it('pentest findings tracked to closure (recommendation, status) without likelihood are a remediation tracker', () => {
    const found = findRegisterSheet([
      {
        name: 'Vulnerabilities',
        grid: grid(
          ['S/N', 'Vulnerability Title', 'Description', 'Risk Level', 'Impact', 'Recommendation', 'Status'],
          [
            1,
            'SQL injection',
            'The id parameter is injectable',
            'High',
            'Data exposure',
            'Use parameterised queries',
            'Closed',
          ],
          [
            2,
            'Reflected XSS',
            'The name parameter is reflected',
            'Medium',
            'Session theft',
            'Encode user input',
            'Closed',
          ],
          [3, 'Weak TLS', 'TLS 1.0 is enabled', 'Low', 'Downgrade', 'Disable TLS 1.0', 'Open'],
        ),
      },
    ]);
    expect(found.choice?.name).toBe('Vulnerabilities');
  });

  it('an issue list whose "Fixed" column says Y or N is tracked by it; "Date of logging" is the day raised', () => {
    const { register, review } = figures(
      grid(
        ['Issue', 'Description', 'Severity', 'Fixed', 'Date of logging issue'],
        ['Hand position', 'The virtual hand drifts', 'High', 'Y', '2021-09-03'],
        ['Player falls out of bounds', 'The hitbox is too small', 'High', 'N', '2021-09-03'],
        ['Camera on the floor', 'The camera follows the floor', 'Low', 'Y', '2021-09-04'],
      ),
    );
    expect(register.mapping.columns.raisedDate?.header).toBe('Date of logging issue');
    expect(review.open).toBe(1);
  });
});

describe('class 33: the title is free text, not a column of state words', () => {
  it('"Issue Status" holding Open / Closed is not the title, wherever it stands', () => {
    const rows: CellValue[][] = [
      ['Management Action', 'Target Date', 'Action Status', 'Issue Status', 'Issue Number', 'Project Name'],
      ['Train the staff on the new policy', '2026-01-31', 'Open', 'Open', '1', 'Payroll upgrade'],
      ['Document the access review', '2026-02-28', 'Open', 'Closed', '2', 'Payroll upgrade'],
      ['Add a second approver to payments', '2026-03-31', 'Open', 'Open', '1', 'Vendor portal'],
      ['Log the change requests', '2026-04-30', 'Open', 'Open', '2', 'Vendor portal'],
      ['Review the firewall rules monthly', '2026-05-31', 'Open', 'Closed', '3', 'Vendor portal'],
    ];
    const { register } = figures(grid(...rows));
    expect(register.mapping.columns.title?.header).toBe('Project Name');
    expect(register.actions).toHaveLength(5);
  });
});

describe('class 34: a database export whose headers are capitals run together', () => {
  it('"TACHEID", "STATUTTACHE", "DATEECHEANCE" are read as the words they are made of', () => {
    const { register, review } = figures(
      grid(
        [
          'TACHEID',
          'PROJETID',
          'DESCRIPTIONTACHE',
          'STATUTTACHE',
          'PRIORITE',
          'DATECREATION',
          'DATEECHEANCE',
        ],
        ['1', '37', 'Mettre à jour la politique', 'En cours', 'Basse', '2025-10-14', '2025-11-03'],
        ['2', '58', 'Former les nouveaux arrivants', 'Terminée', 'Haute', '2025-03-06', '2025-03-19'],
        ['3', '12', 'Revoir les accès au serveur', 'À faire', 'Moyenne', '2025-04-01', '2027-01-15'],
        ['4', '37', 'Tester la restauration', 'En cours', 'Haute', '2025-05-02', '2026-12-31'],
      ),
    );
    expect(register.mapping.columns.status?.header).toBe('STATUTTACHE');
    expect(register.mapping.columns.targetDate?.header).toBe('DATEECHEANCE');
    expect(review.open).toBe(3);
    expect(review.overdue).toBe(1);
  });
});

describe('class 35: the t- held-out set — empty export columns, RAID logs, blocks, instructions', () => {
  it('columns an export left empty ("Cost Impact", "Schedule Impact") do not make a punch list a risk register', () => {
    const rows: CellValue[][] = [
      [
        '#',
        'Title',
        'Due Date',
        'Status',
        'Cost Impact',
        'Cost Impact Amount',
        'Schedule Impact',
        'Schedule Impact Days',
      ],
    ];
    for (let i = 1; i <= 6; i++)
      rows.push([`${440 - i}`, `PH 1 - Handrail addition ${i}`, '9/24/2016', 'Open', '', '', '', '']);
    const search = findRegisterSheet([sheet('Punch list', ...rows)]);
    expect(search.choice?.name).toBe('Punch list');
    // The same headers filled in are a risk register's words again.
    const filled = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), 'High', '5000', 'Medium', '10']));
    expect(findRegisterSheet([sheet('Punch list', ...filled)]).choice).toBeUndefined();
  });

  it('a RAID log kept one part a sheet is not a register; with an Actions sheet, that sheet is read', () => {
    const risks = sheet(
      'Risks',
      ['ID', 'Risk Description', 'Impact', 'Likelihood'],
      ['R1', 'Slow model', 'High', 'High'],
    );
    const assumptions = sheet(
      'Assumptions',
      ['ID', 'Assumption Description', 'Validation Method'],
      ['A1', 'Clean data', 'Scripts'],
    );
    const issues = sheet(
      'Issues',
      ['ID', 'Issue Description', 'Impact', 'Status', 'Owner'],
      ['I1', 'CORS errors in local runs', 'Medium', 'Open', 'Dev team'],
      ['I2', 'No automated backups', 'High', 'Open', 'DevOps'],
    );
    const dependencies = sheet(
      'Dependencies',
      ['ID', 'Dependency Description', 'Status', 'Owner'],
      ['D1', 'Hosting', 'Planned', 'DevOps'],
    );
    const search = findRegisterSheet([risks, assumptions, issues, dependencies]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters.map((n) => n.looksLike)).toContain(
      'a RAID log (risks, assumptions, issues, dependencies)',
    );
    const actions = sheet(
      'Actions',
      ['ID', 'Action', 'Owner', 'Due date', 'Status'],
      ['AC1', 'Set up nightly backups', 'DevOps', '2026-10-01', 'Open'],
    );
    expect(findRegisterSheet([risks, assumptions, issues, dependencies, actions]).choice?.name).toBe(
      'Actions',
    );
  });

  it('a sheet kept in blocks, each under its title and a copy of the header, is read whole', () => {
    const header = ['Action', 'Responsible Person', 'Deadline', 'Status'];
    const { register, review } = figures(
      grid(
        ['Remote Work Policy'],
        header,
        // The first block's cells say less (what the best-fitting copy of the header is chosen by).
        ['Create a remote work permit form', 'Younes', '', ''],
        ['Train employees on secure remote work', 'Younes', '', ''],
        [],
        ['3. Acceptable Use Policy'],
        header,
        ['Define prohibited activities in the policy', 'Younes', '20/2/2025', 'Done'],
        ['Distribute the policy to all employees', 'Younes', '20/2/2027', 'Open'],
        ['Monitor system usage for compliance', 'Younes', '23/2/2025', 'Done'],
        [],
        ['4. Disposal and Destruction Policy'],
        header,
        ['Develop a media sanitisation procedure', 'Younes', '27/2/2025', 'In progress'],
      ),
    );
    expect(register.mapping.headerRow).toBe(2);
    expect(register.actions).toHaveLength(6);
    expect(review).toMatchObject({ total: 6, open: 4, overdue: 1 });
    expect(register.actions.filter((a) => a.state === 'closed')).toHaveLength(2);
  });

  it('the first copy of a repeated header is the header, though a later block fits it better', () => {
    const header = ['Action', 'Responsible Person', 'Deadline', 'Success Criteria'];
    const { register } = figures(
      grid(
        ['Remote Work Policy'],
        header,
        ['Configure secure remote access', 'Younes', '', 'Secure access established'],
        ['Develop a recovery process', 'Younes', '', 'Process documented and tested'],
        [],
        ['Acceptable Use Policy'],
        header,
        ['Define prohibited activities', 'Younes', '20/2/2025', 'DONE'],
        ['Distribute the policy to all employees', 'Younes', '20/2/2026', 'DONE'],
        ['Monitor system usage for compliance', 'Younes', '23/2/2025', 'DONE'],
      ),
    );
    expect(register.mapping.headerRow).toBe(2);
    expect(register.actions.map((a) => a.row)).toEqual([3, 4, 8, 9, 10]);
  });

  it("a template's row of instructions under the header ('MENTION THE DATE…', 'SOLVED/ PENDING') is not an action", () => {
    const { register } = figures(
      grid(
        ['No', 'Date raised', 'Event', 'Actions', 'Owner', 'Status'],
        [
          '',
          'MENTION THE DATE ON WHICH THE MATTER WAS RAISED',
          'DESCRIBE THE EVENT',
          'MENTION THE ACTION SELECTED',
          'MENTION THE RESPONSIBLE PERSON',
          'SOLVED/ PENDING',
        ],
        [
          '1',
          '2026-05-14',
          'Data cleaning took longer than planned',
          'Audit the data first',
          'Omkar',
          'Solved',
        ],
        ['2', '2026-05-21', 'The free tool limited the rows', 'Aggregate before upload', 'Omkar', 'Pending'],
      ),
    );
    expect(register.actions.map((a) => a.row)).toEqual([3, 4]);
  });

  it('"Allocated to" is the owner; "Idea" is a state not started; "Not implemented" is not implemented', () => {
    const { register, report } = figures(
      grid(
        ['ID', 'Title', 'Status', 'Allocated to', 'Target date'],
        ['1', 'Site marketing landing page', 'Idea', '', '2026-04-17'],
        ['2', 'End to end process flow', 'In Progress', 'Matt', '2026-04-10'],
        ['3', 'Encrypt the laptops', 'Not implemented', 'Matt', '2026-04-10'],
      ),
    );
    expect(register.mapping.columns.owner?.header).toBe('Allocated to');
    expect(register.actions.map((a) => a.state)).toEqual(['new', 'in-progress', 'new']);
    expect(report.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);
  });

  it('a bare "Item" holding what to do is the title; holding codes, it is not', () => {
    const todo = figures(
      grid(
        ['Date', 'Item', 'Status'],
        ['2020-08-06', 'Log into the test system and check its size', 'IP'],
        ['2020-08-06', 'Verify that the vendor can connect and extract files', 'IP'],
        ['2020-08-06', 'Verify where the vendor will test the application', 'Open'],
      ),
    );
    expect(todo.register.mapping.columns.title?.header).toBe('Item');
    expect(todo.register.actions.map((a) => a.state)).toEqual(['in-progress', 'in-progress', 'new']);
  });
});

describe('class 36: the s- held-out set — plans named for treatments, CAP milestones, partial states', () => {
  it('a sheet named "Risk Treatment Plan", tracked by state to a target date, is a register of its treatments', () => {
    const rows: CellValue[][] = [
      [
        'Risk ID',
        'Risk',
        'Existing Controls',
        'Recommended Controls',
        'Risk Owner',
        'Target Date',
        'Status',
        'Residual Risk',
      ],
      [
        'R-001',
        'Phishing attacks',
        'Antivirus',
        'MFA, e-mail filtering',
        'IT Manager',
        '31 Aug 2026',
        'In Progress',
        'Medium',
      ],
      [
        'R-002',
        'Weak passwords',
        'Password policy',
        'Password manager',
        'IT Manager',
        '15 Aug 2026',
        'Planned',
        'Low',
      ],
      [
        'R-005',
        'Lost laptops',
        'Device lock',
        'Full disk encryption',
        'IT Support',
        '10 Aug 2026',
        'Completed',
        'Low',
      ],
    ];
    expect(findRegisterSheet([sheet('Risk Treatment Plan', ...rows)]).choice?.name).toBe(
      'Risk Treatment Plan',
    );
    // The same columns on a sheet named for the risks stay a risk register.
    expect(findRegisterSheet([sheet('Risks', ...rows)]).choice).toBeUndefined();
  });

  it('corrective action plan milestones ("CAP Milestones": Plan, Date, Milestone, Status) are read, behind risk sheets', () => {
    const search = findRegisterSheet([
      sheet(
        'Risk Movement',
        ['Risk', 'From band', 'From L', 'From I', 'From score', 'To band', 'To score'],
        ['R-17 embedded credentials', 'High', 4, 4, 16, 'Moderate', 8],
      ),
      sheet(
        'CAP Milestones',
        ['Plan', 'Requirement', 'Date', 'Milestone', 'Status'],
        ['CAP-07', '8.6.2', '2026-12-11', 'Recorded with a target date', 'Complete'],
        ['CAP-07', '8.6.2', '2026-12-17', 'Change-freeze exemption approved', 'Complete'],
        ['CAP-06', '11.3.1.2', '2027 roadmap', 'Replace the appliance class', 'Open'],
      ),
    ]);
    expect(search.choice?.name).toBe('CAP Milestones');
  });

  it('"Partially Closed" is under way, not closed', () => {
    const { register } = figures(
      grid(
        ['Gap ID', 'Description', 'Action Taken', 'Status'],
        ['GAP-05', 'Revocation records missing', 'Authorisation matrix', 'Closed'],
        ['GAP-29', 'Labelling inconsistent', 'Labelling standard', 'Partially Closed'],
        ['GAP-30', 'Access controls undocumented', 'Documented controls', 'Closed'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress', 'closed']);
  });

  it('"Implemented partial", the qualifier after the word, is under way too', () => {
    const { register } = figures(
      grid(
        ['ID', 'Treatment', 'Owner', 'Target Date', 'Treatment Status'],
        ['R-1', 'Protect main branch', 'DevOps', '2026-03-07', 'Implemented partial'],
        ['R-2', 'Enable MFA', 'IT', '2026-03-07', 'Planned'],
        ['R-3', 'Patch SLA', 'IT', '2026-03-07', 'Implementado parcialmente'],
        ['R-4', 'Backups', 'IT', '2026-03-07', 'Implemented'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'planned', 'in-progress', 'closed']);
  });
});

describe('class 37: what the metamorphic harness found unseen registers have (METAMORPHIC.md, issue 14)', () => {
  it("a template's pre-numbered rows below the last action ('F-13' … 'F-15') are not actions", () => {
    const { register } = figures(
      grid(
        ['ID', 'Finding', 'Owner', 'Due date', 'Status'],
        ['F-10', 'Backups untested', 'Ana', '2026-10-01', 'Open'],
        ['F-11', 'No MFA on VPN', 'Ben', '2026-10-01', 'Closed'],
        ['F-12', '', '', '', ''],
        ['F-12b', 'Stale accounts', 'Cy', '2026-12-31', 'Open'],
        ['F-13', '', '', '', ''],
        ['F-14', '', '', '', ''],
        ['F-15', '', '', '', ''],
      ),
    );
    // An ID-only row among the actions stays (it may be an action that lost its cells).
    expect(register.actions.map((a) => a.id)).toEqual(['F-10', 'F-11', 'F-12', 'F-12b']);
  });

  it.each([
    [['POA&M-001', 'POA&M-002', 'POA&M-003', 'POA&M-004']],
    [['2024-061_F06', '2024-062_F07', '2024-063_F08', '2024-064_F09']],
    [['4966559', '4966560', '4966561', '4966562']],
  ])('pre-numbered rows shaped like the IDs above them (%j) are not actions', (ids) => {
    const { register } = figures(
      grid(
        ['ID', 'Weakness', 'POC', 'Scheduled Completion Date', 'Status'],
        [ids[0], 'Backups untested', 'Ana', '2026-10-01', 'Ongoing'],
        [ids[1], 'No MFA on VPN', 'Ben', '2026-10-01', 'Completed'],
        [ids[2], '', '', '', ''],
        [ids[3], '', '', '', ''],
      ),
    );
    expect(register.actions.map((a) => a.id)).toEqual(ids.slice(0, 2));
  });

  it.each([
    ['fr', ['N°', 'Constat', 'Pilote', 'Date cible', 'Statut']],
    ['pt', ['Nº', 'Constatação', 'Responsável', 'Data-alvo', 'Situação']],
    ['pt, a final deadline', ['Nº', 'Constatação', 'Responsável', 'Prazo final', 'Situação']],
    ['de', ['Nr.', 'Feststellung', 'Verantwortlich', 'Geplanter Abschluss', 'Status']],
    ['hu', ['Sorszám', 'Megállapítás', 'Felelős', 'Céldátum', 'Állapot']],
  ])('a target date headed in %s is the target date (so overdue is counted)', (_, header) => {
    const { register, review } = figures(
      grid(
        header,
        ['1', 'Backups untested', 'Ana', '2026-10-01', 'Open'],
        ['2', 'No MFA on VPN', 'Ben', '2027-10-01', 'Open'],
        ['3', 'Stale accounts', 'Cy', '2026-09-30', 'Closed'],
      ),
    );
    expect(register.mapping.columns.targetDate?.header).toBe(header[3]);
    expect(review.overdue).toBe(1);
  });

  it.each([
    ['es', ['Estado del hallazgo', 'Recomendación', 'Asignado a'], 'status'],
    ['it', ['Stato del rilievo', 'Azione', 'Assegnato a'], 'status'],
    ['pt', ['Situação', 'Ação', 'Atribuído a'], 'status'],
    ['de', ['Abschlussstatus', 'Empfehlung', 'Zugewiesen an'], 'status'],
    ['fr', ['Statut du constat', 'Plan d’atténuation', 'Attribué à'], 'status'],
  ])('a narrow register in %s keeps its status, action and owner columns', (_, header) => {
    const { register } = figures(
      grid(
        header,
        ['Open', 'Enable MFA on the VPN for all staff', 'Ana'],
        ['Closed', 'Test the restore of the backups', 'Ben'],
        ['Open', 'Review the firewall rules quarterly', 'Cy'],
      ),
    );
    expect(register.mapping.columns.status?.header).toBe(header[0]);
    expect(register.mapping.columns.correctiveAction?.header).toBe(header[1]);
    expect(register.mapping.columns.owner?.header).toBe(header[2]);
  });

  it.each([
    ['Umsetzung bis', 'targetDate'],
    ['Uiterste datum', 'targetDate'],
    ['Commitment Date', 'targetDate'],
    ['Agreed Date', 'targetDate'],
    ['Planned Closure', 'targetDate'],
    ['Fecha de finalización', 'completionDate'],
    ['Ist-Termin', 'completionDate'],
    ['Data de fecho', 'closedDate'],
    ['Opgelost op', 'closedDate'],
    ['Fecha de seguimiento', 'targetReviewDate'],
  ])('the date column "%s" is the %s', (header, field) => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Status', header],
        ['A-1', 'Enable MFA on the VPN', 'Ana', 'Open', '2026-10-01'],
        ['A-2', 'Test the restore of the backups', 'Ben', 'Closed', '2026-11-01'],
        ['A-3', 'Review the firewall rules', 'Cy', 'Open', '2026-12-15'],
      ),
    );
    expect(Object.values(register.mapping.columns).find((c) => c.header === header)?.field).toBe(field);
  });

  it.each([['Avance'], ['Avancement'], ['Fortschritt'], ['Avanzamento'], ['Andamento'], ['Voortgang']])(
    'a share done headed "%s" gives each row its state, as "Progress" does',
    (header) => {
      const { register } = figures(
        grid(
          ['ID', 'Action', 'Owner', 'Due date', header],
          ['A-1', 'Enable MFA on the VPN', 'Ana', '2026-10-01', 0.3],
          ['A-2', 'Test the restore of the backups', 'Ben', '2026-10-01', 1],
          ['A-3', 'Review the firewall rules', 'Cy', '2026-10-01', 0],
        ),
      );
      expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'closed', 'new']);
    },
  );

  it.each([
    ['Mitigado', 'done'],
    ['Atténué', 'done'],
    ['Gemindert', 'done'],
    ['Corrigé', 'done'],
    ['Sanato', 'done'],
    ['Remediado', 'done'],
    ['Retardé', 'in-progress'],
    ['Borrador', 'new'],
    ['Entwurf', 'new'],
  ])('the status word "%s" is known (%s)', (word, state) => {
    const { register, report } = figures(
      grid(
        ['ID', 'Title', 'Status', 'Owner', 'Target date'],
        ['A-1', 'Fix backups', word, 'Ana', '2027-12-31'],
        ['A-2', 'Rotate keys', 'Open', 'Ben', '2027-12-31'],
        ['A-3', 'Review access', 'Closed', 'Cy', '2027-12-31'],
      ),
    );
    expect(report.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);
    // A finishing word beside the register's own "Closed" is the step before it (implemented).
    if (state === 'done') expect(register.actions[0].state).toBe('implemented');
    else if (state !== 'in-progress') expect(register.actions[0].state).toBe(state);
    else expect(register.actions[0].statusIsOverdue).toBe(true);
  });
});

describe('class 38: the u- held-out set — vulnerabilities tracked to a deadline, objectives, gap assessments', () => {
  it('vulnerabilities tracked to a remediation deadline by an owner are a register, whatever CVE and CVSS describe them', () => {
    const { review } = figures(
      grid(
        [
          'ID',
          'CVE',
          'Titel',
          'CVSS v3.1',
          'EPSS',
          'Schweregrad',
          'Behebungsfrist',
          'Status',
          'Verantwortlich',
        ],
        [
          'VUL-1',
          'CVE-2025-21293',
          'Windows Kernel EoP',
          7.8,
          0.08,
          'Hoch',
          '2025-02-14',
          'Geschlossen',
          'IT-Betrieb',
        ],
        [
          'VUL-2',
          'CVE-2025-29813',
          'Azure DevOps EoP',
          10,
          0.12,
          'Kritisch',
          '2025-05-15',
          'Offen',
          'Engineering',
        ],
        ['VUL-3', 'CVE-2024-38200', 'Office NTLM', 7.5, 0.21, 'Hoch', '2027-09-13', 'Offen', 'IT-Betrieb'],
        ['VUL-4', 'CVE-2024-21762', 'Fortinet SSL VPN', 9.8, 0.9, 'Kritisch', 'N/A', 'N/A', 'IT-Betrieb'],
      ),
    );
    // "N/A" as the status: not applicable (the product is not in use), so not open.
    expect(review).toMatchObject({ total: 4, open: 2, overdue: 1 });
    // A scanner's export (no owner, no deadline) stays a scan export.
    const scan = findRegisterSheet([
      sheet(
        'Scan',
        ['Plugin ID', 'CVE', 'CVSS', 'Host', 'Port', 'Status'],
        ['19506', 'CVE-2025-1', 7.8, '10.0.0.1', 443, 'Open'],
        ['19507', 'CVE-2025-2', 5.0, '10.0.0.2', 22, 'Open'],
      ),
    ]);
    expect(scan.choice).toBeUndefined();
  });

  it('security objectives headed in German (Ziel, Messgröße, Zielwert, Aktueller Wert) are not a register', () => {
    const search = findRegisterSheet([
      sheet(
        'Ziele',
        [
          'ID',
          'Ziel',
          'Verantwortlich',
          'Messgröße',
          'Baseline',
          'Zielwert',
          'Aktueller Wert',
          'Status',
          'Prüfdatum',
          'Verknüpfte Maßnahme',
        ],
        [
          'OBJ-1',
          'Klickrate senken',
          'ISB',
          '% Klicks',
          '8 %',
          '<5 %',
          '4 %',
          'Auf Kurs',
          '2026-06-30',
          'RTP-005',
        ],
        [
          'OBJ-2',
          'MFA für Admins',
          'ISB',
          '% Konten',
          '0 %',
          '100 %',
          '48 %',
          'Hinter Plan',
          '2026-06-30',
          'RTP-001',
        ],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0].looksLike).toBe('information-security objectives');
  });

  it('controls graded Implemented / Partially / Not implemented, with recommendations, are a gap assessment', () => {
    const rows: CellValue[][] = [
      [
        'Control ID',
        'Control Name',
        'Status',
        'Evidence / Notes',
        'Recommended Action',
        'Priority',
        'Target Timeline',
      ],
      [
        'A.5.1',
        'Policies',
        'Partially Implemented',
        'In Confluence',
        'Centralise policies',
        'High',
        'Short (0–3 months)',
      ],
      [
        'A.5.7',
        'Threat intelligence',
        'Not Implemented',
        'No process',
        'Subscribe to feeds',
        'Medium',
        'Medium (3-12 months)',
      ],
      [
        'A.5.17',
        'Authentication',
        'Implemented',
        'MFA for admins',
        'Extend MFA',
        'High',
        'Short (0-3 months)',
      ],
    ];
    const search = findRegisterSheet([sheet('Sheet1', ...rows)]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0].looksLike).toBe('a gap assessment of controls');
    // Actions to implement controls, tracked by their own progress, stay a register.
    const tracker = rows.map((r, i) =>
      i === 0 ? r : [...r.slice(0, 2), ['In Progress', 'Planned', 'Completed'][i - 1], ...r.slice(3)],
    );
    expect(findRegisterSheet([sheet('Sheet1', ...tracker)]).choice?.name).toBe('Sheet1');
  });

  it('an action column of codes ("Ação": A0001, A0002) is another sheet\'s IDs, not the action', () => {
    const { register } = figures(
      grid(
        ['Cliente', 'Ação', 'Descrição', 'Responsável', 'Prazo atual', 'Status'],
        ['Alfa', 'A0001', 'Revisar contratos com fornecedores', 'Cliente', '2026-05-10', 'Em andamento'],
        ['Beta', 'A0002', 'Treinar a equipe em phishing', 'Consultoria', '2026-06-10', 'Atrasada'],
        ['Gama', 'A0003', 'Testar a restauração dos backups', 'Cliente', '2026-07-10', 'Em andamento'],
      ),
    );
    expect(register.mapping.columns.correctiveAction).toBeUndefined();
  });

  it('findings with a recommended action and who should act, but nothing that tracks them, are not a register', () => {
    const search = findRegisterSheet([
      sheet(
        'Pendências',
        ['Local', 'Categoria', 'Descrição da Pendência', 'Ação Recomendada', 'Responsável'],
        ['Casa de Máquinas', 'Limpeza', 'Material mal armazenado', 'Guardar o material no armário', 'Otis'],
        ['Casa de Máquinas', 'Segurança', 'Porta fora de norma', 'Instalar porta incombustível', 'Cliente'],
        ['Poço', 'Iluminação', 'Lâmpada queimada', 'Trocar a lâmpada', 'Otis'],
      ),
    ]);
    expect(search.choice).toBeUndefined();
  });
});

describe('class 39: what the harness found after the fixes (METAMORPHIC.md R3–R5)', () => {
  it("the action's status wins over the finding's, in French, Portuguese, German and Hungarian", () => {
    for (const [finding, action] of [
      ['Statut du constat', "Statut de l'action"],
      ['Situação da constatação', 'Status da ação'],
      ['Status der Feststellung', 'Maßnahmenstatus'],
      ['Megállapítás állapota', 'Intézkedés állapota'],
    ]) {
      const { register } = figures(
        grid(
          ['ID', action, 'Finding', finding, 'Owner'],
          ['A-1', 'Open', 'Backups untested', 'Closed', 'Ana'],
          ['A-2', 'Closed', 'No MFA', 'Closed', 'Ben'],
          ['A-3', 'In progress', 'Stale accounts', 'Open', 'Cy'],
        ),
      );
      expect(register.mapping.columns.status?.header).toBe(action);
    }
  });

  it('Hungarian "Teendő", "Felülvizsgálat alatt" and "Csökkentve" are states', () => {
    const { report } = figures(
      grid(
        ['Azonosító', 'Megállapítás', 'Felelős', 'Határidő', 'Állapot'],
        ['1', 'Hiányzó mentési teszt', 'Kovács', '2027-01-31', 'Teendő'],
        ['2', 'Régi fiókok', 'Nagy', '2027-01-31', 'Felülvizsgálat alatt'],
        ['3', 'Gyenge jelszavak', 'Szabó', '2027-01-31', 'Csökkentve'],
      ),
    );
    expect(report.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);
  });
});

describe('class 49: the aa- to ae- held-out sets — plans named so, split records, lights, vulnerability words', () => {
  it('a Spanish tracker with snake_case headers (dueno, vence, cerrado_el, compromiso) is read', () => {
    const { register, review } = figures(
      grid(
        ['id', 'compromiso', 'area', 'dueno', 'creado', 'vence', 'estado', 'cerrado_el'],
        [
          'CM-001',
          'Renegociar el descuento',
          'Comercial',
          'Javier',
          '2026-08-04',
          '2026-08-11',
          'Vencido',
          '',
        ],
        [
          'CM-002',
          'Pasar a entrega quincenal',
          'Logística',
          'Andrea',
          '2026-08-03',
          '2026-08-17',
          'Cumplido',
          '2026-08-13',
        ],
        ['CM-003', 'Cobrar la cartera', 'Cartera', 'Andrea', '2026-07-16', '2026-12-30', 'En curso', ''],
      ),
    );
    const c = register.mapping.columns;
    expect([c.owner?.letter, c.targetDate?.letter, c.closedDate?.letter, c.correctiveAction?.letter]).toEqual(
      ['D', 'F', 'H', 'B'],
    );
    expect([review.total, review.open, review.overdue]).toEqual([3, 2, 1]);
  });

  it('a sheet named for the plan of treatments wins over inventories and logs with statuses of their own', () => {
    const search = findRegisterSheet([
      sheet(
        'Inventario_Vulnerabilidades',
        [
          'ID',
          'Vulnerabilidad',
          'Descripción',
          'Severidad',
          'Estado',
          'Fecha',
          'Responsable',
          'Acción Correctiva',
        ],
        ['V-1', 'Puerto abierto', 'Telnet', 'Alta', 'Pendiente', '2025-10-01', 'TI', 'Cerrar el puerto'],
        ['V-2', 'Sin parches', 'Windows', 'Media', 'En Revisión', '2025-10-02', 'TI', 'Parchear'],
      ),
      sheet(
        'Plan_Tratamiento',
        ['ID', 'ID_Riesgo', 'Medida', 'Responsable', 'Estado', 'Fecha Límite'],
        ['TRT-001', 'RSG-001', 'Renovar servidor', 'IT Admin', 'En Progreso', '31/12/2025'],
        ['TRT-002', 'RSG-002', 'Backup offline', 'CISO', 'En Progreso', ''],
        ['TRT-003', 'RSG-003', 'Cifrado TDE', 'DPO', 'Planificado', ''],
      ),
    ]);
    expect(search.choice?.name).toBe('Plan_Tratamiento');
  });

  it('a log of audits counting their findings and NCs per audit is an audit programme, not a register', () => {
    const audits = sheet(
      'Auditorias',
      [
        'ID Auditoría',
        'Fecha',
        'Tipo',
        'Alcance',
        'Auditor',
        'Estado',
        'Hallazgos',
        'No Conformidades',
        'Fecha Cierre',
      ],
      [
        'AUD-2025-001',
        '15/03/2025',
        'Interna',
        'Controles A.5 y A.8',
        'Auditor Interno',
        'Completada',
        8,
        2,
        '30/03/2025',
      ],
      [
        'AUD-2024-004',
        '20/12/2024',
        'Externa',
        'Certificación',
        'Bureau Veritas',
        'Cerrada',
        12,
        0,
        '10/01/2025',
      ],
      ['AUD-2025-002', '15/06/2025', 'Interna', 'Incidentes', 'Auditor Interno', 'Planificada', '', '', ''],
    );
    const search = findRegisterSheet([audits]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('an audit programme');
  });

  it('a status of traffic lights alone is read: green done, amber under way, red not started', () => {
    const { register, review, report } = figures(
      grid(
        ['ID', 'Requirement', 'Action Item', 'Priority', 'Status', 'Owner'],
        ['4.3', 'ISMS Scope', 'Define boundaries', 'High', '🟢', 'CISO'],
        ['6.1', 'Risk Assessment', 'Assess patient data risks', 'Critical', '🟡', 'IT Mgr'],
        ['6.1.3', 'SoA', 'Finalize the SoA', 'High', '🔴', 'CISO'],
        ['7.5', 'Documentation', 'Version control', 'Med', '🟢\uFE0F', 'ISMS Mgr'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress', 'new', 'closed']);
    expect([review.total, review.open]).toEqual([4, 2]);
    expect(report.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);
  });

  it('a record typed over two rows (ID and event above, action, owner and status below) is one action', () => {
    const { register, review } = figures(
      grid(
        ['SL. NO', 'DATE RAISED', 'EVENT', 'ACTIONS', 'OWNER', 'STATUS'],
        ['1', '2023-08-27', 'Effect of null values', 'Remove null values', 'Joshua', 'SOLVED'],
        ['2', '2023-09-04', 'Overfitting models', '', '', ''],
        ['', '', '', 'Train other models', 'Joshua', 'PENDING'],
        ['3', '2023-09-10', 'Slow pipeline', 'Cache features', 'Ana', 'SOLVED'],
      ),
    );
    expect(register.actions.map((a) => [a.row, a.id, a.state])).toEqual([
      [2, '1', 'closed'],
      [3, '2', 'new'],
      [5, '3', 'closed'],
    ]);
    expect(register.actions[1].values.owner).toBe('Joshua');
    expect([review.total, review.open]).toEqual([3, 1]);
  });

  it('a finding with several action rows under it keeps each action', () => {
    const { register } = figures(
      grid(
        ['Finding ID', 'Finding', 'Action', 'Owner', 'Status'],
        ['F-1', 'No MFA', 'Enable MFA on VPN', 'Ana', 'Open'],
        ['', '', 'Enable MFA on mail', 'Ben', 'Closed'],
        ['F-2', 'Old backups', 'Test restores', 'Cy', 'Open'],
      ),
    );
    expect(register.actions).toHaveLength(3);
  });

  it('a sheet named for a kind says it once more: a "RAID LOG" of categories, mitigations and Open / Closed', () => {
    const search = findRegisterSheet([
      sheet(
        'RAID LOG',
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
        [
          'Risk',
          'Database is static',
          'Training suffers',
          'Restrict additions',
          'Project Manager',
          'High',
          '',
          'Open',
        ],
        [
          'Assumption',
          'Employee data is correct',
          'Accurate output',
          'Check the data',
          'Project Manager',
          'High',
          '',
          'Closed',
        ],
        [
          'Issue',
          'Several domains',
          'Ambiguous model',
          'Identify events',
          'Project Manager',
          'High',
          '',
          'Open',
        ],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a RAID log (risks, assumptions, issues, dependencies)');
    // "Gap" in a sheet's name is too common in action registers' names to say a checklist.
    const gaps = findRegisterSheet([
      sheet(
        'Gap Closure',
        ['Gap ID', 'Standard', 'Risk', 'Description', 'Action Taken', 'Status'],
        ['GAP-05', 'CIP-004 R4', 'High', 'Revocation records missing', 'Authorisation matrix', 'Closed'],
        ['GAP-29', 'CIP-011', 'Low', 'Labelling inconsistent', 'Labelling standard', 'Partially Closed'],
      ),
    ]);
    expect(gaps.choice?.name).toBe('Gap Closure');
  });

  it("a template's prompt in angle brackets ('<dd/mm/yyyy>') is an empty cell, not a wrong date", () => {
    const { report } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Deadline', 'Status'],
        ['A-1', 'Renew the contract', 'Ana', '<dd/mm/yyyy>', 'Open'],
        ['A-2', 'Patch the VPN', '<Name>', '2026-12-31', 'Open'],
      ),
    );
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('missing-target-date');
    expect(codes).toContain('missing-owner');
    expect(codes).not.toContain('invalid-date');
    expect(isMissing('<ana@example.org>')).toBe(false);
    // Markup is the user's text, shown as text: never taken for a prompt.
    expect(isMissing('<img src=x onerror=alert(1)>')).toBe(false);
    expect(isMissing('<b>')).toBe(false);
    expect(isMissing('<Add more if needed>')).toBe(true);
  });

  it('未完了 (not yet done) is open, 完了 closed; an "ETA" is the target date', () => {
    const ja = figures(
      grid(
        ['項目番号', '状況', '科目', '指摘事項'],
        [1, '未完了', 'HTML/CSS', '絶対温度が更新されない'],
        [2, '完了', 'HTML/CSS', '線が斜めに引かれない'],
        [3, '未完了', 'Unity', '繰り返しが記述されていない'],
      ),
    );
    expect(ja.register.actions.map((a) => a.state)).toEqual(['new', 'closed', 'new']);
    const eta = figures(
      grid(['Issues', 'Raised By', 'Status', 'ETA'], ['Share the VAPT report', 'Keith', 'WIP', '2019-04-12']),
    );
    expect(eta.register.mapping.columns.targetDate?.header).toBe('ETA');
    expect(eta.register.mapping.columns.title?.header).toBe('Issues');
  });

  it("a vulnerability catalogue's required action and due date, with no owner or state, is not a register", () => {
    const search = findRegisterSheet([
      sheet(
        'known_exploited',
        [
          'cveID',
          'vendorProject',
          'product',
          'vulnerabilityName',
          'dateAdded',
          'requiredAction',
          'dueDate',
          'knownRansomwareCampaignUse',
          'cwes',
        ],
        [
          'CVE-2025-48384',
          'Git',
          'Git',
          'Git Link Following',
          '2025-08-25',
          'Apply mitigations per vendor instructions',
          '2025-09-15',
          'Unknown',
          'CWE-59',
        ],
        [
          'CVE-2024-8068',
          'Citrix',
          'Session Recording',
          'Privilege Management',
          '2025-08-25',
          'Apply mitigations per vendor instructions',
          '2025-09-15',
          'Unknown',
          'CWE-269',
        ],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a vulnerability scan export');
  });

  it("a vulnerability's exploitability states are workflow states: exploitable is open, not exploitable is set aside", () => {
    const { register, review } = figures(
      grid(
        ['ref_id', 'name', 'status', 'severity', 'detected_at', 'due_date'],
        ['CVE-1', 'Log4Shell', 'exploitable', 'critical', '2024-01-15', '2024-02-15'],
        ['CVE-2', 'OpenSSL overflow', 'potential', 'high', '', ''],
        ['CVE-3', 'Weak TLS', 'mitigated', 'medium', '', ''],
        ['CVE-4', 'Old jQuery', 'not_exploitable', 'low', '', ''],
        ['CVE-5', 'Kernel bug', 'unaffected', 'low', '', ''],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual([
      'new',
      undefined, // "potential" is too common a word to be a state: asked about once
      'closed',
      'cancelled',
      'cancelled',
    ]);
    expect([review.open, review.overdue]).toEqual([2, 1]);
  });
});

describe('class 50: the af- to ah- held-out sets — issue lists in Chinese, Russian and Swedish, example rows, legends', () => {
  it('a Chinese bug log whose state is a "resolved?" 是 / 否 column, with its fix date and fix, is a register', () => {
    const g = grid(
      ['bug编号', '版本号', 'bug描述', '是否解决', '解决时间', '解决方案'],
      [1, '1.2', '无法取消点赞', '否', '', ''],
      [2, '2.0', '登录后只能返回首页', '否', '', ''],
      [3, '2.0', '注册页面显示有问题', '是', '2017-01-06', ''],
      [4, '2.2', '个人信息页面显示错误', '否', '', '增加显示全部功能'],
    );
    const search = findRegisterSheet([sheet('Sheet1', ...g.values)]);
    expect(search.choice?.name).toBe('Sheet1');
    const { review } = figures(g);
    expect([review.total, review.open]).toEqual([4, 3]);
    expect(read(g).actions.map((a) => a.state)).toEqual(['new', 'new', 'closed', 'new']);
  });

  it('bug-tracker states in Chinese, Japanese, Korean and Russian are read', () => {
    const { register } = figures(
      grid(
        ['ID', 'Title', 'Status', 'Owner'],
        ['A-1', 'Login fails', '修复中', 'Li'],
        ['A-2', 'Sort order', '待解决', 'Li'],
        ['A-3', 'Crash', '已解决', 'Li'],
        ['A-4', 'Typo', '修正中', 'Sato'],
        ['A-5', 'Layout', '미해결', 'Kim'],
        ['A-6', 'Menu', 'Не приступал', 'Ivan'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual([
      'in-progress',
      'new',
      'closed',
      'in-progress',
      'new',
      'new',
    ]);
  });

  it('a Russian list of remarks with a manager, an executor and "Не приступал / В работе" is a register', () => {
    const search = findRegisterSheet([
      sheet(
        'Протокол',
        ['№', 'Дата и время', 'Статус', 'Объект', 'Хорошее пожелание', 'Руководитель', 'Исполнитель'],
        [
          1,
          '2022-06-29',
          'Не приступал',
          'Relation_File_Obj',
          'Убрать зависимость FILE от OBJECT',
          'Муратов',
          'Табаков',
        ],
        [2, '2022-06-29', 'В работе', 'Конструктор таблиц', 'Авторазмер ширины окна', 'Муратов', 'Табаков'],
        [
          3,
          '2022-06-29',
          'Не приступал',
          'Конструктор экспорта',
          'Отображать виды HMI и PLC',
          'Муратов',
          'Табаков',
        ],
      ),
    ]);
    expect(search.choice?.name).toBe('Протокол');
  });

  it('a Swedish backlog of "Uppgift" (task) and Status is a register', () => {
    const search = findRegisterSheet([
      sheet(
        'Iteration 7',
        ['Krav', 'Uppgift', 'Status', 'Skattad tid', 'Verklig tid'],
        ['', 'Workshop - användartestning', 'Klar', 3, 3],
        [3, 'Förflyttning och kollision', 'Klar', 10, 5],
        [9, 'Arbete med dokumentation', 'Påbörjad', 30, 20],
      ),
    ]);
    expect(search.choice?.name).toBe('Iteration 7');
  });

  it('a template\'s example row ("例）…" in any cell, or prompts in angle brackets) is not an action', () => {
    const ja = figures(
      grid(
        ['No.', '重要度', '分類', '課題内容', '起票日', '回答期限', 'ステータス'],
        [1, '中', '画面', '例）●●ボタンは必要でしょうか？', '2023-07-01', '2023-07-03', '完了'],
        [2, '高', '画面', 'ログイン画面の文言', '2023-07-05', '2023-07-10', '未完了'],
      ),
    );
    expect(ja.review.total).toBe(1);
    const prompts = figures(
      grid(
        ['Defect ID', 'Module', 'Title', 'Description', 'Severity', 'Status', 'Created Date', 'Assigned to'],
        [
          '',
          '<function name>',
          'Title section',
          '<Describe defect>',
          '<Severity of defect>',
          '<Status of defect>',
          '',
          '',
        ],
        [
          '[Register-3]',
          'Register',
          'Placeholder inconsistent',
          'Visit the URL',
          'Medium',
          'Open',
          '2025-10-13',
          'DEV',
        ],
        [
          '[Register-4]',
          'Register',
          'Checkbox border',
          'Visit the URL',
          'Low',
          'Assigned',
          '2025-10-13',
          'BA',
        ],
      ),
    );
    expect(prompts.review.total).toBe(2);
    // Markup is the user's text, never a prompt: a row of it is still an action.
    const markup = figures(
      grid(
        ['ID', 'Title', 'Description', 'Owner', 'Status'],
        ['A-1', '<img src=x onerror=alert(1)>', '<script>', '<svg onload=alert(1)>', 'Open'],
        ['A-2', 'Patch the VPN', 'CVE fix', 'Ana', 'Open'],
      ),
    );
    expect(markup.review.total).toBe(2);
  });

  it('a "STATUS LEGEND" block below the table is not an action', () => {
    const { review } = figures(
      grid(
        ['POA&M ID', 'Gap Description', 'Required Action', 'Owner', 'Target Date', 'Status'],
        ['P-1', 'MFA not required', 'Mandate MFA', 'Security', '2025-06-30', 'Not Started'],
        ['P-2', 'PII in test', 'Mask data', 'Security', '2025-08-31', 'Not Started'],
        ['P-3', 'DLP limited', 'Expand DLP', 'Security', '2025-12-31', 'Not Started'],
        [],
        ['STATUS LEGEND', '', '', '', '', ''],
        [
          '🔴 Not Started',
          'No action taken',
          '🟡 In Progress',
          'Remediation underway',
          '🟢 Completed',
          'Verified',
        ],
      ),
    );
    expect([review.total, review.open, review.overdue]).toEqual([3, 3, 3]);
  });

  it('a "Deficiency" with its "Remediation" and Status is a register', () => {
    const search = findRegisterSheet([
      sheet(
        'BAA Coverage',
        ['System', 'Service', 'Deficiency', 'Remediation', 'Executed', 'Status'],
        [
          'SYS-029',
          'Survey platform',
          'BAA held with a predecessor',
          'Novation plus fresh execution',
          '2026-07-09',
          'Closed',
        ],
        [
          'SYS-033',
          'Transcription',
          'Pre-HITECH template',
          'Re-papered onto the 2026 template',
          '2026-07-11',
          'Closed',
        ],
      ),
    ]);
    expect(search.choice?.name).toBe('BAA Coverage');
  });

  it('a list of problems each with a workflow state, and nothing else, is a register of those problems', () => {
    const search = findRegisterSheet([
      sheet(
        'Sheet1',
        ['序号', '问题描述', '状态'],
        [1, '在应付管理发票录入中已提交的发票排序根据提交时间先后排序', '待解决'],
        [2, '首页轮播图无法进入相关课程', '已解决'],
      ),
    ]);
    expect(search.choice?.name).toBe('Sheet1');
    // Words that are no workflow ("Active", "Retired") still make no register of a list.
    const assets = findRegisterSheet([
      sheet(
        'Sheet1',
        ['No', 'Description', 'Status'],
        [1, 'Laptop of the CFO', 'Active'],
        [2, 'Old file server', 'Retired'],
      ),
    ]);
    expect(assets.choice).toBeUndefined();
  });

  it('a compound status opening with its own state keeps it: "rejected_identity_not_verified" is set aside', () => {
    const { register } = figures(
      grid(
        ['case_id', 'type', 'status', 'owner'],
        ['D-1', 'delete', 'rejected_identity_not_verified', 'Ana'],
        ['D-2', 'access', 'Not verified', 'Ana'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['cancelled', 'new']);
  });
});

describe('class 51: the ai-, aj- and al- held-out sets — template guides, empty tables, hazard logs, patch states', () => {
  it("a template's guide row (what each column holds, in sentences) under an empty table is not an item", () => {
    const { review } = figures(
      grid(
        [
          'POAM ID',
          'Control Weakness or Deficiency',
          'Detection Date',
          'Remediation Plan',
          'Completion Date',
          'Point-of-Contact',
          'Status',
          'Status Date',
        ],
        [
          'Unique Identifier for each POAM Item',
          'Description of the control weakness or deficiency',
          'Date vulnerability was originally detected',
          'General overview of the remediation plan',
          'Estimated completion date of remediation',
          'Person responsible for implementing remediation',
          'Stage / state of the weakness identified',
          'Date POAM item was last changed or completed',
        ],
      ),
    );
    expect(review.total).toBe(0);
  });

  it('lines of notes below an empty findings table are not findings', () => {
    const { review } = figures(
      grid(
        [
          'Finding ID',
          'Area / Control',
          'Finding / Observation',
          'Severity',
          'Corrective Action Required',
          'Owner',
          'Target Date',
          'Status',
        ],
        [],
        [],
        ['Audit Methods'],
        [],
        ['- Document review'],
        ['- Personnel interviews'],
        [],
        ['Nonconformities:'],
        ['To be completed after audit.'],
      ),
    );
    expect(review.total).toBe(0);
  });

  it('a hazard log rated by likelihood and severity, with mitigations and "Open - Design", is a risk register', () => {
    const search = findRegisterSheet([
      sheet(
        'hazards',
        [
          'Hazard_ID',
          'Program',
          'Subsystem',
          'Hazard_Description',
          'Severity',
          'Likelihood',
          'Risk_Level',
          'Mitigation',
          'Status',
          'Notes',
        ],
        [
          'HAZ-1',
          'Aircraft',
          'Flight Controls',
          'Loss of flight control authority',
          'Catastrophic',
          'Remote',
          'High',
          'Triple redundant system',
          'Open - Design',
          'DAL A',
        ],
        [
          'HAZ-2',
          'Aircraft',
          'Propulsion',
          'Uncontained engine failure',
          'Catastrophic',
          'Extremely Remote',
          'Medium',
          'Protective barriers',
          'Open - Analysis',
          '',
        ],
        [
          'HAZ-3',
          'Aircraft',
          'Fuel System',
          'Fuel leak and fire risk',
          'Hazardous',
          'Remote',
          'Medium',
          'Leak detection',
          'Closed',
          '',
        ],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a risk register');
  });

  it('a patch "Applied" is done and "Mitigating" under way; a roadmap of initiatives with owner and status is read', () => {
    const { register } = figures(
      grid(
        ['ID', 'BCS / Asset', 'Source', 'Status', 'Mitigation Plan', 'Owner'],
        ['PT-01', 'EMS', 'Vendor + OS', 'Applied', '—', 'Bell'],
        ['PT-02', 'Historian', 'OS', 'Mitigating', 'MP-patch-04 (vendor delay)', 'Bell'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress']);
    const roadmap = findRegisterSheet([
      sheet(
        'Strategic Roadmap',
        ['Initiative', 'Horizon', 'CIP Nexus', 'Target Maturity', 'Owner', 'Status'],
        ['Automate evidence collection', 'Year 1', 'All', 'L4-5', 'Whitfield', 'Planned'],
        ['Mature the supply-chain program', 'Year 1', 'CIP-013', 'L4', 'Nair', 'Planned'],
      ),
    ]);
    expect(roadmap.choice?.name).toBe('Strategic Roadmap');
  });

  it('controls graded Compliant / Partially Compliant / Non-Compliant, with a POA&M reference, are a gap assessment', () => {
    const search = findRegisterSheet([
      sheet(
        'Sheet1',
        [
          'Control ID',
          'Control Name',
          'NIST Requirement',
          'Company Implementation',
          'Status',
          'Remediation Plan / POA&M',
        ],
        ['AC-2', 'Account Management', 'Manage accounts', 'HR triggers a ticket', 'Compliant', 'None.'],
        [
          'IA-2',
          'Identification and Authentication',
          'Enforce MFA',
          'MFA via Okta',
          'Partially Compliant',
          'POA&M-001: Deploy agents',
        ],
        [
          'MP-4',
          'Media Storage',
          'Restrict media',
          'Downloads to USB',
          'Non-Compliant',
          'POA&M-002: Implement MDM',
        ],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a gap assessment of controls');
  });

  it('problem-management steps are states: Contained under way, Root Cause Confirmed analysed, Effectiveness Confirmed closed', () => {
    const { register, review } = figures(
      grid(
        ['problem_id', 'title', 'status', 'owner', 'opened_date', 'due_date'],
        ['P-1', 'Recurring F415 on VISION-C-01', 'Contained', 'A. Rivera', '2026-08-09', '2026-08-14'],
        [
          'P-2',
          'Recurring F204 on CONVEYOR-B-01',
          'Root Cause Confirmed',
          'A. Rivera',
          '2026-08-09',
          '2026-08-15',
        ],
        [
          'P-3',
          'Recurring F101 on PRESS-A-02',
          'Effectiveness Confirmed',
          'B. Chen',
          '2026-08-01',
          '2026-08-20',
        ],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'analysis', 'closed']);
    expect([review.open, review.overdue]).toEqual([2, 2]);
  });

  it('a ServiceNow incident export (caller, incident state, resolve time, reopen count…) is an incident log', () => {
    const headers = [
      'Number',
      'Opened',
      'Short description',
      'Caller',
      'Priority',
      'State',
      'Assigned to',
      'Description',
      'Child Incidents',
      'Closed',
      'Due date',
      'Follow up',
      'Incident state',
      'Made SLA',
      'Parent Incident',
      'Problem',
      'Reassignment count',
      'Reopen count',
      'Resolution code',
      'Resolution notes',
      'Resolve time',
      'Resolved',
    ];
    const row = (n: number, state: string) => [
      `INC00${n}`,
      '2026-03-01',
      'VPN down',
      'Ana',
      '2 - High',
      state,
      'Ben',
      'Users cannot connect',
      0,
      '',
      '2026-03-05',
      '',
      state,
      'true',
      '',
      '',
      0,
      0,
      '',
      '',
      '',
      '',
    ];
    const search = findRegisterSheet([
      sheet('incidents', headers, row(1, 'In Progress'), row(2, 'Closed'), row(3, 'New')),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('an incident log');
  });
});

describe('class 52: the am-, an- and ao- held-out sets — verdicts as states, gap closure, words the dates explain, eMASS', () => {
  it('"OK" and "NOK" in a status column that also says "En cours" are done and not done', () => {
    const { register, review } = figures(
      grid(
        [
          'Numero #',
          'Action corrective/amélioration',
          "Responsable d'Action",
          "Statut de l'action",
          'Échéance',
        ],
        ['#001', 'Formaliser la procédure de climatisation', 'Qualité', 'OK', '2019-08-09'],
        ['#002', 'Exiger un reporting des tests', 'DAF', 'NOK', '2020-08-25'],
        ['#003', 'Mettre à jour la procédure achats', 'Qualité', 'EN_COURS', '2027-01-31'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'in-progress']);
    expect([review.open, review.overdue]).toEqual([2, 1]);
    expect(register.vocabularies.status.notes.map((n) => n.level)).toEqual(['assumed', 'assumed']);
  });

  it('"OK" and "NOK" alone stay a verdict, not a state: each is asked about once', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Status', 'Due date'],
        ['A-1', 'Fix backups', 'Ana', 'OK', '2026-01-10'],
        ['A-2', 'Rotate keys', 'Ben', 'NOK', '2026-02-10'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual([undefined, undefined]);
    expect(register.vocabularies.status.notes.map((n) => [n.word, n.level])).toEqual([
      ['OK', 'unknown'],
      ['NOK', 'unknown'],
    ]);
  });

  it('a sheet named "Gap Closure" of gaps tracked Closed / In Progress is a register, though "gap" is a checklist word', () => {
    const rows: CellValue[][] = [
      ['Gap ID', 'Standard', 'Risk', 'Description', 'Status', 'Note'],
      [
        'GAP-01',
        'CIP-005 R2',
        'High',
        'Vendor remote access lacks MFA',
        'Closed',
        'Jump host + MFA deployed',
      ],
      ['GAP-02', 'CIP-007 R2', 'High', 'Patch cycle exceeded 35 days', 'Closed', '35-day cycle'],
      ['GAP-03', 'CIP-010 R1', 'Medium', 'Config baselines incomplete', 'In Progress', 'Baselines drafted'],
    ];
    const search = findRegisterSheet([sheet('Gap Closure', ...rows)]);
    expect(search.choice?.name).toBe('Gap Closure');
    // The same rows on a sheet named for a gap assessment stay a checklist's.
    expect(findRegisterSheet([sheet('Gap Assessment', ...rows)]).choice).toBeUndefined();
  });

  it('an unknown status word whose rows all carry a closing date is read as closed, said once', () => {
    const { register, review } = figures(
      grid(
        ['id_rnc', 'data_abertura', 'gravidade', 'status', 'data_fechamento', 'responsavel'],
        ['RNC1', '2025-01-10', 'Alta', 'Em tratativa', '', 'Elaine'],
        ['RNC2', '2025-02-10', 'Baixa', 'Fechada', '2025-03-01', 'Diego'],
        ['RNC3', '2025-03-10', 'Média', 'Reincidente', '2025-04-01', 'Diego'],
        ['RNC4', '2025-04-10', 'Média', 'Reincidente', '2025-05-01', 'Ana'],
        ['RNC5', '2025-05-10', 'Alta', 'Aberta', '', 'Ana'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual([
      'in-progress',
      'closed',
      'closed',
      'closed',
      'new',
    ]);
    expect(review.open).toBe(2);
    const note = register.vocabularies.status.notes.find((n) => n.word === 'Reincidente');
    expect([note?.level, note?.value]).toEqual(['assumed', 'closed']);
  });

  it('an unknown word stays unknown when one of its rows has no closing date, or it is on one row only', () => {
    const { register } = figures(
      grid(
        ['ID', 'Status', 'Closed date', 'Owner'],
        ['A-1', 'Reincidente', '2025-04-01', 'Ana'],
        ['A-2', 'Reincidente', '', 'Ana'],
        ['A-3', 'Lila', '2025-05-01', 'Ben'],
        ['A-4', 'Closed', '2025-05-01', 'Ben'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual([undefined, undefined, undefined, 'closed']);
  });

  it('a closing date on a row whose "Closed?" answer is No is its planned date: past, the action is overdue', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Issue', 'Owner', 'Closed?', 'Closure date'],
        ['I-1', 'Interconnection delay', 'Engineering', 'Yes', '2025-11-19'],
        ['I-2', 'Design revision', 'Procurement', 'No', '2026-03-31'],
        ['I-3', 'Permit renewal', 'Legal', 'No', '2027-03-31'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'new']);
    expect(register.actions[1]?.dates.targetDate).toEqual(register.actions[1]?.dates.closedDate);
    expect([review.open, review.overdue]).toEqual([2, 1]);
  });

  it('a POA&M in the eMASS layout is a register of its items, though likelihood and impact sit beside them', () => {
    const headers = [
      'POA&M Item ID',
      'Control Vulnerability Description',
      'Controls / APs',
      'Office/Org',
      'Scheduled Completion Date',
      'Milestone with Completion Dates',
      'Status',
      'Relevance of Threat',
      'Threat Description',
      'Likelihood',
      'Impact',
      'Residual Risk Level',
    ];
    const item = (id: string, status: string, due: string) => [
      id,
      'Audit logs are not reviewed weekly',
      'AU-6',
      'NAVSEA',
      due,
      'Milestone 1: deploy the log review job',
      status,
      'High',
      'ADVERSARIAL - HIGH',
      'High',
      'High',
      'Low',
    ];
    const search = findRegisterSheet([
      sheet('POA&M', headers, item('1', 'Ongoing', '10/30/2024'), item('2', 'Completed', '01/31/2025')),
    ]);
    expect(search.choice?.name).toBe('POA&M');
  });

  it('"Cannot Do" is set aside, as "Won\'t Do" is', () => {
    const { register } = figures(
      grid(
        ['actionId', 'description', 'assignee', 'status', 'dueDatetime'],
        ['a1', 'Clean the bird cage', 'Ana', 'Cannot Do', '2019-10-04'],
        ['a2', 'Fix the fence', 'Ben', 'Done', '2019-10-04'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['cancelled', 'closed']);
  });

  it('a ServiceNow list of change tasks (CTASK numbers) is a change log; its problem records (PRB) stay a register', () => {
    const headers = ['Number', 'Opened', 'Short description', 'Priority', 'State', 'Assigned to'];
    const rows = (prefix: string) =>
      [1, 2, 3].map((n) => [
        `${prefix}001004${n}`,
        '2026-03-18',
        'Verify after patching',
        '4 - Low',
        'Open',
        'Ana',
      ]);
    const tasks = findRegisterSheet([sheet('Page 1', headers, ...rows('CTASK'))]);
    expect(tasks.choice).toBeUndefined();
    expect(tasks.notRegisters[0]?.looksLike).toBe('a change log');
    expect(findRegisterSheet([sheet('Page 1', headers, ...rows('PRB'))]).choice?.name).toBe('Page 1');
  });

  it("a checklist's empty Finding and Action columns, waiting for the audit, are no evidence of actions", () => {
    const headers = [
      'Clause',
      'Requirement',
      'Audit Question',
      'Evidence Required',
      'Status',
      'Finding',
      'Action',
    ];
    const question = (clause: string, finding = '', action = '') => [
      clause,
      'Context of the organisation',
      'Are internal and external issues determined?',
      'Meeting minutes, SWOT',
      'Open',
      finding,
      action,
    ];
    const empty = findRegisterSheet([
      sheet('Checklist', headers, question('4.1'), question('4.2'), question('5.1'), question('6.1')),
    ]);
    expect(empty.choice).toBeUndefined();
    expect(empty.notRegisters[0]?.looksLike).toBe('an audit or compliance checklist');
    const answered = findRegisterSheet([
      sheet(
        'Checklist',
        headers,
        question('4.1', 'No SWOT since 2023', 'Redo the SWOT'),
        question('4.2', 'Parties not reviewed', 'Review the register'),
        question('5.1', 'Policy unsigned', 'Sign the policy'),
        question('6.1', 'No risk owner', 'Name the owners'),
      ),
    ]);
    expect(answered.choice?.name).toBe('Checklist');
  });
});

describe('class 53: the ar- to aw- held-out sets — granted exceptions, risks with no date, RAID logs, milestones, answer deadlines', () => {
  it('"Exception" in a vulnerability tracker\'s status is a granted exception: closed, as "Risk accepted" is', () => {
    const { register, review } = figures(
      grid(
        ['id', 'title', 'severity', 'discovered', 'owner', 'status'],
        ['VULN-001', 'Unpatched VPN gateway', 'Critical', '2026-09-18', 'netops', 'Open'],
        ['VULN-002', 'SQL injection in portal', 'Critical', '2026-09-26', 'app-team', 'In Progress'],
        ['VULN-009', 'Patched Exchange server', 'High', '2026-08-01', 'messaging', 'Closed'],
        ['VULN-010', 'SMBv1 on legacy billing', 'High', '2026-07-10', 'finance-it', 'Exception'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['new', 'in-progress', 'closed', 'cancelled']);
    expect([review.total, review.open]).toEqual([4, 2]);
  });

  it('rows identified by a risk ID, treated and "Mitigated" with no date to act by, are a risk register', () => {
    const headers = ['risk_id', 'domain', 'risk', 'current_residual_risk', 'status', 'owner', 'treatment'];
    const risk = (id: string, status: string) => [
      id,
      'IAM',
      'Long-lived credentials in CI',
      'Low',
      status,
      'Cloud Security',
      'Short-lived tokens and secret scanning',
    ];
    const risks = findRegisterSheet([
      sheet('Risks', headers, risk('R-01', 'Mitigated'), risk('R-02', 'Mitigated'), risk('R-03', 'Open')),
    ]);
    expect(risks.choice).toBeUndefined();
    expect(risks.notRegisters[0]?.looksLike).toBe('a risk register');
    // The same treatments tracked to a target date are a risk treatment plan: a register.
    const dated = findRegisterSheet([
      sheet(
        'Risks',
        [...headers, 'target_date'],
        [...risk('R-01', 'Mitigated'), '2026-03-01'],
        [...risk('R-02', 'In progress'), '2026-05-01'],
        [...risk('R-03', 'Open'), '2026-07-01'],
      ),
    ]);
    expect(dated.choice?.name).toBe('Risks');
  });

  it('a Japanese question ledger: the answer wanted by (回答希望日) is the deadline, 済 the done flag', () => {
    const { register, review } = figures(
      grid(
        ['No.', '起票日', '依頼者名', '疑問点', '回答希望日', '宛先', '回答者名', '完了フラグ'],
        [1, '2021-07-31', '藤田', '年の範囲は何年から何年までですか', '2021-08-06', '平根', '平根', '済'],
        [
          2,
          '2021-09-04',
          '藤田',
          'ボタンの入力欄はどのように記載するのか',
          '2021-09-24',
          '平根',
          '中村',
          '済',
        ],
        [3, '2021-09-25', '伊藤', 'カレンダー画面の表示状態は引き継ぐか', '2021-09-25', '平根', '', ''],
      ),
    );
    expect(register.mapping.columns.targetDate?.header).toBe('回答希望日');
    expect(register.actions.map((a) => a.dates.targetDate !== undefined)).toEqual([true, true, true]);
    expect([review.total, review.open, review.overdue]).toEqual([3, 1, 1]);
  });
  it('a Dutch to-do list under a note: Beschrijving and Opmerking are its description and notes', () => {
    const rows: CellValue[][] = [
      ['In de onderstaande tabel is een centrale lijst met TODOs.'],
      [],
      [],
      ['Belang', 'Prioriteit', 'Beschrijving', 'Status', 'Wie', 'Opmerking'],
      ['Must', 'Later', 'Kaart met resultaten', 'Mee bezig', 'Laura', ''],
      ['Must', 'Nu', 'Export naar Excel', 'Afgerond', 'Chris', 'dev'],
      ['Must', 'Nu', 'Controle op de som', 'Afgerond', 'Chris', ''],
    ];
    const search = findRegisterSheet([sheet('TODOs', ...rows)]);
    expect([search.choice?.name, search.choice?.headerRow]).toEqual(['TODOs', 4]);
    const { register, review } = figures(grid(...rows));
    const { columns } = register.mapping;
    expect([columns.description?.header, columns.owner?.header, columns.notes?.header]).toEqual([
      'Beschrijving',
      'Wie',
      'Opmerking',
    ]);
    expect([review.total, review.open]).toEqual([3, 1]);
  });
  it('"Escalonada", "Escalado", "Eskaliert": an escalated NC is still being worked, in every language', () => {
    const { register, review } = figures(
      grid(
        ['Data/Hora', 'Auditor', 'Responsável', 'NC', 'Situação da NC'],
        ['15/10/2025 17:48', 'Vitor', 'Bibliotecário', 'Pediu a carteira?', 'Escalonada'],
        ['15/10/2025 17:49', 'Ana', 'Recepção', 'Informou a data de entrega?', 'Escalonada'],
        ['15/10/2025 17:50', 'Ana', 'Recepção', 'Conferiu o cadastro?', 'Escalonada'],
      ),
    );
    expect(register.mapping.columns.status?.header).toBe('Situação da NC');
    expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'in-progress', 'in-progress']);
    expect(review.open).toBe(3);
  });
  it('one sheet typing its rows Risk, Issue, Dependency, with owners, due dates and statuses, is a RAID log', () => {
    const headers = ['raid_id', 'type', 'description', 'owner', 'mitigation', 'due_date', 'status'];
    const row = (id: string, type: string, status: string) => [
      id,
      type,
      'Scanner devices delayed',
      'Ops Manager',
      'Escalate to vendor',
      '2026-07-17',
      status,
    ];
    const raid = findRegisterSheet([
      sheet(
        'Log',
        headers,
        row('R001', 'Risk', 'Open'),
        row('R002', 'Dependency', 'Mitigating'),
        row('R003', 'Issue', 'Escalated'),
        row('R004', 'Risk', 'Closed'),
      ),
    ]);
    expect(raid.choice).toBeUndefined();
    expect(raid.notRegisters[0]?.looksLike).toBe('a RAID log (risks, assumptions, issues, dependencies)');
    expect(raid.notRegisters[0]?.why).toContain('"type" lists Risk, Dependency, Issue');
    // A log that types rows as actions too holds actions: read as usual.
    const withActions = findRegisterSheet([
      sheet(
        'Log',
        headers,
        row('R001', 'Risk', 'Open'),
        row('R002', 'Dependency', 'Mitigating'),
        row('R003', 'Issue', 'Escalated'),
        row('A001', 'Action', 'Closed'),
      ),
    ]);
    expect(withActions.choice?.name).toBe('Log');
  });

  it('rows identified as milestones, with a planned date and On Track / At Risk, are a project plan', () => {
    const milestones = findRegisterSheet([
      sheet(
        'Plan',
        ['milestone_id', 'site_id', 'phase', 'planned_date', 'owner_dept', 'status'],
        ['M001', 'DXP1', 'Site Planning', '2026-05-01', 'Operations', 'Complete'],
        ['M002', 'DXP1', 'Facilities Readiness', '2026-05-13', 'Facilities', 'On Track'],
        ['M003', 'DXP1', 'Technology Readiness', '2026-05-25', 'Technology', 'At Risk'],
        ['M004', 'DXP1', 'Hiring Readiness', '2026-06-06', 'HR', 'Not Started'],
      ),
    ]);
    expect(milestones.choice).toBeUndefined();
    expect(milestones.notRegisters[0]?.looksLike).toBe('a project plan');
  });
  it('"Person" in a training record is who was trained, not an owner: the record stays a training record', () => {
    const search = findRegisterSheet([
      sheet(
        'Training records',
        [
          'Person',
          'Rolle',
          'Schulung',
          'Art',
          'Fällig am',
          'Abgeschlossen am',
          'Status',
          'Nächste Auffrischung',
        ],
        [
          'Anna Weber',
          'ISB',
          'ISO 27001 Lead Implementer',
          'Extern',
          '2026-06-30',
          '2025-11-12',
          'Abgeschlossen',
          '2028-11-12',
        ],
        [
          'Anna Weber',
          'ISB',
          'Incident-Response-Übung',
          'Intern',
          '2026-05-15',
          '2026-03-20',
          'Abgeschlossen',
          '2027-03-20',
        ],
        ['Markus Schulz', 'IT', 'CIS Benchmark Workshop', 'Extern', '2026-07-31', '', 'Geplant', ''],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a training record');
  });
});

describe('class 54: the ax- held-out set — gap assessments and control implementation trackers', () => {
  const gapHeaders = ['Area', 'Current State', 'Target State', 'Gap', 'Priority', 'Action'];
  const gapRows: CellValue[][] = [
    ['Context', 'Scope drafted', 'Defined and maintained', 'No formal review', 'Medium', 'Annual review'],
    ['Risk', 'Risk register created', 'Repeatable process', 'No cadence', 'High', 'Quarterly review'],
    ['Access', 'Policy drafted', 'Operational evidence', 'Reviews missing', 'Medium', 'Access review'],
    ['Audit', 'Audit plan created', 'Periodic audits', 'Evidence thin', 'Medium', 'Scheduled audit'],
  ];

  it('where each area stands beside where it should be, with no owner, date or workflow state, is a gap assessment', () => {
    const search = findRegisterSheet([sheet('Gap Assessment', gapHeaders, ...gapRows)]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a gap assessment of controls');
    expect(search.notRegisters[0]?.why).toContain('Current State, Target State');
  });

  it('the same gaps given an owner, a due date and a status are an action plan', () => {
    const plan = findRegisterSheet([
      sheet(
        'Gap Assessment',
        [...gapHeaders, 'Owner', 'Due Date', 'Status'],
        ...gapRows.map((r, i) => [...r, 'Ana', '2026-11-30', ['Open', 'In Progress', 'Closed', 'Open'][i]]),
      ),
    ]);
    expect(plan.choice?.name).toBe('Gap Assessment');
  });

  const controlHeaders = [
    'Control Area',
    'Control Objective',
    'Policy',
    'Procedure',
    'Evidence',
    'Owner',
    'Status',
  ];
  const controlRows: CellValue[][] = [
    ['Access', 'Least privilege', 'P-002', 'PR-002', 'Access reviews', 'IT', 'Implemented'],
    ['Assets', 'Complete inventory', 'P-003', 'PR-005', 'Asset register', 'IT', 'Implemented'],
    ['Incidents', 'Consistent response', 'P-010', 'PR-011', 'Incident records', 'Security', 'Implemented'],
    ['Continuity', 'Recover services', 'P-011', 'PR-014', 'DR tests', 'Operations', 'Partial'],
  ];

  it('controls graded Implemented / Partial, with no action and no date, are not an action register', () => {
    const search = findRegisterSheet([sheet('Controls', controlHeaders, ...controlRows)]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a gap assessment of controls');
    // The evidence is said once, not once per weight it carries.
    expect(search.notRegisters[0]?.why).toBe(
      'a gap assessment of controls: status: Implemented / Partial — no target date, no corrective action',
    );
  });

  it('actions to implement controls, graded the same but with the action and a date to do it by, stay a register', () => {
    const plan = findRegisterSheet([
      sheet(
        'Controls',
        [...controlHeaders, 'Action', 'Target Date'],
        ...controlRows.map((r) => [...r, 'Complete the rollout', '2026-11-30']),
      ),
    ]);
    expect(plan.choice?.name).toBe('Controls');
  });
});

describe('class 56: the ba- held-out set — schedules of recurring obligations', () => {
  it('obligations done every so many months, with the date each was last done, are a schedule, not actions', () => {
    const search = findRegisterSheet([
      sheet(
        'Compliance',
        ['Item', 'Regulator', 'Reference', 'Frequency_Months', 'Last_Completed', 'Owner'],
        ['Mining lease renewal', 'Minerals Commission', 'ML-2019-44', 60, '2024-03-01', 'K. Mensah'],
        ['EPA permit', 'EPA', 'EPA-PER-118', 12, '2026-02-14', 'A. Owusu'],
        ['Pressure vessel certification', 'Inspectorate', 'PV-22', 12, '2025-11-30', 'J. Boateng'],
        ['Fire certificate', 'Fire Service', 'FC-881', 12, '2026-06-01', 'A. Owusu'],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a schedule of recurring obligations');
  });

  it('a due tracker of the same kind whose rows carry an action, an owner, a due date and a status is a register', () => {
    const search = findRegisterSheet([
      sheet(
        'Cal Due Tracker',
        ['Gauge ID', 'Frequency', 'Due Date', 'Action Required', 'Owner', 'Status'],
        ['G-01', '12 months', '2026-10-01', 'Send for calibration', 'QA', 'Pending'],
        ['G-02', '12 months', '2026-12-15', 'Send for calibration', 'QA', 'Action assigned'],
        ['G-03', '6 months', '2026-09-01', 'Replace gauge', 'Maintenance', 'Closed'],
      ),
    ]);
    expect(search.choice?.name).toBe('Cal Due Tracker');
  });
});

describe('class 57: the az- held-out set — OK / NOK as the action status, fragments, evidence registers', () => {
  const headers = [
    'Numero #',
    'Action corrective',
    'Origine',
    "Date d'enregistrement",
    "Responsable d'Action",
    "Statut de l'action",
    'Date de clôture',
  ];

  it('OK and NOK alone under a header naming the action status say whether the action is done', () => {
    const { register, review } = figures(
      grid(
        headers,
        ['#001', 'Formaliser la procédure', 'Audit interne', '2026-03-21', 'RSSI', 'OK', '2026-08-09'],
        ['#002', 'Exiger un reporting', 'Analyse des risques', '2026-03-21', 'DAF', 'NOK', ''],
        ['#003', 'Mettre à jour la procédure', 'Audit SMSI', '2026-03-21', 'RSSI', 'OK', '2026-08-30'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'closed']);
    expect(review.open).toBe(1);
    // Said once, as an assumption the user can change.
    expect(register.vocabularies.status.notes.filter((n) => n.level === 'assumed')).toHaveLength(2);
  });

  it('rows with only an origin and its date under the actions (no ID, action, owner or status) are not actions', () => {
    const { register } = figures(
      grid(
        headers,
        ['#001', 'Formaliser la procédure', 'Audit interne', '2026-03-21', 'RSSI', 'OK', '2026-08-09'],
        ['', '', 'Audit SMSI', '2026-07-20', '', '', ''],
        ['#002', 'Exiger un reporting', 'Analyse des risques', '2026-03-21', 'DAF', 'NOK', ''],
        ['', '', 'Audit SMSI', '2026-07-20', '', '', ''],
        ['', '', 'Audit SMSI', '2026-07-20', '', '', ''],
        ['#003', 'Mettre à jour la procédure', 'Audit SMSI', '2026-03-21', 'RSSI', 'OK', '2026-08-30'],
      ),
    );
    expect(register.actions.map((a) => a.id)).toEqual(['#001', '#002', '#003']);
  });

  it('entries of one key held down ("ccccccc", "uuu") after the last action are tries of a form, not actions', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Status', 'Target date'],
        ['A-1', 'Fix backups', 'Ana', 'Open', '2026-12-31'],
        ['A-2', 'Rotate keys', 'Ben', 'Closed', '2026-10-31'],
        ['A-3', 'ccccccc', 'gggg', 'Open', '2026-12-31'],
        ['A-4', 'uuu', 'rrrrrr', 'Open', '2026-12-31'],
      ),
    );
    expect(register.actions.map((a) => a.id)).toEqual(['A-1', 'A-2']);
  });

  it('rows identified by an evidence ID, each pointing to the action it proves, are an evidence register', () => {
    const search = findRegisterSheet([
      sheet(
        'Evidence',
        ['evidence_id', 'action_id', 'title', 'evidence_type', 'created_at', 'review_status', 'reviewed_by'],
        ['EV-001', 'A-011', 'Asset inventory workbook', 'inventory', '2026-07-20', 'DRAFT', ''],
        ['EV-002', 'A-039', 'Risk treatment plan', 'risk_register', '2026-07-20', 'DRAFT', ''],
        ['EV-003', 'A-021', 'Supplier assessment', 'supplier', '2026-07-20', 'ACCEPTED', 'G1'],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('an evidence register');
  });
});

describe('class 58: logs of events that name the CAPA each raised', () => {
  const headers = [
    'Complaint_ID',
    'Date_Received',
    'Customer',
    'Severity',
    'Description',
    'Status',
    'Resolution_Date',
    'CAPA_Number',
  ];
  const rows: CellValue[][] = [
    [
      'CMPL-001',
      '2026-02-15',
      'Customer A',
      'Major',
      'Component failure in test',
      'Closed',
      '2026-03-10',
      'CAPA-005',
    ],
    ['CMPL-002', '2026-05-20', 'Customer B', 'Minor', 'Missing manual', 'Closed', '2026-05-22', 'N/A'],
    ['CMPL-003', '2026-09-02', 'Customer C', 'Major', 'Connector corrosion', 'Open', '', 'CAPA-009'],
  ];

  it('complaints with a status and the CAPA each raised, but no action, owner or due date, are a log of events', () => {
    const search = findRegisterSheet([sheet('Complaints', headers, ...rows)]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe(
      'a log of complaints, deviations or incidents (its actions are the CAPAs it names)',
    );
  });

  it('rows identified by a change ID (a forward schedule of change: owner, window, Completed / Failed) are a change log', () => {
    const search = findRegisterSheet([
      sheet(
        'FSC',
        ['ChangeID', 'Title', 'Type', 'Risk', 'Start', 'End', 'Owner', 'Status'],
        [
          'CHG-2001',
          'Monthly server patching',
          'Standard',
          'Low',
          '2026-07-20',
          '2026-07-21',
          'Infra',
          'Completed',
        ],
        ['CHG-2002', 'Volume expansion', 'Normal', 'Medium', '2026-07-23', '2026-07-23', 'Cloud', 'Failed'],
        [
          'CHG-2003',
          'Firewall rule review',
          'Normal',
          'Low',
          '2026-12-12',
          '2026-12-12',
          'Network',
          'Scheduled',
        ],
      ),
    ]);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]?.looksLike).toBe('a change log');
  });

  it('the same complaints given an owner and a due date are tracked here: a register', () => {
    const search = findRegisterSheet([
      sheet('Complaints', [...headers, 'Owner', 'Due Date'], ...rows.map((r) => [...r, 'QA', '2026-12-31'])),
    ]);
    expect(search.choice?.name).toBe('Complaints');
  });
});

describe('class 59: status words typed one letter off', () => {
  it('"Compelted", "In progess" and "Cloesd" are read as the words they misspell, each said once', () => {
    const { register, report } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Status', 'Target date'],
        ['A-1', 'Fix backups', 'Ana', 'Open', '2026-12-31'],
        ['A-2', 'Rotate keys', 'Ben', 'Compelted', '2026-10-31'],
        ['A-3', 'Review access', 'Cy', 'In progess', '2026-12-31'],
        ['A-4', 'Patch servers', 'Dee', 'Cloesd', '2026-09-30'],
        ['A-5', 'Train staff', 'Eve', 'Mixed', '2026-12-31'],
      ),
    );
    // "Completed" beside a closing word ("Cloesd" is "Closed") is implemented, as spelt right.
    expect(register.actions.map((a) => a.state)).toEqual([
      'new',
      'implemented',
      'in-progress',
      'closed',
      undefined,
    ]);
    const said = register.vocabularies.status.notes.filter((n) => /one letter off/.test(n.message));
    expect(said.map((n) => n.word)).toEqual(['Compelted', 'In progess', 'Cloesd']);
    // A short word is never guessed: "Mixed" is asked about, not read as "fixed".
    expect(
      report.findings
        .filter((f) => f.code === 'unknown-status')
        .map((f) => f.message)
        .join(),
    ).toContain('Mixed');
  });
});

describe('class 55: the same register with its columns in another order reads the same', () => {
  const headers = [
    'Id Acción',
    'Acción',
    'Estado',
    'Responsable de evaluación',
    'Fecha límite de evaluación',
    'Responsable de ejecución',
    'Fecha límite de ejecución',
  ];
  const rows: CellValue[][] = [
    ['1', 'Actualizar el procedimiento', 'Abierta', 'Calidad', '2027-03-31', 'Ana', '2026-10-31'],
    ['2', 'Formar al equipo', 'Abierta', 'Calidad', '2027-03-31', 'Ben', '2026-12-31'],
    ['3', 'Revisar los accesos', 'Cerrada', 'Calidad', '2027-03-31', 'Cy', '2026-09-30'],
  ];

  it('a task list whose state is a "Closed?" yes/no reads its End beside Start as the deadline, as with a status', () => {
    const { register, review } = figures(
      grid(
        ['Task', 'Start', 'End', 'Closed?'],
        ['Replace the boiler', '2026-01-05', '2026-03-31', 'Yes'],
        ['Repaint the stairwell', '2026-04-01', '2026-06-30', 'No'],
        ['Audit the lifts', '2026-11-01', '2027-02-28', 'No'],
      ),
    );
    expect(register.mapping.columns.targetDate?.header).toBe('End');
    expect(review.open).toBe(2);
    expect(review.overdue).toBe(1);
  });

  it('a "Closed?" yes/no says whether each row is closed although a share done stands before it', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Descripción', 'Avance', 'Closed?', 'Responsable', 'Fecha estimada cierre', 'Fecha cierre'],
        ['1', 'Actualizar el procedimiento', 1, 'No', 'Ana', '2026-10-31', ''],
        ['2', 'Formar al equipo', 0.5, 'No', 'Ben', '2026-12-31', ''],
        ['3', 'Revisar los accesos', 1, 'Yes', 'Cy', '2026-09-30', '2026-09-28'],
      ),
    );
    expect(register.stateColumn?.header).toBe('Closed?');
    expect(review.open).toBe(2);
  });

  it('the owner and deadline of the execution win over those of the later evaluation, wherever they stand', () => {
    for (const order of ['as written', 'reversed']) {
      const g =
        order === 'as written'
          ? grid(headers, ...rows)
          : grid([...headers].reverse(), ...rows.map((r) => [...r].reverse()));
      const { register, review } = figures(g);
      expect(register.mapping.columns.owner?.header).toBe('Responsable de ejecución');
      expect(register.mapping.columns.targetDate?.header).toBe('Fecha límite de ejecución');
      // Read where the evaluation's date is not a fallback for a blank execution date.
      expect(register.mapping.fallbacks).toBeUndefined();
      expect(review.overdue).toBe(1);
    }
  });
});
