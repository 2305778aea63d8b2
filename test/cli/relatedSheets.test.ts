/**
 * A workbook whose register-like sheets are not all registers: the command line reads the
 * actions once — a findings table gives way to the table of its actions, a summary sheet of
 * formulas repeating the register is left out — and says so.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { AS_OF, json, removeDir, runCli, tempDir } from './cliHarness';

async function writeXlsx(file: string, sheets: { name: string; rows: unknown[][] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const x = ws.getCell(r + 1, c + 1);
        if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
          x.value = new Date(`${v}T00:00:00Z`);
          x.numFmt = 'yyyy-mm-dd';
        } else x.value = v as ExcelJS.CellValue;
      }),
    );
  }
  await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

interface Review {
  total: number;
  open: number;
  overdue: number;
}

describe('register-like sheets that are not registers of their own', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => removeDir(dir));

  it('non-conformities on one sheet and their actions on another: the actions are counted, and it says why', async () => {
    const file = path.join(dir, 'sga.xlsx');
    await writeXlsx(file, [
      {
        name: 'Nao_Conformidades',
        rows: [
          ['ID_NC', 'Descricao', 'Status', 'Data_Prevista_Fechamento', 'Responsavel'],
          [1, 'Sem procedimento para descarte de baterias', 'Fechada', '2024-04-14', 'Beatriz'],
          [2, 'Procedimento de efluentes desatualizado', 'Fechada', '2024-07-04', 'Coord. SGA'],
          [3, 'Lote reprovado por cádmio acima do limite', 'Em tratamento', '2025-05-11', 'Qualidade'],
          [4, 'Treinamento em químicos em atraso', 'Fechada', '2024-08-07', 'RH'],
        ],
      },
      {
        name: 'Acoes_Corretivas',
        rows: [
          ['ID_Acao', 'ID_NC_Ref', 'Descricao_Acao', 'Prazo_Previsto', 'Status', 'Responsavel'],
          [1, 1, 'Elaborar o POP de descarte de baterias', '2024-04-14', 'Concluída', 'Beatriz'],
          [2, 2, 'Revisar o POP de efluentes', '2024-07-04', 'Concluída', 'Coord. SGA'],
          [
            3,
            3,
            'Bloquear no ERP fornecedores sem certificado RoHS',
            '2025-08-01',
            'Em andamento',
            'Qualidade',
          ],
          [4, 4, 'Cronograma trimestral de treinamentos', '2024-08-07', 'Concluída', 'RH'],
          [5, 0, 'Monitoramento contínuo de emissões', '2025-09-30', 'Em andamento', 'Coord. SGA'],
          [6, 0, 'Projeto do sistema fotovoltaico', '2027-06-30', 'Planejada', 'Engenharia'],
        ],
      },
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    const r = json<Review>(run);
    expect(r).toMatchObject({ total: 6, open: 3, overdue: 2 });
    expect(run.stderr).toContain(
      'Note: "Acoes_Corretivas" in sga.xlsx holds the actions taken on the findings listed in "Nao_Conformidades" (its column "ID_NC_Ref" names them on 4 rows)',
    );
  });

  it('a summary sheet repeating the register’s rows is left out, and it says so', async () => {
    const file = path.join(dir, 'plano.xlsx');
    const base = [
      ['ID', 'Ação', 'Responsável', 'Prazo', 'Status'],
      [1, 'Publicar o checklist de integração de fornecedores', 'Ana Souza', '2026-02-10', 'Em andamento'],
      [2, 'Revisar as regras do firewall com a equipe de redes', 'Fauzi', '2026-02-11', 'Concluído'],
      [3, 'Treinar o service desk em relatos de phishing', 'Marta Lima', '2026-03-20', 'Em andamento'],
      [4, 'Desativar a conta de administrador compartilhada do RH', 'Fauzi', '2026-04-09', 'Concluído'],
    ];
    const summary = [
      ['Resumo executivo'],
      [],
      ['Ação', 'Responsável', 'Prazo', 'Situação'],
      [
        'Publicar o checklist de integração de fornec',
        'Ana Souza',
        '2026-02-10',
        'Em andamento (299d atraso)',
      ],
      ['Revisar as regras do firewall com a equipe d', 'Fauzi', '2026-02-11', 'Concluído'],
      [
        'Treinar o service desk em relatos de phishin',
        'Marta Lima',
        '2026-03-20',
        'Em andamento (251d atraso)',
      ],
      ['Desativar a conta de administrador compartil', 'Fauzi', '2026-04-09', 'Concluído'],
    ];
    await writeXlsx(file, [
      { name: 'Base', rows: base },
      { name: 'Acompanhamento de Ações', rows: summary },
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    expect(json<Review>(run)).toMatchObject({ total: 4, open: 2, overdue: 2 });
    expect(run.stderr).toContain('"Acompanhamento de Ações" in plano.xlsx repeats the rows of "Base"');
  });
  it('an ageing list naming the register’s IDs, without IDs of its own, is left out, and it says so', async () => {
    const file = path.join(dir, 'ageing.xlsx');
    await writeXlsx(file, [
      {
        name: 'Base',
        rows: [
          ['ID', 'Action', 'Owner', 'Due date', 'Status'],
          ['CA-001', 'Publish the supplier onboarding checklist', 'Ana', '2026-02-10', 'Overdue'],
          ['CA-002', 'Review the firewall rule base', 'Bo', '2026-02-11', 'Closed'],
          ['CA-003', 'Train the service desk on phishing reports', 'Cy', '2026-03-20', 'Overdue'],
          ['CA-004', 'Retire the shared admin account', 'Bo', '2027-04-09', 'In progress'],
          ['CA-005', 'Encrypt the backup tapes', 'Ana', '2026-05-09', 'Overdue'],
        ],
      },
      {
        name: 'Ageing',
        rows: [
          ['Days late', 'Item', 'Owner', 'Due date', 'Status'],
          [289, 'CA-001', 'Ana', '2026-02-10', 'Overdue'],
          [251, 'CA-003', 'Cy', '2026-03-20', 'Overdue'],
          [201, 'CA-005', 'Ana', '2026-05-09', 'Overdue'],
        ],
      },
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    expect(json<Review>(run)).toMatchObject({ total: 5, open: 4, overdue: 3 });
    expect(run.stderr).toContain(
      '"Ageing" in ageing.xlsx lists actions of "Base" again (its column "Item" names their IDs on 3 rows)',
    );
  });

  it('a one-row sheet under the very header of a register beside it is more of that register, while a one-row sheet of another layout is left out', async () => {
    const header = ['ID', 'Finding', 'Owner', 'Due date', 'Status', 'Source'];
    const file = path.join(dir, 'per-person.xlsx');
    await writeXlsx(file, [
      {
        name: 'Team A',
        rows: [
          header,
          ['R-101', 'Segregation of duties not enforced in payroll', 'Ana', '2026-02-10', 'Open', 'IA'],
          ['R-102', 'Backups of the HR system never restored in a test', 'Bo', '2027-02-11', 'Open', 'IA'],
          ['R-103', 'Leavers keep VPN access for weeks after leaving', 'Cy', '2026-03-20', 'Closed', 'EA'],
          ['R-104', 'Supplier contracts lack a right-to-audit clause', 'Bo', '2027-04-09', 'Open', 'EA'],
        ],
      },
      {
        name: 'Team B',
        rows: [
          header,
          ['R-201', 'No review of privileged accounts in the last year', 'Di', '2026-05-09', 'Open', 'IA'],
        ],
      },
      {
        name: 'Escalations',
        rows: [
          ['Ref', 'Escalated issue', 'Escalated to', 'Due date', 'Status'],
          ['E-1', 'Budget for the new SIEM still not approved by the board', 'CFO', '2026-05-09', 'Open'],
        ],
      },
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    expect(json<Review>(run)).toMatchObject({ total: 5, open: 4, overdue: 2 });
    expect(run.stderr).toContain(
      '"Escalations" in per-person.xlsx also has a register\'s header, but it holds 1 action row; it is left out',
    );
  });

  it('a task list kept on one sheet per module, each under the same header, is read whole although no sheet names actions', async () => {
    const header = ['Tarefa', 'Prioridade', 'Complexidade', 'Status', 'Responsável', 'Prazo'];
    const file = path.join(dir, 'per-module.xlsx');
    const sheet = (name: string, rows: unknown[][]) => ({
      name,
      rows: [[`${name} - Tarefas`], [], header, ...rows],
    });
    await writeXlsx(file, [
      sheet('Portal', [
        ['Criação da tela de login', 1, 'Média', 'Finalizada', 'Alexandre', '2026-03-01'],
        ['Criação da tabela de usuários', 0, 'Baixa', 'Finalizada', 'Alexandre', '2026-03-02'],
        ['Criação da tela de cards', 0, 'Média', 'Aguardando', 'Bruna', '2026-11-10'],
      ]),
      sheet('API', [
        // No dates and no IDs: more of the same list all the same.
        ['Consulta dos dados para autenticação', 0, 'Média', 'Finalizada', 'Alexandre', ''],
        ['Consulta de cotações para a empresa', 0, 'Baixa', 'Aguardando', 'Bruna', ''],
        ['Envio de alertas por e-mail', 1, 'Alta', 'Em andamento', 'Carla', ''],
      ]),
      {
        name: 'Resumo',
        rows: [
          ['Módulo', 'Tarefas', 'Status', 'Responsável'],
          ['Portal', 3, 'Em andamento', 'Alexandre'],
          ['API', 3, 'Em andamento', 'Bruna'],
          ['Banco', 2, 'Finalizada', 'Carla'],
        ],
      },
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    expect(json<Review>(run)).toMatchObject({ total: 6, open: 3, overdue: 1 });
    expect(run.stderr).toContain('"Resumo" in per-module.xlsx also has a register\'s header');
  });
});

describe('class 47: one list over several sheets, as people really keep it', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => removeDir(dir));

  it('a sprint sheet whose table sits one column further left is more of the same list', async () => {
    const header = ['what', 'why', 'who', 'when', 'how', 'status'];
    const file = path.join(dir, 'sprints.xlsx');
    await writeXlsx(file, [
      {
        name: '1ª Sprint',
        rows: [
          ['', 'Plano de ação'],
          ['', ...header],
          ['', 'pesquisar sobre nafta', 'contexto', 'Ana', '2026-01-10', 'leitura', 'Feito'],
          ['', 'buscar dados de exportação', 'dados', 'Bia', '2026-01-17', 'site', 'Feito'],
          ['', 'elaborar a apresentação', 'entrega', 'todos', '2026-01-20', 'slides', 'Feito'],
        ],
      },
      {
        name: '2ª Sprint',
        rows: [
          ['Plano de ação'],
          header,
          ['revisar a apresentação', 'entrega', 'Ana', '2026-02-10', 'slides', 'Feito'],
          ['ensaiar', 'entrega', 'todos', '2026-02-12', 'sala', 'Feito'],
        ],
      },
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.stderr).not.toContain('is left out');
    expect(json<Review>(run)).toMatchObject({ total: 5, open: 0, overdue: 0 });
  });

  it('a status key and a priority key beside each team’s table are not columns of it, and a sheet holding only the keys is no register', async () => {
    const header = [
      'STATUS',
      'PRIORITY',
      'DEADLINE',
      'TASK',
      'ASSIGNED TO',
      '',
      'STATUS KEY',
      '',
      'PRIORITY KEY',
    ];
    const keys = [
      ['Not Started', 'High'],
      ['In Progress', 'Medium'],
      ['Complete', 'Low'],
      ['On Hold', ''],
    ];
    const team = (name: string, tasks: unknown[][]) => ({
      name,
      rows: [
        ['PROJECT TRACKING'],
        header,
        ...keys.map((k, i) => [...(tasks[i] ?? ['', '', '', '', '']), '', k[0], '', k[1]]),
      ],
    });
    const file = path.join(dir, 'teams.xlsx');
    await writeXlsx(file, [
      team('Backend', [
        ['In Progress', 'High', '2024-09-13', 'Routes and controllers', 'Hoki'],
        ['Not Started', 'Medium', '2024-09-16', 'Record the API demo', 'Etnan'],
        // A drop-down's defaults copied down with no task: a row waiting for the next one.
        ['Not Started', 'High', '', '', ''],
      ]),
      team('Frontend', [
        ['In Progress', 'High', '2024-09-16', 'Main page', 'Diego'],
        ['Not Started', 'Low', '2027-09-18', 'Sub pages', ''],
      ]),
      team('Misc', []),
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.stderr).not.toContain('names their IDs');
    expect(json<Review>(run)).toMatchObject({ total: 4, open: 4, overdue: 3 });
  });

  it('a formula error in every ID cell ("#NUM!") ties no sheet to another', async () => {
    const header = [
      'FOLIO',
      'FECHA DE APERTURA',
      'DESCRIPCIÓN',
      'FECHA ESTIMADA DE CIERRE',
      'ESTATUS',
      'RESPONSABLE',
    ];
    const file = path.join(dir, 'folios.xlsx');
    await writeXlsx(file, [
      {
        name: 'Mejoras',
        rows: [
          header,
          [
            { error: '#NUM!' },
            '2025-01-10',
            'Mejorar el tablero de indicadores',
            '2025-03-31',
            'Cerrada',
            'Calidad',
          ],
          [{ error: '#NUM!' }, '2025-02-11', 'Digitalizar las bitácoras', '2025-06-30', 'Cerrada', 'TI'],
          [{ error: '#NUM!' }, '2025-03-12', 'Capacitar a los auditores', '2025-09-30', 'Cerrada', 'RH'],
        ],
      },
      {
        name: 'Acciones',
        rows: [
          header,
          [
            { error: '#NUM!' },
            '2025-04-01',
            'Programa de mantenimiento incumplido',
            '2025-08-31',
            'Abierta',
            'Plantas',
          ],
          // A band of the year the actions below were raised in.
          ['', '', 2026, '', '', ''],
          [
            '#NUM!',
            '2026-01-15',
            'Indicador de ingresos fuera de meta',
            '2026-06-30',
            'Ejecución',
            'Agencia',
          ],
          [
            { error: '#NUM!' },
            '2026-02-20',
            'Hallazgo de auditoría externa',
            '2027-01-31',
            'Abierta',
            'Comercial',
          ],
        ],
      },
    ]);
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    expect(run.stderr).not.toContain('holds the same IDs');
    expect(json<Review>(run)).toMatchObject({ total: 6, open: 3, overdue: 2 });
  });
});

describe('a register whose header is below the first rows', () => {
  const actions = [
    ['S.no', 'Item', 'By When', 'By Whom : Responsibility'],
    ['1', 'Release the cart page fix for QA', '2026-01-28', 'Team 1'],
    ['2', 'Provide the credit card logic', '2026-01-28', 'Team 2'],
  ];
  const minutes = (points: number) => [
    ['Minutes of Meeting'],
    ...Array.from({ length: points }, (_, i) => [`Point ${i + 1}`, `Discussed item ${i + 1}`]),
    [],
    ...actions,
  ];

  it('is read without help when it is within the first 60 rows (an action table under a form)', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'minutes.xlsx');
      await writeXlsx(file, [{ name: 'MOM', rows: minutes(19) }]);
      const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
      expect(run.code).toBe(0);
      expect(json<Review>(run)).toMatchObject({ total: 2, open: 2, overdue: 2 });
      const explained = await runCli(['validate', file, '--explain', '--as-of', AS_OF]);
      expect(explained.stdout + explained.stderr).toContain('header on row 22');
    } finally {
      await removeDir(dir);
    }
  });

  it('further down, is named with the row to give, and read when that row is given', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'minutes.xlsx');
      await writeXlsx(file, [{ name: 'MOM', rows: minutes(70) }]);
      const run = await runCli(['validate', file, '--as-of', AS_OF]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        'Row 73 of "MOM" looks like a register\'s header (S.no, Item, By When, By Whom : Responsibility): --sheet "MOM" --header-row 73 reads it.',
      );
      const given = await runCli([
        'review',
        file,
        '--json',
        '--as-of',
        AS_OF,
        '--sheet',
        'MOM',
        '--header-row',
        '73',
      ]);
      expect(given.code).toBe(0);
      expect(json<Review>(given)).toMatchObject({ total: 2, open: 2, overdue: 2 });
    } finally {
      await removeDir(dir);
    }
  });
});

describe('an empty register-like sheet beside a workbook of another kind', () => {
  const equipment = {
    name: 'Equipment Register',
    rows: [
      ['Asset ID', 'Description', 'Manufacturer', 'Model', 'Serial #', 'Location'],
      ['EQ-01', 'Mixing mill', 'Farrel', 'M-84', 'S123', 'Hall A'],
      ['EQ-02', 'Press 1', 'Dunning', 'P-20', 'S124', 'Hall A'],
      ['EQ-03', 'Press 2', 'Dunning', 'P-20', 'S125', 'Hall B'],
      ['EQ-04', 'Compressor', 'Atlas Copco', 'GA30', 'S126', 'Utility'],
      ['EQ-05', 'Forklift', 'Toyota', '8FG', 'S127', 'Store'],
    ],
  };
  const workOrders = (...rows: unknown[][]) => ({
    name: 'Work Order Log',
    rows: [['WO #', 'Asset ID', 'Issue', 'Assigned To', 'Due Date', 'Status', 'Date Closed'], ...rows],
  });

  it('is that other kind: not a register, said with both sheets, and --sheet reads the empty one', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'pm.xlsx');
      await writeXlsx(file, [equipment, workOrders()]);
      const run = await runCli(['validate', file, '--as-of', AS_OF]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('"Equipment Register" looks like an asset inventory');
      expect(run.stderr).toContain('the register-like sheet "Work Order Log" is empty');
      const given = await runCli(['review', file, '--json', '--as-of', AS_OF, '--sheet', 'Work Order Log']);
      expect(given.code).toBe(0);
      expect(json<Review>(given)).toMatchObject({ total: 0 });
    } finally {
      await removeDir(dir);
    }
  });

  it('with one work order it is a register; an empty template beside only a lists sheet stays a register of 0', async () => {
    const dir = await tempDir();
    try {
      const one = path.join(dir, 'one.xlsx');
      await writeXlsx(one, [
        equipment,
        workOrders(['WO-1', 'EQ-02', 'Leaking seal', 'Ana', '2026-01-10', 'Open', '']),
      ]);
      const read = await runCli(['review', one, '--json', '--as-of', AS_OF]);
      expect(json<Review>(read)).toMatchObject({ total: 1, open: 1, overdue: 1 });
      const lists = path.join(dir, 'template.xlsx');
      await writeXlsx(lists, [
        workOrders(),
        {
          name: 'Lists',
          rows: [
            ['Status', 'Priority', 'Site'],
            ...['Open', 'Closed', 'On hold', 'Cancelled', 'Done'].map((s) => [s, 'High', 'A']),
          ],
        },
      ]);
      const template = await runCli(['review', lists, '--json', '--as-of', AS_OF]);
      expect(template.code).toBe(0);
      expect(json<Review>(template)).toMatchObject({ total: 0 });
    } finally {
      await removeDir(dir);
    }
  });
});
