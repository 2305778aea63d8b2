import { shared } from './shared';
import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  ...shared,
  'pane.language': 'Sprache',
  'pane.language.office': 'Wie in Office ({language})',

  // The pane around the views
  'app.name': 'Improvement Plan',
  'app.views': 'Ansichten von Improvement Plan',
  'app.loading': '{view} wird geladen…',
  'app.area.pane': 'Improvement Plan',
  'app.area.view': 'der Ansicht „{view}“',
  'app.area.prompt': 'der Ursachenabfrage',
  'app.area.pending': 'der Liste der abzuschließenden Statusänderungen',
  'view.home': 'Start',
  'view.findings': 'Befunde',
  'view.action': 'Maßnahme',
  'view.review': 'Bewertung',
  'view.dueSoon': 'Bald fällig',
  'view.register': 'Register',
  'nav.more': 'Mehr ({count, number})',

  // Shared by the views
  'error.title': 'Fehler in {area}.',
  'error.body':
    'Ihre Arbeitsmappe wurde durch diesen Fehler nicht verändert. Versuchen Sie es erneut; tritt er wieder auf, schließen Sie den Aufgabenbereich und öffnen Sie ihn neu.',
  'error.tryAgain': 'Erneut versuchen',
  'error.unexpected':
    'Bei der Verbindung mit Excel ist ein unerwarteter Fehler aufgetreten. Der Aufgabenbereich hat Ihre Arbeitsmappe nicht verändert. Versuchen Sie es erneut; tritt er wieder auf, schließen Sie den Aufgabenbereich und öffnen Sie ihn neu.',
  'status.running': '{label}…',
  'status.failed': '{label}: nicht abgeschlossen.',
  'status.cancelled': '{label}: abgebrochen.',
  'common.cancel': 'Abbrechen',
  'common.retry': 'Wiederholen',
  'common.back': 'Zurück',
  'common.checking': 'Registerprüfung',
  'common.chooseSheet': 'Registerblatt wählen',
  'common.noOwner': 'Kein Verantwortlicher',
  'common.row': 'Zeile {row}',
  'common.rowLower': 'Zeile {row}',
  'common.blank': '(leer)',
  'common.unknown': 'unbekannt',

  // Where a finding points
  'place.cell': 'Zelle {cell}',
  'place.row': 'Zeile {row}',
  'place.column': 'Spalte {column}',
  'place.register': 'Ganzes Register',

  // Home
  'home.heading': 'Was jetzt zu tun ist',
  'home.check': 'Register prüfen',
  'home.checked': '{sheet}, geprüft um {time} (Stand {asOf}). Die Prüfung ändert Ihr Blatt nie.',
  'home.checkHint': 'Die Prüfung liest das Register; sie ändert Ihr Blatt nie.',
  'home.selectingRow': 'Auswahl der Zeile',
  'home.glance': 'Das Register auf einen Blick',
  'home.figure.actions': 'Maßnahmen',
  'home.figure.open': 'Offen',
  'home.figure.overdue': 'Überfällig',
  'home.figure.effectivenessDue': 'Fällige Wirksamkeits­prüfungen',
  'home.figure.errors': 'Fehler',
  'home.figure.warnings': 'Warnungen',
  'home.allClear':
    'Derzeit ist nichts zu tun: keine überfälligen Maßnahmen, jede geschlossene Nichtkonformität hat ihre Ursache und Wirksamkeitsprüfung, und jede offene Maßnahme hat einen Verantwortlichen.',
  'home.seeAll': '{count, plural, one {Den # Befund ansehen} other {Alle # Befunde ansehen}}',
  'home.showAll': 'Alle {count, number} unter „Befunde“ zeigen',
  'home.selectInSheet': '{detail} · im Blatt auswählen',
  'home.daysLate': '{count, plural, one {# Tag überfällig} other {# Tage überfällig}}',
  'need.overdue-nc':
    '{count, plural, one {# überfällige Nichtkonformität} other {# überfällige Nichtkonformitäten}}',
  'need.nc-closed-without-root-cause':
    '{count, plural, one {# Nichtkonformität ohne Ursache geschlossen} other {# Nichtkonformitäten ohne Ursache geschlossen}}',
  'need.nc-closed-without-effectiveness':
    '{count, plural, one {# Nichtkonformität ohne Wirksamkeitsprüfung geschlossen} other {# Nichtkonformitäten ohne Wirksamkeitsprüfung geschlossen}}',
  'need.missing-owner':
    '{count, plural, one {# offene Maßnahme ohne Verantwortlichen} other {# offene Maßnahmen ohne Verantwortlichen}}',
  'need.overdue':
    '{count, plural, one {# weitere überfällige Maßnahme} other {# weitere überfällige Maßnahmen}}',

  // Findings
  'findings.heading': 'Befunde',
  'findings.run': 'Prüfung starten',
  'findings.runAgain': 'Erneut prüfen',
  'findings.summary': '{sheet}: {count, plural, one {# Maßnahme} other {# Maßnahmen}}, Stand {asOf}',
  'findings.selectingCell': 'Auswahl der Zelle',
  'findings.stale':
    'Die Zuordnung oder das Register hat sich nach dieser Prüfung geändert. Prüfen Sie erneut, um die Befunde zu aktualisieren.',
  'findings.none': 'Keine Befunde: Das Register besteht jede Prüfung.',
  'findings.count': '{count, plural, one {# Befund} other {# Befunde}}',
  'findings.showing': '{shown, number} von {count, plural, one {# Befund} other {# Befunden}} angezeigt',
  'findings.section': '{severity} ({count, number})',
  'findings.toggle': '{severity} {count, number}',
  'findings.bySeverity': 'Befunde nach Schweregrad zeigen',
  'findings.owner': 'Verantwortlich',
  'findings.everyOwner': 'Alle Verantwortlichen',
  'findings.filter': 'Befunde filtern',
  'findings.filterHint': 'ID, Wort, Spalte oder Regel',
  'findings.selectInSheet': '{place}: im Blatt auswählen',
  'findings.showMore': '{page, number} weitere zeigen ({hidden, number} ausgeblendet)',
  'findings.otherGroup': '{count, number} × {description}',
  'severity.error': 'Fehler',
  'severity.warning': 'Warnungen',
  'severity.info': 'Hinweise',

  // Each kind of finding as what to do, counted
  'group.not-a-register':
    '{count, plural, one {# Blatt, das kein Register ist} other {# Blätter, die keine Register sind}}',
  'group.header-not-found':
    '{count, plural, one {# Kopfzeile nicht gefunden} other {# Kopfzeilen nicht gefunden}}',
  'group.column-missing':
    '{count, plural, one {# Hinweis zu Spalten, die der Workflow braucht} other {# Hinweise zu Spalten, die der Workflow braucht}}',
  'group.missing-id': '{count, plural, one {# Maßnahme ohne ID} other {# Maßnahmen ohne ID}}',
  'group.duplicate-id': '{count, plural, one {# doppelt vergebene ID} other {# mehrfach vergebene IDs}}',
  'group.missing-owner':
    '{count, plural, one {# offene Maßnahme ohne Verantwortlichen} other {# offene Maßnahmen ohne Verantwortlichen}}',
  'group.missing-target-date':
    '{count, plural, one {# offene Maßnahme ohne Zieltermin} other {# offene Maßnahmen ohne Zieltermin}}',
  'group.missing-target-review-date':
    '{count, plural, one {# offene Maßnahme ohne Überprüfungstermin} other {# offene Maßnahmen ohne Überprüfungstermin}}',
  'group.unknown-type': '{count, plural, one {# nicht verstandene Art} other {# nicht verstandene Arten}}',
  'group.unknown-status':
    '{count, plural, one {# nicht verstandener Status} other {# nicht verstandene Status}}',
  'group.unknown-source':
    '{count, plural, one {# nicht verstandene Herkunft} other {# nicht verstandene Herkünfte}}',
  'group.invalid-date':
    '{count, plural, one {# Datumszelle ohne gültiges Datum} other {# Datumszellen ohne gültiges Datum}}',
  'group.ambiguous-date':
    '{count, plural, one {# Datum, bei dem Tag und Monat vertauscht sein könnten} other {# Daten, bei denen Tag und Monat vertauscht sein könnten}}',
  'group.date-order':
    '{count, plural, one {# Maßnahme mit Daten in falscher Reihenfolge} other {# Maßnahmen mit Daten in falscher Reihenfolge}}',
  'group.nc-closed-without-root-cause':
    '{count, plural, one {# Nichtkonformität ohne Ursache geschlossen} other {# Nichtkonformitäten ohne Ursache geschlossen}}',
  'group.nc-closed-without-effectiveness':
    '{count, plural, one {# Nichtkonformität ohne Wirksamkeitsprüfung geschlossen} other {# Nichtkonformitäten ohne Wirksamkeitsprüfung geschlossen}}',
  'group.ofi-closed-without-remediation':
    '{count, plural, one {# Verbesserungspotenzial ohne umgesetzte Maßnahme geschlossen} other {# Verbesserungspotenziale ohne umgesetzte Maßnahme geschlossen}}',
  'group.gate-missing-field':
    '{count, plural, one {# Maßnahme, der ein für ihren Status nötiges Feld fehlt} other {# Maßnahmen, denen ein für ihren Status nötiges Feld fehlt}}',
  'group.closed-without-date':
    '{count, plural, one {# geschlossene Maßnahme ohne Abschlussdatum} other {# geschlossene Maßnahmen ohne Abschlussdatum}}',
  'group.closed-without-evidence':
    '{count, plural, one {# geschlossene Maßnahme ohne Nachweis} other {# geschlossene Maßnahmen ohne Nachweis}}',
  'group.overdue': '{count, plural, one {# überfällige Maßnahme} other {# überfällige Maßnahmen}}',
  'group.review-overdue':
    '{count, plural, one {# Maßnahme nach ihrem Überprüfungstermin} other {# Maßnahmen nach ihrem Überprüfungstermin}}',
  'group.status-is-overdue':
    '{count, plural, one {# Mal „Überfällig“ als Status} other {# Mal „Überfällig“ als Status}}',
  'group.unknown-requirement':
    '{count, plural, one {# unbekannter Anforderungsverweis} other {# unbekannte Anforderungsverweise}}',
  'group.legacy-2013-requirement':
    '{count, plural, one {# Verweis auf ein Control von 2013 zu aktualisieren} other {# Verweise auf Controls von 2013 zu aktualisieren}}',
  'group.verifier-is-owner':
    '{count, plural, one {# Wirksamkeitsprüfung durch den Verantwortlichen selbst} other {# Wirksamkeitsprüfungen durch den Verantwortlichen selbst}}',
  'group.effectiveness-check-overdue':
    '{count, plural, one {# überfällige Wirksamkeitsprüfung} other {# überfällige Wirksamkeitsprüfungen}}',
  'group.recurring-nc':
    '{count, plural, one {# Nichtkonformität, die einer früheren ähnelt} other {# Nichtkonformitäten, die früheren ähneln}}',
  'group.target-beyond-policy':
    '{count, plural, one {# Zieltermin später, als die Richtlinie erlaubt} other {# Zieltermine später, als die Richtlinie erlaubt}}',
  'group.target-missing-suggested':
    '{count, plural, one {# Zieltermin zu setzen (Vorschlag)} other {# Zieltermine zu setzen (Vorschlag)}}',
  'group.duplicate-across-registers':
    '{count, plural, one {# Maßnahme in zwei Registern} other {# Maßnahmen in zwei Registern}}',
  'group.blame-only-root-cause':
    '{count, plural, one {# Ursache, die nur eine Person nennt} other {# Ursachen, die nur eine Person nennen}}',

  // Action card
  'action.heading': 'Maßnahme',
  'action.status': 'Status',
  'action.type': 'Art',
  'action.notClassified': 'Nicht eingeordnet',
  'action.row': 'Zeile',
  'action.owner': 'Verantwortlich',
  'action.statusReadAs': '{word}, gelesen als {state}',
  'action.statusBlankReadAs': '(leer), gelesen als {state}',
  'action.statusNotUnderstood': '{word} (nicht verstanden: in der Ansicht „Register“ zuordnen)',
  'action.findings': 'Befunde ({count, number})',
  'action.notChecked': 'Das Register wurde noch nicht geprüft.',
  'action.checkRegister': 'Register prüfen',
  'action.noFindings': 'Keine Befunde für diese Zeile bei der letzten Prüfung (Stand {asOf}).',
  'action.moveTo': '{name} setzen auf',
  'action.noMoves': 'Keine weiteren Schritte: Eine abgebrochene Maßnahme bleibt abgebrochen.',
  'action.ready': 'Bereit: nichts fehlt',
  'action.stillNeeds': 'Es fehlt noch: {fields}',
  'action.notFollowing': 'Diese Excel-Version meldet dem Add-In nicht, wenn Sie eine Zeile auswählen.',
  'action.showSelected': 'Ausgewählte Zeile zeigen',
  'action.noRegister':
    'Das Add-In hat das Register noch nicht gefunden und kann die ausgewählte Zeile daher nicht zeigen.',
  'action.reading': 'Lesen der ausgewählten Zeile',
  'action.selectHint':
    'Wählen Sie eine Zelle in einer Zeile des Registers: Diese Karte zeigt die Maßnahme und folgt, wenn Sie eine andere Zeile wählen.',
  'action.moveHeading': '{name} auf {state} setzen',
  'action.moveButton': 'Auf {state} setzen',
  'action.moving': 'Statusänderung',
  'action.moved': '{name} steht jetzt auf {state}.',
  'action.history': 'Verlauf',
  'action.noHistory': 'Für diese Maßnahme sind noch keine Statusänderungen erfasst.',
  'action.historyNone': '(keiner)',
  'action.historyWithoutGate': '{how}, ohne die erforderlichen Felder',
  'action.filledIn': 'Ausgefüllt: {fields}',
  'action.comment': 'Kommentar: {comment}',
  'via.prompt': 'in der Abfrage',
  'via.pane': 'im Aufgabenbereich',
  'via.sheet': 'im Blatt übernommen',
  'via.reconciliation': 'später beim Abgleich gefunden',
  'via.remote': 'von einem Mitautor (remote)',

  // Review
  'review.heading': 'Managementbewertung',
  'review.intro':
    'Schreibt ein neues, datiertes Blatt mit den Kennzahlen für ISO 27001 Abschnitt 9.3.2. Vorhandene Blätter werden nie ersetzt.',
  'review.preset.since-last-review': 'Seit der letzten Bewertung',
  'review.preset.last-12-months': 'Letzte 12 Monate',
  'review.preset.calendar-year': 'Dieses Kalenderjahr',
  'review.preset.custom': 'Eigene Daten',
  'review.from': 'Zeitraum von',
  'review.fromHint': 'Leer: ab dem letzten Bewertungsblatt, sonst die letzten 12 Monate.',
  'review.to': 'Zeitraum bis',
  'review.datePattern': 'JJJJ-MM-TT',
  'review.enterDate': 'Geben Sie ein Datum ein.',
  'review.endsBeforeStart': 'Der Zeitraum endet, bevor er beginnt.',
  'review.generate': 'Zusammenfassung erstellen',
  'review.writing': 'Schreiben der Zusammenfassung',
  'review.created': 'Blatt „{sheet}“ erstellt für {from} bis {to}, Stand {asOf}.',
  'review.goTo': 'Zum Blatt „{sheet}“',
  'review.opening': 'Öffnen des Blatts',
  'review.note.quality':
    'Das Register hat {errors, plural, one {# Fehler} other {# Fehler}} und {warnings, plural, one {# Warnung} other {# Warnungen}}; das Blatt beginnt mit ihnen nach Art (die Ansicht „Befunde“ listet jeden einzeln).',
  'review.note.noColumn': 'Felder ohne Spalte: {fields}.',
  'review.note.followUp':
    'Nachverfolgung der Bewertung vom {asOf} („{sheet}“): {decisions, plural, one {# Entscheidung} other {# Entscheidungen}}, seitdem {raised, number} erfasst und {closed, number} geschlossen, {slipped, plural, one {# Zieltermin} other {# Zieltermine}} nach hinten verschoben.',
  'review.note.recurrence':
    '{recurring, number} von {raised, number} im Zeitraum erfassten Nichtkonformitäten ({rate}) ähneln einer früheren.',
  'calendar.goToToday': 'Zu heute',
  'calendar.prevMonth': 'Vorheriger Monat',
  'calendar.nextMonth': 'Nächster Monat',
  'calendar.prevYear': 'Vorheriges Jahr',
  'calendar.nextYear': 'Nächstes Jahr',
  'calendar.close': 'Datumsauswahl schließen',

  // The register's vocabulary, in the pane's language

  // The status workflow: the root-cause prompt, its notes and the list of changes to complete
  'workflow.blameTitle': 'Das nennt eine Person, keine Ursache.',
  'workflow.blameBody':
    'Fragen Sie, warum es möglich war: Welcher Prozess, welches Werkzeug, welche Schulung oder welche Kontrolle hat es zugelassen?',
  'workflow.notEffective':
    'Die Nichtkonformität kann erst geschlossen werden, wenn die Wirksamkeit der Maßnahme bestätigt ist (ISO 27001 Abschnitt 10.2 d). Lassen Sie sie offen und prüfen Sie später erneut, oder planen Sie eine neue Korrekturmaßnahme.',
  'workflow.noColumn':
    'Das Register hat keine Spalte für {fields}, die {state} normalerweise braucht. Fügen Sie die Spalte im Blatt hinzu, um es festzuhalten; die Ansicht „Register“ ordnet sie zu.',
  'workflow.title.rootCauseClose': '{name} schließen: Ursache und Wirksamkeit',
  'workflow.title.rootCause': 'Ursache für {name}',
  'workflow.title.ofiClose': '{name} schließen: was umgesetzt wurde',
  'workflow.title.move': '{name} auf {state} setzen',
  'workflow.saveHint':
    'Speichern schreibt diese Felder in Zeile {row} und behält den neuen Status. Abbrechen setzt den Status auf „{word}“ zurück.',
  'workflow.saving': 'Speichern',
  'workflow.restoring': 'Zurücksetzen des Status',
  'workflow.save': 'Speichern',
  'workflow.label.rcaMethod': 'Methode der Ursachenanalyse',
  'workflow.label.rootCause': 'Ursachenbeschreibung',
  'workflow.label.evidence': 'Link zum Nachweis',
  'workflow.mustBeEffective':
    'Muss „{word}“ sein: Eine Nichtkonformität wird erst geschlossen, wenn die Wirksamkeit der Maßnahme bestätigt ist.',
  'workflow.neededFor': 'Nötig für {state}.',
  'workflow.offerRaised':
    'Die Zieltermin-Richtlinie schlägt {date} vor: {days, plural, one {# Tag} other {# Tage}} für {because}, ab dem Erfassungsdatum ({from}). Ändern Sie ihn, wenn der Verantwortliche einen anderen Termin vereinbart hat.',
  'workflow.offerToday':
    'Die Zieltermin-Richtlinie schlägt {date} vor: {days, plural, one {# Tag} other {# Tage}} für {because}, ab heute ({from}); die Zeile hat kein Erfassungsdatum. Ändern Sie ihn, wenn der Verantwortliche einen anderen Termin vereinbart hat.',
  'workflow.notChosen': 'Nicht gewählt',
  'workflow.commentMissing': 'Schreiben Sie ein paar Worte: Sie kommen in den Verlauf.',
  'workflow.comment.cancel': 'Grund für den Abbruch',
  'workflow.comment.reopen': 'Warum sie wieder geöffnet wird',
  'workflow.comment.noAction': 'Warum keine Korrekturmaßnahme nötig ist (Abschnitt 10.2 b)',
  'workflow.comment.history': 'Kommentar für den Verlauf',
  'workflow.summary': '{type} {name}, Zeile {row}: {words}',
  'workflow.inWorkflow': 'Im Workflow: {from} → {to}.',
  'workflow.action': 'Maßnahme',
  'workflow.notAllowedTitle': '{name}: Diese Statusänderung ist nicht zulässig',
  'workflow.keepReason': 'Grund, sie trotzdem zu behalten',
  'workflow.keepHint': 'Wird im Verlaufsblatt für den Auditor festgehalten.',
  'workflow.keepMissing': 'Schreiben Sie, warum die Änderung bleibt.',
  'workflow.recording': 'Erfassen der Änderung',
  'workflow.undo': 'Änderung rückgängig machen',
  'workflow.keep': 'Trotzdem behalten',
  'workflow.missing': 'Es fehlt: {fields}.',
  'workflow.itemTitle': '{name}, Zeile {row}: {words}',
  'workflow.origin.local': 'in dieser Arbeitsmappe geändert (eingefügt, ausgefüllt oder getippt)',
  'workflow.origin.remote': 'von einem Mitautor geändert',
  'workflow.origin.reconciliation': 'beim Abgleich des Registers durch das Add-In als geändert gefunden',
  'workflow.fillIn': 'Ausfüllen',
  'workflow.review': 'Prüfen',
  'workflow.goToRow': 'Zur Zeile',
  'workflow.acceptAsIs': 'So übernehmen',
  'workflow.acceptWhy': 'Warum so übernehmen?',
  'workflow.acceptHint': 'Wird im Verlaufsblatt als nicht workflowkonform festgehalten.',
  'workflow.acceptMissing': 'Schreiben Sie einen Grund: Er kommt in den Verlauf.',
  'workflow.accept': 'Übernehmen',
  'workflow.accepting': 'Übernehmen der Änderung',
  'workflow.headline.gates':
    '{count, plural, one {# Maßnahme hat den Status ohne die erforderlichen Felder geändert} other {# Maßnahmen haben den Status ohne die erforderlichen Felder geändert}}',
  'workflow.headline.notAllowed':
    '{count, plural, one {# Maßnahme hat einen Status, den der Workflow nicht zulässt} other {# Maßnahmen haben einen Status, den der Workflow nicht zulässt}}',
  'workflow.headline.mixed':
    '{count, plural, one {# Statusänderung braucht Ihre Aufmerksamkeit} other {# Statusänderungen brauchen Ihre Aufmerksamkeit}}',
  'workflow.banner': 'Abzuschließende Statusänderungen',
  'workflow.showList': 'Liste zeigen',
  'workflow.hideList': 'Liste ausblenden',
  'workflow.showMore': '{page, number} weitere zeigen ({hidden, number} ausgeblendet)',
  'workflow.whyChain': 'Warum-Kette',
  'workflow.whyHint':
    'Beginnen Sie bei dem, was schiefging; beantworten Sie jedes „Warum?“ zur vorigen Antwort.',
  'workflow.why': 'Warum? ({n, number} von {total, number})',

  // Due soon: dates by owner, the calendar export, the evidence sheet, the target-date policy, re-checks
  'due.heading': 'Bald fällig',
  'due.intro':
    'Ziel-, Überprüfungs-, Wirksamkeitsprüfungs- und Nachprüfungstermine, die bevorstehen oder verstrichen sind, nach Verantwortlichen.',
  'due.within': 'Fällig innerhalb (Tage)',
  'due.withinHint': 'Termine bis so viele Tage im Voraus, und jeder verstrichene Termin.',
  'due.escalateAfter': 'Eskalieren nach (Tagen)',
  'due.escalateHint': 'Termine, die um mehr als so viele Tage verstrichen sind, werden eskaliert.',
  'due.show': 'Fälliges zeigen',
  'due.reading': 'Lesen der Termine',
  'due.nothing':
    'Nichts ist innerhalb von {within, plural, one {# Tag} other {# Tagen}} fällig und nichts ist überfällig (Stand {asOf}).',
  'due.summary':
    '{total, plural, one {# Termin} other {# Termine}} für {owners, plural, one {# Verantwortlichen} other {# Verantwortliche}} (Stand {asOf}): {dueSoon, number} bald fällig, {overdue, number} überfällig, {escalate, number} zu eskalieren (mehr als {after, plural, one {# Tag} other {# Tage}} überfällig).',
  'due.state.escalate': 'Eskalieren',
  'due.state.overdue': 'Überfällig',
  'due.state.due-soon': 'Fällig',
  'due.kind.target': 'Zieltermin',
  'due.kind.review': 'Fortschrittsüberprüfung',
  'due.kind.effectiveness-check': 'Wirksamkeitsprüfung',
  'due.kind.recheck': 'Nachprüfung',
  'due.item': '{kind} {date}, {when}',
  'due.today': 'heute',
  'due.inDays': '{days, plural, one {in # Tag} other {in # Tagen}}',
  'due.daysLate': '{days, plural, one {# Tag überfällig} other {# Tage überfällig}}',
  'due.calendar': 'Kalender',
  'due.calendarIntro':
    'Die Termine der offenen Maßnahmen als Kalendereinträge, mit Erinnerung und dem Verantwortlichen als Teilnehmer, wenn seine Zelle eine E-Mail-Adresse enthält.',
  'due.reminder': 'Erinnerung (Tage vorher)',
  'due.reminderHint': 'Wann die Erinnerung erscheint; 0 am Tag selbst.',
  'due.export': 'In Kalender exportieren',
  'due.makingCalendar': 'Erstellen der Kalenderdatei',
  'due.evidence': 'Nachweise für den Auditor',
  'due.evidenceIntro':
    'Die Spur jeder Nichtkonformität nach ISO 27001 Abschnitt 10.2 (a–g) auf einem neuen, datierten Blatt, Lücken hervorgehoben. Vorhandene Blätter werden nie ersetzt.',
  'due.writeEvidence': 'Nachweisblatt schreiben',
  'due.writingEvidence': 'Schreiben des Nachweisblatts',
  'due.evidenceCreated':
    'Blatt „{sheet}“ erstellt: {ncs, plural, one {# Nichtkonformität} other {# Nichtkonformitäten}}, {gaps, number} mit Lücken.',
  'due.wholeDays': 'Geben Sie eine ganze Zahl von Tagen zwischen 0 und {max, number} ein.',
  'due.downloaded':
    '{file} heruntergeladen: {events, plural, one {# Termin} other {# Termine}}. Importieren Sie die Datei in Outlook, Google oder Apple Kalender; ein späterer Export aktualisiert dieselben Termine, statt Kopien anzulegen.',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Führt Ihren Verbesserungsplan nach ISO/IEC 27001 — Nichtkonformitäten und Verbesserungspotenziale — in Ihrer eigenen Excel-Arbeitsmappe: prüft das Register, überwacht den Status-Workflow, fragt beim Schließen einer Nichtkonformität nach der Ursache und schreibt die Zusammenfassung für die Managementbewertung.',
  'landing.outside':
    'Dies ist der Aufgabenbereich des Add-Ins, außerhalb von Excel geöffnet. Er arbeitet in Excel, mit der Arbeitsmappe, die Ihr Register enthält; hier gibt es nichts zu bearbeiten.',
  'landing.install': 'In Excel installieren',
  'landing.install.windows':
    'Excel für Windows: Start › Add-Ins, dann Improvement Plan unter „Vom Administrator verwaltet“ oder „Meine Add-Ins“. Ein Administrator kann das Manifest auch aus einem Netzwerkordner bereitstellen (Datei › Optionen › Trust Center › Kataloge vertrauenswürdiger Add-Ins).',
  'landing.install.mac':
    'Excel für Mac: Start › Add-Ins, dann Improvement Plan unter „Vom Administrator verwaltet“ oder „Meine Add-Ins“; oder manifest.xml nach ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ kopieren und Excel neu starten.',
  'landing.install.web':
    'Excel im Web: eine Arbeitsmappe öffnen, dann Start › Add-Ins › Weitere Add-Ins › Meine Add-Ins › Mein Add-In hochladen und manifest.xml wählen.',
  'landing.install.admin':
    'Administratoren stellen es allen über das Microsoft 365 Admin Center bereit (Einstellungen › Integrierte Apps › Benutzerdefinierte Apps hochladen), mit der neben dieser Seite veröffentlichten manifest.xml.',
  'landing.open': 'Dann in einer Arbeitsmappe Start › Improvement Plan öffnen wählen.',
  'landing.help': 'Hilfe, Datenschutz und Nutzungsbedingungen',
  'landing.playground': 'Ohne Excel ausprobieren: der Playground',
  'startup.openWithWorkbook': 'Mit dieser Arbeitsmappe öffnen',
  'startup.hint': 'Öffnet Improvement Plan bei jedem Öffnen dieser Arbeitsmappe, für alle, die sie öffnen.',
  'startup.unavailable':
    'Dieses Excel kann Add-Ins nicht mit einer Arbeitsmappe öffnen (ihm fehlt die gemeinsame Laufzeit, SharedRuntime 1.1).',
  'startup.failed': 'Die Einstellung konnte nicht gespeichert werden. Bitte erneut versuchen.',
  'platform.unsupported': 'In diesem Excel nicht verfügbar: benötigt {set} {version}.',
  // The target-date policy and re-checks (Due soon)
  'policy.heading': 'Zieltermin-Richtlinie',
  'policy.stored': 'Die in dieser Arbeitsmappe gespeicherte Richtlinie.',
  'policy.default': 'Die Standardrichtlinie (in dieser Arbeitsmappe ist keine gespeichert).',
  'policy.explain':
    'Die meisten Tage vom Erfassungsdatum bis zum Zieltermin; ist auch eine Priorität gesetzt, gilt die strengere Grenze. Leer: keine Grenze.',
  'policy.recheckExplain':
    'Eine als wirksam geschlossene Nichtkonformität wird so viele Tage später erneut geprüft (leer: keine Nachprüfungen).',
  'policy.days': '{label} (Tage)',
  'policy.noLimit': 'keine Grenze',
  'policy.save': 'Richtlinie speichern',
  'policy.useDefaults': 'Standardwerte verwenden',
  'policy.type:nc': 'Nichtkonformität (ohne Einstufung)',
  'policy.priority:critical': 'Priorität kritisch',
  'policy.priority:high': 'Priorität hoch',
  'policy.priority:medium': 'Priorität mittel',
  'policy.priority:low': 'Priorität niedrig',
  'policy.recheck': 'Nachprüfung nach Abschluss',
  'policy.wholeDays':
    'Geben Sie eine ganze Zahl von Tagen zwischen 1 und {max, number} ein, oder lassen Sie das Feld leer für keine Frist.',
  'policy.notSaved': 'Nicht gespeichert: {problems}.',
  'policy.defaultsAgain': 'Es gilt wieder die Standardrichtlinie.',
  'policy.saved':
    'In der Arbeitsmappe neben der Zuordnung gespeichert: die Prüfung hier und in der Befehlszeile verwendet sie.',
  'recheck.stillEffectiveLabel': 'Nachprüfung von {name}: weiterhin wirksam',
  'recheck.stillEffective': 'Weiterhin wirksam',
  'recheck.notEffectiveLabel': 'Nachprüfung von {name}: nicht wirksam',
  'recheck.notEffective': 'Nicht wirksam…',
  'recheck.why': 'Warum ist {name} nicht wirksam? (wird wieder geöffnet)',
  'recheck.reopen': 'Wieder öffnen',
  'recheck.sayWhy':
    'Sagen Sie, warum sie nicht wirksam ist: Das Verlaufsblatt hält es mit der Wiedereröffnung fest.',
  'recheck.recorded': 'Die Nachprüfung von Zeile {row} wurde als wirksam im Verlaufsblatt erfasst.',
  'recheck.reopened': 'Zeile {row} mit dem Grund wieder geöffnet (Status Analyse), im Verlaufsblatt erfasst.',
  // The Register view (the sheet and its buttons)
  'register.heading': 'Register',
  'register.finding': 'Suche des Registers',
  'register.including': 'Einbeziehen des Registers',
  'register.save': 'Zuordnung speichern',
  'register.setup': 'Register einrichten / reparieren…',
  'register.new': 'Neues Register',
  'register.detectAgain': 'Erneut erkennen',
  'register.listingSetup': 'Auflisten, was die Einrichtung schreibt',
  'register.missingColumns':
    'Der Workflow braucht Spalten, die dieses Register nicht hat: {columns}. Sie können als neue Kopfzellen rechts von Ihrer letzten Spalte angelegt werden; nichts, was Sie eingegeben haben, wird verschoben.',
  'register.addColumns': '{count, plural, one {# Spalte} other {# Spalten}} hinzufügen',
  'register.settingUp': 'Einrichten des Registers',
  'register.creating': 'Anlegen eines neuen Registers',
  'register.saving': 'Speichern der Zuordnung',
  'register.listingSheets': 'Auflisten der Blätter',
  'register.readThisSheet': 'Dieses Blatt als Register lesen',
  'register.chooseSheet': 'Blatt wählen',
  'register.useSheet': 'Dieses Blatt verwenden',
  // The Register view: list, summary, mapping, words, set-up preview, notices
  'register.cannotInclude': 'Dieser Bereich kann nicht mehrere Register zusammen lesen.',
  'register.cannotPreview': 'Dieser Bereich kann die Zellen nicht vor dem Schreiben auflisten.',
  'register.includedNotice':
    '„{sheet}“ ist einbezogen: {count, plural, one {# Register wird} other {# Register werden}} zusammen gelesen.',
  'register.leftOutNotice':
    '„{sheet}“ ist ausgelassen; {count, plural, one {ein Register wird} other {# Register werden}} gelesen.',
  'register.mappingSaved':
    'Zuordnung in der Arbeitsmappe gespeichert. Alle, die sie mit dem Add-in öffnen, lesen das Register auf dieselbe Weise.',
  'register.nowReading': 'Das Blatt „{sheet}“ wird jetzt als Register gelesen.',
  'register.nowUsing': 'Jetzt wird das Blatt „{sheet}“ verwendet.',
  'register.setUpNotice':
    'Register eingerichtet: {validations, plural, one {# Auswahlliste} other {# Auswahllisten}} und {rules, plural, one {# Hervorhebungsregel} other {# Hervorhebungsregeln}} installiert. Kein von Ihnen eingegebener Wert wurde geändert.',
  'register.addedColumns': 'Die Spalten {columns} wurden rechts der Kopfzeile hinzugefügt.',
  'register.createdNotice': 'Das Blatt „{sheet}“ mit einer leeren Registertabelle wurde erstellt.',
  'register.list.heading': 'Register in dieser Arbeitsmappe',
  'register.list.together':
    '{count, number} Register werden zusammen gelesen: eine Liste der Befunde und eine Zusammenfassung für die Managementbewertung; dieselbe Maßnahme in zwei Registern zählt einmal.',
  'register.list.includeOthers':
    'Beziehen Sie weitere Blätter ein, um sie zusammen mit diesem zu lesen: eine Liste der Befunde und eine Zusammenfassung.',
  'register.sheetAndRow': '{sheet} (Kopfzeile {row})',
  'register.list.best': 'Beste Übereinstimmung',
  'register.list.stored': 'Zuordnung gespeichert',
  'register.list.shownBelow': 'Zuordnung unten angezeigt',
  'register.list.showOf': 'Zuordnung von {sheet} anzeigen',
  'register.list.show': 'Zuordnung anzeigen',
  'register.summary.read':
    'Gelesen: „{sheet}“, Kopfzeile {row}, {rows, plural, one {# Maßnahme} other {# Maßnahmen}}; {found, plural, one {# Feld} other {# Felder}} gefunden, {uncertain, number} unsicher, {missing, number} fehlend.',
  'register.summary.sheet': 'Blatt',
  'register.summary.headerRow': 'Kopfzeile',
  'register.summary.actions': 'Maßnahmen',
  'register.summary.mapping': 'Zuordnung',
  'register.summary.saved': 'In der Arbeitsmappe gespeichert',
  'register.summary.detected': 'Erkannt, noch nicht gespeichert',
  'register.summary.others': 'Weitere Blätter, die wie Register aussehen',
  'setup.title': 'Die Einrichtung schreibt in „{sheet}“:',
  'setup.dropdown': '{range}: eine Auswahlliste der Wörter für {field} ({values})',
  'setup.highlight': '{range}: eine Hervorhebung für {purpose} ({field})',
  'setup.purpose.overdue': 'überfällige Maßnahmen',
  'setup.purpose.missing-required': 'fehlenden Verantwortlichen oder Zieltermin',
  'setup.header': '{address}: die Überschrift „{header}“ (nur wenn die Spalten hinzugefügt werden)',
  'setup.noValueChanged':
    'Kein von Ihnen eingegebener Wert wird geändert; eine Auswahlliste warnt, lehnt aber nie ein Wort ab, das bereits in einer Zelle steht.',
  'setup.write': 'Diese schreiben',
  'setup.writeAndAdd': 'Diese schreiben und {count, plural, one {# Spalte} other {# Spalten}} hinzufügen',
  'confidence.edited': 'Geändert: noch nicht gespeichert',
  'confidence.override': 'Von Ihnen festgelegt',
  'confidence.exact': 'Genaue Übereinstimmung',
  'confidence.alias': 'Wahrscheinliche Übereinstimmung',
  'confidence.fuzzy': 'Vermutung: bitte prüfen',
  'confidence.content': 'An den Zellen erkannt: bitte prüfen',
  'confidence.missing-required': 'Erforderlich: nicht gefunden',
  'confidence.missing': 'Nicht zugeordnet',
  'words.heading': 'Zu prüfende Wörter ({count, number})',
  'words.noColumns':
    'Das Register hat keine Spalte {status}, {type} oder {source}, daher gibt es keine Wörter zu prüfen. Ordnen Sie unten eine Spalte zu, wenn sie unter einem anderen Namen vorhanden ist.',
  'words.allUnderstood':
    'Jedes Wort in {count, plural, one {der Spalte} other {den Spalten}} {columns} wurde verstanden.',
  'words.kind.effectiveness': 'Wirksamkeit',
  'words.effectiveness.effective': 'Wirksam',
  'words.effectiveness.partially-effective': 'Teilweise wirksam',
  'words.effectiveness.not-effective': 'Nicht wirksam',
  'words.label': 'Wort für {kind} „{word}“',
  'words.choose': 'Wählen Sie die Bedeutung',
  'mapping.heading': 'Spalten',
  'mapping.allCertain':
    'Jedes Feld, das das Add-in benötigt, wurde sicher gefunden. Zeigen Sie alle Spalten an, um eine zu prüfen oder zu ändern.',
  'mapping.toCheck':
    '{count, plural, one {# Feld} other {# Felder}} unten zu prüfen; die anderen wurden sicher gefunden.',
  'mapping.headerRowHint': 'Die Zeile des Blatts mit den Spaltenüberschriften.',
  'mapping.lastRow': 'Letzte Zeile der Maßnahmen',
  'mapping.lastRowSet': 'Von Ihnen festgelegt. Leeren Sie das Feld, um das Tabellenende wieder zu finden.',
  'mapping.lastRowFound': 'Gefunden: Zeile {row}. Geben Sie eine Zeile ein, um dort aufzuhören.',
  'mapping.lastRowFoundEnd': 'Gefunden: Zeile {row} ({end}). Geben Sie eine Zeile ein, um dort aufzuhören.',
  'mapping.showAll': 'Alle Spalten anzeigen',
  'mapping.badOverride':
    'Die gespeicherte Zuordnung nennt „{target}“ für {field}, aber die Kopfzeile hat keine solche Spalte.',
  'mapping.sure': '{percent} sicher',
  'mapping.nextBest': 'nächstbeste: {letter} „{header}“',
  'mapping.why': 'Warum diese Spalte? {why}.',
  'mapping.noColumn': 'Keine Spalte (automatisch erkennen)',
};
