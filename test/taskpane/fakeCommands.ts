/**
 * An in-memory workbook behind the command contract, for pane tests. Results come from the real
 * core (header detection, parsing, validation, review figures, setup plan) over small grids, so
 * the pane is tested against what the engine really says, not against numbers made up here.
 */
import type {
  ImprovementPlanCommands,
  Outcome,
  RegisterInfo,
  ReviewRequest,
  RunOptions,
  UserError,
} from '../../src/commands/api';
import {
  chooseRegisterSheet,
  computeReview,
  dayFromIso,
  FIELD_LABELS,
  FIELDS,
  parseRegister,
  planSetup,
  planMissingColumns,
  validateRegister,
  type CellValue,
  type Register,
  type RegisterConfig,
} from '../../src/core';
import { registerHealth } from '../../src/commands/health';
import { defaultSheets } from './fixtures';

export * from './fixtures';

type Method = keyof ImprovementPlanCommands;

export interface Call {
  method: Method;
  args: unknown;
  signal?: AbortSignal;
}

/** A held call: it reports progress and waits until released or aborted. */
export interface Hold {
  release: () => void;
}

const NETWORK: UserError = {
  code: 'network',
  message: 'Excel did not answer in time. Check your connection and try again.',
  retry: true,
};

export class FakeCommands implements ImprovementPlanCommands {
  readonly sheets: Map<string, CellValue[][]>;
  readonly calls: Call[] = [];
  stored: (RegisterConfig & { sheetName?: string }) | undefined;
  activeSheet = '';
  asOf = '2026-11-26';
  private failures = new Map<Method, UserError[]>();
  private holds = new Map<Method, Promise<void>>();

  constructor(sheets: Record<string, CellValue[][]> = defaultSheets()) {
    this.sheets = new Map(Object.entries(sheets));
  }

