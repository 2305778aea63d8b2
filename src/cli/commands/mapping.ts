/**
 * `improvement-plan mapping <file> [--out plan.json]`: how the register was read, as a starting
 * `--config` file (schemas/plan-config.schema.json): the sheet, the header row, each field's
 * column by its header, the register's words with what they were read as, the date order. Edit
 * it, then run `validate --config plan.json` — the same settings the pane's Register tab makes.
 */
import type { Register, RegisterConfig } from '../../core/register';
import type { CliOptions } from '../args';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { checkOutPath, writeAtomically } from '../writer/outPath';
import { loadRegister, oneLine } from './load';

/** The schema, where a project that installed the package has it (editors complete and check the file). */
export const CONFIG_SCHEMA_ID = './node_modules/improvement-plan/schemas/plan-config.schema.json';

/** Each mapped field by its header (on one line), or by its column letter when the header is not unique. */
function fieldsOf(register: Register): NonNullable<RegisterConfig['fields']> {
  const columns = Object.values(register.mapping.columns).sort((a, b) => a!.column - b!.column);
  const headers = [...columns.map((c) => c!.header), ...register.mapping.unmapped.map((u) => u.header)];
  const key = (h: string) => oneLine(h).toLowerCase();
  const fields: NonNullable<RegisterConfig['fields']> = {};
  for (const c of columns) {
    const header = oneLine(c!.header);
    const unique = header !== '' && headers.filter((h) => key(h) === key(header)).length === 1;
    fields[c!.field] = unique && !/^[A-Za-z]{1,3}$/.test(header) ? header : c!.letter;
  }
  return fields;
}

function vocabularyOf(register: Register): NonNullable<RegisterConfig['vocabulary']> {
  const out: Record<string, Record<string, string>> = {};
  for (const [kind, vocab] of Object.entries(register.vocabularies)) {
    const words = Object.create(null) as Record<string, string>;
    for (const [n, value] of Object.entries(vocab.map)) words[vocab.words[n] ?? n] = String(value);
    if (Object.keys(words).length > 0) out[kind] = words;
  }
  return out as NonNullable<RegisterConfig['vocabulary']>;
}

/**
 * The configuration that reads the register as it was read now.
 *
 * @example startingConfig(register, 'Improvement plan', {}) // { sheetName: 'Improvement plan', headerRow: 3, … }
 */
export function startingConfig(register: Register, sheetName: string, used: RegisterConfig): RegisterConfig {
  const config: RegisterConfig = { sheetName, headerRow: register.mapping.headerRow };
  if (used.rows) config.rows = used.rows;
  if (register.preset) config.preset = register.preset.name;
  config.fields = fieldsOf(register);
  const vocabulary = vocabularyOf(register);
  if (Object.keys(vocabulary).length > 0) config.vocabulary = vocabulary;
  // A learned or configured order is the register's; the default is only a guess, left open.
  if (register.dateOrderFrom !== 'default') config.dateOrder = register.dateOrder;
  if (used.defaultType) config.defaultType = used.defaultType;
  return config;
}

/**
 * Runs mapping: prints the starting configuration, or writes it to `--out`.
 *
 * @example await runMapping(options, io, progress) // { ok: true, value: 0 }
 */
export async function runMapping(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
): Promise<Outcome<number>> {
  let target: string | undefined;
  if (options.out !== undefined) {
    const checked = await checkOutPath(options.out, {
      force: options.force,
      option: '--out',
      extensions: ['.json'],
      what: 'the configuration is a JSON file',
    });
    if (!checked.ok) return checked;
    target = checked.value;
  }
  const loaded = await loadRegister(options, progress);
  if (!loaded.ok) return loaded;
  progress.clear();
  const { register, sheet } = loaded.value;
  const config = startingConfig(register, sheet.name, loaded.value.config);
  const text = JSON.stringify({ $schema: CONFIG_SCHEMA_ID, ...config }, null, 2) + '\n';
  io.stderr.write(loaded.value.configSources.notes.map((n) => `Note: ${n}\n`).join(''));
  if (target === undefined) {
    io.stdout.write(text);
    return { ok: true, value: EXIT.ok };
  }
  const written = await writeAtomically(target, new TextEncoder().encode(text));
  if (!written.ok) return written;
  const fields = Object.keys(config.fields ?? {}).length;
  io.stderr.write(
    `Wrote ${options.out}: sheet "${sheet.name}", header on row ${register.mapping.headerRow}, ${fields} ` +
      `field${fields === 1 ? '' : 's'} mapped. Edit it, then run: improvement-plan validate ${options.file} --config ${options.out}\n`,
  );
  return { ok: true, value: EXIT.ok };
}
