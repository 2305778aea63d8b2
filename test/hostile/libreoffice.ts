/**
 * LibreOffice Calc as an independent reader of the workbooks the command line writes: one
 * headless soffice run converts every sheet of many files to CSV (sheet parameter -1, LibreOffice
 * 7.2+), with a private throw-away profile so it never touches (or waits for) a user's profile.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import type { ReviewFigures } from '../../src/core';
import { parseCsv as parseDelimited } from '../../src/cli/io/csvParse';

const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export function findSoffice(): string | undefined {
  const dirs = [
    '/usr/bin',
    '/usr/local/bin',
    '/opt/libreoffice/program',
    ...(process.env.PATH ?? '').split(':'),
  ];
  return dirs.map((d) => path.join(d, 'soffice')).find((p) => fs.existsSync(p));
}

/**
 * Converts every sheet of every file to `<outDir>/<file base>-<sheet>.csv` in one soffice run.
 * Returns soffice's output for error messages.
 */
export function convertAllSheets(soffice: string, files: string[], outDir: string): string {
  const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
  try {
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 170_000 },
    );
    return `status ${result.status}${result.error ? ` (${result.error.message})` : ''}\n${result.stdout}\n${result.stderr}`;
  } finally {
    fs.rmSync(new URL(profile), { recursive: true, force: true });
  }
}

/** LibreOffice's CSV (comma-separated) → rows of fields, with the command line's own RFC 4180 parser. */
export function parseCsv(text: string): string[][] {
  return parseDelimited(text, ',');
}

/** The CSV LibreOffice wrote for one sheet of `file`, or undefined. */
export function sheetCsv(outDir: string, file: string, sheet: string): string | undefined {
  const csv = path.join(outDir, `${path.basename(file, path.extname(file))}-${sheet}.csv`);
  return fs.existsSync(csv) ? fs.readFileSync(csv, 'utf8') : undefined;
}

/**
 * The rows of the table whose header reads `header` then `next` (in any column: the summary puts
 * small tables side by side), from that column on, up to the first blank cell below the header.
 */
export function table(rows: string[][], header: string, next?: string): string[][] {
  const at = (r: string[]) =>
    r.findIndex((v, i) => v === header && (next === undefined || r[i + 1] === next));
  const start = rows.findIndex((r) => at(r) >= 0);
  if (start < 0) throw new Error(`no table "${header}" in the summary sheet`);
  const col = at(rows[start]);
  const out: string[][] = [];
  for (let i = start + 1; i < rows.length && (rows[i][col] ?? '') !== ''; i++) out.push(rows[i].slice(col));
  return out;
}

/** A number as LibreOffice shows it: General, or 0.0% for the rate; "—" or "Unknown" for no value. */
function num(text: string | undefined): number | null {
  if (text === undefined || text === '—' || text === 'Unknown') return null;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** The cell after the first cell reading `label`, and the one after it. */
function after(rows: string[][], label: string): [string, string] {
  const row = rows.find((r) => r.includes(label));
  const i = row ? row.indexOf(label) : -1;
  return [row?.[i + 1] ?? '', row?.[i + 2] ?? ''];
}

/**
 * The figures the summary sheet shows, as LibreOffice reads them, in the shape of review --json
 * (the parts the sheet holds, states and types in the register's words), for a toEqual against
 * {@link comparableFigures}.
 */
export function figuresOnSheet(rows: string[][]): Partial<ReviewFigures> {
  const key = Object.fromEntries(table(rows, 'Measure', 'Value').map((r) => [r[0], r[1]]));
  const byType = table(rows, 'Type', 'All');
  const ageing = Object.fromEntries(table(rows, 'Age (days)', 'Open').map((r) => [r[0], num(r[1])]));
  const [from, to] = after(rows, 'Period');
  return {
    asOf: after(rows, 'As of')[0],
    period: { from, to },
    total: num(key['Actions in the register']) as number,
    open: num(key['Open']) as number,
    overdue: num(key['Overdue']) as number,
    raisedInPeriod: num(key['Raised in the period']) as number,
    closedInPeriod: num(key['Closed in the period']) as number,
    medianDaysToClose: num(key['Median days to close']),
    byStatus: Object.fromEntries(
      table(rows, 'Status', 'Actions').map((r) => [r[0], num(r[1])]),
    ) as ReviewFigures['byStatus'],
    byType: Object.fromEntries(byType.map((r) => [r[0], num(r[1])])) as ReviewFigures['byType'],
    openByType: Object.fromEntries(byType.map((r) => [r[0], num(r[2])])) as ReviewFigures['openByType'],
    ageing: {
      '0-30': ageing['0–30'],
      '31-60': ageing['31–60'],
      '61-90': ageing['61–90'],
      '90+': ageing['over 90'],
    } as ReviewFigures['ageing'],
    ageingUnknown: (ageing['date raised unknown'] ?? 0) as number,
    monthly: table(rows, 'Month', 'Raised').map(([month, raised, closed]) => ({
      month,
      raised: num(raised) as number,
      closed: num(closed) as number,
    })),
  };
}

/** The effectiveness rate on the sheet (0–1), null when it shows "—" or "Unknown". */
export function rateOnSheet(rows: string[][]): number | null {
  return num(rows.find((r) => r[0] === 'Effectiveness (NCs closed)')?.[1]);
}

/**
 * The parts of the JSON figures that {@link figuresOnSheet} reads (the rate is compared apart):
 * counts keyed by the words the sheet prints, only the states and types that occur, and figures
 * the sheet gives as "Unknown" (their field has no column) as null.
 */
export function comparableFigures(f: ReviewFigures): Partial<ReviewFigures> {
  const unknown = (k: keyof ReviewFigures['notes']) => Boolean(f.notes[k]?.unknown);
  const figure = (k: keyof ReviewFigures['notes'], v: number | null) => (unknown(k) ? null : v);
  const byStatus: Record<string, number> = {};
  for (const [s, n] of Object.entries(f.byStatus))
    if (s !== 'unknown' && n > 0) byStatus[f.words.status[s as 'new']] = n;
  if (f.overdueAsStatus > 0) byStatus['"Overdue" as a status'] = f.overdueAsStatus;
  const unreadable = f.byStatus.unknown - f.overdueAsStatus;
  if (unreadable > 0) byStatus[f.words.status.unknown] = unreadable;
  const types = Object.keys(f.byType).filter((t) => f.byType[t as 'ofi'] > 0) as 'ofi'[];
  return {
    asOf: f.asOf,
    period: f.period,
    total: f.total,
    open: f.open,
    overdue: figure('overdue', f.overdue) as number,
    raisedInPeriod: figure('raisedInPeriod', f.raisedInPeriod) as number,
    closedInPeriod: figure('closedInPeriod', f.closedInPeriod) as number,
    medianDaysToClose: figure('medianDaysToClose', f.medianDaysToClose),
    byStatus: byStatus as ReviewFigures['byStatus'],
    byType: Object.fromEntries(types.map((t) => [f.words.type[t], f.byType[t]])) as ReviewFigures['byType'],
    openByType: Object.fromEntries(
      types.map((t) => [f.words.type[t], f.openByType[t]]),
    ) as ReviewFigures['openByType'],
    ageing: f.ageing,
    ageingUnknown: f.ageingUnknown,
    monthly: f.monthly,
  };
}