  /** The next call of `method` fails with `error`. */
  failNext(method: Method, error: UserError = NETWORK): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  /** The next call of `method` waits (after reporting progress) until released or cancelled. */
  holdNext(method: Method): Hold {
    let release = () => {};
    this.holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return { release: () => release() };
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async start(
    method: Method,
    args: unknown,
    options: RunOptions = {},
  ): Promise<UserError | undefined> {
    this.calls.push({ method, args, signal: options.signal });
    await Promise.resolve();
    options.onProgress?.({ fraction: 0.4, label: 'Reading rows 1–500' });
    const hold = this.holds.get(method);
    if (hold) {
      this.holds.delete(method);
      await new Promise<void>((resolve) => {
        void hold.then(resolve);
        options.signal?.addEventListener('abort', () => resolve());
      });
    }
    if (options.signal?.aborted) return { code: 'cancelled', message: 'Cancelled.', retry: false };
    return this.failures.get(method)?.shift();
  }

  private read(): Outcome<{ info: RegisterInfo; register: Register }> {
    const candidates = [...this.sheets].map(([name, values]) => ({ name, grid: { values } }));
    const choice = chooseRegisterSheet(candidates);
    const storedName = this.stored?.sheetName;
    const name = storedName && this.sheets.has(storedName) ? storedName : choice?.name;
    if (!name) {
      return fail('no-register', 'No sheet in this workbook looks like an improvement register.');
    }
    const config: RegisterConfig = { ...this.stored };
    delete (config as { sheetName?: string }).sheetName;
    const parsed = parseRegister({ values: this.sheets.get(name)! }, config, name);
    if (!parsed.ok) return fail('no-register', parsed.message);
    const register = parsed.value;
    const v = register.vocabularies;
    const info: RegisterInfo = {
      sheetName: name,
      headerRow: register.mapping.headerRow,
      mapping: register.mapping,
      alternatives: [choice, ...(choice?.alternatives ?? [])]
        .filter((a): a is NonNullable<typeof a> => !!a && a.name !== name)
        .map((a) => ({ name: a.name, headerRow: a.headerRow })),
      vocabularyNotes: [v.status, v.type, v.source, v.priority, v.effectiveness].flatMap((m) => m.notes),
      rows: register.actions.length,
      lastRow: register.lastRow,
      tableEnd: register.tableEnd?.reason,
      config,
      storedConfig: this.stored !== undefined,
    };
    return { ok: true, value: { info, register } };
  }

  async detectRegister(options?: RunOptions) {
    const failure = await this.start('detectRegister', undefined, options);
    if (failure) return { ok: false as const, error: failure };
    const read = this.read();
    return read.ok ? { ok: true as const, value: read.value.info } : read;
  }

  async validate(options: RunOptions & { asOf?: string; highlight?: boolean } = {}) {
    const failure = await this.start(
      'validate',
      { asOf: options.asOf, highlight: options.highlight },
      options,
    );
    if (failure) return { ok: false as const, error: failure };
    const read = this.read();
    if (!read.ok) return read;
    const asOf = options.asOf ?? this.asOf;
    const report = validateRegister(read.value.register, { asOf: dayFromIso(asOf)! });
    const value = {
      info: read.value.info,
      findings: report.findings,
      counts: report.counts,
      asOf,
      highlighted: false,
      health: registerHealth(read.value.register, report.findings, dayFromIso(asOf)!),
    };
    return { ok: true as const, value };
  }

  async goToFinding(finding: { row: number | null; column: string }): Promise<Outcome<void>> {
    const failure = await this.start('goToFinding', finding);
    return failure ? { ok: false, error: failure } : { ok: true, value: undefined };
  }

  async reviewSummary(request: ReviewRequest & RunOptions = {}) {
    const { asOf = this.asOf, from, to } = request;
    const failure = await this.start('reviewSummary', { asOf, from, to }, request);
    if (failure) return { ok: false as const, error: failure };
    const read = this.read();
    if (!read.ok) return read;
    const day = (iso?: string) => (iso ? dayFromIso(iso) : undefined);
    const figures = computeReview(read.value.register, { asOf: day(asOf)!, from: day(from), to: day(to) });
    const sheetName = this.uniqueName(`Management Review ${asOf}`);
    this.sheets.set(sheetName, [['Management review', asOf]]);
    return { ok: true as const, value: { sheetName, figures } };
  }

  async activateSheet(name: string): Promise<Outcome<void>> {
    const failure = await this.start('activateSheet', name);
    if (failure) return { ok: false, error: failure };
    if (!this.sheets.has(name))
      return fail('sheet-missing', `The sheet "${name}" is no longer in the workbook.`);
    this.activeSheet = name;
    return { ok: true, value: undefined };
  }

  async setupRegister(options?: RunOptions & { addColumns?: boolean }) {
    const failure = await this.start('setupRegister', options?.addColumns ?? false, options);
    if (failure) return { ok: false as const, error: failure };
    const read = this.read();
    if (!read.ok) return read;
    const plan = planSetup(read.value.register);
    const missing = planMissingColumns(read.value.register, 26).columns.map((c) => c.header);
    return {
      ok: true as const,
      value: {
        validations: plan.validations.length,
        conditionalFormats: plan.conditionalFormats.length,
        missingColumns: options?.addColumns ? [] : missing,
        addedColumns: options?.addColumns ? missing : [],
      },
    };
  }

  async previewSetup(options?: RunOptions) {
    const failure = await this.start('previewSetup', undefined, options);
    if (failure) return { ok: false as const, error: failure };
    const read = this.read();
    if (!read.ok) return read;
    const plan = planSetup(read.value.register);
    const missing = planMissingColumns(read.value.register, 26);
    return {
      ok: true as const,
      value: {
        sheetName: read.value.info.sheetName,
        validations: plan.validations.filter((v) => v.values.length > 0),
        conditionalFormats: plan.conditionalFormats,
        missingColumns: missing.columns.map((c) => ({
          field: c.field,
          address: `${c.letter}${missing.headerRow}`,
          header: c.header,
        })),
      },
    };
  }

  async sheetNames(): Promise<Outcome<string[]>> {
    const failure = await this.start('sheetNames', undefined);
    return failure ? { ok: false, error: failure } : { ok: true, value: [...this.sheets.keys()] };
  }

  async newRegister() {
    const failure = await this.start('newRegister', undefined);
    if (failure) return { ok: false as const, error: failure };
    const sheetName = this.uniqueName('Improvement Plan');
    this.sheets.set(sheetName, [FIELDS.map((f) => FIELD_LABELS[f])]);
    this.activeSheet = sheetName;
    return { ok: true as const, value: { sheetName } };
  }

  async saveConfig(config: RegisterConfig & { sheetName?: string }): Promise<Outcome<void>> {
    const failure = await this.start('saveConfig', config);
    if (failure) return { ok: false, error: failure };
    this.stored = JSON.parse(JSON.stringify(config)) as RegisterConfig & { sheetName?: string };
    return { ok: true, value: undefined };
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let n = 2; this.sheets.has(name); n++) name = `${base} (${n})`;
    return name;
  }
}

function fail(code: UserError['code'], message: string): { ok: false; error: UserError } {
  return { ok: false, error: { code, message, retry: false } };
}
