#!/usr/bin/env node
// `npm run bench:registers` — the real-register benchmark (bench/registers/README.md).
// For every file listed in registers.json that is present locally, runs the command line as a new
// user would (no option given, as-of 2026-12-01) and compares its figures with the ones written by
// reading the file. Files are looked for in $REGISTERS_DIR, else ../shared/registers.
//   node bench/registers/run.js [--json] [--only name,name] [--verbose]
// Each line: the file, the sheet, header row and rows read, each field's column with its confidence
// (0-1); the expected and the read figures when they differ (always with --verbose).
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'improvement-plan.js');
const AS_OF = '2026-12-01';
const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(',')) : undefined;
const dir = process.env.REGISTERS_DIR || path.resolve(root, '..', 'shared', 'registers');
const entries = JSON.parse(fs.readFileSync(path.join(__dirname, 'registers.json'), 'utf8'));

function run(command, file) {
  const extra = command === 'review' ? ['--json'] : ['--format', 'json'];
  const r = spawnSync(process.execPath, [bin, command, file, ...extra, '--as-of', AS_OF], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let out;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    out = undefined;
  }
  return { code: r.status, out, stderr: r.stderr };
}

function judge(entry, file) {
  const validate = run('validate', file);
  if (entry.kind === 'not-a-register') {
    const said =
      validate.stderr.includes('not-a-register') || (validate.out && validate.out.code === 'not-a-register');
    return {
      ok: validate.code === 2 && said,
      got:
        validate.code === 2
          ? validate.stderr.trim().split('\n')[0]
          : `read as a register (exit ${validate.code})`,
      validate,
    };
  }
  const review = run('review', file);
  if (!review.out || review.out.error) {
    const why =
      review.out && review.out.error ? review.out.error.message : review.stderr.trim().split('\n')[0];
    return { ok: false, got: `exit ${review.code}: ${why}`, validate };
  }
  const f = review.out;
  const got = { total: f.total, open: f.open, closed: f.total - f.open, overdue: f.overdue };
  const e = entry.expected;
  const ok = ['total', 'open', 'closed', 'overdue'].every((k) => got[k] === e[k]) && validate.code !== 2;
  return {
    ok,
    got,
    validate,
    exitOnlyColumns: validate.code === 1 && validate.out && onlyColumnErrors(validate.out),
  };
}

function onlyColumnErrors(v) {
  const errors = (v.findings || []).filter((x) => x.severity === 'error');
  return errors.length > 0 && errors.every((x) => x.code === 'column-missing');
}

const results = [];
for (const entry of entries) {
  if (only && !only.has(entry.name)) continue;
  const file = path.join(dir, entry.file);
  if (!fs.existsSync(file)) {
    results.push({ name: entry.name, kind: entry.kind, missing: true });
    continue;
  }
  const r = judge(entry, file);
  const v = r.validate.out;
  results.push({
    name: entry.name,
    kind: entry.kind,
    ok: r.ok,
    expected: entry.kind === 'register' ? entry.expected : 'not-a-register',
    got: r.got,
    exitOnlyColumns: !!r.exitOnlyColumns,
    sheet: v && v.sheet,
    headerRow: v && v.headerRow,
    rows: v && v.detection ? `${v.detection.firstRow}:${v.detection.lastRow}` : v && v.rows,
    columns: v && v.detection ? v.detection.columns : v && v.columns,
  });
}

if (json) {
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
} else {
  const present = results.filter((r) => !r.missing);
  for (const r of results) {
    if (r.missing) {
      process.stdout.write(`-- ${r.name}: file not present (see bench/registers/README.md)\n`);
      continue;
    }
    process.stdout.write(
      `${r.ok ? 'ok  ' : 'MISS'} ${r.name}${r.sheet ? ` · sheet "${r.sheet}" header row ${r.headerRow} rows ${r.rows}` : ''}\n`,
    );
    if (!r.ok || verbose) {
      const e = r.expected;
      process.stdout.write(
        `       expected ${typeof e === 'string' ? e : `total ${e.total} open ${e.open} closed ${e.closed} overdue ${e.overdue}`}\n`,
      );
      const g = r.got;
      process.stdout.write(
        `       got      ${typeof g === 'string' ? g : `total ${g.total} open ${g.open} closed ${g.closed} overdue ${g.overdue}`}\n`,
      );
    }
    if (r.kind !== 'register' && r.ok) {
      const said = String(r.got)
        .replace(/^.*?\(not-a-register\): /, '')
        .split(' To read ')[0];
      process.stdout.write(`       said     ${said}\n`);
    }
    if (r.columns) {
      const cols = Object.entries(r.columns)
        .map(([field, c]) => (typeof c === 'string' ? `${field}=${c}` : `${field}=${c.column} ${c.score}`))
        .join(', ');
      process.stdout.write(`       columns  ${cols}\n`);
    }
    if (r.exitOnlyColumns) process.stdout.write(`       exits 1 only because of missing columns\n`);
  }
  const regs = present.filter((r) => r.kind === 'register');
  const non = present.filter((r) => r.kind !== 'register');
  process.stdout.write(
    `\nregisters: figures right on ${regs.filter((r) => r.ok).length} of ${regs.length}; ` +
      `not-a-register named on ${non.filter((r) => r.ok).length} of ${non.length}; ` +
      `${present.filter((r) => r.ok).length} of ${present.length} in all` +
      (results.length > present.length ? ` (${results.length - present.length} files not present)` : '') +
      '\n',
  );
}
