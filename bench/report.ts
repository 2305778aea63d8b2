/** What every benchmark part returns, and the plain-text rendering of it. */

export interface Goal {
  goal: string;
  measured: string;
  /** null: not measured. */
  met: boolean | null;
  /** Why a goal is missed or not measured. */
  why?: string;
}

export interface Table {
  title?: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface PartResult {
  id: string;
  title: string;
  tables: Table[];
  goals: Goal[];
  notes: string[];
  /** Raw figures for --json. */
  data: Record<string, unknown>;
  /** Set when the part could not run to the end. */
  error?: string;
  seconds?: number;
  /** The machine's load average (1, 5, 15 minutes) when the part ended. */
  loadAverage?: number[];
}

/** One goal as `--json` lists it: the part, the goal, what was measured, met or not, and the load. */
export interface GoalLine extends Goal {
  part: string;
  /** Load average (1, 5, 15 minutes) when the part that measured it ended. */
  loadAverage?: number[];
}

/** Every goal of the run, flat: what `npm run bench -- --json` reports first. */
export function goalSummary(parts: readonly PartResult[]): GoalLine[] {
  return parts.flatMap((p) =>
    p.goals.map((g) => ({
      part: p.id,
      goal: g.goal,
      measured: g.measured,
      met: g.met,
      ...(g.why ? { why: g.why } : {}),
      ...(p.loadAverage ? { loadAverage: p.loadAverage } : {}),
    })),
  );
}

export interface Options {
  json: boolean;
  quick: boolean;
  /** Parts to run (all by default). */
  parts: Set<string>;
  /** Skip `tsc -p tsconfig.cli.json` before the command-line part. */
  noBuild: boolean;
  /** Progress lines go to stderr so stdout stays the report. */
  log(message: string): void;
}

export function emptyPart(id: string, title: string): PartResult {
  return { id, title, tables: [], goals: [], notes: [], data: {} };
}

function cell(v: string | number): string {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : String(v);
  return v;
}

/** A fixed-width text table; numbers right-aligned. */
export function renderTable(table: Table): string {
  const rows = table.rows.map((r) => r.map(cell));
  const widths = table.columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = table.columns.map((_, i) => table.rows.every((r) => typeof r[i] === 'number'));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [];
  if (table.title) out.push(table.title);
  out.push(line(table.columns), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(line(r));
  return out.join('\n');
}

export function renderPart(part: PartResult): string {
  const out = [`## ${part.title}${part.seconds !== undefined ? ` (${part.seconds.toFixed(0)} s)` : ''}`, ''];
  if (part.error) out.push(`NOT COMPLETED: ${part.error}`, '');
  for (const t of part.tables) out.push(renderTable(t), '');
  for (const n of part.notes) out.push(`- ${n}`);
  if (part.notes.length) out.push('');
  return out.join('\n');
}

export function renderGoals(parts: PartResult[]): string {
  const rows = parts.flatMap((p) =>
    p.goals.map((g) => [
      p.id,
      g.goal,
      g.measured,
      g.met === null ? 'not measured' : g.met ? 'met' : 'MISSED',
    ]),
  );
  const table = renderTable({ title: '## Goals', columns: ['part', 'goal', 'measured', 'status'], rows });
  const why = parts
    .flatMap((p) =>
      p.goals.filter((g) => g.met !== true && g.why).map((g) => `- ${p.id}: ${g.goal} — ${g.why}`),
    )
    .join('\n');
  return why ? `${table}\n\n${why}\n` : `${table}\n`;
}
