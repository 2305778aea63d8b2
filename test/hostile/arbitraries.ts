/**
 * fast-check arbitraries for registers as real people write them: headers from the alias table
 * (plus blanks and noise), the words of the vocabulary, dates of every kind with their number
 * formats, title rows above the header, ragged rows, and a grid placed anywhere on the sheet.
 */
import fc from 'fast-check';
import {
  canonicalValues,
  FIELD_LABELS,
  FIELDS,
  TEMPLATE_STATUS_WORDS,
  type CellValue,
  type FieldKey,
  type Grid,
} from '../../src/core';
import { ALIASES } from '../../src/core/mapping/aliases';

const WORDS: Record<'status' | 'type' | 'source' | 'priority' | 'effectivenessResult', string[]> = {
  status: [
    ...canonicalValues('status'),
    ...Object.values(TEMPLATE_STATUS_WORDS),
    'Open',
    'Closed',
    'In Progress',
    'WIP',
    'Done',
    'Completed',
    'Resolved',
    'Overdue',
    'Cerrado',
    'En curso',
    'Awaiting verification',
    'Waiting for CAB',
  ],
  type: [
    ...canonicalValues('type'),
    'Major',
    'Minor NC',
    'OFI',
    'Observation',
    'Finding',
    'No conformidad menor',
  ],
  source: [
    ...canonicalValues('source'),
    'Internal audit',
    'ISO audit',
    'Pen test Q3',
    'Incident INC-7',
    'Auditoría interna',
  ],
  priority: [...canonicalValues('priority'), 'P1', 'P4', 'High', 'Low', 'Urgent'],
  effectivenessResult: ['Effective', 'Not effective', 'Partially effective', 'Yes', 'No', 'TBD'],
};
const PLACEHOLDERS = ['', ' ', 'TBD', 'N/A', '-', 'pending', 'Not yet analyzed', '#REF!', '#N/A'];
const DATE_FORMATS = [
  'yyyy-mm-dd',
  'dd/mm/yyyy',
  'm/d/yy',
  'd-mmm-yy',
  'General',
  '@',
  '0.00',
  '[$-409]mmmm d, yyyy',
];
const DATE_FIELDS = new Set<FieldKey>([
  'raisedDate',
  'targetReviewDate',
  'targetDate',
  'completionDate',
  'effectivenessDueDate',
  'closedDate',
  'lastUpdated',
]);

/** A header cell: a known alias or label (with its field), or noise. */
const header: fc.Arbitrary<{ text: string; field?: FieldKey }> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...FIELDS)
      .chain((field) =>
        fc.constantFrom(FIELD_LABELS[field], ...ALIASES[field].phrases).map((p) => ({ text: p, field })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', 'Notes 2', 'Column1', '#', 'ID ID', 'Ω').map((text) => ({ text })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text) => ({ text })) },
);

/** A date cell of any kind, with the number format it comes with. */
const dateCell: fc.Arbitrary<[CellValue, string]> = fc.oneof(
  fc.tuple(fc.integer({ min: 40_000, max: 50_000 }), fc.constantFrom(...DATE_FORMATS)),
  fc.tuple(fc.double({ min: -1e6, max: 3e6, noNaN: true }), fc.constantFrom(...DATE_FORMATS)),
  fc.tuple(fc.constantFrom(0, 1, 59, 60, 61, -1, 2_958_465, 2_958_466, 1e15), fc.constant('yyyy-mm-dd')),
  fc.tuple(
    fc
      .date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2101, 0, 1)), noInvalidDate: true })
      .chain((d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const p = (n: number) => String(n).padStart(2, '0');
        const mon = d.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
        return fc.constantFrom(
          `${y}-${p(m)}-${p(day)}`,
          `${p(day)}/${p(m)}/${y}`,
          `${p(m)}/${p(day)}/${y}`,
          `${day}.${m}.${y}`,
          `${day}-${mon}-${y}`,
          `${mon} ${day}, ${y}`,
          `${y}-${p(m)}-${p(day)}T10:30:00Z`,
        );
      }),
    fc.constantFrom('General', '@'),
  ),
  fc.tuple(
    fc.constantFrom<CellValue>(true, false, '31/02/2026', '2026-13-01', 'next week', ...PLACEHOLDERS),
    fc.constant('General'),
  ),
);

/** A cell for a column of the given field. */
function cellFor(field: FieldKey | undefined): fc.Arbitrary<[CellValue, string]> {
  const general = (a: fc.Arbitrary<CellValue>) => a.map((v): [CellValue, string] => [v, 'General']);
  if (field && DATE_FIELDS.has(field)) return dateCell;
  const words = field && field in WORDS ? WORDS[field as keyof typeof WORDS] : undefined;
  if (words)
    return general(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...words) },
        { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
      ),
    );
  if (field === 'id')
    return general(
      fc.oneof(
        fc.integer({ min: 1, max: 30 }).map((n) => `NC-${n}`),
        fc.integer(),
        fc.constantFrom(...PLACEHOLDERS),
      ),
    );
  return general(
    fc.oneof(
      fc.string({ maxLength: 15 }),
      fc.constantFrom(
        'Dana',
        'Lee',
        'A.5.15',
        'Annex A 5.15',
        'A.12.1.2',
        '=1+1',
        'human error',
        ...PLACEHOLDERS,
      ),
      fc.integer(),
      fc.boolean(),
    ),
  );
}

/** A register grid and the width of its header. */
export const gridArb: fc.Arbitrary<{ grid: Grid; width: number }> = fc
  .record({
    headers: fc.array(header, { minLength: 1, maxLength: 30 }),
    titleRows: fc.integer({ min: 0, max: 6 }),
    rows: fc.integer({ min: 1, max: 200 }),
    firstRow: fc.integer({ min: 1, max: 5000 }),
    firstColumn: fc.integer({ min: 1, max: 700 }),
    ragged: fc.boolean(),
  })
  .chain(({ headers, titleRows, rows, firstRow, firstColumn, ragged }) => {
    const width = headers.length;
    const row = fc.tuple(...headers.map((h) => cellFor(h.field)));
    const title = fc.array(fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })), { maxLength: 4 });
    return fc
      .record({
        titles: fc.array(title, { minLength: titleRows, maxLength: titleRows }),
        body: fc.array(row, { minLength: rows, maxLength: rows }),
        cuts: fc.array(fc.nat({ max: width }), { minLength: rows, maxLength: rows }),
      })
      .map(({ titles, body, cuts }) => {
        const data = body.map((cells, r) => (ragged ? cells.slice(0, cuts[r]) : cells));
        const values: CellValue[][] = [
          ...titles,
          headers.map((h) => h.text),
          ...data.map((cells) => cells.map((c) => c[0])),
        ];
        const numberFormats: string[][] = [
          ...titles.map((t) => t.map(() => 'General')),
          headers.map(() => 'General'),
          ...data.map((cells) => cells.map((c) => c[1])),
        ];
        return { grid: { values, numberFormats, firstRow, firstColumn }, width };
      });
  });
