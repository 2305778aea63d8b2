import fs from 'node:fs';
import path from 'node:path';
import {
  catalogueMessage,
  chooseRegisterSheet,
  findingMessage,
  localizeFindings,
  parseRegister,
  validateRegister,
  type Finding,
} from '../../../src/core';
import { coreTranslator, EN, LANGUAGES, type CoreKey } from '../../../src/core/i18n';
import { parseObjectives, validateObjectives } from '../../../src/core/objectives';
import { rollUp, validateRollup } from '../../../src/core/rollup';
import { validateGrid } from '../../../src/core/validate';
import { markUncalculated } from '../../../src/cli/notCalculated';
import { readWorkbook } from '../../../src/cli/io/readWorkbook';
import type { SheetData } from '../../../src/cli/io/types';
import { AS_OF, makeAction, makeClosedNc, registerOf, serial } from '../builders';
import { FIXTURE_SHEETS, OBJECTIVES_ROWS } from '../rollupFixture';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** Findings whose messages are not in the catalogue yet (see the README's "Languages"). */
const NOT_KEYED = new Set<string>();

/** Findings whose message names another place, not the action's own id (nor does the English). */
const NO_ID = new Set(['missing-id', 'duplicate-across-registers']);

/** A register that trips most rules at least once, several of them in two variants. */
function messyFindings(): Finding[] {
  const register = registerOf([
    makeAction({ id: 'NC-1', owner: '', targetDate: '' }),
    makeAction({ id: 'NC-1', status: 'Overdue', requirement: 'A.9.2.1, 99.9' }),
    makeAction({ id: '', status: 'Blorp' }),
    makeAction({ id: 'NC-4', status: 'Blorp', type: 'Finding?' }),
    makeAction({ id: 'NC-5', status: 'Blorp', source: 'Coffee chat', raisedDate: '03/04/2026' }),
    makeAction({ id: 'NC-6', targetDate: 'soon', targetReviewDate: serial('2026-10-01') }),
    makeAction({ id: 'NC-7', targetDate: serial('2026-08-01') }),
    makeAction({ id: 'NC-8', targetDate: serial('2026-11-25') }),
    makeAction({ id: 'NC-9', raisedDate: serial('2026-10-01'), targetDate: serial('2026-09-01') }),
    makeClosedNc({ id: 'NC-10', rootCause: 'TBD', effectivenessResult: '', verifiedBy: '' }),
    makeClosedNc({ id: 'NC-11', rootCause: 'Human error', effectivenessResult: 'Not effective' }),
    makeClosedNc({ id: 'NC-12', closedDate: serial('2027-05-01'), evidence: '' }),
    makeClosedNc({ id: 'NC-13', closedDate: '', verifiedBy: 'Dana Reyes' }),
    makeAction({
      id: 'OFI-1',
      type: 'OFI',
      status: 'Closed',
      remediation: '',
      closedDate: serial('2026-10-10'),
    }),
    makeAction({ id: 'OBS-1', type: 'Observation', status: 'Closed', remediation: '' }),
    makeAction({ id: 'NC-16', status: 'Cancelled', notes: '' }),
    makeAction({ id: 'NC-17', status: 'Implemented', completionDate: '' }),
  ]);
  return validateRegister(register, { asOf: AS_OF }).findings;
}

/**
 * The findings that come from elsewhere than the register's rules: the reader (no header), a kept
 * re-check date, a roll-up of registers, an objectives sheet and a formula without its result.
 */
function otherFindings(): Finding[] {
  const out: Finding[] = [];
  const noHeader = {
    values: [
      ['Coffee', 'Biscuits'],
      ['1', '2'],
    ],
  };
  out.push(...validateGrid(noHeader, { asOf: AS_OF }).findings);
  out.push(...validateGrid(noHeader, { asOf: AS_OF, config: { headerRow: 2 } }).findings);
  const rechecked = registerOf([makeClosedNc({ id: 'NC-1' }), makeClosedNc({ id: 'NC-2' })]);
  out.push(
    ...validateRegister(rechecked, { asOf: AS_OF, rechecks: { 'NC-1': '2026-10-31', 'NC-2': '2026-11-25' } })
      .findings,
  );
  const inputs = FIXTURE_SHEETS.map((sheet) => {
    const parsed = parseRegister({ values: sheet.rows }, {}, sheet.name);
    if (!parsed.ok) throw new Error(parsed.message);
    return { file: 'C:\\plans\\plan.xlsx', sheet: sheet.name, register: parsed.value };
  });
  out.push(...validateRollup(rollUp(inputs), { asOf: AS_OF }));
  const objectives = parseObjectives({ values: OBJECTIVES_ROWS }, 'Objectives')!;
  out.push(...validateObjectives(objectives, AS_OF));
  // The same sheet with a measure column left empty, targets and due dates that are words, and
  // no period columns: the other variants of each objectives message.
  const words = OBJECTIVES_ROWS.map((row, i) =>
    i < 3
      ? row.slice(0, 7)
      : [
          row[0],
          row[1],
          i === 3 ? '' : row[2],
          row[3],
          i === 3 ? 'better' : '',
          row[5],
          i === 3 ? 'soon' : '',
        ],
  );
  out.push(...validateObjectives(parseObjectives({ values: words }, 'Objectives')!, AS_OF));
  const bare = OBJECTIVES_ROWS.map((row) => [row[0], row[1], row[4], row[5], row[6]]);
  out.push(...validateObjectives(parseObjectives({ values: bare }, 'Objectives')!, AS_OF));
  const unmeasured = OBJECTIVES_ROWS.map((row, i) =>
    i < 3 ? row : [...row.slice(0, 7), '', '', '', '', ''],
  );
  out.push(...validateObjectives(parseObjectives({ values: unmeasured }, 'Objectives')!, AS_OF));
  const messy = messyFindings();
  const owner = messy.find((f) => f.code === 'missing-owner' && f.column)!;
  const sheet = {
    name: 'Register',
    hidden: false,
    grid: { values: [] },
    merges: [],
    hiddenRows: [],
    uncalculated: [`${owner.column}${owner.row}`],
    notices: [],
  } satisfies SheetData;
  out.push(...markUncalculated(messy, sheet).filter((f) => f.code === 'not-calculated'));
  return out;
}

async function fileFindings(file: string): Promise<Finding[]> {
  const read = await readWorkbook(file);
  if (!read.ok) return [];
  const sheets = read.value.sheets;
  const choice = chooseRegisterSheet(sheets);
  if (!choice) return [];
  const parsed = parseRegister(sheets[choice.index].grid, {}, choice.name);
  return parsed.ok ? validateRegister(parsed.value, { asOf: AS_OF }).findings : [];
}

async function allFindings(): Promise<Finding[]> {
  const out = [...messyFindings(), ...otherFindings()];
  const files = [
    path.join(EXAMPLES, 'sample-register.xlsx'),
    ...(fs.existsSync(CORPUS)
      ? fs
          .readdirSync(CORPUS)
          .filter((f) => /\.(xlsx|csv)$/.test(f))
          .map((f) => path.join(CORPUS, f))
      : []),
  ];
  for (const file of files) out.push(...(await fileFindings(file)));
  return out;
}

describe('findings in the user’s language', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await allFindings();
  }, 120_000);

  it('gives every rule’s finding a catalogue key, whose English is the rule’s own message', () => {
    const codes = new Set<string>();
    const problems: string[] = [];
    for (const f of findings) {
      codes.add(f.code);
      if (!f.key) {
        if (!NOT_KEYED.has(f.code)) problems.push(`${f.code}: no key`);
        continue;
      }
      const english = catalogueMessage(f as Finding & { key: CoreKey }, EN);
      if (english !== f.message)
        problems.push(`${f.code}\n  rule:      ${f.message}\n  catalogue: ${english}`);
    }
    expect(problems).toEqual([]);
    // The messy register alone reaches these; the corpus adds more.
    for (const code of [
      'column-missing',
      'missing-id',
      'duplicate-id',
      'missing-owner',
      'missing-target-date',
      'unknown-type',
      'unknown-status',
      'unknown-source',
      'invalid-date',
      'ambiguous-date',
      'date-order',
      'nc-closed-without-root-cause',
      'nc-closed-without-effectiveness',
      'ofi-closed-without-remediation',
      'gate-missing-field',
      'closed-without-date',
      'closed-without-evidence',
      'overdue',
      'review-overdue',
      'status-is-overdue',
      'unknown-requirement',
      'legacy-2013-requirement',
      'verifier-is-owner',
      'blame-only-root-cause',
      'effectiveness-check-overdue',
      'target-beyond-policy',
      'target-missing-suggested',
      'header-not-found',
      'recheck-overdue',
      'duplicate-across-registers',
      'objective-missing-measure',
      'objective-missing-target',
      'objective-missing-owner',
      'objective-missing-due-date',
      'objective-measurement-overdue',
      'objective-missed',
      'not-calculated',
    ])
      expect([code, codes.has(code)]).toEqual([code, true]);
  });

  it('reaches every variant of the messages from outside the register’s rules', () => {
    const keys = new Set(findings.map((f) => f.key));
    const missing = [
      'finding.header-not-found',
      'finding.header-not-found.row',
      'finding.recheck-overdue',
      'finding.duplicate-across-registers',
      'finding.not-calculated',
      'finding.objective-missing-measure',
      'finding.objective-missing-measure.none',
      'finding.objective-missing-target',
      'finding.objective-missing-target.text',
      'finding.objective-missing-owner',
      'finding.objective-missing-due-date',
      'finding.objective-missing-due-date.text',
      'finding.objective-measurement-overdue',
      'finding.objective-measurement-overdue.none',
      'finding.objective-missed',
    ].filter((k) => !keys.has(k as CoreKey));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    'says every finding in %s, with its values and no placeholder left',
    async (lang) => {
      const t = await coreTranslator(lang);
      const problems: string[] = [];
      for (const f of findings) {
        if (!f.key) continue;
        const said = findingMessage(f, t);
        if (said === f.message) problems.push(`${f.code}: still English: ${said}`);
        if (/\{|\}|finding\.|field\./.test(said)) problems.push(`${f.code}: placeholder left: ${said}`);
        if (f.id && !NO_ID.has(f.code) && !said.includes(f.id)) problems.push(`${f.code}: no id: ${said}`);
        for (const [name, v] of Object.entries(f.values ?? {}))
          if (['word', 'ref', 'header', 'cause'].includes(name) && !said.includes(String(v)))
            problems.push(`${f.code}: ${name} "${String(v)}" missing: ${said}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('names the action, its field and its dates as the language does', async () => {
    const de = await coreTranslator('de-DE');
    const fr = await coreTranslator('fr');
    const overdue = messyFindings().find((f) => f.code === 'overdue' && f.id === 'NC-7')!;
    expect(overdue.message).toBe(
      'NC-7 (row 8) is 117 days overdue (target 2026-08-01). Chase the owner, or agree and record a new target date.',
    );
    expect(findingMessage(overdue, de)).toBe(
      'NC-7 (Zeile 8) ist seit 117 Tagen überfällig (Zieltermin 01.08.2026). Haken Sie beim Verantwortlichen nach oder vereinbaren und erfassen Sie einen neuen Zieltermin.',
    );
    expect(findingMessage(overdue, fr)).toMatch(
      /^NC-7 \(ligne 8\) est en retard de 117 jours \(échéance 1 août 2026\)/,
    );
    const oneDay = messyFindings().find((f) => f.code === 'overdue' && f.id === 'NC-8')!;
    expect(findingMessage(oneDay, de)).toContain('seit 1 Tag überfällig');
    const owner = messyFindings().find((f) => f.code === 'missing-owner')!;
    expect(findingMessage(owner, await coreTranslator('it'))).toBe(
      'NC-1 (riga 2) è aperta ma non ha un responsabile. Indicate la persona che ne risponde.',
    );
    const suggested = messyFindings().find((f) => f.code === 'target-missing-suggested')!;
    expect(findingMessage(suggested, de)).toMatch(
      /^NC-1 \(Zeile 2\): Die Zieltermin-Richtlinie schlägt \d\d\.\d\d\.\d{4} als Zieltermin vor \(\d+ Tage für eine Nebenabweichung, ab der Erfassung am 01\.09\.2026\)\./,
    );
    const column = messyFindings().find((f) => f.code === 'gate-missing-field' && f.id === 'NC-17');
    if (column) expect(findingMessage(column, de)).toContain('Umgesetzt am');
  });

  it('says the re-check, roll-up, objectives and formula findings in the language', async () => {
    const de = await coreTranslator('de');
    const said = (code: string, t = de) =>
      findingMessage(
        otherFindings().find((f) => f.code === code)!,
        t,
      );
    expect(said('recheck-overdue')).toBe(
      'NC-1 (Zeile 2) wurde als wirksam abgeschlossen, aber die erneute Wirksamkeitsprüfung ist seit 26 Tagen überfällig (fällig am 31.10.2026). Prüfen Sie, ob die Korrekturmaßnahme noch wirkt, und erfassen Sie das Ergebnis: wirksam, oder nicht wirksam, um sie wieder zu öffnen (Abschnitt 10.2 d, e).',
    );
    expect(said('header-not-found')).toMatch(/^In den ersten 60 Zeilen wurde keine Kopfzeile/);
    expect(said('duplicate-across-registers')).toMatch(
      /^Dieselbe Maßnahme wie in „.+“, Zeile \d+ von plan\.xlsx \(gleiche ID\)/,
    );
    expect(said('objective-missed', await coreTranslator('fr'))).toMatch(
      /^L’objectif « OBJ-3 » était à atteindre le 30 sept\. 2026 et sa dernière mesure/,
    );
    expect(said('not-calculated', await coreTranslator('it'))).toMatch(
      /^NC-1 \(riga 2\): .+ è una formula mai calcolata \([A-Z]+2 non ha un risultato salvato\)/,
    );
  });

  it('keeps codes, rows and keys, and English as it was', async () => {
    const es = await coreTranslator('es');
    const list = messyFindings();
    const localized = localizeFindings(list, es);
    expect(localized.map((f) => [f.code, f.row, f.column, f.key])).toEqual(
      list.map((f) => [f.code, f.row, f.column, f.key]),
    );
    expect(localizeFindings(list, EN)).toBe(list);
    const unknown = localized.find((f) => f.code === 'unknown-status')!;
    expect(unknown.message).toMatch(/^Fila 4 y 2 más: el estado «Blorp» no se reconoce \(3 filas: 4, 5, 6\)/);
  });
});
