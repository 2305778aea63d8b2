/**
 * Help text of the command line, per command with examples. The README's command-line section is
 * written from this text (test/cli/readme.test.ts keeps every option in both).
 */
import type { Command } from './args';

const READING = `Reading the register (validate, review, mapping) — the settings of the add-in's Register tab:
  --config <plan.json>        settings from a file (schemas/plan-config.schema.json; start one with
                              improvement-plan mapping <file> --out plan.json); options override it
  --sheet <name>              the sheet that holds the register (default: found by its header)
  --header-row <n>            the header's row number (default: found in the first 20 rows, or to row 60)
  --rows <first>:<last>       the sheet rows that hold the actions, e.g. 5:120 or 5: (default: the
                              table's end is found: blank rows, then totals, metrics or notes)
  --preset poam|jira|capa     read a well-known layout (FedRAMP/RMF POA&M, Jira CSV export, ISO 9001
                              CAPA log); recognised by its headers when not given
  --policy <policy.json>      validate, review: the target-date policy (schemas/policy.schema.json;
                              default: the one stored in the workbook, else major NC 90 days, minor
                              NC 180, observation and OFI 365; by priority critical 30, high 90,
                              medium 180, low 365)
  --map <field>=<header>      map a column to a field by header text or column letter (repeatable),
                              e.g. --map owner="Responsible for corrective action" --map targetDate=H
                              Fields: id, title, description, type, source, sourceRef, requirement,
                              priority, owner, raisedDate, targetReviewDate, targetDate, status,
                              correction, rootCause, rcaMethod, causeCategory, similarElsewhere,
                              correctiveAction, remediation, completionDate, effectivenessDueDate,
                              effectivenessResult, verifiedBy, evidence, closedDate, lastUpdated, notes
  --status-map <word>=<state> read one of your status words as a state (repeatable): new, analysis,
                              planned, in-progress, implemented, closed, on-hold, cancelled, overdue
  --type-map <word>=<type>    likewise for types: major-nc, minor-nc, nc, observation, ofi
  --source-map <word>=<src>   likewise for sources: internal-audit, external-audit, risk-assessment,
                              incident, management-review, objectives, training, compliance-review,
                              bc-exercise, document-review, employee-suggestion, monitoring,
                              interested-party, supplier, technical-test, other
  --priority-map <word>=<p>   likewise for priorities: critical, high, medium, low
  --effectiveness-map <w>=<r> likewise for effectiveness results: effective, partially-effective,
                              not-effective
  --date-order dmy|mdy        how to read text dates such as 03/04/2026 (default: learned from the
                              register's own dates, else dmy: 3 April)
  --as-of <yyyy-mm-dd>        the date overdue is measured against (default: today)
  --lang <tag>                the language of the findings, headings and review sheet: en, de, fr,
                              es, it, nl, pt (default: from LC_ALL, LC_MESSAGES or LANG; this help
                              and JSON keys stay English)

A workbook the Excel add-in has mapped carries its mapping (document settings): it is used without
any option, and the options and --config override it (one line on stderr says which).

Several registers (validate, review): give several files, or a workbook with several register
sheets — every sheet that looks like a register is read, each with its own columns and words (--sheet,
--header-row or --map pick one). The options apply to every file; in --config, "files":
{ "capa-log.xlsx": { "sheetName": "Log" } } gives one file its own settings. The same action in two
registers (same ID, or same title and requirement) is counted once (duplicate-across-registers).
A sheet of information-security objectives beside them (objective, measure, target, owner, due date,
a column per month or a measurements table) is checked and summarised too.`;

const EXIT_CODES = `Exit codes: 0 no findings at or above --fail-on; 1 findings at or above --fail-on (default: errors);
2 the file or the arguments could not be used, or the file is not an action register.`;

