import fc from 'fast-check';
import {
  detectHeader,
  mapHeaderRow,
  mapVocabulary,
  lookupWord,
  parseRegister,
  resolveWord,
  validateGrid,
  validateRegister,
  typeFromSheetName,
  type Grid,
  type State,
} from '../../src/core';
import { AS_OF } from './builders';

function fieldOf(header: string): string | undefined {
  const m = mapHeaderRow([header], 1);
  return Object.values(m.columns)[0]?.field;
}

describe('header aliases seen in real registers', () => {
  it.each([
    ['Responsible for corrective action', 'owner'],
    ['Planned completion date', 'targetDate'],
    ['Nonconformity Type (Major/Minor/OFI)', 'type'],
    ['Current status', 'status'],
    ['Root cause of nonconformity', 'rootCause'],
    ['Result of Verification', 'effectivenessResult'],
    ['Finding ID', 'id'],
    ['CAPA ID', 'id'],
    ['Due Date', 'targetDate'],
    ['Target Date', 'targetDate'],
    ['Descritption of nonconformity', 'description'],
    ['Action to control and correct nonconformity', 'correction'],
    ['Action to eliminate cause of nonconformity', 'correctiveAction'],
    ['Chance of recurrence or occurence elsewhere', 'similarElsewhere'],
    ['Link to report and evidence', 'evidence'],
    ['Effectiveness Verified By', 'verifiedBy'],
    ['Immediate Correction (Containment)', 'correction'],
    ['Evidence IDs (EV-###)', 'evidence'],
    ['Assignee', 'owner'],
    ['ISO Control', 'requirement'],
    ['Control Reference', 'requirement'],
    ['Fecha Límite', 'targetDate'],
    ['Causa Raíz', 'rootCause'],
    ['Responsable', 'owner'],
    ['Estado', 'status'],
  ])('"%s" maps to %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('a related-finding column is a source reference, not the action id', () => {
    const m = mapHeaderRow(['CAPA ID', 'Related Finding ID', 'Status'], 1);
    expect(m.columns.id?.header).toBe('CAPA ID');
    expect(m.columns.sourceRef?.header).toBe('Related Finding ID');
  });

  it('"Verification Date" is not the verifier, and "Owner Role" is not the owner', () => {
    expect(fieldOf('Verification Date')).toBe('effectivenessDueDate');
    expect(fieldOf('Owner Role')).toBeUndefined();
  });

  it('reports unmapped and duplicate columns', () => {
    const m = mapHeaderRow(['ID', 'Status', 'Owner', 'Status', 'Days Open'], 1);
    expect(m.columns.status?.letter).toBe('B');
    expect(m.duplicates).toEqual([
      expect.objectContaining({ field: 'status', letter: 'D', keptLetter: 'B' }),
    ]);
    expect(m.unmapped.map((u) => u.header)).toEqual(['Days Open']);
  });

  it('explicit overrides win, by header text or column letter, and bad ones are reported', () => {
    const m = mapHeaderRow(['Ref', 'Who', 'When', 'State'], 1, 1, {
      owner: 'Who',
      targetDate: 'C',
      rootCause: 'Nope',
    });
    expect(m.columns.owner).toMatchObject({ letter: 'B', confidence: 'override' });
    expect(m.columns.targetDate).toMatchObject({ letter: 'C', confidence: 'override' });
    expect(m.badOverrides).toEqual([{ field: 'rootCause', target: 'Nope' }]);
  });
});

