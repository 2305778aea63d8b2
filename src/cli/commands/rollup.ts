/**
 * `validate` and `review` over a plan of several registers (several sheets of a workbook, several
 * files) and its objectives: one list of findings and one management-review summary, each action
 * and finding keeping its file, sheet and row.
 */
import path from 'path';
import { dayFromLocalDate, isoFromDay, type DayNumber } from '../../core/dates';
import { countFindings, SEVERITY_ORDER, type Finding } from '../../core/findings';
import { objectivesFindings, reviewObjectives, type ObjectivesReview } from '../../core/objectives';
import { planReviewSheet } from '../../core/review/reviewSheet';
import {
  reviewRollup,
  rollUp,
  validateRollup,
  type Rollup,
  type RollupFigures,
  type RollupFinding,
} from '../../core/rollup';
import { validateRegister } from '../../core/validate';
import type { CliOptions } from '../args';
import { describeRegister } from '../describe';
import { fails, groupFindings, mergeFindings } from '../findingGroups';
import { jsonFindings, sayFinding } from '../findingText';
import { EN, type CoreTranslator } from '../../core/i18n/catalog';
import {
  CSV_HEADER,
  csvCell,
  formatFindingsMarkdown,
  formatFindingsText,
  formatHead,
} from '../findingsOutput';
import { formatFigures, formatNotices, plural } from '../format';
import type { LoadedObjectives, LoadedPlan } from '../multi';
import { markUncalculated } from '../notCalculated';
import { PLAIN, type Paint } from '../paint';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { faultFromEnv } from '../writer/atomicFile';
import { writeSummaryCopy } from '../writer/copyWorkbook';
import { writePlanWorkbook, type PlanWorkbook } from './rollupWorkbook';

/** A finding of the plan: every one names its file and sheet. */
export type PlanFinding = RollupFinding;

function rolledUp(plan: LoadedPlan, asOf: DayNumber, options: CliOptions): Rollup {
  // Every register is checked under the run's target-date policy (--policy, stored, or default).
  const policy = options.followThrough?.policy;
  const rechecks = options.followThrough?.rechecks;
  return rollUp(
    plan.registers.map((l) => ({
      file: l.file,
      sheet: l.sheet.name,
      register: l.register,
      findings: markUncalculated(
        mergeFindings(validateRegister(l.register, { asOf, policy, rechecks }).findings),
        l.sheet,
      ),
    })),
  );
}

function objectiveFindings(objectives: readonly LoadedObjectives[], asOf: DayNumber): PlanFinding[] {
  return objectives.flatMap((o) => objectivesFindings([o], asOf).map((f) => ({ ...f, file: o.file })));
}

/** The plan's findings: each register's, the cross-register duplicates, the objectives'. */
export function planFindings(plan: LoadedPlan, rollup: Rollup, asOf: DayNumber): PlanFinding[] {
  return [...validateRollup(rollup, { asOf }), ...objectiveFindings(plan.objectives, asOf)];
}

/** Where the findings are: one entry per register and per objectives sheet, in the order read. */
function places(plan: LoadedPlan): { file: string; sheet: string; head: string; rows: number }[] {
  return [
    ...plan.registers.map((l) => {
      const d = describeRegister(l);
      return { file: l.file, sheet: l.sheet.name, head: formatHead(d).trimEnd(), rows: d.rows };
    }),
    ...plan.objectives.map((o) => ({
      file: o.file,
      sheet: o.objectives.sheet,
      head: `${o.file}: objectives sheet "${o.objectives.sheet}", header on row ${o.objectives.headerRow}, ${plural(o.objectives.objectives.length, 'objective')}${o.measurementsSheet ? `, measurements in "${o.measurementsSheet}"` : ''}.`,
      rows: o.objectives.objectives.length,
    })),
  ];
}

