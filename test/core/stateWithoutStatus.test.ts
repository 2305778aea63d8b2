import { computeReview, findRegisterSheet, parseRegister } from '../../src/core';
import type { CellValue, Grid } from '../../src/core/grid';
import { AS_OF } from './builders';

/**
 * Class 40 (issue 14): stages marked with an X in columns ("Empezado | Terminado | Revisado",
 * "Started | Done | Verified") instead of a status column, as a real Spanish to-do list and the
 * metamorphic harness's stage-marks change keep them; and the finishing words "Solved" and
 * "Next step" that the v- held-out set found.
 */
const grid = (...rows: CellValue[][]): Grid => ({ values: rows });

function figures(g: Grid, sheet = 'Actions') {
  const parsed = parseRegister(g, {}, sheet);
  if (!parsed.ok) throw new Error(parsed.message);
  const register = parsed.value;
  const review = computeReview(register, { asOf: AS_OF });
  const closed = register.actions.filter((a) => a.state === 'closed').length;
  return { register, review, closed };
}

describe('class 40: stages marked with an X in columns', () => {
  it('the last stage marked is the state; a Done before a check still to come is implemented', () => {
    const { register, review, closed } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Started', 'Done', 'Verified'],
        ['A-1', 'Enforce MFA', 'Ana', '2026-01-31', 'X', 'X', 'X'],
        ['A-2', 'Patch VPN', 'Ben', '2026-01-31', 'X', 'X', ''],
        ['A-3', 'Review access', 'Cy', '2026-01-31', 'X', '', ''],
        ['A-4', 'Train staff', 'Di', '2099-01-31', '', '', ''],
      ),
    );
    expect(register.stages?.map((s) => s.letter)).toEqual(['E', 'F', 'G']);
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'implemented', 'in-progress', 'new']);
    expect([review.total, review.open, closed, review.overdue]).toEqual([4, 3, 1, 2]);
  });

  it('one X under "Empezado" on a Spanish list is read; the blanks beside it are "not yet"', () => {
    const { register, review, closed } = figures(
      grid(
        ['Actividades pendientes', 'Empezado', 'Terminado', 'Revisado'],
        ['Agregar campos a la captura', 'X', '', ''],
        ['Lista de anexos', '', '', ''],
        ['Mensajes de error', '', '', ''],
      ),
    );
    expect(register.stages?.map((s) => s.stage)).toEqual(['in-progress', 'done', 'verified']);
    expect(register.actions.map((a) => a.state)).toEqual(['in-progress', 'new', 'new']);
    expect([review.open, closed]).toEqual([3, 0]);
  });

  it('"Done" as the last stage closes; ✓ and yes are marks', () => {
    const { register } = figures(
      grid(
        ['Task', 'Owner', 'In progress', 'Done'],
        ['Update policy', 'Ana', '✓', '✓'],
        ['Rotate keys', 'Ben', 'yes', ''],
        ['Backup test', 'Cy', '', ''],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress', 'new']);
  });

  it('the marks win over a date column taken by a stage header ("Completed" is not a completion date here)', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Target date', 'Started', 'Completed', 'Verified'],
        ['1', 'Fix backups', '2026-03-01', 'x', 'x', ''],
        ['2', 'MFA', '2026-03-01', '', '', ''],
      ),
    );
    expect(register.mapping.columns.completionDate).toBeUndefined();
    expect(register.actions.map((a) => a.state)).toEqual(['implemented', 'new']);
  });

  it('a row with no mark is not started, whatever finish date is planned beside it', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Completion date', 'Started', 'Done', 'Verified'],
        ['1', 'Fix backups', 'Ana', '2026-03-01', 'x', 'x', 'x'],
        ['2', 'MFA', 'Ben', '2026-04-01', '', '', ''],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new']);
  });

  it('a status column of workflow words keeps its say: the marks beside it are not asked', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Status', 'Started', 'Done'],
        ['1', 'Fix backups', 'Open', 'x', 'x'],
        ['2', 'MFA', 'Closed', '', ''],
      ),
    );
    expect(register.stages).toBeUndefined();
    expect(register.actions.map((a) => a.state)).toEqual(['new', 'closed']);
  });

  it('a gap assessment graded "Not implemented | Partially | Implemented" with one X per control is not stages', () => {
    const { register } = figures(
      grid(
        ['ID', 'Control', 'Owner', 'Due date', 'Not implemented', 'Partially implemented', 'Implemented'],
        ['1', 'A.5.1', 'Ana', '2026-03-01', '', 'X', ''],
        ['2', 'A.5.2', 'Ben', '2026-03-01', 'X', '', ''],
      ),
    );
    expect(register.stages).toBeUndefined();
  });

  it('columns of dates or words under stage headers are not marks', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Started', 'Done', 'Status'],
        ['1', 'Fix backups', 'Monday', 'the team', 'Open'],
        ['2', 'MFA', 'Tuesday', 'IT', 'Closed'],
      ),
    );
    expect(register.stages).toBeUndefined();
  });

  it('stage marks are evidence of a register: an issue list tracked by X-marks is not taken for another kind of sheet', () => {
    const search = findRegisterSheet([
      {
        name: 'Issues',
        grid: grid(
          ['Issue', 'Description', 'Raised by', 'Started', 'Done', 'Verified'],
          ['Login fails', 'SSO timeout', 'Ana', 'X', 'X', ''],
          ['Slow report', 'Query plan', 'Ben', 'X', '', ''],
          ['Typo', 'Footer', 'Cy', '', '', ''],
        ),
      },
    ]);
    expect(search.choice?.name).toBe('Issues');
  });
});

