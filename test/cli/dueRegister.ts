/**
 * A small register written as a file in the test (CSV, or .xlsx through ExcelJS), with the dates
 * the follow-through commands read: target, review and effectiveness-check dates around the as-of
 * date of the CLI tests (2026-11-26).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';

export const HEADERS = [
  'ID',
  'Title',
  'Type',
  'Priority',
  'Owner',
  'Date raised',
  'Target review date',
  'Target completion date',
  'Status',
  'Correction',
  'Root cause',
  'Could it occur elsewhere?',
  'Corrective action',
  'Completion date',
  'Effectiveness check due',
  'Effectiveness result',
  'Verified by',
  'Evidence',
  'Date closed',
];

/** One row per action, in the order of {@link HEADERS}. */
export const ROWS: string[][] = [
  // Dana: a target 40 days late (escalate), a review in 5 days.
  [
    'NC-1',
    'Access reviews, quarterly; not done',
    'Major NC',
    '',
    'Dana Reyes <dana@example.org>',
    '2026-08-01',
    '2026-12-01',
    '2026-10-17',
    'In progress',
    'Removed leavers',
    'No calendar entry',
    'No',
    'Add to the calendar',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  // Ali: an effectiveness check 10 days late (implemented).
  [
    'NC-2',
    'Backups not tested',
    'Minor NC',
    '',
    'Ali Khan',
    '2026-05-01',
    '',
    '2026-09-01',
    'Implemented',
    'Tested once',
    'No test plan',
    'Yes',
    'Quarterly restore test',
    '2026-08-20',
    '2026-11-16',
    '',
    '',
    '',
    '',
  ],
  // Ali: a target in 10 days.
  [
    'OFI-3',
    'Shorter password reset',
    'OFI',
    '',
    'Ali Khan',
    '2026-10-01',
    '',
    '2026-12-06',
    'Planned',
    '',
    '',
    '',
    'Self-service reset',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  // Closed with gaps for the evidence view: no root cause, no verifier.
  [
    'NC-4',
    'Visitor log incomplete',
    'Minor NC',
    '',
    'Eva Novak',
    '2026-01-10',
    '',
    '2026-03-01',
    'Closed',
    'Completed the log',
    '',
    'No',
    'New visitor app',
    '2026-02-20',
    '2026-03-20',
    'Effective',
    '',
    'DOC-7',
    '2026-03-25',
  ],
  // A critical action whose target is beyond the priority limit (30 days).
  [
    'NC-5',
    'Firewall rule too wide',
    'Minor NC',
    'Critical',
    'Eva Novak',
    '2026-11-01',
    '',
    '2027-01-15',
    'Planned',
    'Rule narrowed',
    'Change not reviewed',
    'No',
    'Review every change',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
];

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeCsv(dir: string, rows = ROWS, name = 'plan.csv'): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, [HEADERS, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
  return file;
}

export async function writeXlsx(dir: string, rows = ROWS, name = 'plan.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Improvement plan');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}
