/**
 * Register-like sheets of one workbook that are not registers of their own: a view repeating
 * another sheet's rows, and a findings table whose actions are kept on a sheet linked by ID.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { parseRegister, type Register } from '../../src/core/register';
import { childLink, mirrorsRegister } from '../../src/core/rollup/related';

function sheet(rows: CellValue[][]): { grid: Grid; register: Register } {
  const grid: Grid = { values: rows };
  const parsed = parseRegister(grid);
  if (!parsed.ok) throw new Error(parsed.message);
  return { grid, register: parsed.value };
}

const BASE = sheet([
  ['ID', 'Action', 'Owner', 'Due date', 'Status'],
  [1, 'Publish the supplier onboarding checklist on the intranet', 'Ana Souza', 46060, 'Em andamento'],
  [2, 'Review the firewall rule base with the network team', 'Fauzi', 46061, 'Concluído'],
  [3, 'Train the service desk on phishing reports and escalation', 'Marta Lima', 46100, 'Em andamento'],
  [4, 'Retire the shared admin account on the HR system', 'Fauzi', 46120, 'Concluído'],
]);

describe('a sheet that repeats another sheet’s rows', () => {
  it('a summary of formulas (titles shortened to 45 characters, the status with the days late) is a view', () => {
    const summary = sheet([
      ['Ação', 'Responsável', 'Prazo', 'Situação'],
      ['Publish the supplier onboarding checklist on ', 'Ana Souza', 46060, 'Em andamento (111d atraso)'],
      ['Review the firewall rule base with the networ', 'Fauzi', 46061, 'Concluído'],
      ['Train the service desk on phishing reports an', 'Marta Lima', 46100, 'Em andamento (71d atraso)'],
    ]);
    expect(mirrorsRegister(summary, [BASE])).toBe(true);
  });

  it('sibling actions sharing a finding and a deadline, each with its own ID, are other actions', () => {
    const siblings = sheet([
      ['ID', 'Action', 'Owner', 'Due date', 'Status'],
      ['R-11', 'Publish the supplier onboarding checklist', 'Ana Souza', 46060, 'Open'],
      ['R-12', 'Review the firewall rule base with the network team', 'Fauzi', 46061, 'Open'],
      ['R-13', 'Train the service desk on phishing reports', 'Marta Lima', 46100, 'Open'],
    ]);
    expect(mirrorsRegister(siblings, [BASE])).toBe(false);
  });

  it('another register sharing only common words and owners is not a view', () => {
    const other = sheet([
      ['Action', 'Owner', 'Due date', 'Status'],
      ['Replace the badge readers at the warehouse', 'Fauzi', 46200, 'Em andamento'],
      ['Encrypt the backup tapes sent off site', 'Ana Souza', 46210, 'Concluído'],
      ['Add MFA to the payroll portal', 'Fauzi', 46220, 'Em andamento'],
    ]);
    expect(mirrorsRegister(other, [BASE])).toBe(false);
  });
});

describe('a findings table and the table of its actions', () => {
  const NCS = sheet([
    ['ID_NC', 'Descricao', 'Status', 'Data_Prevista', 'Responsavel'],
    [1, 'No procedure for disposing of lithium batteries', 'Fechada', 45396, 'Beatriz'],
    [2, 'Effluent procedure three years out of date', 'Fechada', 45477, 'Coord. SGA'],
    [3, 'Supplier lot over the cadmium limit', 'Em tratamento', 45788, 'Qualidade'],
    [4, 'Chemical handling training late', 'Fechada', 45511, 'RH'],
  ]);
  const actionsRows: CellValue[][] = [
    ['ID_Acao', 'ID_NC_Ref', 'Codigo_Acao', 'Descricao_Acao', 'Prazo_Previsto', 'Status', 'Responsavel'],
    [1, 1, 'AC-001', 'Write and roll out the battery disposal procedure', 45396, 'Concluída', 'Beatriz'],
    [2, 2, 'AC-002', 'Revise the effluent procedure', 45477, 'Concluída', 'Coord. SGA'],
    [
      3,
      3,
      'AC-003',
      'Block suppliers without RoHS certificates in the ERP',
      45870,
      'Em andamento',
      'Qualidade',
    ],
    [4, 4, 'AC-004', 'Quarterly chemical handling training plan', 45511, 'Concluída', 'RH'],
    [5, 0, 'AP-001', 'Install continuous emission monitoring', 45930, 'Planejada', 'Coord. SGA'],
  ];

  it('a reference column naming the findings’ IDs links the action table to them', () => {
    const actions = sheet(actionsRows);
    expect(actions.register.mapping.columns.id?.header).not.toBe('ID_NC_Ref');
    expect(childLink(NCS.register, actions.grid, actions.register)).toEqual({
      letter: 'B',
      header: 'ID_NC_Ref',
      linked: 4,
    });
    // The findings table does not point at the actions.
    expect(childLink(actions.register, NCS.grid, NCS.register)).toBeUndefined();
  });

  it('bare running numbers link only under a header that says it refers to something', () => {
    const renamed = actionsRows.map((r, i) => (i === 0 ? r.map((h) => (h === 'ID_NC_Ref' ? 'Seq' : h)) : r));
    const actions = sheet(renamed);
    expect(childLink(NCS.register, actions.grid, actions.register)).toBeUndefined();
  });

  it('IDs such as NC-003 link under any header', () => {
    const ncs = sheet([
      ['NC no', 'Finding', 'Status', 'Due date'],
      ['NC-001', 'No access review in Q1', 'Open', 46000],
      ['NC-002', 'Backups not tested', 'Open', 46010],
      ['NC-003', 'Visitor log not kept', 'Closed', 46020],
    ]);
    const actions = sheet([
      ['Action', 'Raised from', 'Owner', 'Due date', 'Status'],
      ['Run the Q2 access review', 'NC-001', 'Ana', 46100, 'Open'],
      ['Restore test of the finance backups', 'NC-002', 'Bo', 46110, 'Open'],
      ['Buy a visitor book for reception', 'NC-003', 'Cy', 46120, 'Closed'],
      ['Quarterly restore tests in the calendar', 'NC-002', 'Bo', 46130, 'Open'],
    ]);
    expect(childLink(ncs.register, actions.grid, actions.register)).toMatchObject({
      header: 'Raised from',
      linked: 4,
    });
  });
});

describe('a second register beside the first', () => {
  it('sharing owners, a date and a state with the first is not a view of it (NCs and OFIs of one audit)', () => {
    const ncs = sheet([
      ['Control Name', 'Owner', 'Description', 'Finding Date', 'Status'],
      [
        'NC-1: Legal requirements',
        'Happy Hogan',
        'Legal requirements are not formally identified',
        '20 Mar 2026',
        'Open',
      ],
      [
        'NC-2: Segregation of duties',
        'Happy Hogan',
        'Conflicting duties are not segregated',
        '20 Mar 2026',
        'Open',
      ],
      [
        'NC-3: Access rights review',
        'Maria Hill',
        'No record of a completed access review',
        '20 Mar 2026',
        'Open',
      ],
    ]);
    const ofis = sheet([
      ['Reference / Area', 'Owner', 'Description', 'Identified Date', 'Status'],
      [
        'OFI-1: Single-cloud dependency',
        'Maria Hill',
        'No exit strategy for a long AWS outage',
        '20 Mar 2026',
        'Open',
      ],
      [
        'OFI-2: Training completion tracking',
        'Happy Hogan',
        'Training completion is tracked informally',
        '20 Mar 2026',
        'Open',
      ],
    ]);
    expect(mirrorsRegister(ncs, [ofis])).toBe(false);
    expect(mirrorsRegister(ofis, [ncs])).toBe(false);
  });
});