describe('class 41: finishing words and next steps the v- held-out set found', () => {
  it('"SOLVED" is a finishing word', () => {
    const { review, closed } = figures(
      grid(
        ['Sl. No', 'Date raised', 'Event', 'Actions', 'Owner', 'Status'],
        ['1', '2025-08-01', 'Map visual failed', 'Read the docs', 'Aryan', 'SOLVED'],
        ['2', '2025-08-02', 'Slow cleaning', 'Used Power Query', 'Aryan', 'SOLVED'],
      ),
    );
    expect([review.open, closed]).toEqual([0, 2]);
  });

  it('improvement projects tracked by a workflow state with their next step are a register, whatever metrics describe them', () => {
    const search = findRegisterSheet([
      {
        name: 'QI projects',
        grid: grid(
          [
            'Project Name',
            'Aim Statement',
            'Metric',
            'Baseline',
            'Target',
            'Current Value',
            'Status',
            'Next Step',
          ],
          [
            'No-shows',
            'Reduce no-shows',
            'No-show rate',
            13.1,
            10,
            12.1,
            'In Progress',
            'Test SMS reminders',
          ],
          [
            'Referrals',
            'More referrals',
            'Completion rate',
            71.6,
            82,
            77.8,
            'In Progress',
            'Create checklist',
          ],
          ['Drills', 'Drill records', 'Completed %', 40, 100, 60, 'Not started', 'Schedule tabletop'],
        ),
      },
    ]);
    expect(search.choice?.name).toBe('QI projects');
  });

  it('a KPI sheet with next steps but no workflow state is still a KPI sheet', () => {
    const search = findRegisterSheet([
      {
        name: 'KPIs',
        grid: grid(
          ['KPI', 'Metric', 'Baseline', 'Target value', 'Actual', 'Trend', 'RAG', 'Next steps'],
          ['Patching', 'Patched in 30 days', 80, 95, 91, 'Up', 'Green', 'Keep going'],
          ['Phishing', 'Click rate', 12, 5, 7, 'Down', 'Amber', 'More training'],
        ),
      },
    ]);
    expect(search.choice).toBeUndefined();
  });
});

