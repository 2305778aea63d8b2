/** Help text of the command line. */
import type { Command } from './args';

const COMMON = `Reading the register (validate, review):
  --sheet <name>              the sheet that holds the register (default: found by its header)
  --header-row <n>            the header's row number (default: found in the first 20 rows)
  --rows <first>:<last>       the sheet rows that hold the actions, e.g. 5:120 or 5: (default: the
                              table's end is found: blank rows, then totals, metrics or notes)
  --preset poam|jira|capa     read a well-known layout (FedRAMP/RMF POA&M, Jira CSV export, ISO 9001
                              CAPA log); recognised by its headers when not given
  --map <field>=<header>      map a column to a field by header text or column letter (repeatable),
                              e.g. --map owner="Responsible for corrective action" --map targetDate=H
  --status-map <word>=<state> read one of your status words as a state (repeatable): new, analysis,
                              planned, in-progress, implemented, closed, on-hold, cancelled
  --type-map <word>=<type>    likewise for types: major-nc, minor-nc, nc, observation, ofi
  --source-map <word>=<src>   likewise for sources: internal-audit, external-audit, incident, …
  --priority-map <word>=<p>   likewise for priorities: critical, high, medium, low
  --date-order dmy|mdy        how to read text dates such as 03/04/2026 (default dmy: 3 April)
  --as-of <yyyy-mm-dd>        the date overdue is measured against (default: today)`;

const TEXT: Record<Command | 'main', string> = {
  main: `improvement-plan — ISO/IEC 27001 continual-improvement register checks and management-review summaries

Usage:
  improvement-plan validate <file> [--format text|json] [options]
  improvement-plan review <file> [--out <summary.xlsx>] [--json] [--from <date>] [--to <date>] [options]
  improvement-plan init <file.xlsx> [--force]
  improvement-plan help <command>

Files: .xlsx, .xlsm (macros are never run) and .csv. The input file is never modified.

Exit codes: 0 no errors; 1 the register has errors (validate); 2 the file or the arguments could not be used.

${COMMON}

Set IMPROVEMENT_PLAN_DEBUG=1 to see the stack trace of an internal error.`,
  validate: `Usage: improvement-plan validate <file> [--format text|json] [options]

Checks the register and lists every finding (row, column, severity, code, id, message).
Exit code 0 when there is no error, 1 when there are errors, 2 when the file or arguments cannot be used.

  --format text|json          output format (default text); --json is short for --format json
  --explain                   say how the register was read: the sheet, header row and rows, each
                              field's column with its confidence, evidence and runner-up

${COMMON}`,
  review: `Usage: improvement-plan review <file> [--out <summary.xlsx>] [--json] [options]

Computes the management-review figures (ISO/IEC 27001:2022 clause 9.3.2): open, overdue, raised and
closed in the period, by status, type and source, ageing, median days to close, effectiveness rate.

  --out <file.xlsx>           write a copy of the workbook with a dated "Management Review" sheet added
                              (the input is never modified; charts are added by the Excel add-in)
  --force                     replace the --out file if it exists
  --json                      print the figures as JSON
  --from <yyyy-mm-dd>         start of the review period (default: 12 months before --as-of)
  --to <yyyy-mm-dd>           end of the review period (default: --as-of)

${COMMON}`,
  init: `Usage: improvement-plan init <file.xlsx> [--force] [--format text|json]

Writes a new, empty register: every canonical column, a frozen header, dropdown lists for status,
type, source, priority and the other list fields, and highlights for overdue actions and missing
owners or target dates.

  --force                     replace the file if it exists`,
};

/** Help for one command, or for the whole tool. */
export function usage(command?: Command): string {
  return TEXT[command ?? 'main'] + '\n';
}

/** The short hint printed after an argument error. */
export function usageHint(command?: Command): string {
  const first =
    usage(command)
      .split('\n')
      .find((l) => l.startsWith('Usage:')) ?? '';
  const lines = command ? [first] : ['Usage: improvement-plan validate|review|init <file> [options]'];
  lines.push(`Run "improvement-plan ${command ? `${command} ` : ''}--help" for all options.`);
  return lines.join('\n') + '\n';
}
