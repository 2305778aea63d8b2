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
  'finding.review-overdue':
    '{label}: its progress review was due on {review}. Review it and set the next review date.',
  'finding.status-is-overdue':
    '{label}: "{word}" is used as a status. Overdue is worked out from the target date; set the real status (for example in progress). The row is counted as open.',
  'finding.target-beyond-policy':
    '{label}: its target date {target} is {days, plural, one {# day} other {# days}} after it was raised ({raised}); the target-date policy allows {limit, plural, one {# day} other {# days}} for {because}, so {latest} at the latest. Bring the target forward, or record why it needs longer.',
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

  // The register's fields, as findings and the review sheet name them.
  'field.id': 'ID',
  'field.title': 'Title',
  'field.description': 'Description',
  'field.type': 'Type',
  'field.source': 'Source',
  'field.sourceRef': 'Source reference',
  'field.requirement': 'Requirement / control',
  'field.priority': 'Priority',
  'field.owner': 'Owner',
  'field.raisedDate': 'Date raised',
  'field.targetReviewDate': 'Target review date',
  'field.targetDate': 'Target completion date',
  'field.status': 'Status',
  'field.correction': 'Correction (containment)',
  'field.rootCause': 'Root cause',
  'field.rcaMethod': 'RCA method',
  'field.causeCategory': 'Cause category',
  'field.similarElsewhere': 'Could it occur elsewhere?',
  'field.correctiveAction': 'Corrective action',
  'field.remediation': 'Remediation implemented',
  'field.completionDate': 'Completion date',
  'field.effectivenessDueDate': 'Effectiveness check due',
  'field.effectivenessResult': 'Effectiveness result',
  'field.verifiedBy': 'Verified by',
  'field.evidence': 'Evidence',
  'field.closedDate': 'Date closed',
  'field.recheckDate': 'Re-check date',
  'field.lastUpdated': 'Last updated',
  'field.notes': 'Notes',
} as const;

export type CoreKey = keyof typeof core;
export type CoreMessages = Readonly<Record<CoreKey, string>>;
