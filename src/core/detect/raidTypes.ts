/**
 * A RAID log kept on one sheet: a type column whose rows are risks, assumptions, issues and
 * dependencies ("Risk", "Issue", "Dependency"). Its owner, mitigation, due date and status columns
 * are an action list's, so only the types say what the rows are: a project's risks and issues, not
 * improvement actions. A log that also types rows as actions ("Action", "Acción") holds actions
 * beside them, and is read as usual.
 */
import type { Grid } from '../grid';
import { cellText, normalizeWords } from '../text';

/** The RAID kinds a type cell may name, in the languages of the lexicons, keyed by kind. */
const KIND = new Map<string, string>(
  (
    [
      ['risk', 'risk risks riesgo riesgos risco riscos rischio rischi risque risques risiko risiken risico'],
      [
        'assumption',
        'assumption assumptions supuesto supuestos premisa premisas hipotese ipotesi hypothese annahme aanname',
      ],
      ['issue', 'issue issues problema problemas problème probleme problem probleem incidencia'],
      [
        'dependency',
        'dependency dependencies dependencia dependencias dependência dependencias dipendenza dependance abhangigkeit afhankelijkheid',
      ],
    ] as const
  ).flatMap(([kind, words]) => words.split(' ').map((w) => [normalizeWords(w), kind] as const)),
);

/** A type that says the row is an action: the log holds actions too. */
const ACTION = /^(actions?|action items?|accion|acciones|acao|acoes|azione|azioni|massnahmen?|actie|acties)$/;

/** A header naming the kind of each row ("Type", "RAID Category", "Tipo"). */
const TYPE_HEADER = /\b(type|category|kind|tipo|categoria|typ|kategorie|categorie|soort|raid)\b/;

/** Filled cells looked at per column, at most. */
const SAMPLE = 300;
/** RAID kinds a column must name to be a RAID log's type column. */
const MIN_KINDS = 3;

/**
 * The header of the column that types the rows as RAID kinds, with the kinds found, when one
 * names three kinds or more and no action; undefined otherwise.
 *
 * @example raidTypeColumn({ values: [['ID', 'Type'], ['R1', 'Risk'], ['I1', 'Issue'], ['D1', 'Dependency']] }, 1, ['ID', 'Type']) // { header: 'Type', kinds: ['Risk', 'Issue', 'Dependency'] }
 */
export function raidTypeColumn(
  grid: Grid,
  headerRow: number,
  headers: readonly string[],
): { header: string; kinds: string[] } | undefined {
  const from = headerRow - (grid.firstRow ?? 1) + 1;
  for (let c = 0; c < headers.length; c++) {
    if (!TYPE_HEADER.test(normalizeWords(headers[c] ?? ''))) continue;
    const found = new Map<string, string>();
    let action = false;
    let filled = 0;
    for (let r = from; r < grid.values.length && filled < SAMPLE && !action; r++) {
      const text = cellText(grid.values[r]?.[c] ?? '').trim();
      if (!text) continue;
      filled++;
      const word = normalizeWords(text);
      if (ACTION.test(word)) action = true;
      const kind = KIND.get(word);
      if (kind && !found.has(kind)) found.set(kind, text);
    }
    if (!action && found.size >= MIN_KINDS) return { header: headers[c]!.trim(), kinds: [...found.values()] };
  }
  return undefined;
}