describe('class 42: a "Closed?" yes/no column says the state', () => {
  it('one answer under a header that asks ("Closed?") is enough', () => {
    const { closed } = figures(
      grid(
        ['Weakness ID', 'Weakness', 'Point of contact', 'Scheduled completion date', 'Closed?'],
        ['W-1', 'No MFA on VPN', 'Ana', '2026-03-01', 'Yes'],
      ),
    );
    expect(closed).toBe(1);
  });

  it('a column taken for the status by its cells alone ("release_impact": Release Hold) yields to the "Closed?" answers', () => {
    const { register, closed } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'release_impact', 'Closed?'],
        ['1', 'Fix backups', 'Ana', '2026-03-01', 'Release Blocked', 'Yes'],
        ['2', 'MFA', 'Ben', '2026-03-01', 'Pending QA Review', 'No'],
        ['3', 'Keys', 'Cy', '2026-03-01', 'Release Hold', 'No'],
      ),
    );
    expect(register.stateColumn?.header).toBe('Closed?');
    expect(register.mapping.columns.status).toBeUndefined();
    expect(closed).toBe(1);
  });

  it('a status column of workflow words keeps its say over a "Closed?" column', () => {
    const { register } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Status', 'Closed?'],
        ['1', 'Fix backups', 'Ana', '2026-03-01', 'Closed', 'Yes'],
        ['2', 'MFA', 'Ben', '2026-03-01', 'In progress', 'No'],
      ),
    );
    expect(register.mapping.columns.status?.header).toBe('Status');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress']);
  });

  it('"Closed? No" beside a closing date is open: the register\'s own answer wins over the date', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Action', 'Owner', 'Due date', 'Closure date', 'Closed?'],
        ['1', 'Fix backups', 'Ana', '2026-03-01', '2026-02-20', 'Yes'],
        ['2', 'MFA', 'Ben', '2026-03-01', '2026-02-25', 'No'],
        ['3', 'Keys', 'Cy', '2026-03-01', '', 'No'],
      ),
    );
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'new', 'new']);
    expect([review.open, review.overdue]).toEqual([2, 2]);
  });

  it('a risk treatment plan tracked by a "Closed?" answer to a target date is a register', () => {
    const search = findRegisterSheet([
      {
        name: 'Risk Treatment Plan',
        grid: grid(
          ['Risk ID', 'Risk', 'Residual risk', 'Treatment owner', 'Target date', 'Closed?'],
          ['R-1', 'Ransomware', 'Medium', 'Ana', '2026-03-01', 'No'],
          ['R-2', 'Phishing', 'Low', 'Ben', '2026-03-01', 'Yes'],
        ),
      },
    ]);
    expect(search.choice?.name).toBe('Risk Treatment Plan');
  });
});

describe('class 42 (the limit): what does not outrank a status column', () => {
  it('a "record_complete" TRUE / FALSE beside a review status taken by its cells is not the state', () => {
    const { register } = figures(
      grid(
        [
          'deviation_id',
          'title',
          'severity',
          'opened_date',
          'due_date',
          'owner',
          'record_complete',
          'review_status',
        ],
        ['DEV-1', 'Temperature excursion', 'High', '2026-07-01', '2026-07-18', 'Jo', true, 'Pending Review'],
        [
          'DEV-2',
          'Training acknowledgement',
          'Medium',
          '2026-07-08',
          '2026-08-30',
          'Al',
          false,
          'Pending Review',
        ],
        ['DEV-3', 'Label mix-up', 'Low', '2026-07-09', '2026-08-30', 'Al', true, 'Closed'],
      ),
    );
    expect(register.stateColumn).toBeUndefined();
    expect(register.actions.map((a) => a.state)).toEqual(['analysis', 'analysis', 'closed']);
  });
});

describe('class 44: the state words of task tools, as their exports write them', () => {
  it.each([
    ['Stuck', 'on-hold'],
    ['Planning', 'planned'],
    ['Scoping', 'analysis'],
    ['Removed', 'cancelled'],
    ['Exception granted', 'cancelled'],
    ['Awaiting evidence', 'in-progress'],
    ['Listo', 'closed'],
    ['Fazendo', 'in-progress'],
    ['Do zrobienia', 'new'],
    ['Zrobione', 'closed'],
    ['Yapılacak', 'new'],
    ['待办', 'new'],
    ['Cleared', 'closed'],
    ['Not cleared', 'new'],
    ['Finalised', 'closed'],
  ])('"%s" is %s', (word, state) => {
    const { register } = figures(
      grid(['ID', 'Action', 'Owner', 'Due date', 'Status'], ['1', 'Fix backups', 'Ana', '2026-03-01', word]),
    );
    expect(register.actions[0].state).toBe(state);
  });
});

