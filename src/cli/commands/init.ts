/**
 * `improvement-plan init <file.xlsx> [--policy policy.json]`: writes a new, empty register with the
 * canonical columns, dropdown lists and highlights, and the target-date policy (the file's, else
 * the defaults) as the note of its target-date and re-check headers. Never replaces an existing
 * file unless `--force`.
 */
import { describePolicy } from '../../core/followThrough/policy';
import type { CliOptions } from '../args';
import { resolvePolicy } from '../policy';
import { EXIT, type CliIo, type Outcome } from '../runtime';
import { checkOutPath, writeAtomically } from '../writer/outPath';
import { buildTemplate, TEMPLATE_LAST_ROW, TEMPLATE_SHEET, templateHeaders } from '../writer/template';
import { addObjectivesSheet } from './objectivesSheet';

/**
 * Runs init. Returns exit code 0 once the file is written, or the problem that stopped it.
 *
 * @example await runInit(options, io) // { ok: true, value: 0 }
 */
export async function runInit(options: CliOptions, io: CliIo): Promise<Outcome<number>> {
  // The policy file is checked first: a wrong one stops the run before anything is written.
  const resolved = await resolvePolicy('', options.followThrough?.policyFile);
  if (!resolved.ok) return resolved;
  const guidance = describePolicy(resolved.value.policy);
  const checked = await checkOutPath(options.file, { force: options.force, option: 'init' });
  if (!checked.ok) return checked;
  const { workbook, setup } = buildTemplate(io.now);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
  for (const h of templateHeaders())
    if (h.field === 'targetDate' || h.field === 'recheckDate')
      sheet.getCell(`${h.letter}1`).note = guidance.join('\n');
  const objectives = options.objectives ? addObjectivesSheet(workbook, io.now) : undefined;
  const bytes = await workbook.xlsx.writeBuffer();
  const written = await writeAtomically(checked.value, new Uint8Array(bytes as ArrayBuffer));
  if (!written.ok) return written;
  const columns = templateHeaders();
  if (options.format === 'json') {
    const json = {
      file: options.file,
      sheet: TEMPLATE_SHEET,
      headerRow: 1,
      columns,
      ...setup,
      policy: { from: resolved.value.from, ...resolved.value.policy },
      ...(objectives
        ? { objectives: { sheet: objectives.sheet, headerRow: 1, columns: objectives.headers } }
        : {}),
    };
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    io.stdout.write(
      `Wrote ${options.file}: a new register on the sheet "${TEMPLATE_SHEET}" with ${columns.length} columns ` +
        `(header on row 1, frozen), dropdown lists for ${setup.validations.map((v) => v.field).join(', ')}, ` +
        `and highlights for overdue actions and missing owners or target dates (rows 2–${TEMPLATE_LAST_ROW}).\n` +
        `${guidance.join(' ')} (the note on the "${templateHeaders().find((h) => h.field === 'targetDate')!.header}" header)\n` +
        `Add one row per action, then run: improvement-plan validate ${options.file}\n`,
    );
    if (objectives)
      io.stdout.write(
        `Beside it, the sheet "${objectives.sheet}": one row per information-security objective (clause 6.2) — ` +
          `objective, measure, baseline, target value, owner, due date — and a column per month (${objectives.headers[7]} to ${objectives.headers[objectives.headers.length - 1]}) for its measurements. ` +
          'validate checks each is SMART and measured; review shows on track, at risk or missed with a trend chart.\n',
      );
  }
  return { ok: true, value: EXIT.ok };
}