/** The plan's findings as CSV: the single register's columns with its file and sheet first. */
function planCsv(findings: readonly PlanFinding[], t: CoreTranslator): string {
  const lines = [['File', 'Sheet', ...CSV_HEADER].join(',')];
  for (const g of groupFindings(findings, t)) {
    for (const f of g.findings as PlanFinding[]) {
      lines.push(
        [f.file, f.sheet, '', f.severity, g.todo, f.code, f.row, f.column, f.id, f.field, sayFinding(f, t)]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function rollupJson(rollup: Rollup) {
  return {
    registers: rollup.inputs.length,
    actionsRead: rollup.parts.reduce((n, p) => n + p.actions, 0),
    merged: rollup.duplicates.length,
    duplicates: rollup.duplicates,
  };
}

/** Every register's reader notices, each naming its file and sheet. */
function planNotices(plan: LoadedPlan) {
  return plan.registers.flatMap((l) =>
    describeRegister(l).notices.map((n) => ({ ...n, file: l.file, sheet: n.sheet ?? l.sheet.name })),
  );
}

function notesOf(plan: LoadedPlan): string {
  const notes = [...plan.registers.flatMap((l) => l.configSources.notes), ...plan.notes];
  return [...new Set(notes)].map((n) => `Note: ${n}\n`).join('');
}

function totalsLine(plan: LoadedPlan, rollup: Rollup, counts: Record<Finding['severity'], number>): string {
  const read = rollup.inputs.reduce((n, i) => n + i.register.actions.length, 0);
  const merged = rollup.duplicates.length;
  return (
    `\nIn all: ${plural(plan.registers.length, 'register')}${plan.objectives.length ? ` and ${plural(plan.objectives.length, 'objectives sheet')}` : ''}, ` +
    `${plural(read, 'action')} read${merged ? `, ${merged} of them counted in another register too (duplicate-across-registers: counted once)` : ''}; ` +
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.\n`
  );
}

/**
 * `validate` over a plan: the findings of every register and objectives sheet.
 *
 * @example await runValidatePlan(plan, options, io, progress) // { ok: true, value: 1 }
 */
export function runValidatePlan(
  plan: LoadedPlan,
  options: CliOptions,
  io: CliIo,
  progress: Progress,
  paint: Paint = PLAIN,
): Outcome<number> {
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  const asOfIso = isoFromDay(asOf);
  const t = options.translator ?? EN;
  progress.phase(
    `Checking ${plural(
      plan.registers.reduce((n, l) => n + l.register.actions.length, 0),
      'action',
    )}`,
  );
  const rollup = rolledUp(plan, asOf, options);
  const all = planFindings(plan, rollup, asOf);
  progress.clear();
  const counts = countFindings(all);
  const listed = all.filter((f) => SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[options.minSeverity]);
  io.stderr.write(notesOf(plan));
  for (const l of plan.registers) io.stderr.write(formatNotices(describeRegister(l).notices, l.sheet.name));
  const where = places(plan);
  if (options.format === 'json') {
    // The first register's description at the top, as for one register; then the whole plan.
    const first = describeRegister(plan.registers[0]);
    const { file, sheet, headerRow, rows, mapping, unmappedColumns, notices: _own, ...more } = first;
    const json = {
      file,
      sheet,
      headerRow,
      rows,
      mapping,
      unmappedColumns,
      findings: jsonFindings(listed, t),
      counts,
      asOf: asOfIso,
      minSeverity: options.minSeverity,
      failOn: options.failOn,
      format: plan.registers[0].workbook.format,
      ...more,
      notices: planNotices(plan),
      files: plan.files,
      registers: plan.registers.map((l, i) => {
        const d = describeRegister(l);
        const part = rollup.parts[i];
        return {
          file: d.file,
          sheet: d.sheet,
          headerRow: d.headerRow,
          rows: d.rows,
          mapping: d.mapping,
          sheetChosenBy: d.sheetChosenBy,
          merged: part.merged,
          ...(part.source ? { source: part.source } : {}),
          ...(part.kind ? { kind: part.kind } : {}),
          counts: countFindings(all.filter((f) => f.file === l.file && f.sheet === l.sheet.name)),
        };
      }),
      objectives: plan.objectives.map((o) => ({
        file: o.file,
        sheet: o.objectives.sheet,
        headerRow: o.objectives.headerRow,
        objectives: o.objectives.objectives.length,
        measurementsSheet: o.measurementsSheet ?? null,
      })),
      rollup: rollupJson(rollup),
    };
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else if (options.format === 'csv') {
    io.stdout.write(planCsv(listed, t));
  } else {
    const parts: string[] = [];
    for (const w of where) {
      const own = listed.filter((f) => f.file === w.file && f.sheet === w.sheet);
      const summary = {
        file: w.file,
        sheet: w.sheet,
        headerRow: 0,
        rows: w.rows,
        asOf: asOfIso,
        counts: countFindings(all.filter((f) => f.file === w.file && f.sheet === w.sheet)),
        minSeverity: options.minSeverity,
      };
      parts.push(
        options.format === 'markdown'
          ? formatFindingsMarkdown(own, summary, t)
          : `${w.head}\n${formatFindingsText(own, summary, paint, t).replace(/^\n/, '')}`,
      );
    }
    io.stdout.write(
      parts.join('\n') + (options.format === 'markdown' ? '' : totalsLine(plan, rollup, counts)),
    );
  }
  return { ok: true, value: fails(counts, options.failOn) ? EXIT.findings : EXIT.ok };
}

function breakdownText(figures: RollupFigures): string {
  const lines = ['\nRegisters (each counted alone; Merged: copies counted in an earlier register):'];
  for (const r of figures.registers) {
    const name = `${path.basename(r.file)} "${r.sheet}"`;
    const source = r.source ?? r.kind;
    lines.push(
      `  ${name}${source ? ` (${source})` : ''}: ${plural(r.actions, 'action')}, ${r.open} open, ` +
        `${r.unknown.overdue ? 'overdue unknown' : `${r.overdue} overdue`}${r.merged ? `, ${r.merged} merged` : ''}`,
    );
  }
  const d = figures.rollup.duplicates;
  if (d.length > 0) {
    lines.push(`  ${plural(d.length, 'action')} in two registers, counted once:`);
    for (const x of d.slice(0, 10))
      lines.push(
        `    ${x.dropped.id || `row ${x.dropped.row}`}: "${x.dropped.sheet}" row ${x.dropped.row} = "${x.kept.sheet}" row ${x.kept.row} (${x.because})`,
      );
    if (d.length > 10) lines.push(`    … and ${d.length - 10} more (validate lists every one)`);
  }
  return lines.join('\n') + '\n';
}

function objectivesText(review: ObjectivesReview): string {
  const c = review.counts;
  const lines = [
    `\nObjectives (9.3.2 d 4): ${review.objectives.length} — ${c.met} met, ${c['on-track']} on track, ${c['at-risk']} at risk, ${c.missed} missed, ${c['not-measured']} not measured`,
  ];
  for (const o of review.objectives) {
    const trend = o.trend.map((t) => t.value).join(' → ');
    lines.push(
      `  ${o.id ? `${o.id} ` : ''}${o.objective}: ${o.status}${o.target ? `, target ${o.target}` : ''}${trend ? `, measured ${trend}` : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The review's JSON and text over a plan, and with `--out` the new summary workbook. */
export async function runReviewPlan(
  plan: LoadedPlan,
  options: CliOptions,
  io: CliIo,
  progress: Progress,
): Promise<Outcome<number>> {
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  progress.phase('Computing the review figures over every register');
  const rollup = rolledUp(plan, asOf, options);
  const findings = planFindings(plan, rollup, asOf);
  const figures = reviewRollup(rollup, {
    asOf,
    from: options.from,
    to: options.to,
    rechecks: options.followThrough?.rechecks,
    findings: findings.filter((f) =>
      plan.registers.some((l) => l.file === f.file && l.sheet.name === f.sheet),
    ),
  });
  const objectives =
    plan.objectives.length > 0
      ? reviewObjectives(
          plan.objectives.map((o) => o.objectives),
          asOf,
        )
      : undefined;
  let written: PlanWorkbook | undefined;
  if (options.out !== undefined) {
    progress.phase(`Writing ${path.basename(options.out)}`);
    const out =
      plan.files.length === 1
        ? await copyWithSummary(plan, figures, objectives, options, io)
        : await writePlanWorkbook({
            plan,
            figures,
            objectives,
            options,
            now: io.now,
            env: io.env ?? process.env,
          });
    progress.clear();
    if (!out.ok) return out;
    written = out.value;
  }
  progress.clear();
  io.stderr.write(notesOf(plan));
  if (options.format === 'json') {
    const first = describeRegister(plan.registers[0]);
    const json = {
      file: first.file,
      sheet: first.sheet,
      headerRow: first.headerRow,
      rows: first.rows,
      ...figures,
      output: written ?? null,
      notices: planNotices(plan),
      files: plan.files,
      objectives: objectives ?? null,
    };
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
    if (written) io.stderr.write(wroteText(written));
  } else {
    for (const w of places(plan)) io.stdout.write(`${w.head}\n`);
    io.stdout.write(formatFigures(figures, options.translator ?? EN));
    io.stdout.write(breakdownText(figures));
    if (objectives) io.stdout.write(objectivesText(objectives));
    io.stdout.write(
      written
        ? '\n' + wroteText(written)
        : '\nAdd --out <summary.xlsx> to write these figures as a management-review workbook.\n',
    );
  }
  return { ok: true, value: EXIT.ok };
}

/** One workbook holding several registers: its copy, extended with the summary (as for one register). */
async function copyWithSummary(
  plan: LoadedPlan,
  figures: RollupFigures,
  objectives: ObjectivesReview | undefined,
  options: CliOptions,
  io: CliIo,
): Promise<Outcome<PlanWorkbook>> {
  const first = plan.registers[0];
  const env = io.env ?? process.env;
  const copy = await writeSummaryCopy({
    input: first.file,
    format: first.workbook.format,
    registerSheet: first.sheet,
    headerRow: first.register.mapping.headerRow,
    out: options.out!,
    force: options.force,
    now: io.now,
    fault: faultFromEnv(env),
    plan: (existingSheetNames) =>
      planReviewSheet(figures, {
        existingSheetNames,
        registerName: `${path.basename(first.file)}, ${plural(plan.registers.length, 'register')}`,
        generatedAt: stamp(io.now),
        locale: env.LC_ALL || env.LC_PAPER || env.LANG || undefined,
        registers: figures.registers,
        objectives,
        t: options.translator,
      }),
  });
  if (!copy.ok) return copy;
  return {
    ok: true,
    value: {
      file: copy.value.out,
      sheet: copy.value.sheet,
      charts: copy.value.charts,
      chartsNotDrawn: copy.value.chartsNotDrawn,
      notes: copy.value.notes,
      copyOf: first.file,
    },
  };
}

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

function wroteText(w: PlanWorkbook): string {
  const lines = [
    w.copyOf
      ? `Wrote ${w.file}: a copy of ${path.basename(w.copyOf)} with the sheet "${w.sheet}" added (every register of it). The input file is unchanged.`
      : `Wrote ${w.file}: a new workbook with the sheets "${w.registersSheet}" (the registers read) and "${w.sheet}" (the summary). The input files are unchanged.`,
  ];
  if (w.charts.length > 0) lines.push(`Charts on the summary: ${w.charts.join('; ')}.`);
  lines.push(...w.notes);
  return lines.join('\n') + '\n';
}