describe('class 45: what the w- held-out set found', () => {
  it('Indonesian states behind emoji ("✅ Selesai", "⬜ Belum Mulai") and the PIC as owner', () => {
    const { register, review, closed } = figures(
      grid(
        ['#', 'Task', 'Kategori', 'Prioritas', 'Deadline', 'PIC', 'Status', 'Catatan'],
        [1, 'Install analytics', 'Analytics', 'Kritis', '2026-06-22', 'Founder', '✅ Selesai', ''],
        [2, 'Remove demo password', 'Security', 'Kritis', '2026-06-22', 'Founder', '⬜ Belum Mulai', ''],
        [
          3,
          'Fix meta tags',
          'SEO',
          'Tinggi',
          '2026-06-21',
          'Founder',
          '✅ Selesai (draft, perlu review legal)',
          '',
        ],
      ),
    );
    expect(register.mapping.columns.owner?.header).toBe('PIC');
    expect([review.open, closed, review.overdue]).toEqual([1, 2, 1]);
  });

  it('a "Kategori" of topics (Analytics, Security) is not the NC / OFI type: the register is untyped, not wrong', () => {
    const { register } = figures(
      grid(
        ['#', 'Task', 'Kategori', 'Deadline', 'PIC', 'Status'],
        [1, 'Install analytics', 'Analytics', '2026-06-22', 'Founder', 'Selesai'],
        [2, 'Remove demo password', 'Security', '2026-06-22', 'Founder', 'Belum Mulai'],
        [3, 'Fix meta tags', 'SEO', '2026-06-21', 'Founder', 'Selesai'],
      ),
    );
    expect(register.mapping.columns.type).toBeUndefined();
    expect(register.mapping.ruledOut.map((r) => r.field)).toContain('type');
  });

  it('"済" (done) closes a Japanese issue', () => {
    const { register } = figures(
      grid(
        ['No.', '内容', '対応予定日', '対応者', 'ステータス'],
        [1, 'ログイン不可', '2021-07-31', '田中', '済'],
      ),
    );
    expect(register.actions[0].state).toBe('closed');
  });

  it('with no target date column, a finish date on a row still open is when it is planned to finish', () => {
    const { review } = figures(
      grid(
        ['Nome da tarefa', 'Progresso', 'Atribuído a', 'Data de início', 'Data de conclusão', 'Concluído em'],
        ['Capacitação da equipe', 'Não iniciado', 'Dailson', '2025-08-01', '2025-08-29', ''],
        ['Revisão dos instrumentos', 'Em andamento', 'Jamilly', '2025-07-01', '2027-08-29', ''],
        ['Plano de trabalho', 'Concluída', 'Fábia', '2025-07-01', '2025-07-15', '2025-07-14'],
      ),
    );
    expect([review.open, review.overdue]).toEqual([2, 1]);
  });

  it('an impediment log tracked by a resolution owner to a committed date is a register, not an incident log', () => {
    const search = findRegisterSheet([
      {
        name: 'Impediments Sheet',
        grid: grid(
          [
            'Impediment Status',
            'Impediment Tracking Number',
            'Impediment Title',
            'Severity',
            'Reporter',
            'Reported Date',
            'Resolution Owner',
            'Resolution Committed Date',
            'Resolution Actual Date',
          ],
          ['Open', 'PLC-7', 'Chase data', 'Critical', 'Glenn', '2026-01-28', 'Brandy', '2026-02-28', ''],
          [
            'Closed',
            'PLC-8',
            'AI pushback',
            'High',
            'Glenn',
            '2026-01-28',
            'Wade',
            '2026-02-20',
            '2026-02-19',
          ],
        ),
      },
    ]);
    expect(search.choice?.name).toBe('Impediments Sheet');
  });
});

