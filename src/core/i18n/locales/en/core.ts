import { shared } from './shared';

/**
 * English messages shared by the command line, the findings and the management-review sheet:
 * the source every other language translates. ICU MessageFormat; keys are `area.what`.
 * Add a key here first; TypeScript then requires it in every language.
 *
 * Findings (`finding.<code>…`) get `{label}` ("NC-12 (row 14)") and `{field}` (the finding's
 * field, in words) from {@link findingMessage}; dates are yyyy-mm-dd values, which other
 * languages show in their own date format.
 */
export const core = {
  ...shared,
  'language.name': 'English',

  // How a finding names its action.
  'finding.label.id': '{id} (row {row})',
  'finding.label.row': 'Row {row}',

  // The findings, one key per rule (and per variant of its message).
  'finding.ambiguous-date':
    '{label}: {field} "{text}" could be {read} or {other}; it was read as {read}. Enter it as a real date cell or as yyyy-mm-dd.',
  'finding.blame-only-root-cause':
    '{label}: the root cause "{cause}" only names a person. Ask why it was possible (5 whys): which process, tool, training or control let it happen?',
  'finding.closed-without-date': '{label} is closed but has no closed date. Record when it was closed.',
  'finding.closed-without-evidence':
    '{label} is closed without evidence. Add a link or document reference an auditor can check.',
  'finding.column-missing':
    'The register has {parts}. Map an existing column to the field, or add the columns ("Set up / repair register" in the add-in adds them all at once).',
  'finding.column-missing.main': 'no {fields} column, so the checks that need it are skipped',
  'finding.column-missing.type-default': 'no Type column: every row is treated as {type} because {reason}',
  'finding.column-missing.type-unknown':
    'no Type column: rows are actions of unknown type, and the NC-only and OFI-only checks are skipped',
  'finding.column-missing.gates': "no column for the workflow gates'' {gates}",
  'finding.column-missing.gate': '{field} (to {states})',
  'finding.date-order.target-before-raised':
    '{label}: the target date {target} is before the date raised {raised}. Correct one of them.',
  'finding.date-order.completed-before-raised':
    '{label}: completed {completed}, before it was raised ({raised}). Correct one of the dates.',
  'finding.date-order.closed-before-raised':
    '{label}: closed {closed}, before it was raised ({raised}). Correct one of the dates.',
  'finding.date-order.closed-in-future':
    '{label}: the closed date {closed} is in the future. An action can only be closed on or before today.',
  'finding.duplicate-id': 'ID "{id}" is already used on row {first}. Give this action a new, unused ID.',
  'finding.effectiveness-check-overdue':
    '{label} was implemented, but its effectiveness check is {late, plural, one {# day} other {# days}} late (due {due}) and no result is recorded. Check whether the corrective action worked and record the result (clause 10.2 d), or agree a new check date.',
  'finding.gate-missing-field':
    '{label} needs {cancel, select, yes {a reason for cancelling (in Notes)} other {{field}}} for {passed, select, yes {the {state} step it has passed} other {its status ({state})}}. Fill it in, or move the action back.',
  'finding.invalid-date': '{label}: {field} — {reason}. Enter a real date (for example 2026-03-31).',
  'finding.legacy-2013-requirement':
    '{label}: {ref} is an ISO/IEC 27001:2013 control; in the 2022 edition it is {mapped, select, no {no single 2022 control} other {{to}}}. Update the reference at the next revision.',
  'finding.missing-id':
    'Row {row} has no action reference. Give it a unique ID that has never been used before.',
  'finding.missing-owner': '{label} is open but has no owner. Name the person accountable for it.',
  'finding.missing-target-date':
    '{label} is open but has no target completion date. Agree a date with the owner.',
  'finding.missing-target-review-date':
    '{label} is open but has no target review date. Set the date of its next progress review.',
  'finding.nc-closed-without-effectiveness.result':
    '{label} is a closed NC but its effectiveness result is "{word}", not effective. Close it only once the action is verified effective (clause 10.2 d), or reopen it.',
  'finding.nc-closed-without-effectiveness.none':
    '{label} is a closed NC with no effectiveness result. Record whether the corrective action was effective (clause 10.2 d).',
  'finding.nc-closed-without-effectiveness.verifier':
    '{label} is a closed NC but nobody is recorded as having verified its effectiveness. Name the verifier.',
  'finding.nc-closed-without-root-cause':
    '{label} is a closed NC but its root cause {said, select, yes {says only "{raw}"} other {is empty}}. Record the cause found (clause 10.2 b), or reopen the action.',
  'finding.ofi-closed-without-remediation':
    '{label} is a closed {kind, select, ofi {OFI} other {observation}} with no implemented remediation recorded. Describe what was done, or reopen it.',
  'finding.overdue':
    '{label} is {days, plural, one {# day} other {# days}} overdue (target {target}). Chase the owner, or agree and record a new target date.',
  'finding.overdue.flag': `{label} is overdue by the register''s own "{header}" column; the register has no target date to say by how much. Chase the owner, and record a target date.`,
  'finding.recurring-nc':
    '{label} may recur an earlier NC raised within 12 months: {links}. Check whether the earlier corrective action removed the cause, and whether similar NCs could occur elsewhere (clause 10.2 b 3).',
  'finding.recurring-nc.link': '{name} ({reasons})',
  'finding.recurring-nc.row': 'row {row}',
  'finding.recurring-nc.requirement': 'same requirement {refs}',
  'finding.recurring-nc.title': 'similar title',
  'finding.recurring-nc.cause': 'same cause category {causes}',
  'finding.review-overdue':
    '{label}: its progress review was due on {review}. Review it and set the next review date.',
  'finding.status-is-overdue':
    '{label}: "{word}" is used as a status. Overdue is worked out from the target date; set the real status (for example in progress). The row is counted as open.',
  'finding.target-beyond-policy':
    '{label}: its target date {target} is {days, plural, one {# day} other {# days}} after it was raised ({raised}); the target-date policy allows {limit, plural, one {# day} other {# days}} for {because}, so {latest} at the latest. Bring the target forward, or record why it needs longer.',
  'finding.policy.major-nc': 'a major NC',
  'finding.policy.minor-nc': 'a minor NC',
  'finding.policy.nc': 'an NC',
  'finding.policy.observation': 'an observation',
  'finding.policy.ofi': 'an OFI',
  'finding.policy.priority': 'priority {priority}',
  'priority.critical': 'critical',
  'priority.high': 'high',
  'priority.medium': 'medium',
  'priority.low': 'low',
  'finding.target-missing-suggested':
    '{label}: the target-date policy suggests {suggested} as its target ({limit, plural, one {# day} other {# days}} for {because}, from {raised} when it was raised).{passed, select, yes { That date has passed already: agree a date with the owner soon.} other {}}',
  'finding.unknown-requirement':
    '{label}: "{ref}" is not an ISO/IEC 27001:2022 clause or Annex A control. Use a clause such as 9.2 or a control such as A.5.15.',
  'finding.unknown-status': `{label}{count, plural, offset:1 =1 {} other { and # more}}: status "{word}" is not recognised ({count, plural, =1 {row {rows}} other {# rows: {rows}}}). Map "{word}" once to one of {states} in the mapping (command line: --status-map "{word}=in-progress"), or use the register''s own status words.`,
  'finding.unknown-status.blank': `{label}{count, plural, offset:1 =1 {} other { and # more}}: no status ({count, plural, =1 {row {rows}} other {# rows: {rows}}}). Set each action''s status (for example the register''s word for new or open).`,
  'finding.unknown-type':
    '{label}{count, plural, offset:1 =1 {} other { and # more}}: type "{word}" is not recognised ({count, plural, =1 {row {rows}} other {# rows: {rows}}}). Map "{word}" once to one of {types} in the mapping (command line: --type-map "{word}=minor-nc").',
  'finding.unknown-type.blank':
    '{label}{count, plural, offset:1 =1 {} other { and # more}}: no type ({count, plural, =1 {row {rows}} other {# rows: {rows}}}). Say whether each is a major NC, minor NC, observation or OFI.',
  'finding.unknown-source':
    '{label}{count, plural, offset:1 =1 {} other { and # more}}: source "{word}" is not recognised ({count, plural, =1 {row {rows}} other {# rows: {rows}}}), so the review summary counts it as unknown. Map it once to one of {sources} (command line: --source-map "{word}=internal-audit").',
  'finding.verifier-is-owner':
    '{label} was verified by its own owner. An independent check (another person, or internal audit) is stronger evidence.',
  'finding.recheck-overdue':
    '{label} was closed as effective, but its re-check is {late, plural, one {# day} other {# days}} late (due {due}). Check whether the corrective action still works and record the re-check result: effective, or not effective to reopen it (clause 10.2 d, e).',
  'finding.header-not-found':
    'No header row with enough known columns (ID, Type, Status, Owner, Target date, …) was found in the first 60 rows. Choose the header row or map the columns by hand.',
  'finding.header-not-found.row':
    'Row {headerRow} does not look like a register header: none of its cells names a known column (ID, Type, Status, Owner, Target date, …). Choose another header row or map the columns by hand.',
  'finding.duplicate-across-registers':
    'The same action as "{sheet}" row {otherRow} of {file} ({because, select, id {same id} other {same title and requirement}}){changed, select, yes { (there {there}, here {here})} other {}}: counted once, there. Keep it in one register, or give the two different ids if they are different actions.',
  'finding.not-calculated':
    '{label}: {field} is a formula that was never calculated ({address} has no saved result). Open the file in Excel and save it so the result is stored, then run again.',
  'finding.objective-missing-measure.none':
    'Objective "{name}" says nothing of how it is measured. Add a Measure (KPI) column (clause 6.2 b).',
  'finding.objective-missing-measure':
    'Objective "{name}" has no measure: say how it is measured (clause 6.2 b).',
  'finding.objective-missing-target.text':
    'Objective "{name}": the target "{text}" is not a number, so its fulfilment cannot be told. Write it as a value, such as 95% or ≤ 5.',
  'finding.objective-missing-target':
    'Objective "{name}" has no target value: without one, nobody can say whether it was met.',
  'finding.objective-missing-owner':
    'Objective "{name}" has no owner: name who is responsible (clause 6.2 h).',
  'finding.objective-missing-due-date.text':
    'Objective "{name}": "{text}" is not a date. Give the date it is to be achieved by (clause 6.2 i).',
  'finding.objective-missing-due-date':
    'Objective "{name}" has no due date: say when it will be achieved (clause 6.2 i).',
  'finding.objective-measurement-overdue':
    'Objective "{name}" was last measured for {latest}; it is measured about every {cadence} days, so newer figures are due. Record them.',
  'finding.objective-measurement-overdue.none':
    'Objective "{name}" has no measurement yet, though the first period ({due}) has passed. Record it.',
  'finding.objective-missed':
    'Objective "{name}" was due on {due} and its latest measurement does not reach the target {goal}.',

  // The command line's words around the findings (its usage text stays English).
  'cli.head':
    '{file}: sheet "{sheet}", header on row {headerRow}, {rows, plural, one {# action row} other {# action rows}} below the header.',
  'cli.counts':
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos} info in {rows, plural, one {# action row} other {# action rows}} (as of {asOf}).',
  'cli.counts.none':
    'No findings in {rows, plural, one {# action row} other {# action rows}} (as of {asOf}).',
  'cli.counts.hidden.warnings': ' Warnings and info not listed (--min-severity {min}).',
  'cli.counts.hidden.info': ' Info not listed (--min-severity {min}).',
  'cli.group.error': '{count, plural, one {# error} other {# errors}}',
  'cli.group.warning': '{count, plural, one {# warning} other {# warnings}}',
  'cli.group.info': '{count, plural, other {# info}}',
  'cli.rows': '{count, plural, one {row} other {rows}} {rows}',
  'cli.rows.more': '{shown}, … and {rest} more (--format csv lists every row)',
  'cli.example': 'e.g. {message}',
  'cli.markdown.title': 'Register check: {file}',
  'cli.markdown.sheet': 'Sheet "{sheet}", {counts}',
  'cli.markdown.error': 'Errors',
  'cli.markdown.warning': 'Warnings',
  'cli.markdown.info': 'Info',
  'cli.review-overdue-too': ' Its progress review is overdue too{due, select, none {} other { (due {due})}}.',
  'finding.column-missing.cli':
    'The register has {parts}. Map an existing column with --map field="Header" (or "fields" in --config plan.json), or add the columns to the sheet; improvement-plan init shows every column.',

  // What to do about each kind of finding: the headings the command line groups them under.
  'cli.figures.title': 'Management review figures, period {from} to {to}, as of {asOf}:',
  'cli.figures.unknown': 'Unknown — {note}',
  'cli.figures.byStatus': 'By status:',
  'cli.figures.byType': 'By type:',
  'cli.figures.bySource': 'By source:',
  'cli.figures.age':
    'Age of open actions (days): 0-30 {a}, 31-60 {b}, 61-90 {c}, 90+ {d}{unknown, select, 0 {} other {, no valid date raised {unknown}}}',
  'cli.figures.lateChecks': 'Effectiveness checks overdue (10.2 d): {count} — ',
  'cli.figures.daysLate': '{who} {days, plural, one {# day} other {# days}} late',
  'cli.figures.more': 'and {count} more',
  'cli.due.none': 'Nothing due within {within} days and nothing overdue (as of {asOf}).',
  'cli.due.summary':
    '{total, plural, one {# date} other {# dates}} due within {within} days or passed, for {owners, plural, one {# owner} other {# owners}} (as of {asOf}): {soon} due soon, {overdue} overdue, {escalate} overdue by more than {after} days (escalate).',
  'cli.due.no-owner': '(no owner)',
  'cli.due.state.due-soon': 'due',
  'cli.due.state.overdue': 'OVERDUE',
  'cli.due.state.escalate': 'ESCALATE',
  'cli.due.today': 'today',
  'cli.due.in': 'in {days, plural, one {# day} other {# days}}',
  'cli.due.late': '{days, plural, one {# day} other {# days}} late',
  'cli.due.kind.target': 'target date',
  'cli.due.kind.review': 'progress review',
  'cli.due.kind.effectiveness-check': 'effectiveness check',
  'cli.due.kind.recheck': 're-check',
  'cli.evidence.none': 'No nonconformity in the register (as of {asOf}).',
  'cli.evidence.summary':
    '{ncs, plural, one {# NC} other {# NCs}} (as of {asOf}): {complete} with a complete 10.2 trail for the stage reached, {withGaps} with gaps.',
  'cli.evidence.nc': '{name} (row {row}, {status})',
  'cli.evidence.wrote':
    'Wrote {out}: a copy of {file} with the sheet "{sheet}" added. The input file is unchanged.',
  'cli.evidence.hint':
    "Add --out '<evidence.xlsx>' to write the whole trail as a sheet an auditor can take away.",
  'cli.calendar.wrote':
    'Wrote {out}: {events, plural, one {# event} other {# events}} — {target, plural, one {# target date} other {# target dates}}, {review, plural, one {# progress review} other {# progress reviews}}, {checks, plural, one {# effectiveness check} other {# effectiveness checks}}{recheck, plural, =0 {} one {, # re-check} other {, # re-checks}} ({attendees} with the owner as attendee). Importing it again later updates these events instead of adding copies.',
  'cli.review.hint': "Add --out '<summary.xlsx>' to write these figures as a management-review sheet.",
  'cli.todo.missing-id': 'Give each action an ID',
  'cli.todo.duplicate-id': 'Give each action its own ID',
  'cli.todo.missing-owner': 'Name an owner for each open action',
  'cli.todo.missing-target-date': 'Set a target completion date on each open action',
  'cli.todo.missing-target-review-date': 'Set a next review date on each open action',
  'cli.todo.unknown-status': 'Map or correct the status words',
  'cli.todo.unknown-type': 'Map or correct the type words',
  'cli.todo.unknown-source': 'Map or correct the source words',
  'cli.todo.invalid-date': 'Correct the cells that are not dates',
  'cli.todo.not-calculated': 'Open the file in Excel and save it, so its formulas have values',
  'cli.todo.ambiguous-date': 'Write ambiguous dates as yyyy-mm-dd or as date cells',
  'cli.todo.date-order': 'Correct dates that are out of order',
  'cli.todo.nc-closed-without-root-cause': 'Record the root cause of closed NCs, or reopen them (10.2 b)',
  'cli.todo.nc-closed-without-effectiveness':
    'Record an effective, verified effectiveness check, or reopen (10.2 d)',
  'cli.todo.ofi-closed-without-remediation': 'Record the remediation of closed OFIs',
  'cli.todo.gate-missing-field': 'Fill the fields the current status requires',
  'cli.todo.closed-without-date': 'Record the date closed',
  'cli.todo.closed-without-evidence': 'Link the evidence of closed actions',
  'cli.todo.overdue': 'Chase the owners of overdue actions, or agree new target dates',
  'cli.todo.review-overdue': 'Review the actions whose progress review is due',
  'cli.todo.status-is-overdue': 'Replace "Overdue" as a status with the real state',
  'cli.todo.unknown-requirement': 'Correct requirement references that are not in ISO/IEC 27001:2022',
  'cli.todo.legacy-2013-requirement': 'Update 2013 control references to the 2022 ones',
  'cli.todo.verifier-is-owner': 'Have someone other than the owner verify effectiveness',
  'cli.todo.effectiveness-check-overdue': 'Check the effectiveness of implemented NCs now due',
  'cli.todo.recurring-nc': 'Look at NCs that recur',
  'cli.todo.target-beyond-policy': 'Bring target dates within the target-date policy, or record why not',
  'cli.todo.target-missing-suggested': 'Set the target dates the policy suggests',
  'cli.todo.blame-only-root-cause': 'Find the cause behind root causes that only blame a person',
  'cli.todo.column-missing': 'Map or add the missing columns',
  'cli.todo.duplicate-across-registers': 'Keep each action in one register (the copies were counted once)',
  'cli.todo.objective-missing-measure': 'Say how each objective is measured (6.2 b)',
  'cli.todo.objective-missing-target': 'Set a target value for each objective',
  'cli.todo.objective-missing-owner': 'Name who is responsible for each objective (6.2 h)',
  'cli.todo.objective-missing-due-date': 'Set when each objective is to be met (6.2 i)',
  'cli.todo.objective-measurement-overdue': 'Record the measurements of objectives now due (6.2 e)',
  'cli.todo.objective-missed': 'Review the objectives whose due date passed unmet',

  // The management-review sheet (ISO/IEC 27001:2022 clause 9.3).
  'review.sheetName': 'Management Review {date}',
  'review.title': 'Management review — continual improvement (ISO/IEC 27001:2022 clause 9.3)',
  'review.register': 'Register: {register}',
  'review.snapshot': 'A snapshot of values, not updated when the register changes.',
  'review.snapshot.since':
    'A snapshot of values, not updated when the register changes. The period starts the day after the last review ({date}).',
  'review.meeting': 'Meeting',
  'review.meeting.date': 'Date of the meeting',
  'review.meeting.chair': 'Chair',
  'review.meeting.attendees': 'Attendees',
  'review.quality': 'Data quality — what these figures rest on',
  'review.quality.errors.none': 'Errors: none.',
  'review.quality.errors': 'Errors ({count}): {kinds}.',
  'review.quality.warnings.none': 'Warnings: none.',
  'review.quality.warnings': 'Warnings ({count}): {kinds}.',
  'review.quality.where': ' Each finding and its row: the Findings view, or improvement-plan validate.',
  'review.quality.rowsNotRead': 'Rows that could not be read: {list}.',
  'review.quality.rowsWith': '{rows} with {what}',
  'review.quality.noColumn': 'Fields without a column: {fields}.',
  'review.figure.noneClosed': 'None closed in the period',
  'review.registers': 'Registers in this review ({count})',
  'review.registers.noneMerged': 'No action appears in two registers.',
  'review.registers.merged':
    '{count, plural, one {# action appears} other {# actions appear}} in two registers: counted once, in the register listed first (Merged: copies left out; each has a duplicate-across-registers finding).',
  'review.a.since': '(a) Since the last review ({date}, sheet "{sheet}")',
  'review.a.title': '(a) Status of actions from previous management reviews',
  'review.a.first': 'No earlier review sheet was found in this workbook: this is the first review it holds.',
  'review.a.openActions': 'Open actions',
  'review.a.overdueActions': 'Overdue actions',
  'review.a.summary':
    'Since the last review: {raised} raised, {closed} closed{unknownDate, select, 0 {} other { (and {unknownDate} closed, date unknown)}}. Of the {overdueThen} overdue then, {resolved} closed or cancelled since and {still} still overdue.',
  'review.a.decisions': 'Decisions of the last review and their status now',
  'review.a.noDecisions': 'The last review recorded no decisions in its table.',
  'review.a.slipped': 'Target dates moved since the last review (slipped)',
  'review.a.noSlipped': 'No open action has had its target date moved later.',
  'review.a.reviewActions': 'Actions raised by management reviews',
  'review.a.reviewActions.count': '{total} in the register: {open} open, {closed} closed or cancelled.',
  'review.b': '(b) Changes in external and internal issues — to be completed',
  'review.b.what': 'Not held in the register. Summarise changes to context, interested parties and scope.',
  'review.c': '(c) Changes in needs and expectations of interested parties — to be completed',
  'review.c.what': 'Not held in the register. Summarise new or changed requirements.',
  'review.d1.status': '(d1) Nonconformities and corrective actions — status',
  'review.d1.overdueAsStatus': '"Overdue" as a status',
  'review.age.over90': 'over 90',
  'review.age.unknown': 'date raised unknown',
  'review.chart.status': 'Actions by status',
  'review.d1.trend': '(d1) Trend — raised vs closed per month',
  'review.chart.trend': 'Raised vs closed per month',
  'review.d1.trendNote.raised': 'Raised: {note}; not in the months above.',
  'review.d1.trendNote.closed': 'Closed: {note}; not in the months above.',
  'review.d1.recurring': '(d1) Recurring nonconformities (clause 10.2 b 3)',
  'review.d1.recurring.none': 'No NC with a valid date raised in the period.',
  'review.d1.recurring.rate':
    '{recurring} of {ncs} NCs raised in the period ({rate}) resemble an NC raised in the 12 months before: same requirement, a very similar title, or the same cause category in the same requirement area.',
  'review.ids.more': '{ids} and {count} more',
  'review.d1.overdue': '(d1) Overdue actions',
  'review.d1.overdue.unknown': 'Overdue actions cannot be told: {note}.',
  'review.d1.overdue.none': 'No open action is past its target date.',
  'review.flagged': 'flagged',
  'review.d1.checks': '(d1) Effectiveness checks overdue — implemented, no result yet (clause 10.2 d)',
  'review.d1.rechecks':
    '(d1) Re-checks overdue — closed as effective, re-check not recorded (clause 10.2 d, e)',
  'review.d1.closed': '(d1) NCs closed in the period — root cause and effectiveness (clause 10.2)',
  'review.d1.closed.none': 'No NC was closed in the period.',
  'review.d2': '(d2) Monitoring and measurement results — to be completed',
  'review.d2.what': 'Not held in the register. Add the ISMS objectives and metrics results.',
  'review.d3': '(d3) Audit results',
  'review.d3.line': 'Findings from internal and external audits, open / closed: {list}.',
  'review.d3.none': 'No open findings from internal or external audits.',
  'review.d4.objectives': '(d4) Fulfilment of information security objectives (clause 6.2)',
  'review.d4': '(d4) Fulfilment of information security objectives — to be completed',
  'review.d4.what': 'Not held in the register. State whether each objective was met.',
  'review.e': '(e) Feedback from interested parties — to be completed',
  'review.e.what': 'Not held in the register. Summarise complaints, customer and regulator feedback.',
  'review.f': '(f) Results of risk assessment and status of the risk treatment plan',
  'review.f.none': 'No open actions come from risk assessment.',
  'review.g': '(g) Opportunities for continual improvement (open OFIs)',
  'review.g.none': 'No open opportunities for improvement.',
  'review.decisions': 'Decisions and actions (clause 9.3.3) — to be completed in the meeting',
  'review.decisions.note':
    'Record each decision with its owner and due date; enter it in the register as an action (source: management review) and note its ID here, so the next review can follow it up.',
  'review.signOff': 'Sign-off: approved by (top management)',
  'review.generated': 'Generated by Improvement Plan at {at}.',
  'review.more':
    '{shown} of {all} {what} shown. Filter the register, or run improvement-plan validate on it, for the full list.',
  'review.what.decisions': 'decisions',
  'review.what.slipped': 'moved target dates (moved most first)',
  'review.what.reviewActions': 'open review actions (most overdue first)',
  'review.what.groups': 'groups (largest first); each NC has a recurring-nc finding',
  'review.what.overdue': 'overdue actions (most overdue first)',
  'review.what.lateChecks': 'late effectiveness checks (most days late first)',
  'review.what.lateRechecks': 'late re-checks (most days late first)',
  'review.what.ncsClosed': 'NCs closed in the period (not effective first, then latest)',
  'review.what.audit': 'open audit findings (most overdue first)',
  'review.what.risk': 'open risk-treatment actions (most overdue first)',
  'review.what.ofis': 'open OFIs (most overdue first)',
  'review.print.header': 'Management review {date}',
  'review.print.snapshot': 'A snapshot: not updated when the register changes',
  'review.print.page': 'Page {page} of {pages}',
  'review.col.id': 'ID',
  'review.col.row': 'Row',
  'review.col.title': 'Title',
  'review.col.type': 'Type',
  'review.col.status': 'Status',
  'review.col.owner': 'Owner',
  'review.col.targetDate': 'Target date',
  'review.col.daysOverdue': 'Days overdue',
  'review.col.measure': 'Measure',
  'review.col.value': 'Value',
  'review.col.note': 'Note',
  'review.col.register': 'Register',
  'review.col.source': 'Source',
  'review.col.actions': 'Actions',
  'review.col.open': 'Open',
  'review.col.overdue': 'Overdue',
  'review.col.raised': 'Raised',
  'review.col.closed': 'Closed',
  'review.col.merged': 'Merged',
  'review.col.then': 'Then',
  'review.col.now': 'Now',
  'review.col.decision': 'Decision',
  'review.col.dueDate': 'Due date',
  'review.col.actionId': 'Action ID',
  'review.col.actionIdInRegister': 'Action ID in the register',
  'review.col.statusNow': 'Status now',
  'review.col.targetThen': 'Target then',
  'review.col.targetNow': 'Target now',
  'review.col.daysLater': 'Days later',
  'review.col.all': 'All',
  'review.col.age': 'Age (days)',
  'review.col.month': 'Month',
  'review.col.shared': 'Shared',
  'review.col.ncs': 'NCs',
  'review.col.ids': 'IDs',
  'review.col.checkDue': 'Check due',
  'review.col.recheckDue': 'Re-check due',
  'review.col.daysLate': 'Days late',
  'review.col.rootCause': 'Root cause',
  'review.col.correctiveAction': 'Corrective action',
  'review.col.effectiveness': 'Effectiveness',
  'review.col.date': 'Date',

  // Our words for states, types and sources where the register has none of its own.
  'state.unknown': 'Not readable',
  'type.noColumn': 'No type column',
  'source.internal-audit': 'Internal audit',
  'source.external-audit': 'External audit',
  'source.risk-assessment': 'Risk assessment',
  'source.incident': 'Incident',
  'source.management-review': 'Management review',
  'source.objectives': 'Objectives',
  'source.training': 'Training',
  'source.compliance-review': 'Compliance review',
  'source.bc-exercise': 'BC exercise',
  'source.document-review': 'Document review',
  'source.employee-suggestion': 'Employee suggestion',
  'source.monitoring': 'Monitoring',
  'source.interested-party': 'Interested party',
  'source.supplier': 'Supplier',
  'source.technical-test': 'Technical test',
  'source.other': 'Other',
  'source.noColumn': 'No source column',

  // The register's fields, as findings and the review sheet name them.
  // Kinds of finding, as the review sheet's data-quality block counts them.
  'code.missing-id': 'Missing ID',
  'code.duplicate-id': 'Duplicate ID',
  'code.missing-owner': 'Missing owner',
  'code.missing-target-date': 'Missing target date',
  'code.missing-target-review-date': 'Missing target review date',
  'code.unknown-type': 'Unknown type',
  'code.unknown-status': 'Unknown status',
  'code.unknown-source': 'Unknown source',
  'code.invalid-date': 'Invalid date',
  'code.ambiguous-date': 'Ambiguous date',
  'code.date-order': 'Date order',
  'code.nc-closed-without-root-cause': 'NC closed without root cause',
  'code.nc-closed-without-effectiveness': 'NC closed without effectiveness',
  'code.ofi-closed-without-remediation': 'OFI closed without remediation',
  'code.gate-missing-field': 'Gate missing field',
  'code.closed-without-date': 'Closed without date',
  'code.closed-without-evidence': 'Closed without evidence',
  'code.overdue': 'Overdue',
  'code.review-overdue': 'Review overdue',
  'code.status-is-overdue': 'Status is overdue',
  'code.unknown-requirement': 'Unknown requirement',
  'code.effectiveness-check-overdue': 'Effectiveness check overdue',
  'code.target-beyond-policy': 'Target beyond policy',
  'code.recheck-overdue': 'Recheck overdue',
  'code.column-missing': 'Column missing',
  'code.duplicate-across-registers': 'Duplicate across registers',
  'code.not-calculated': 'Not calculated',
  'code.header-not-found': 'Header not found',
} as const;

export type CoreKey = keyof typeof core;
export type CoreMessages = Readonly<Record<CoreKey, string>>;