const TEXT: Record<Command | 'main', string> = {
  main: `improvement-plan — ISO/IEC 27001 continual-improvement register checks and management-review summaries

Usage:
  improvement-plan validate <file> [--format text|json|csv|markdown] [options]
  improvement-plan review <file> [--out <summary.xlsx>] [--json] [options]
  improvement-plan mapping <file> [--out <plan.json>] [options]
  improvement-plan init <file.xlsx> [--force]
  improvement-plan due <file> [--within 14] [--escalate-after 30] [--json]
  improvement-plan calendar <file> --out <plan.ics> [--alarm-days 3]
  improvement-plan evidence <file> [--out <evidence.xlsx>] [--json]
  improvement-plan help <command>      improvement-plan <command> --help      improvement-plan --version

Files: .xlsx, .xlsm (macros are never run), .csv and .tsv. The input file is never modified.

${EXIT_CODES}

Examples:
  improvement-plan validate register.xlsx
  improvement-plan validate register.xlsx --min-severity error --format csv > to-do.csv
  improvement-plan review register.xlsx --out review.xlsx
  improvement-plan review audit.xlsx capa-log.xlsx incidents.csv --out pack.xlsx
  improvement-plan mapping register.xlsx --out plan.json && improvement-plan validate register.xlsx --config plan.json
  improvement-plan due register.xlsx --within 14 || mail-the-list     # exit 1: something to escalate
  improvement-plan calendar register.xlsx --out plan.ics

${READING}

Set NO_COLOR=1 for plain text on a terminal; IMPROVEMENT_PLAN_DEBUG=1 to see the stack trace of an internal error.`,
  validate: `Usage: improvement-plan validate <file> [--format text|json|csv|markdown] [options]

Checks the register and lists its findings, grouped by what to do, worst first, with their rows.

  --format text|json|csv|markdown
                              text (default) for a terminal; json for tools (schemas/validate.schema.json);
                              csv opens in Excel as a to-do list; markdown pastes into a ticket
  --json                      short for --format json
  --min-severity error|warning|info
                              list only findings at or above this severity (default info: all);
                              the counts still count every finding
  --fail-on error|warning|info|never
                              exit 1 when a finding is at or above this severity (default error)
  --explain                   say how the register was read: the sheet, header row and rows, each
                              field's column with its confidence, evidence and runner-up

${EXIT_CODES}

Examples:
  improvement-plan validate register.xlsx
  improvement-plan validate register.xlsx --explain
  improvement-plan validate register.csv --format json > findings.json
  improvement-plan validate register.xlsx --min-severity warning --format markdown
  improvement-plan validate register.xlsx --fail-on warning      # in CI: warnings fail too
  improvement-plan validate register.xlsx --map owner="Action owner" --status-map "Waiting=on-hold"

${READING}`,
  review: `Usage: improvement-plan review <file> [--out <summary.xlsx>] [--json] [options]

Computes the management-review figures (ISO/IEC 27001:2022 clause 9.3.2): open, overdue, raised and
closed in the period, by status, type and source, ageing, median days to close, effectiveness rate.

  --out <file.xlsx>           write a copy of the workbook with a dated "Management Review" sheet added
                              (every part of the workbook kept; .xlsm for a macro-enabled workbook;
                              the input is never modified)
  --force                     replace the --out file if it exists
  --format text|json          text (default) or json (schemas/review.schema.json)
  --json                      short for --format json
  --from <yyyy-mm-dd>         start of the review period (default: 12 months before --as-of)
  --to <yyyy-mm-dd>           end of the review period (default: --as-of)
  --explain                   say how the register was read (as validate --explain)

Exit codes: 0 the figures were computed; 2 the file or the arguments could not be used.

Examples:
  improvement-plan review register.xlsx
  improvement-plan review register.xlsx --from 2026-01-01 --to 2026-06-30 --out review-h1.xlsx
  improvement-plan review register.xlsx --json > figures.json

${READING}`,
  mapping: `Usage: improvement-plan mapping <file> [--out <plan.json>] [--force] [options]

Writes how the register is read — sheet, header row, each field's column, the register's words and
what they mean, the date order — as a configuration file to edit and pass back with --config.

  --out <plan.json>           write the configuration to this file (default: print it)
  --force                     replace the --out file if it exists

Exit codes: 0 written; 2 the file or the arguments could not be used.

Examples:
  improvement-plan mapping register.xlsx --out plan.json
  improvement-plan validate register.xlsx --config plan.json
  improvement-plan mapping register.xlsx --config plan.json --map owner=I --out plan.json --force

${READING}`,
  init: `Usage: improvement-plan init <file.xlsx> [--objectives] [--policy <policy.json>] [--force] [--format text|json]

Writes a new, empty register with the columns of the sample register, a frozen header, dropdown
lists for status, type, source, priority and the other list fields, and highlights for overdue
actions and missing owners or target dates.

  --objectives                add a clean "Objectives" sheet beside the register (clause 6.2):
                              objective, measure, baseline, target value, owner, due date and a
                              measurement column per month for a year
  --policy <policy.json>      the target-date policy written as the note of the target-date and
                              re-check headers (schemas/policy.schema.json; default: the defaults)
  --force                     replace the file if it exists
  --format text|json          what to print about the file written (default text)

Exit codes: 0 written; 2 the file could not be written.

Examples:
  improvement-plan init register.xlsx
  improvement-plan init register.xlsx --objectives
  improvement-plan init register.xlsx --force`,
  due: `Usage: improvement-plan due <file> [--within <days>] [--escalate-after <days>] [--json] [options]

Lists the dates owners are held to — target completion, progress review, effectiveness check — that
fall within the next days or have passed, grouped by owner, most urgent first: a list to mail.

  --within <days>             dates up to this many days ahead (default 14)
  --escalate-after <days>     a date passed by more than this many days is for escalation (default 30)
  --format text|json          text (default) or json (schemas/due.schema.json)
  --json                      short for --format json

Exit codes: 0 nothing overdue beyond --escalate-after; 1 something is (escalate it); 2 the file or the
arguments could not be used.

Examples:
  improvement-plan due register.xlsx
  improvement-plan due register.xlsx --within 7 --escalate-after 14 --json > due.json

${READING}`,
  calendar: `Usage: improvement-plan calendar <file> --out <plan.ics> [--alarm-days <days>] [options]

Writes the open actions' target dates, progress reviews and effectiveness checks as an iCalendar file
(RFC 5545) for Outlook, Google or Apple Calendar: all-day events with a reminder, the owner as
attendee when the owner cell holds an e-mail address. Each event keeps its identity from one export to
the next, so importing a later file updates the events instead of adding copies.

  --out <plan.ics>            the file to write (required; never the input)
  --force                     replace the --out file if it exists
  --alarm-days <days>|none    the reminder, days before each date (default 3; 0 on the day)
  --format text|json          what to print about the file written (default text)

Exit codes: 0 written; 2 the file or the arguments could not be used.

Examples:
  improvement-plan calendar register.xlsx --out plan.ics
  improvement-plan calendar register.xlsx --out plan.ics --alarm-days 7 --force

${READING}`,
  evidence: `Usage: improvement-plan evidence <file> [--out <evidence.xlsx>] [--json] [options]

The auditor's evidence view of clause 10.2: for each NC, the trail a) reaction and correction, b) root
cause, method and similar NCs elsewhere, c) corrective action, d) effectiveness check, e) changes to
the ISMS, f) the nature of the NC and g) the results, with the gaps marked.

  --out <file.xlsx>           write a copy of the workbook with a dated "Evidence 10.2" sheet added
                              (the input is never modified)
  --force                     replace the --out file if it exists
  --format text|json          text (default): the gaps per NC; json: the whole trail

Exit codes: 0 done; 2 the file or the arguments could not be used.

Examples:
  improvement-plan evidence register.xlsx
  improvement-plan evidence register.xlsx --out evidence.xlsx

${READING}`,
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
  const lines = command
    ? [first]
    : ['Usage: improvement-plan validate|review|mapping|init|due|calendar|evidence <file> [options]'];
  lines.push(`Run "improvement-plan ${command ? `${command} ` : ''}--help" for all options.`);
  return lines.join('\n') + '\n';
}