describe('header detection', () => {
  it('finds the header below merged title rows', () => {
    const grid: Grid = {
      values: [
        ['Register Nonconformities and Corrective actions'],
        ['Date last changed:'],
        [],
        ['ID', 'Type', 'Owner', 'Status', 'Due date'],
        ['NC-1', 'Minor', 'Ana', 'Open', '2026-12-01'],
      ],
    };
    expect(detectHeader(grid)?.headerRow).toBe(4);
  });

  it('honours a given header row and respects firstRow offsets', () => {
    const grid: Grid = {
      firstRow: 3,
      values: [
        ['ID', 'Owner', 'Status'],
        ['A-1', 'Bo', 'Open'],
      ],
    };
    expect(detectHeader(grid)?.headerRow).toBe(3);
    expect(detectHeader(grid, { headerRow: 4 })?.columns.id).toBeUndefined();
  });

  it('a sheet with no register header gives nothing', () => {
    expect(
      detectHeader({
        values: [
          ['Asset', 'Cost'],
          ['Laptop', 3],
        ],
      }),
    ).toBeUndefined();
  });

  it('arbitrary grids never make the reader or the rules throw, and findings point inside the grid (property)', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom('ID', 'Status', 'Owner', 'Closed', 'Minor', 'TBD', '#REF!', 'Due date', 'Type'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 15 }), (values) => {
        const report = validateGrid({ values }, { asOf: AS_OF });
        const again = validateGrid({ values }, { asOf: AS_OF });
        expect(again.findings).toEqual(report.findings);
        for (const f of report.findings) {
          if (f.row !== null) expect(f.row).toBeGreaterThanOrEqual(1);
          if (f.row !== null) expect(f.row).toBeLessThanOrEqual(Math.max(values.length, 1));
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('vocabulary', () => {
  it('maps status, type, source and priority words', () => {
    expect(lookupWord('status', 'In Progress')).toBe('in-progress');
    expect(lookupWord('status', 'Cerrado')).toBe('closed');
    expect(lookupWord('type', 'Major non-conformity')).toBe('major-nc');
    expect(lookupWord('type', 'Opportunity for improvement')).toBe('ofi');
    expect(lookupWord('source', 'Internal audit "parking policy"')).toBe('internal-audit');
    expect(lookupWord('source', 'Penetration test Q3')).toBe('technical-test');
    expect(lookupWord('priority', 'P1')).toBe('critical');
  });

  it('"Completed" is read as closed when the register has no closing word, and the choice is reported', () => {
    const alone = mapVocabulary('status', ['Open', 'Completed']);
    expect(alone.map.completed).toBe('closed');
    expect(alone.notes[0]).toMatchObject({ level: 'assumed', word: 'Completed', value: 'closed' });
    const withClosed = mapVocabulary('status', ['Open', 'Completed', 'Closed']);
    expect(withClosed.map.completed).toBe('implemented');
  });

  it('unknown words are reported, not guessed; overrides win', () => {
    const v = mapVocabulary('status', ['Open', 'Parked'], { parked: 'on-hold' });
    expect(v.map.parked).toBe('on-hold');
    const u = mapVocabulary('status', ['Open', 'Zebra']);
    expect(u.notes).toEqual([expect.objectContaining({ level: 'unknown', word: 'Zebra' })]);
  });

  it('infers the type from the sheet name when there is no type column', () => {
    expect(typeFromSheetName('Non-conformity register')).toBe('nc');
    expect(typeFromSheetName('Observations')).toBe('observation');
    expect(typeFromSheetName('Budget')).toBeUndefined();
    const parsed = parseRegister(
      {
        values: [
          ['ID', 'Owner', 'Status', 'Due date'],
          ['1', 'A', 'Open', ''],
        ],
      },
      {},
      'NC register',
    );
    expect(parsed.ok && parsed.value.actions[0].type).toBe('nc');
  });
});

describe("words that name JavaScript's own object properties", () => {
  const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  test('are words like any other: reported as unknown, never read as a status, type or month', () => {
    const grid = {
      values: [
        ['ID', 'Type', 'Status', 'Owner', 'Target date'],
        ...WORDS.map((w, i) => [`NC-${i + 1}`, w, w, 'Ana', `14-${w}-2026`]),
        // One known type keeps the column a type column (one of topics alone is not read as types).
        ['NC-6', 'Minor NC', 'Open', 'Ana', '2026-03-14'],
      ],
    };
    const parsed = parseRegister(grid);
    if (!parsed.ok) throw new Error(parsed.message);
    for (const action of parsed.value.actions.slice(0, WORDS.length)) {
      expect(action.state).toBeUndefined();
      expect(action.type).toBeUndefined();
      expect(action.dates.targetDate?.kind).toBe('invalid');
    }
    const report = validateRegister(parsed.value, { asOf: AS_OF });
    const flagged = (code: string) => report.findings.filter((f) => f.code === code).map((f) => f.row);
    expect(flagged('unknown-status')).toEqual([2, 3, 4, 5, 6]);
    expect(flagged('unknown-type')).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.value.vocabularies.status.notes.map((n) => n.word)).toEqual(WORDS);
  });

  test('mapped by the user, they are read as mapped', () => {
    // As stored in the workbook's settings: JSON, where "__proto__" is an ordinary key.
    const overrides = JSON.parse('{"__proto__": "closed", "constructor": "in-progress"}') as Record<
      string,
      State
    >;
    const vocab = mapVocabulary('status', ['__proto__', 'constructor'], overrides);
    expect(resolveWord(vocab, '__proto__')).toBe('closed');
    expect(resolveWord(vocab, 'Constructor')).toBe('in-progress');
  });
});
