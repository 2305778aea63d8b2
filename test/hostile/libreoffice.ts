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

/** The rows of the table whose header row starts with `header`, up to the first blank row. */
export function table(rows: string[][], header: string): string[][] {
  const start = rows.findIndex((r) => r[0] === header);
  if (start < 0) throw new Error(`no table "${header}" in the summary sheet`);
  const out: string[][] = [];
  for (let i = start + 1; i < rows.length && rows[i][0] !== ''; i++) out.push(rows[i]);
  return out;
}

/** A number as LibreOffice shows it: General, or 0.0% for the rate; "—" for no value. */
function num(text: string | undefined): number | null {
  if (text === undefined || text === '—') return null;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/**
 * The figures the summary sheet shows, as LibreOffice reads them, in the shape of review --json
 * (the parts the sheet holds), for a toEqual against the JSON.
 */
export function figuresOnSheet(rows: string[][]): Partial<ReviewFigures> {
  const key = Object.fromEntries(table(rows, 'Measure').map((r) => [r[0], r[1]]));
  const byType = table(rows, 'Type').slice(0, 6);
  const ageing = table(rows, 'Age of open actions (days)').map((r) => num(r[1]));
  return {
    asOf: rows.find((r) => r[0] === 'As of')?.[1],
    period: {
      from: rows.find((r) => r[0] === 'Period')?.[1] ?? '',
      to: rows.find((r) => r[0] === 'Period')?.[2] ?? '',
    },
    total: num(key['Actions in the register']) as number,
    open: num(key['Open']) as number,
    overdue: num(key['Overdue']) as number,
    raisedInPeriod: num(key['Raised in the period']) as number,
    closedInPeriod: num(key['Closed in the period']) as number,
    medianDaysToClose: num(key['Median days to close']),
    byStatus: Object.fromEntries(
      table(rows, 'Status').map((r) => [r[0], num(r[1])]),
    ) as ReviewFigures['byStatus'],
    byType: Object.fromEntries(byType.map((r) => [r[0], num(r[1])])) as ReviewFigures['byType'],
    openByType: Object.fromEntries(byType.map((r) => [r[0], num(r[2])])) as ReviewFigures['openByType'],
    ageing: {
      '0-30': ageing[0],
      '31-60': ageing[1],
      '61-90': ageing[2],
      '90+': ageing[3],
    } as ReviewFigures['ageing'],
    ageingUnknown: ageing[4] as number,
    monthly: table(rows, 'Month').map(([month, raised, closed]) => ({
      month,
      raised: num(raised) as number,
      closed: num(closed) as number,
    })),
  };
}

/** The effectiveness rate on the sheet (0–1), null when it shows "—". */
export function rateOnSheet(rows: string[][]): number | null {
  return num(rows.find((r) => r[0] === 'Effectiveness rate (NCs closed in the period)')?.[1]);
}

/** The parts of the JSON figures that {@link figuresOnSheet} reads (the rate is compared apart). */
export function comparableFigures(f: ReviewFigures): Partial<ReviewFigures> {
  return {
    asOf: f.asOf,
    period: f.period,
    total: f.total,
    open: f.open,
    overdue: f.overdue,
    raisedInPeriod: f.raisedInPeriod,
    closedInPeriod: f.closedInPeriod,
    medianDaysToClose: f.medianDaysToClose,
    byStatus: f.byStatus,
    byType: f.byType,
    openByType: f.openByType,
    ageing: f.ageing,
    ageingUnknown: f.ageingUnknown,
    monthly: f.monthly,
  };
}