describe('class 46: entries typed to try the sheet out', () => {
  it('a row titled "test" or "Test1A" is left out and said, not counted as an action', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Title', 'Owner', 'Due date', 'Status', 'Corrective action'],
        ['1', 'Enforce MFA', 'Ana', '2026-03-01', 'Open', 'Roll out MFA to all staff'],
        ['2', 'Patch VPN', 'Ben', '2026-03-01', 'Closed', 'Apply the vendor patch'],
        ['3', 'test', 'Intern 02', '2026-03-01', 'Open', 'Auto-fill in progress..'],
        ['4', 'Test1A', 'Test1', '2026-03-01', 'In progress', ''],
      ),
    );
    expect(review.total).toBe(2);
    expect(register.testRows).toEqual([4, 5]);
  });

  it('a "test" item among the actions, closed with the others, stayed through the work: it is counted', () => {
    const { register, review } = figures(
      grid(
        ['ID', 'Title', 'Owner', 'Due date', 'Status'],
        ['PL-1', 'Weld seam check', 'Kim', '2026-03-01', 'Closed'],
        ['PL-2', 'test', 'Kim', '2026-03-01', 'Closed'],
        ['PL-3', 'Fence sensor', 'Lee', '2026-03-01', 'Open'],
      ),
    );
    expect(review.total).toBe(3);
    expect(register.testRows).toBeUndefined();
  });

  it('an action about testing is an action', () => {
    const { review } = figures(
      grid(
        ['ID', 'Title', 'Owner', 'Due date', 'Status'],
        ['1', 'Test the backups', 'Ana', '2026-03-01', 'Open'],
        ['2', 'Testing', 'Ben', '2026-03-01', 'Open'],
        ['3', 'Penetration test', 'Cy', '2026-03-01', 'Open'],
      ),
    );
    expect(review.total).toBe(3);
  });
});

describe('class 44 (the limit): a finishing word in a plan for it is no state', () => {
  it('"first draft should be finalized by mid-January" is a progress note, not a close', () => {
    const { register } = figures(
      grid(
        ['Item', 'Lead', 'Status', 'Deadline'],
        [
          'Manuscript',
          'Sean',
          'Outline circulated...first draft should be finalized by mid-January',
          '2015-03-31',
        ],
        ['Webplot', 'Sean', 'Done – created webplot()', ''],
      ),
    );
    expect(register.actions[0].state).not.toBe('closed');
    expect(register.actions[1].state).toBe('closed');
  });
});

describe('class 48: a status column of numbers shown as percentages', () => {
  it('100 %, 10 % and 0 % are how far each row got, not yes and no', () => {
    const pct = '0%';
    const { register, review, closed } = figures({
      values: [
        ['WHAT', 'WHO', 'WHEN', 'STATUS'],
        ['Mapa mental', 'Alanis', '2025-10-25', 1],
        ['Protótipos', 'Bruno', '2025-11-25', 0.1],
        ['Moodboard', 'Bruno', '2025-11-25', 0],
      ],
      numberFormats: [
        ['General', 'General', 'General', 'General'],
        ['General', 'General', 'General', pct],
        ['General', 'General', 'General', pct],
        ['General', 'General', 'General', pct],
      ],
    });
    expect(register.stateColumn?.kind).toBe('percent');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'in-progress', 'new']);
    expect([review.total, review.open, closed, review.overdue]).toEqual([3, 2, 1, 2]);
  });

  it('a state cell merged down over two rows keeps its format: its 1 shown as 100 % is done on both', () => {
    const pct = '0%';
    const { register, review } = figures({
      values: [
        ['N°', 'Défaut', 'Action', 'Pilote', 'Etat'],
        ['A1', 'Centrage', 'Régler le pas', 'Mobtasim', 1],
        ['A2', 'Centrage', 'Régler l’axe', 'Mobtasim', ''],
        ['A3', 'Connexion', 'Fixer la table', 'Mobtasim', 1],
      ],
      numberFormats: [
        ['General', 'General', 'General', 'General', 'General'],
        ['General', 'General', 'General', 'General', pct],
        ['General', 'General', 'General', 'General', 'General'],
        ['General', 'General', 'General', 'General', pct],
      ],
      merges: ['E2:E3'],
    });
    expect(register.stateColumn?.kind).toBe('percent');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'closed', 'closed']);
    expect(review.open).toBe(0);
  });
});
