import { shared } from './shared';

/**
 * English messages of the task pane (views, buttons, empty states, the prompt): the source
 * every other language translates. ICU MessageFormat; keys are `view.what`.
 * Add a key here first; TypeScript then requires it in every language.
 *
 * Row numbers and cell addresses are passed as text (never grouped: "row 1234", not "row 1,234");
 * counts as numbers (formatted with the language's grouping, and choosing the plural form).
 */
export const pane = {
  ...shared,
  'pane.language': 'Language',
  'pane.language.office': 'As in Office ({language})',

  // The pane around the views
  'app.name': 'Improvement Plan',
  'app.views': 'Improvement Plan views',
  'app.loading': 'Loading {view}…',
  'app.area.pane': 'the Improvement Plan pane',
  'app.area.view': 'the {view} view',
  'app.area.prompt': 'the root-cause prompt',
  'app.area.pending': 'the list of status changes to complete',
  'view.home': 'Home',
  'view.findings': 'Findings',
  'view.action': 'Action',
  'view.review': 'Review',
  'view.dueSoon': 'Due soon',
  'view.register': 'Register',
  'nav.more': 'More ({count, number})',

  // Shared by the views
  'error.title': 'Something went wrong in {area}.',
  'error.body':
    'Your workbook was not changed by this problem. Try again; if it keeps happening, close and reopen the pane.',
  'error.tryAgain': 'Try again',
  'error.unexpected':
    'Something unexpected went wrong while talking to Excel. Your workbook was not changed by the pane. Try again; if it keeps happening, close and reopen the pane.',
  'status.running': '{label}…',
  'status.failed': '{label} did not finish.',
  'status.cancelled': '{label} was cancelled.',
  'common.cancel': 'Cancel',
  'common.retry': 'Retry',
  'common.back': 'Back',
  'common.checking': 'Checking the register',
  'common.chooseSheet': 'Choose the register sheet',
  'common.noOwner': 'No owner',
  'common.row': 'Row {row}',
  'common.rowLower': 'row {row}',
  'common.blank': '(blank)',
  'common.unknown': 'unknown',

  // Where a finding points
  'place.cell': 'Cell {cell}',
  'place.row': 'Row {row}',
  'place.column': 'Column {column}',
  'place.register': 'Whole register',

  // Home
  'home.heading': 'What needs you now',
  'home.check': 'Check register',
  'home.checked': '{sheet}, checked at {time} (as of {asOf}). Checking never changes your sheet.',
  'home.checkHint': 'Checking reads the register; it never changes your sheet.',
  'home.selectingRow': 'Selecting the row',
  'home.glance': 'The register at a glance',
  'home.figure.actions': 'Actions',
  'home.figure.open': 'Open',
  'home.figure.overdue': 'Overdue',
  'home.figure.effectivenessDue': 'Effectiveness checks due',
  'home.figure.errors': 'Errors',
  'home.figure.warnings': 'Warnings',
  'home.allClear':
    'Nothing needs you now: no overdue actions, every closed NC has its root cause and effectiveness check, and every open action has an owner.',
  'home.seeAll': '{count, plural, one {See the # finding} other {See all # findings}}',
  'home.showAll': 'Show all {count, number} in Findings',
  'home.selectInSheet': '{detail} · select in the sheet',
  'home.daysLate': '{count, plural, one {# day late} other {# days late}}',
  'need.overdue-nc': '{count, plural, one {# overdue NC} other {# overdue NCs}}',
  'need.nc-closed-without-root-cause':
    '{count, plural, one {# NC closed without a root cause} other {# NCs closed without a root cause}}',
  'need.nc-closed-without-effectiveness':
    '{count, plural, one {# NC closed without an effectiveness check} other {# NCs closed without an effectiveness check}}',
  'need.missing-owner':
    '{count, plural, one {# open action without an owner} other {# open actions without an owner}}',
  'need.overdue': '{count, plural, one {# other overdue action} other {# other overdue actions}}',

  // Findings
  'findings.heading': 'Findings',
  'findings.run': 'Run validation',
  'findings.runAgain': 'Run validation again',
  'findings.summary': '{sheet}: {count, plural, one {# action} other {# actions}}, as of {asOf}',
  'findings.selectingCell': 'Selecting the cell',
  'findings.stale':
    'The mapping or the register changed after this check. Run validation again to update the findings.',
  'findings.none': 'No findings: the register passes every check.',
  'findings.count': '{count, plural, one {# finding} other {# findings}}',
  'findings.showing': 'Showing {shown, number} of {count, plural, one {# finding} other {# findings}}',
  'findings.section': '{severity} ({count, number})',
  'findings.toggle': '{severity} {count, number}',
  'findings.bySeverity': 'Show findings by severity',
  'findings.owner': 'Owner',
  'findings.everyOwner': 'Every owner',
  'findings.filter': 'Filter findings',
  'findings.filterHint': 'Id, word, column or rule',
  'findings.selectInSheet': '{place}: select in the sheet',
  'findings.showMore': 'Show {page, number} more ({hidden, number} not shown)',
  'findings.otherGroup': '{count, number} × {description}',
  'severity.error': 'Errors',
  'severity.warning': 'Warnings',
  'severity.info': 'Info',

  // Each kind of finding as what to do, counted
  'group.not-a-register':
    '{count, plural, one {# sheet that is not a register} other {# sheets that are not registers}}',
  'group.header-not-found': '{count, plural, one {# header row not found} other {# header rows not found}}',
  'group.column-missing':
    '{count, plural, one {# note on columns the workflow needs} other {# notes on columns the workflow needs}}',
  'group.missing-id': '{count, plural, one {# action without an ID} other {# actions without an ID}}',
  'group.duplicate-id': '{count, plural, one {# ID used twice} other {# IDs used more than once}}',
  'group.missing-owner':
    '{count, plural, one {# open action without an owner} other {# open actions without an owner}}',
  'group.missing-target-date':
    '{count, plural, one {# open action without a target date} other {# open actions without a target date}}',
  'group.missing-target-review-date':
    '{count, plural, one {# open action without a target review date} other {# open actions without a target review date}}',
  'group.unknown-type':
    '{count, plural, one {# type word not understood} other {# type words not understood}}',
  'group.unknown-status':
    '{count, plural, one {# status word not understood} other {# status words not understood}}',
  'group.unknown-source':
    '{count, plural, one {# source word not understood} other {# source words not understood}}',
  'group.invalid-date':
    '{count, plural, one {# date cell that is not a date} other {# date cells that are not dates}}',
  'group.ambiguous-date':
    '{count, plural, one {# date that could be day or month first} other {# dates that could be day or month first}}',
  'group.date-order':
    '{count, plural, one {# action with dates in the wrong order} other {# actions with dates in the wrong order}}',
  'group.nc-closed-without-root-cause':
    '{count, plural, one {# NC closed without a root cause} other {# NCs closed without a root cause}}',
  'group.nc-closed-without-effectiveness':
    '{count, plural, one {# NC closed without an effectiveness check} other {# NCs closed without an effectiveness check}}',
  'group.ofi-closed-without-remediation':
    '{count, plural, one {# OFI closed without its remediation} other {# OFIs closed without their remediation}}',
  'group.gate-missing-field':
    '{count, plural, one {# action missing a field its status requires} other {# actions missing a field their status requires}}',
  'group.closed-without-date':
    '{count, plural, one {# closed action without a closed date} other {# closed actions without a closed date}}',
  'group.closed-without-evidence':
    '{count, plural, one {# closed action without evidence} other {# closed actions without evidence}}',
  'group.overdue': '{count, plural, one {# overdue action} other {# overdue actions}}',
  'group.review-overdue':
    '{count, plural, one {# action past its review date} other {# actions past their review date}}',
  'group.status-is-overdue':
    '{count, plural, one {# “Overdue” used as a status} other {# “Overdue” used as a status}}',
  'group.unknown-requirement':
    '{count, plural, one {# requirement reference not found} other {# requirement references not found}}',
  'group.legacy-2013-requirement':
    '{count, plural, one {# 2013 control reference to update} other {# 2013 control references to update}}',
  'group.verifier-is-owner':
    '{count, plural, one {# effectiveness check done by the action owner} other {# effectiveness checks done by the action owner}}',
  'group.effectiveness-check-overdue':
    '{count, plural, one {# effectiveness check overdue} other {# effectiveness checks overdue}}',
  'group.recurring-nc':
    '{count, plural, one {# NC that resembles an earlier one} other {# NCs that resemble earlier ones}}',
  'group.target-beyond-policy':
    '{count, plural, one {# target date later than the policy allows} other {# target dates later than the policy allows}}',
  'group.target-missing-suggested':
    '{count, plural, one {# target date to set (suggested)} other {# target dates to set (suggested)}}',
  'group.duplicate-across-registers':
    '{count, plural, one {# action in two registers} other {# actions in two registers}}',
  'group.blame-only-root-cause':
    '{count, plural, one {# root cause that only names a person} other {# root causes that only name a person}}',

  // Action card
  'action.heading': 'Action',
  'action.status': 'Status',
  'action.type': 'Type',
  'action.notClassified': 'Not classified',
  'action.row': 'Row',
  'action.owner': 'Owner',
  'action.statusReadAs': '{word}, read as {state}',
  'action.statusBlankReadAs': '(blank), read as {state}',
  'action.statusNotUnderstood': '{word} (not understood: map it in the Register view)',
  'action.findings': 'Findings ({count, number})',
  'action.notChecked': 'The register has not been checked yet.',
  'action.checkRegister': 'Check the register',
  'action.noFindings': 'No findings for this row at the last check (as of {asOf}).',
  'action.moveTo': 'Move {name} to',
  'action.noMoves': 'No further moves: a cancelled action stays cancelled.',
  'action.ready': 'Ready: nothing missing',
  'action.stillNeeds': 'Still needs: {fields}',
  'action.notFollowing': 'This version of Excel does not tell the add-in when you select a row.',
  'action.showSelected': 'Show the selected row',
  'action.noRegister': 'The add-in has not found the register yet, so it cannot show the selected row.',
  'action.reading': 'Reading the selected row',
  'action.selectHint':
    'Select a cell in a row of the register: this card shows that action, and follows as you select another row.',
  'action.moveHeading': 'Move {name} to {state}',
  'action.moveButton': 'Move to {state}',
  'action.moving': 'Moving the action',
  'action.moved': '{name} moved to {state}.',
  'action.history': 'History',
  'action.noHistory': 'No status changes recorded for this action yet.',
  'action.historyNone': '(none)',
  'action.historyWithoutGate': '{how}, without its required fields',
  'action.filledIn': 'Filled in: {fields}',
  'action.comment': 'Comment: {comment}',
  'via.prompt': 'in the prompt',
  'via.pane': 'in the task pane',
  'via.sheet': 'accepted in the sheet',
  'via.reconciliation': 'found later by reconciliation',
  'via.remote': 'by a co-author (remote)',

  // Review
  'review.heading': 'Management review',
  'review.intro':
    'Writes a new, dated sheet with the figures for ISO 27001 clause 9.3.2. Existing sheets are never replaced.',
  'review.preset.since-last-review': 'Since the last review',
  'review.preset.last-12-months': 'Last 12 months',
  'review.preset.calendar-year': 'This calendar year',
  'review.preset.custom': 'Dates of my own',
  'review.from': 'Period from',
  'review.fromHint': 'Blank: from the last review sheet, else the last 12 months.',
  'review.to': 'Period to',
  'review.datePattern': 'yyyy-mm-dd',
  'review.enterDate': 'Enter a date.',
  'review.endsBeforeStart': 'The period ends before it starts.',
  'review.generate': 'Generate summary',
  'review.writing': 'Writing the summary',
  'review.created': 'Created the sheet “{sheet}” for {from} to {to}, as of {asOf}.',
  'review.goTo': 'Go to sheet “{sheet}”',
  'review.opening': 'Opening the sheet',
  'review.note.quality':
    'The register has {errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# warning} other {# warnings}}; the sheet opens with them by kind (the Findings view lists each).',
  'review.note.noColumn': 'Fields without a column: {fields}.',
  'review.note.followUp':
    'Followed up the review of {asOf} (“{sheet}”): {decisions, plural, one {# decision} other {# decisions}}, {raised, number} raised and {closed, number} closed since, {slipped, plural, one {# target date} other {# target dates}} moved later.',
  'review.note.recurrence':
    '{recurring, number} of {raised, number} NCs raised in the period ({rate}) resemble an earlier NC.',
  'calendar.goToToday': 'Go to today',
  'calendar.prevMonth': 'Previous month',
  'calendar.nextMonth': 'Next month',
  'calendar.prevYear': 'Previous year',
  'calendar.nextYear': 'Next year',
  'calendar.close': 'Close date picker',

  // The register's vocabulary, in the pane's language

  // The status workflow: the root-cause prompt, its notes and the list of changes to complete
  'workflow.blameTitle': 'This names a person, not a cause.',
  'workflow.blameBody': 'Ask why it was possible: which process, tool, training or control let it happen?',
  'workflow.notEffective':
    'The NC cannot close until the action is verified effective (ISO 27001 clause 10.2 d). Keep it open and check again later, or plan a new corrective action.',
  'workflow.noColumn':
    'The register has no column for {fields}, which {state} normally needs. Add the column to the sheet to record it; the Register tab maps it.',
  'workflow.title.rootCauseClose': 'Closing {name}: root cause and effectiveness',
  'workflow.title.rootCause': 'Root cause for {name}',
  'workflow.title.ofiClose': 'Closing {name}: what was done',
  'workflow.title.move': 'Moving {name} to {state}',
  'workflow.saveHint':
    'Save writes these fields into row {row} and keeps the new status. Cancel puts the status back to “{word}”.',
  'workflow.saving': 'Saving',
  'workflow.restoring': 'Restoring the status',
  'workflow.save': 'Save',
  'workflow.label.rcaMethod': 'Root-cause analysis method',
  'workflow.label.rootCause': 'Root-cause statement',
  'workflow.label.evidence': 'Evidence link',
  'workflow.mustBeEffective': 'Must be “{word}”: an NC closes only once the action is verified effective.',
  'workflow.neededFor': 'Needed to move to {state}.',
  'workflow.offerRaised':
    'The target-date policy offers {date}: {days, plural, one {# day} other {# days}} for {because}, from the date raised ({from}). Change it if the owner agreed another date.',
  'workflow.offerToday':
    'The target-date policy offers {date}: {days, plural, one {# day} other {# days}} for {because}, from today ({from}); the row has no date raised. Change it if the owner agreed another date.',
  'workflow.notChosen': 'Not chosen',
  'workflow.commentMissing': 'Write a few words: they go into the history.',
  'workflow.comment.cancel': 'Reason for cancelling',
  'workflow.comment.reopen': 'Why it is reopened',
  'workflow.comment.noAction': 'Why no corrective action is needed (clause 10.2 b)',
  'workflow.comment.history': 'Comment for the history',
  'workflow.summary': '{type} {name}, row {row}: {words}',
  'workflow.inWorkflow': 'In the workflow: {from} → {to}.',
  'workflow.action': 'Action',
  'workflow.notAllowedTitle': '{name}: this status change is not allowed',
  'workflow.keepReason': 'Reason to keep it anyway',
  'workflow.keepHint': 'Recorded in the history sheet, for the auditor.',
  'workflow.keepMissing': 'Write why the change stays.',
  'workflow.recording': 'Recording the change',
  'workflow.undo': 'Undo the change',
  'workflow.keep': 'Keep it anyway',
  'workflow.missing': 'Missing: {fields}.',
  'workflow.itemTitle': '{name}, row {row}: {words}',
  'workflow.origin.local': 'changed in this workbook (pasted, filled or typed)',
  'workflow.origin.remote': 'changed by a co-author',
  'workflow.origin.reconciliation': 'found changed when the add-in compared the register',
  'workflow.fillIn': 'Fill in',
  'workflow.review': 'Review',
  'workflow.goToRow': 'Go to row',
  'workflow.acceptAsIs': 'Accept as is',
  'workflow.acceptWhy': 'Why accept it as it is?',
  'workflow.acceptHint': 'Recorded in the history sheet as not meeting the workflow.',
  'workflow.acceptMissing': 'Write a reason: it goes into the history.',
  'workflow.accept': 'Accept',
  'workflow.accepting': 'Accepting the change',
  'workflow.headline.gates':
    '{count, plural, one {# action changed status without the required fields} other {# actions changed status without the required fields}}',
  'workflow.headline.notAllowed':
    '{count, plural, one {# action changed to a status the workflow does not allow} other {# actions changed to a status the workflow does not allow}}',
  'workflow.headline.mixed':
    '{count, plural, one {# status change needs your attention} other {# status changes need your attention}}',
  'workflow.banner': 'Status changes to complete',
  'workflow.showList': 'Show the list',
  'workflow.hideList': 'Hide the list',
  'workflow.showMore': 'Show {page, number} more ({hidden, number} not shown)',
  'workflow.whyChain': 'Why-chain',
  'workflow.whyHint': 'Start from what went wrong; answer each “Why?” about the previous answer.',
  'workflow.why': 'Why? ({n, number} of {total, number})',

  // Due soon: dates by owner, the calendar export, the evidence sheet, the target-date policy, re-checks
  'due.heading': 'Due soon',
  'due.intro':
    'Target, progress review, effectiveness-check and re-check dates coming up or passed, by owner.',
  'due.within': 'Due within (days)',
  'due.withinHint': 'Dates up to this many days ahead, and every date passed.',
  'due.escalateAfter': 'Escalate after (days)',
  'due.escalateHint': 'Dates passed by more than this are for escalation.',
  'due.show': 'Show due soon',
  'due.reading': 'Reading the dates',
  'due.nothing':
    'Nothing is due within {within, plural, one {# day} other {# days}} and nothing is overdue (as of {asOf}).',
  'due.summary':
    '{total, plural, one {# date} other {# dates}} for {owners, plural, one {# owner} other {# owners}} (as of {asOf}): {dueSoon, number} due soon, {overdue, number} overdue, {escalate, number} to escalate (overdue by more than {after, plural, one {# day} other {# days}}).',
  'due.state.escalate': 'Escalate',
  'due.state.overdue': 'Overdue',
  'due.state.due-soon': 'Due',
  'due.kind.target': 'Target date',
  'due.kind.review': 'Progress review',
  'due.kind.effectiveness-check': 'Effectiveness check',
  'due.kind.recheck': 'Re-check',
  'due.item': '{kind} {date}, {when}',
  'due.today': 'today',
  'due.inDays': '{days, plural, one {in # day} other {in # days}}',
  'due.daysLate': '{days, plural, one {# day late} other {# days late}}',
  'due.calendar': 'Calendar',
  'due.calendarIntro':
    'The open actions’ dates as calendar events, with a reminder and the owner as attendee when the owner cell holds an e-mail address.',
  'due.reminder': 'Reminder (days before)',
  'due.reminderHint': 'When the reminder goes off; 0 on the day.',
  'due.export': 'Export to calendar',
  'due.makingCalendar': 'Making the calendar file',
  'due.evidence': 'Evidence for the auditor',
  'due.evidenceIntro':
    'Each NC’s trail for ISO 27001 clause 10.2 (a–g) on a new, dated sheet, with the gaps highlighted. Existing sheets are never replaced.',
  'due.writeEvidence': 'Write evidence sheet',
  'due.writingEvidence': 'Writing the evidence sheet',
  'due.evidenceCreated':
    'Created the sheet “{sheet}”: {ncs, plural, one {# NC} other {# NCs}}, {gaps, number} with gaps.',
  'due.wholeDays': 'Enter a whole number of days from 0 to {max, number}.',
  'due.downloaded':
    'Downloaded {file}: {events, plural, one {# event} other {# events}}. Import it into Outlook, Google or Apple Calendar; importing a later export updates the same events instead of adding copies.',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Keeps your ISO/IEC 27001 improvement plan — non-conformities and opportunities for improvement — in your own Excel workbook: it checks the register, guards the status workflow, asks for the root cause when a non-conformity is closed and writes the management-review summary.',
  'landing.outside':
    'This is the add-in’s task pane, opened outside Excel. It works inside Excel, on the workbook that holds your register; here it has nothing to work on.',
  'landing.install': 'Install it in Excel',
  'landing.install.windows':
    'Excel for Windows: Home › Add-ins, then Improvement Plan under Admin Managed or My add-ins. An administrator can also share the manifest from a network folder (File › Options › Trust Center › Trusted Add-in Catalogs).',
  'landing.install.mac':
    'Excel for Mac: Home › Add-ins, then Improvement Plan under Admin Managed or My add-ins; or copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.',
  'landing.install.web':
    'Excel on the web: open a workbook, then Home › Add-ins › More add-ins › My add-ins › Upload my add-in, and choose manifest.xml.',
  'landing.install.admin':
    'Administrators deploy it to everyone from the Microsoft 365 admin centre (Settings › Integrated apps › Upload custom apps) with the manifest.xml published beside this page.',
  'landing.open': 'Then, in a workbook, choose Home › Open Improvement Plan.',
  'landing.help': 'Help, privacy and terms',
  'landing.playground': 'Try it without Excel: the playground',
  'startup.openWithWorkbook': 'Open with this workbook',
  'startup.hint': 'Opens Improvement Plan whenever this workbook is opened, for everyone who opens it.',
  'startup.unavailable':
    'This Excel cannot open add-ins with a workbook (it lacks the shared runtime, SharedRuntime 1.1).',
  'startup.failed': 'The setting could not be saved. Try again.',
  'platform.unsupported': 'Not available in this Excel: it needs {set} {version}.',
  // The target-date policy and re-checks (Due soon)
  'policy.heading': 'Target-date policy',
  'policy.stored': 'The policy stored in this workbook.',
  'policy.default': 'The default policy (none stored in this workbook).',
  'policy.explain':
    'The most days from the date raised to the target date; with a priority too, the stricter limit applies. Blank: no limit.',
  'policy.recheckExplain':
    'An NC closed as effective is checked again this many days later (blank: no re-checks).',
  'policy.days': '{label} (days)',
  'policy.noLimit': 'no limit',
  'policy.save': 'Save policy',
  'policy.useDefaults': 'Use the defaults',
  'policy.type:nc': 'NC (not graded)',
  'policy.priority:critical': 'Critical priority',
  'policy.priority:high': 'High priority',
  'policy.priority:medium': 'Medium priority',
  'policy.priority:low': 'Low priority',
  'policy.recheck': 'Re-check after closing',
  'policy.wholeDays': 'Enter a whole number of days from 1 to {max, number}, or leave it blank for no limit.',
  'policy.notSaved': 'Not saved: {problems}.',
  'policy.defaultsAgain': 'The default policy applies again.',
  'policy.saved': 'Saved in the workbook beside the mapping: validation here and on the command line use it.',
  'recheck.stillEffectiveLabel': 'Re-check of {name}: still effective',
  'recheck.stillEffective': 'Still effective',
  'recheck.notEffectiveLabel': 'Re-check of {name}: not effective',
  'recheck.notEffective': 'Not effective…',
  'recheck.why': 'Why is {name} not effective? (it is reopened)',
  'recheck.reopen': 'Reopen',
  'recheck.sayWhy': 'Say why it is not effective: the history sheet records it with the reopening.',
  'recheck.recorded': 'Recorded the re-check of row {row} as effective, in the history sheet.',
  'recheck.reopened': 'Reopened row {row} (status analysis) with the reason, in the history sheet.',
  // The Register view (the sheet and its buttons)
  'register.heading': 'Register',
  'register.finding': 'Finding the register',
  'register.including': 'Including the register',
  'register.save': 'Save mapping',
  'register.setup': 'Set up / repair register…',
  'register.new': 'New register',
  'register.detectAgain': 'Detect again',
  'register.listingSetup': 'Listing what the set-up writes',
  'register.missingColumns':
    'The workflow needs columns this register does not have: {columns}. They can be added as new header cells to the right of your last column; nothing you typed moves.',
  'register.addColumns': 'Add {count, plural, one {# column} other {# columns}}',
  'register.settingUp': 'Setting up the register',
  'register.creating': 'Creating a new register',
  'register.saving': 'Saving the mapping',
  'register.listingSheets': 'Listing the sheets',
  'register.readThisSheet': 'Read this sheet as the register',
  'register.chooseSheet': 'Choose a sheet',
  'register.useSheet': 'Use this sheet',
  // The Register view: list, summary, mapping, words, set-up preview, notices
  'register.cannotInclude': 'This pane cannot read several registers together.',
  'register.cannotPreview': 'This pane cannot list the cells before writing them.',
  'register.includedNotice':
    '“{sheet}” is included: {count, plural, one {# register is} other {# registers are}} read together.',
  'register.leftOutNotice':
    '“{sheet}” is left out; {count, plural, one {one register is} other {# registers are}} read.',
  'register.mappingSaved':
    'Mapping saved in the workbook. Everyone who opens it with the add-in reads the register the same way.',
  'register.nowReading': 'Now reading the sheet “{sheet}” as the register.',
  'register.nowUsing': 'Now using the sheet “{sheet}”.',
  'register.setUpNotice':
    'Register set up: {validations, plural, one {# dropdown list} other {# dropdown lists}} and {rules, plural, one {# highlight rule} other {# highlight rules}} installed. No value you typed was changed.',
  'register.addedColumns': 'Added the columns {columns} to the right of the header.',
  'register.createdNotice': 'Created the sheet “{sheet}” with a clean register table.',
  'register.list.heading': 'Registers in this workbook',
  'register.list.together':
    '{count, number} registers are read together: one list of findings and one review summary, with the same action in two registers counted once.',
  'register.list.includeOthers':
    'Include other sheets to read them together with this one: one list of findings and one review summary.',
  'register.sheetAndRow': '{sheet} (header row {row})',
  'register.list.best': 'Best match',
  'register.list.stored': 'Mapping saved',
  'register.list.shownBelow': 'Mapping shown below',
  'register.list.showOf': 'Show the mapping of {sheet}',
  'register.list.show': 'Show mapping',
  'register.summary.read':
    'We read “{sheet}”, header row {row}, {rows, plural, one {# action} other {# actions}}; {found, plural, one {# field} other {# fields}} found, {uncertain, number} uncertain, {missing, number} missing.',
  'register.summary.sheet': 'Sheet',
  'register.summary.headerRow': 'Header row',
  'register.summary.actions': 'Actions',
  'register.summary.mapping': 'Mapping',
  'register.summary.saved': 'Saved in the workbook',
  'register.summary.detected': 'Detected, not saved yet',
  'register.summary.others': 'Other sheets that look like registers',
  'setup.title': 'The set-up will write to “{sheet}”:',
  'setup.dropdown': '{range}: a dropdown of {field} words ({values})',
  'setup.highlight': '{range}: a highlight for {purpose} ({field})',
  'setup.purpose.overdue': 'overdue actions',
  'setup.purpose.missing-required': 'missing owner or target date',
  'setup.header': '{address}: the header “{header}” (only with the columns added)',
  'setup.noValueChanged':
    'No value you typed is changed; a dropdown warns but never rejects a word already in a cell.',
  'setup.write': 'Write these',
  'setup.writeAndAdd': 'Write these and add {count, plural, one {# column} other {# columns}}',
  'confidence.edited': 'Changed: not saved yet',
  'confidence.override': 'Set by you',
  'confidence.exact': 'Exact match',
  'confidence.alias': 'Likely match',
  'confidence.fuzzy': 'Guess: check it',
  'confidence.content': 'Found by its cells: check it',
  'confidence.missing-required': 'Required: not found',
  'confidence.missing': 'Not mapped',
  'words.heading': 'Words to check ({count, number})',
  'words.noColumns':
    'The register has no {status}, {type} or {source} column, so there are no words to check. Map a column below if it has one under another name.',
  'words.allUnderstood':
    'Every word in the {columns} {count, plural, one {column} other {columns}} was understood.',
  'words.kind.effectiveness': 'Effectiveness',
  'words.effectiveness.effective': 'Effective',
  'words.effectiveness.partially-effective': 'Partially effective',
  'words.effectiveness.not-effective': 'Not effective',
  'words.label': '{kind} word “{word}”',
  'words.choose': 'Choose what it means',
  'mapping.heading': 'Columns',
  'mapping.allCertain':
    'Every field the add-in needs was found with certainty. Show all columns to check or change one.',
  'mapping.toCheck':
    '{count, plural, one {# field} other {# fields}} to check below; the others were found with certainty.',
  'mapping.headerRowHint': 'The sheet row that holds the column headers.',
  'mapping.lastRow': 'Last row of the actions',
  'mapping.lastRowSet': 'Set by you. Clear it to find the end of the table again.',
  'mapping.lastRowFound': 'Found: row {row}. Type a row to stop there.',
  'mapping.lastRowFoundEnd': 'Found: row {row} ({end}). Type a row to stop there.',
  'mapping.showAll': 'Show all columns',
  'mapping.badOverride':
    'The saved mapping names “{target}” for {field}, but the header row has no such column.',
  'mapping.sure': '{percent} sure',
  'mapping.nextBest': 'next best: {letter} “{header}”',
  'mapping.why': 'Why this column? {why}.',
  'mapping.noColumn': 'No column (detect automatically)',
} as const;

export type PaneKey = keyof typeof pane;
export type PaneMessages = Readonly<Record<PaneKey, string>>;
