import { shared } from './shared';
import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
  ...shared,
  'language.name': 'Deutsch',

  'finding.label.id': '{id} (Zeile {row})',
  'finding.label.row': 'Zeile {row}',

  'finding.ambiguous-date':
    '{label}: {field} „{text}“ kann {read} oder {other} sein; gelesen wurde {read}. Geben Sie es als echtes Datum oder als JJJJ-MM-TT ein.',
  'finding.blame-only-root-cause':
    '{label}: Die Grundursache „{cause}“ nennt nur eine Person. Fragen Sie, warum es möglich war (5 Why): Welcher Prozess, welches Werkzeug, welche Schulung oder Maßnahme hat es zugelassen?',
  'finding.closed-without-date':
    '{label} ist abgeschlossen, hat aber kein Abschlussdatum. Tragen Sie ein, wann es abgeschlossen wurde.',
  'finding.closed-without-evidence':
    '{label} ist ohne Nachweis abgeschlossen. Fügen Sie einen Link oder eine Dokumentreferenz hinzu, die ein Auditor prüfen kann.',
  'finding.column-missing':
    'Dem Register fehlt {parts}. Ordnen Sie dem Feld eine vorhandene Spalte zu oder fügen Sie die Spalten hinzu („Register einrichten / reparieren“ im Add-in fügt alle auf einmal hinzu).',
  'finding.column-missing.main': 'eine Spalte {fields}, daher entfallen die Prüfungen, die sie brauchen',
  'finding.column-missing.type-default':
    'eine Spalte Typ: Jede Zeile wird als {type} behandelt, weil {reason}',
  'finding.column-missing.type-unknown':
    'eine Spalte Typ: Die Zeilen sind Maßnahmen unbekannten Typs, und die Prüfungen nur für Nichtkonformitäten bzw. Verbesserungspotenziale entfallen',
  'finding.column-missing.gates': 'eine Spalte für die Workflow-Schritte {gates}',
  'finding.column-missing.gate': '{field} (für {states})',
  'finding.date-order.target-before-raised':
    '{label}: Der Zieltermin {target} liegt vor dem Erfassungsdatum {raised}. Korrigieren Sie eines der beiden.',
  'finding.date-order.completed-before-raised':
    '{label}: umgesetzt am {completed}, vor der Erfassung ({raised}). Korrigieren Sie eines der Daten.',
  'finding.date-order.closed-before-raised':
    '{label}: abgeschlossen am {closed}, vor der Erfassung ({raised}). Korrigieren Sie eines der Daten.',
  'finding.date-order.closed-in-future':
    '{label}: Das Abschlussdatum {closed} liegt in der Zukunft. Eine Maßnahme kann nur heute oder früher abgeschlossen werden.',
  'finding.duplicate-id':
    'Die ID „{id}“ wird bereits in Zeile {first} verwendet. Geben Sie dieser Maßnahme eine neue, unbenutzte ID.',
  'finding.effectiveness-check-overdue':
    '{label} ist umgesetzt, aber die Wirksamkeitsprüfung ist {late, plural, one {# Tag} other {# Tage}} überfällig (fällig {due}) und kein Ergebnis erfasst. Prüfen Sie, ob die Korrekturmaßnahme gewirkt hat, und erfassen Sie das Ergebnis (Abschnitt 10.2 d), oder vereinbaren Sie einen neuen Prüftermin.',
  'finding.gate-missing-field':
    '{label} braucht {cancel, select, yes {einen Grund für den Abbruch (in Bemerkungen)} other {{field}}} für {passed, select, yes {den durchlaufenen Schritt {state}} other {seinen Status ({state})}}. Tragen Sie es ein oder setzen Sie die Maßnahme zurück.',
  'finding.invalid-date':
    '{label}: {field} — {reason}. Geben Sie ein echtes Datum ein (zum Beispiel 2026-03-31).',
  'finding.legacy-2013-requirement':
    '{label}: {ref} ist eine Maßnahme aus ISO/IEC 27001:2013; in der Ausgabe 2022 ist es {mapped, select, no {keine einzelne Maßnahme} other {{to}}}. Aktualisieren Sie die Referenz bei der nächsten Überarbeitung.',
  'finding.missing-id':
    'Zeile {row} hat keine Maßnahmen-ID. Geben Sie ihr eine eindeutige, noch nie verwendete ID.',
  'finding.missing-owner':
    '{label} ist offen, hat aber keinen Verantwortlichen. Benennen Sie die verantwortliche Person.',
  'finding.missing-target-date':
    '{label} ist offen, hat aber keinen Zieltermin. Vereinbaren Sie einen Termin mit dem Verantwortlichen.',
  'finding.missing-target-review-date':
    '{label} ist offen, hat aber keinen Überprüfungstermin. Legen Sie die nächste Fortschrittsprüfung fest.',
  'finding.nc-closed-without-effectiveness.result':
    '{label} ist eine abgeschlossene Nichtkonformität, aber das Ergebnis der Wirksamkeitsprüfung lautet „{word}“, nicht wirksam. Schließen Sie sie erst, wenn die Wirksamkeit bestätigt ist (Abschnitt 10.2 d), oder öffnen Sie sie wieder.',
  'finding.nc-closed-without-effectiveness.none':
    '{label} ist eine abgeschlossene Nichtkonformität ohne Ergebnis der Wirksamkeitsprüfung. Erfassen Sie, ob die Korrekturmaßnahme wirksam war (Abschnitt 10.2 d).',
  'finding.nc-closed-without-effectiveness.verifier':
    '{label} ist eine abgeschlossene Nichtkonformität, aber niemand ist als Prüfer der Wirksamkeit erfasst. Benennen Sie den Prüfer.',
  'finding.nc-closed-without-root-cause':
    '{label} ist eine abgeschlossene Nichtkonformität, aber die Grundursache {said, select, yes {lautet nur „{raw}“} other {ist leer}}. Erfassen Sie die gefundene Ursache (Abschnitt 10.2 b) oder öffnen Sie die Maßnahme wieder.',
  'finding.ofi-closed-without-remediation':
    '{label} ist {kind, select, ofi {ein abgeschlossenes Verbesserungspotenzial} other {eine abgeschlossene Beobachtung}} ohne erfasste Umsetzung. Beschreiben Sie, was getan wurde, oder öffnen Sie es wieder.',
  'finding.overdue':
    '{label} ist seit {days, plural, one {# Tag} other {# Tagen}} überfällig (Zieltermin {target}). Haken Sie beim Verantwortlichen nach oder vereinbaren und erfassen Sie einen neuen Zieltermin.',
  'finding.overdue.flag':
    '{label} ist laut der registereigenen Spalte „{header}“ überfällig; ohne Zieltermin lässt sich nicht sagen, wie lange. Haken Sie beim Verantwortlichen nach und erfassen Sie einen Zieltermin.',
  'finding.recurring-nc':
    '{label} könnte eine innerhalb von 12 Monaten erfasste Nichtkonformität wiederholen: {links}. Prüfen Sie, ob die frühere Korrekturmaßnahme die Ursache beseitigt hat und ob ähnliche Nichtkonformitäten anderswo auftreten könnten (Abschnitt 10.2 b 3).',
  'finding.recurring-nc.link': '{name} ({reasons})',
  'finding.recurring-nc.row': 'Zeile {row}',
  'finding.recurring-nc.requirement': 'gleiche Anforderung {refs}',
  'finding.recurring-nc.title': 'ähnlicher Titel',
  'finding.recurring-nc.cause': 'gleiche Ursachenkategorie {causes}',
  'finding.review-overdue':
    '{label}: Die Fortschrittsprüfung war am {review} fällig. Prüfen Sie die Maßnahme und legen Sie den nächsten Überprüfungstermin fest.',
  'finding.status-is-overdue':
    '{label}: „{word}“ wird als Status verwendet. Überfällig ergibt sich aus dem Zieltermin; setzen Sie den tatsächlichen Status (zum Beispiel in Bearbeitung). Die Zeile zählt als offen.',
  'finding.target-beyond-policy':
    '{label}: Der Zieltermin {target} liegt {days, plural, one {# Tag} other {# Tage}} nach der Erfassung ({raised}); die Zieltermin-Richtlinie erlaubt {limit, plural, one {# Tag} other {# Tage}} für {because}, also spätestens {latest}. Ziehen Sie den Termin vor oder begründen Sie, warum es länger dauert.',
  'finding.policy.major-nc': 'eine Hauptabweichung',
  'finding.policy.minor-nc': 'eine Nebenabweichung',
  'finding.policy.nc': 'eine Nichtkonformität',
  'finding.policy.observation': 'eine Beobachtung',
  'finding.policy.ofi': 'ein Verbesserungspotenzial',
  'finding.policy.priority': 'Priorität {priority}',
  'priority.critical': 'kritisch',
  'priority.high': 'hoch',
  'priority.medium': 'mittel',
  'priority.low': 'niedrig',
  'finding.target-missing-suggested':
    '{label}: Die Zieltermin-Richtlinie schlägt {suggested} als Zieltermin vor ({limit, plural, one {# Tag} other {# Tage}} für {because}, ab der Erfassung am {raised}).{passed, select, yes { Dieses Datum ist bereits verstrichen: Vereinbaren Sie bald einen Termin mit dem Verantwortlichen.} other {}}',
  'finding.unknown-requirement':
    '{label}: „{ref}“ ist weder ein Abschnitt von ISO/IEC 27001:2022 noch eine Maßnahme aus Anhang A. Verwenden Sie einen Abschnitt wie 9.2 oder eine Maßnahme wie A.5.15.',
  'finding.unknown-status':
    '{label}{count, plural, offset:1 =1 {} other { und # weitere}}: Der Status „{word}“ ist nicht bekannt ({count, plural, =1 {Zeile {rows}} other {# Zeilen: {rows}}}). Ordnen Sie „{word}“ einmal einem von {states} zu (Befehlszeile: --status-map "{word}=in-progress") oder verwenden Sie die Statuswörter des Registers.',
  'finding.unknown-status.blank':
    '{label}{count, plural, offset:1 =1 {} other { und # weitere}}: kein Status ({count, plural, =1 {Zeile {rows}} other {# Zeilen: {rows}}}). Setzen Sie den Status jeder Maßnahme (zum Beispiel das Wort des Registers für neu oder offen).',
  'finding.unknown-type':
    '{label}{count, plural, offset:1 =1 {} other { und # weitere}}: Der Typ „{word}“ ist nicht bekannt ({count, plural, =1 {Zeile {rows}} other {# Zeilen: {rows}}}). Ordnen Sie „{word}“ einmal einem von {types} zu (Befehlszeile: --type-map "{word}=minor-nc").',
  'finding.unknown-type.blank':
    '{label}{count, plural, offset:1 =1 {} other { und # weitere}}: kein Typ ({count, plural, =1 {Zeile {rows}} other {# Zeilen: {rows}}}). Geben Sie an, ob es eine Haupt- oder Nebenabweichung, eine Beobachtung oder ein Verbesserungspotenzial ist.',
  'finding.unknown-source':
    '{label}{count, plural, offset:1 =1 {} other { und # weitere}}: Die Quelle „{word}“ ist nicht bekannt ({count, plural, =1 {Zeile {rows}} other {# Zeilen: {rows}}}), daher zählt die Managementbewertung sie als unbekannt. Ordnen Sie sie einmal einer von {sources} zu (Befehlszeile: --source-map "{word}=internal-audit").',
  'finding.recheck-overdue':
    '{label} wurde als wirksam abgeschlossen, aber die erneute Wirksamkeitsprüfung ist seit {late, plural, one {# Tag} other {# Tagen}} überfällig (fällig am {due}). Prüfen Sie, ob die Korrekturmaßnahme noch wirkt, und erfassen Sie das Ergebnis: wirksam, oder nicht wirksam, um sie wieder zu öffnen (Abschnitt 10.2 d, e).',
  'finding.header-not-found':
    'In den ersten 60 Zeilen wurde keine Kopfzeile mit genügend bekannten Spalten (ID, Typ, Status, Verantwortlicher, Zieltermin, …) gefunden. Wählen Sie die Kopfzeile oder ordnen Sie die Spalten von Hand zu.',
  'finding.header-not-found.row':
    'Zeile {headerRow} sieht nicht wie die Kopfzeile eines Registers aus: Keine ihrer Zellen nennt eine bekannte Spalte (ID, Typ, Status, Verantwortlicher, Zieltermin, …). Wählen Sie eine andere Kopfzeile oder ordnen Sie die Spalten von Hand zu.',
  'finding.duplicate-across-registers':
    'Dieselbe Maßnahme wie in „{sheet}“, Zeile {otherRow} von {file} ({because, select, id {gleiche ID} other {gleicher Titel und gleiche Anforderung}}){changed, select, yes { (dort {there}, hier {here})} other {}}: einmal gezählt, dort. Führen Sie sie in nur einem Register oder geben Sie beiden verschiedene IDs, wenn es verschiedene Maßnahmen sind.',
  'finding.not-calculated':
    '{label}: {field} ist eine Formel, die nie berechnet wurde ({address} hat kein gespeichertes Ergebnis). Öffnen Sie die Datei in Excel und speichern Sie sie, damit das Ergebnis gespeichert wird, und starten Sie dann erneut.',
  'finding.objective-missing-measure.none':
    'Ziel „{name}“ sagt nichts darüber, wie es gemessen wird. Fügen Sie eine Spalte Messgröße (KPI) hinzu (Abschnitt 6.2 b).',
  'finding.objective-missing-measure':
    'Ziel „{name}“ hat keine Messgröße: Geben Sie an, wie es gemessen wird (Abschnitt 6.2 b).',
  'finding.objective-missing-target.text':
    'Ziel „{name}“: Der Zielwert „{text}“ ist keine Zahl, daher lässt sich die Erfüllung nicht beurteilen. Schreiben Sie ihn als Wert, etwa 95 % oder ≤ 5.',
  'finding.objective-missing-target':
    'Ziel „{name}“ hat keinen Zielwert: Ohne ihn kann niemand sagen, ob es erreicht wurde.',
  'finding.objective-missing-owner':
    'Ziel „{name}“ hat keinen Verantwortlichen: Nennen Sie, wer dafür verantwortlich ist (Abschnitt 6.2 h).',
  'finding.objective-missing-due-date.text':
    'Ziel „{name}“: „{text}“ ist kein Datum. Geben Sie an, bis wann es erreicht sein soll (Abschnitt 6.2 i).',
  'finding.objective-missing-due-date':
    'Ziel „{name}“ hat keinen Termin: Geben Sie an, bis wann es erreicht sein wird (Abschnitt 6.2 i).',
  'finding.objective-measurement-overdue':
    'Ziel „{name}“ wurde zuletzt für {latest} gemessen; es wird etwa alle {cadence} Tage gemessen, neuere Werte sind also fällig. Erfassen Sie sie.',
  'finding.objective-measurement-overdue.none':
    'Ziel „{name}“ hat noch keine Messung, obwohl der erste Zeitraum ({due}) vorbei ist. Erfassen Sie sie.',
  'finding.objective-missed':
    'Ziel „{name}“ war zum {due} fällig, und seine letzte Messung erreicht den Zielwert {goal} nicht.',
  'finding.verifier-is-owner':
    '{label} wurde vom eigenen Verantwortlichen verifiziert. Eine unabhängige Prüfung (eine andere Person oder das interne Audit) ist der stärkere Nachweis.',

  'cli.head':
    '{file}: Blatt „{sheet}“, Kopfzeile in Zeile {headerRow}, {rows, plural, one {# Maßnahmenzeile} other {# Maßnahmenzeilen}} darunter.',
  'cli.counts':
    '{errors, plural, one {# Fehler} other {# Fehler}}, {warnings, plural, one {# Warnung} other {# Warnungen}}, {infos} Hinweise in {rows, plural, one {# Maßnahmenzeile} other {# Maßnahmenzeilen}} (Stand {asOf}).',
  'cli.counts.none':
    'Keine Befunde in {rows, plural, one {# Maßnahmenzeile} other {# Maßnahmenzeilen}} (Stand {asOf}).',
  'cli.counts.hidden.warnings': ' Warnungen und Hinweise nicht aufgeführt (--min-severity {min}).',
  'cli.counts.hidden.info': ' Hinweise nicht aufgeführt (--min-severity {min}).',
  'cli.group.error': '{count, plural, one {# Fehler} other {# Fehler}}',
  'cli.group.warning': '{count, plural, one {# Warnung} other {# Warnungen}}',
  'cli.group.info': '{count, plural, one {# Hinweis} other {# Hinweise}}',
  'cli.rows': '{count, plural, one {Zeile} other {Zeilen}} {rows}',
  'cli.rows.more': '{shown}, … und {rest} weitere (--format csv listet jede Zeile)',
  'cli.example': 'z. B. {message}',
  'cli.markdown.title': 'Registerprüfung: {file}',
  'cli.markdown.sheet': 'Blatt „{sheet}“, {counts}',
  'cli.markdown.error': 'Fehler',
  'cli.markdown.warning': 'Warnungen',
  'cli.markdown.info': 'Hinweise',
  'cli.review-overdue-too':
    ' Auch die Fortschrittsprüfung ist überfällig{due, select, none {} other { (fällig {due})}}.',
  'finding.column-missing.cli':
    'Dem Register fehlt {parts}. Ordnen Sie eine vorhandene Spalte mit --map feld="Überschrift" zu (oder "fields" in --config plan.json) oder fügen Sie die Spalten dem Blatt hinzu; improvement-plan init zeigt alle Spalten.',

  'cli.figures.title': 'Kennzahlen der Managementbewertung, Zeitraum {from} bis {to}, Stand {asOf}:',
  'cli.figures.unknown': 'Unbekannt — {note}',
  'cli.figures.byStatus': 'Nach Status:',
  'cli.figures.byType': 'Nach Typ:',
  'cli.figures.bySource': 'Nach Quelle:',
  'cli.figures.age':
    'Alter offener Maßnahmen (Tage): 0-30 {a}, 31-60 {b}, 61-90 {c}, 90+ {d}{unknown, select, 0 {} other {, ohne gültiges Erfassungsdatum {unknown}}}',
  'cli.figures.lateChecks': 'Überfällige Wirksamkeitsprüfungen (10.2 d): {count} — ',
  'cli.figures.daysLate': '{who} {days, plural, one {# Tag} other {# Tage}} überfällig',
  'cli.figures.more': 'und {count} weitere',
  'cli.due.none': 'Nichts fällig in den nächsten {within} Tagen und nichts überfällig (Stand {asOf}).',
  'cli.due.summary':
    '{total, plural, one {# Termin} other {# Termine}} in den nächsten {within} Tagen fällig oder verstrichen, für {owners, plural, one {# Verantwortlichen} other {# Verantwortliche}} (Stand {asOf}): {soon} bald fällig, {overdue} überfällig, {escalate} seit mehr als {after} Tagen überfällig (eskalieren).',
  'cli.due.no-owner': '(kein Verantwortlicher)',
  'cli.due.state.due-soon': 'fällig',
  'cli.due.state.overdue': 'ÜBERFÄLLIG',
  'cli.due.state.escalate': 'ESKALIEREN',
  'cli.due.today': 'heute',
  'cli.due.in': 'in {days, plural, one {# Tag} other {# Tagen}}',
  'cli.due.late': '{days, plural, one {# Tag} other {# Tage}} zu spät',
  'cli.due.kind.target': 'Zieltermin',
  'cli.due.kind.review': 'Fortschrittsprüfung',
  'cli.due.kind.effectiveness-check': 'Wirksamkeitsprüfung',
  'cli.due.kind.recheck': 'erneute Prüfung',
  'cli.evidence.none': 'Keine Nichtkonformität im Register (Stand {asOf}).',
  'cli.evidence.summary':
    '{ncs, plural, one {# Nichtkonformität} other {# Nichtkonformitäten}} (Stand {asOf}): {complete} mit vollständigem Nachweis nach 10.2 für die erreichte Stufe, {withGaps} mit Lücken.',
  'cli.evidence.nc': '{name} (Zeile {row}, {status})',
  'cli.evidence.wrote':
    '{out} geschrieben: eine Kopie von {file} mit dem zusätzlichen Blatt „{sheet}“. Die Eingabedatei bleibt unverändert.',
  'cli.evidence.hint':
    "Mit --out '<evidence.xlsx>' wird der ganze Nachweis als Blatt geschrieben, das ein Auditor mitnehmen kann.",
  'cli.calendar.wrote':
    '{out} geschrieben: {events, plural, one {# Termin} other {# Termine}} — {target, plural, one {# Zieltermin} other {# Zieltermine}}, {review, plural, one {# Fortschrittsprüfung} other {# Fortschrittsprüfungen}}, {checks, plural, one {# Wirksamkeitsprüfung} other {# Wirksamkeitsprüfungen}}{recheck, plural, =0 {} one {, # erneute Prüfung} other {, # erneute Prüfungen}} ({attendees} mit dem Verantwortlichen als Teilnehmer). Ein erneuter Import aktualisiert diese Termine, statt Kopien anzulegen.',
  'cli.review.hint':
    "Mit --out '<bewertung.xlsx>' werden diese Zahlen als Blatt der Managementbewertung geschrieben.",
  'cli.todo.missing-id': 'Jeder Maßnahme eine ID geben',
  'cli.todo.duplicate-id': 'Jeder Maßnahme eine eigene ID geben',
  'cli.todo.missing-owner': 'Für jede offene Maßnahme einen Verantwortlichen benennen',
  'cli.todo.missing-target-date': 'Für jede offene Maßnahme einen Zieltermin setzen',
  'cli.todo.missing-target-review-date': 'Für jede offene Maßnahme einen nächsten Überprüfungstermin setzen',
  'cli.todo.unknown-status': 'Statuswörter zuordnen oder korrigieren',
  'cli.todo.unknown-type': 'Typwörter zuordnen oder korrigieren',
  'cli.todo.unknown-source': 'Quellenwörter zuordnen oder korrigieren',
  'cli.todo.invalid-date': 'Zellen korrigieren, die kein Datum sind',
  'cli.todo.not-calculated': 'Die Datei in Excel öffnen und speichern, damit ihre Formeln Werte haben',
  'cli.todo.ambiguous-date': 'Mehrdeutige Daten als JJJJ-MM-TT oder als Datumszellen schreiben',
  'cli.todo.date-order': 'Daten in falscher Reihenfolge korrigieren',
  'cli.todo.nc-closed-without-root-cause':
    'Die Ursache abgeschlossener Nichtkonformitäten erfassen oder sie wieder öffnen (10.2 b)',
  'cli.todo.nc-closed-without-effectiveness':
    'Eine wirksame, verifizierte Wirksamkeitsprüfung erfassen oder wieder öffnen (10.2 d)',
  'cli.todo.ofi-closed-without-remediation': 'Die Umsetzung abgeschlossener Verbesserungspotenziale erfassen',
  'cli.todo.gate-missing-field': 'Die Felder ausfüllen, die der aktuelle Status verlangt',
  'cli.todo.closed-without-date': 'Das Abschlussdatum erfassen',
  'cli.todo.closed-without-evidence': 'Den Nachweis abgeschlossener Maßnahmen verlinken',
  'cli.todo.overdue': 'Bei überfälligen Maßnahmen nachhaken oder neue Zieltermine vereinbaren',
  'cli.todo.review-overdue': 'Maßnahmen mit fälliger Fortschrittsprüfung prüfen',
  'cli.todo.status-is-overdue': '„Überfällig“ als Status durch den tatsächlichen Stand ersetzen',
  'cli.todo.unknown-requirement':
    'Anforderungsreferenzen korrigieren, die nicht in ISO/IEC 27001:2022 stehen',
  'cli.todo.legacy-2013-requirement': 'Maßnahmenreferenzen von 2013 auf die von 2022 umstellen',
  'cli.todo.verifier-is-owner': 'Die Wirksamkeit von jemand anderem als dem Verantwortlichen prüfen lassen',
  'cli.todo.effectiveness-check-overdue':
    'Die jetzt fällige Wirksamkeit umgesetzter Nichtkonformitäten prüfen',
  'cli.todo.recurring-nc': 'Wiederkehrende Nichtkonformitäten ansehen',
  'cli.todo.target-beyond-policy':
    'Zieltermine in die Zieltermin-Richtlinie bringen oder begründen, warum nicht',
  'cli.todo.target-missing-suggested': 'Die von der Richtlinie vorgeschlagenen Zieltermine setzen',
  'cli.todo.blame-only-root-cause':
    'Hinter Ursachen, die nur eine Person beschuldigen, die eigentliche Ursache finden',
  'cli.todo.column-missing': 'Fehlende Spalten zuordnen oder hinzufügen',
  'cli.todo.duplicate-across-registers':
    'Jede Maßnahme in nur einem Register führen (die Kopien wurden einmal gezählt)',
  'cli.todo.objective-missing-measure': 'Angeben, wie jedes Ziel gemessen wird (6.2 b)',
  'cli.todo.objective-missing-target': 'Für jedes Ziel einen Zielwert festlegen',
  'cli.todo.objective-missing-owner': 'Für jedes Ziel die verantwortliche Person benennen (6.2 h)',
  'cli.todo.objective-missing-due-date': 'Festlegen, bis wann jedes Ziel erreicht sein soll (6.2 i)',
  'cli.todo.objective-measurement-overdue': 'Die jetzt fälligen Messungen der Ziele erfassen (6.2 e)',
  'cli.todo.objective-missed': 'Ziele prüfen, deren Termin ohne Erfüllung verstrichen ist',

  'review.sheetName': 'Managementbewertung {date}',
  'review.title': 'Managementbewertung — fortlaufende Verbesserung (ISO/IEC 27001:2022 Abschnitt 9.3)',
  'review.register': 'Register: {register}',
  'review.snapshot': 'Eine Momentaufnahme der Werte, die sich bei Änderungen im Register nicht aktualisiert.',
  'review.snapshot.since':
    'Eine Momentaufnahme der Werte, die sich bei Änderungen im Register nicht aktualisiert. Der Zeitraum beginnt am Tag nach der letzten Bewertung ({date}).',
  'review.meeting': 'Sitzung',
  'review.meeting.date': 'Datum der Sitzung',
  'review.meeting.chair': 'Vorsitz',
  'review.meeting.attendees': 'Teilnehmende',
  'review.quality': 'Datenqualität — worauf diese Zahlen beruhen',
  'review.quality.errors.none': 'Fehler: keine.',
  'review.quality.errors': 'Fehler ({count}): {kinds}.',
  'review.quality.warnings.none': 'Warnungen: keine.',
  'review.quality.warnings': 'Warnungen ({count}): {kinds}.',
  'review.quality.where':
    ' Jeder Befund mit seiner Zeile: die Ansicht Befunde oder improvement-plan validate.',
  'review.quality.rowsNotRead': 'Zeilen, die nicht gelesen werden konnten: {list}.',
  'review.quality.rowsWith': '{rows} mit {what}',
  'review.quality.noColumn': 'Felder ohne Spalte: {fields}.',
  'review.figure.noneClosed': 'Keine im Zeitraum abgeschlossen',
  'review.registers': 'Register in dieser Bewertung ({count})',
  'review.registers.noneMerged': 'Keine Maßnahme steht in zwei Registern.',
  'review.registers.merged':
    '{count, plural, one {# Maßnahme steht} other {# Maßnahmen stehen}} in zwei Registern: einmal gezählt, im zuerst aufgeführten Register (Zusammengeführt: ausgelassene Kopien; jede hat einen Befund duplicate-across-registers).',
  'review.a.since': '(a) Seit der letzten Managementbewertung ({date}, Blatt „{sheet}“)',
  'review.a.title': '(a) Status von Maßnahmen aus vorherigen Managementbewertungen',
  'review.a.first':
    'In dieser Arbeitsmappe wurde kein früheres Bewertungsblatt gefunden: Dies ist ihre erste Managementbewertung.',
  'review.a.openActions': 'Offene Maßnahmen',
  'review.a.overdueActions': 'Überfällige Maßnahmen',
  'review.a.summary':
    'Seit der letzten Bewertung: {raised} erfasst, {closed} abgeschlossen{unknownDate, select, 0 {} other { (und {unknownDate} abgeschlossen, Datum unbekannt)}}. Von den {overdueThen} damals überfälligen sind {resolved} seither abgeschlossen oder abgebrochen und {still} weiterhin überfällig.',
  'review.a.decisions': 'Entscheidungen der letzten Bewertung und ihr heutiger Status',
  'review.a.noDecisions': 'Die letzte Bewertung hat in ihrer Tabelle keine Entscheidungen festgehalten.',
  'review.a.slipped': 'Seit der letzten Bewertung verschobene Zieltermine',
  'review.a.noSlipped': 'Bei keiner offenen Maßnahme wurde der Zieltermin nach hinten verschoben.',
  'review.a.reviewActions': 'Maßnahmen aus Managementbewertungen',
  'review.a.reviewActions.count':
    '{total} im Register: {open} offen, {closed} abgeschlossen oder abgebrochen.',
  'review.b': '(b) Veränderungen bei externen und internen Themen — auszufüllen',
  'review.b.what':
    'Nicht im Register erfasst. Fassen Sie Änderungen an Kontext, interessierten Parteien und Anwendungsbereich zusammen.',
  'review.c':
    '(c) Veränderungen bei den Erfordernissen und Erwartungen interessierter Parteien — auszufüllen',
  'review.c.what': 'Nicht im Register erfasst. Fassen Sie neue oder geänderte Anforderungen zusammen.',
  'review.d1.status': '(d1) Nichtkonformitäten und Korrekturmaßnahmen — Status',
  'review.d1.overdueAsStatus': '„Überfällig“ als Status',
  'review.age.over90': 'über 90',
  'review.age.unknown': 'Erfassungsdatum unbekannt',
  'review.chart.status': 'Maßnahmen nach Status',
  'review.d1.trend': '(d1) Entwicklung — erfasst und abgeschlossen je Monat',
  'review.chart.trend': 'Erfasst und abgeschlossen je Monat',
  'review.d1.trendNote.raised': 'Erfasst: {note}; nicht in den Monaten oben.',
  'review.d1.trendNote.closed': 'Abgeschlossen: {note}; nicht in den Monaten oben.',
  'review.d1.recurring': '(d1) Wiederkehrende Nichtkonformitäten (Abschnitt 10.2 b 3)',
  'review.d1.recurring.none': 'Keine Nichtkonformität mit gültigem Erfassungsdatum im Zeitraum.',
  'review.d1.recurring.rate':
    '{recurring} von {ncs} im Zeitraum erfassten Nichtkonformitäten ({rate}) ähneln einer in den 12 Monaten davor erfassten: gleiche Anforderung, sehr ähnlicher Titel oder gleiche Ursachenkategorie im gleichen Anforderungsbereich.',
  'review.ids.more': '{ids} und {count} weitere',
  'review.d1.overdue': '(d1) Überfällige Maßnahmen',
  'review.d1.overdue.unknown': 'Überfällige Maßnahmen lassen sich nicht bestimmen: {note}.',
  'review.d1.overdue.none': 'Keine offene Maßnahme hat ihren Zieltermin überschritten.',
  'review.flagged': 'markiert',
  'review.d1.checks':
    '(d1) Überfällige Wirksamkeitsprüfungen — umgesetzt, noch kein Ergebnis (Abschnitt 10.2 d)',
  'review.d1.rechecks':
    '(d1) Überfällige Nachprüfungen — als wirksam abgeschlossen, Nachprüfung nicht erfasst (Abschnitt 10.2 d, e)',
  'review.d1.closed':
    '(d1) Im Zeitraum abgeschlossene Nichtkonformitäten — Ursache und Wirksamkeit (Abschnitt 10.2)',
  'review.d1.closed.none': 'Im Zeitraum wurde keine Nichtkonformität abgeschlossen.',
  'review.d2': '(d2) Ergebnisse von Überwachungen und Messungen — auszufüllen',
  'review.d2.what': 'Nicht im Register erfasst. Ergänzen Sie die Ergebnisse der ISMS-Ziele und Kennzahlen.',
  'review.d3': '(d3) Auditergebnisse',
  'review.d3.line': 'Befunde aus internen und externen Audits, offen / abgeschlossen: {list}.',
  'review.d3.none': 'Keine offenen Befunde aus internen oder externen Audits.',
  'review.d4.objectives': '(d4) Erreichung der Informationssicherheitsziele (Abschnitt 6.2)',
  'review.d4': '(d4) Erreichung der Informationssicherheitsziele — auszufüllen',
  'review.d4.what': 'Nicht im Register erfasst. Geben Sie an, ob jedes Ziel erreicht wurde.',
  'review.e': '(e) Rückmeldungen von interessierten Parteien — auszufüllen',
  'review.e.what':
    'Nicht im Register erfasst. Fassen Sie Beschwerden und Rückmeldungen von Kunden und Behörden zusammen.',
  'review.f': '(f) Ergebnisse der Risikobeurteilung und Status des Plans für die Risikobehandlung',
  'review.f.none': 'Keine offenen Maßnahmen aus der Risikobeurteilung.',
  'review.g': '(g) Möglichkeiten zur fortlaufenden Verbesserung (offene Verbesserungspotenziale)',
  'review.g.none': 'Keine offenen Verbesserungspotenziale.',
  'review.decisions': 'Entscheidungen und Maßnahmen (Abschnitt 9.3.3) — in der Sitzung auszufüllen',
  'review.decisions.note':
    'Halten Sie jede Entscheidung mit Verantwortlichem und Termin fest; tragen Sie sie als Maßnahme ins Register ein (Quelle: Managementbewertung) und notieren Sie hier ihre ID, damit die nächste Bewertung sie nachverfolgen kann.',
  'review.signOff': 'Freigabe: genehmigt durch (oberste Leitung)',
  'review.generated': 'Erstellt von Improvement Plan am {at}.',
  'review.more':
    '{shown} von {all} {what} gezeigt. Für die vollständige Liste filtern Sie das Register oder führen Sie improvement-plan validate aus.',
  'review.what.decisions': 'Entscheidungen',
  'review.what.slipped': 'verschobenen Zielterminen (am weitesten verschobene zuerst)',
  'review.what.reviewActions': 'offenen Maßnahmen aus Bewertungen (am längsten überfällige zuerst)',
  'review.what.groups': 'Gruppen (größte zuerst); jede Nichtkonformität hat einen Befund recurring-nc',
  'review.what.overdue': 'überfälligen Maßnahmen (am längsten überfällige zuerst)',
  'review.what.lateChecks': 'überfälligen Wirksamkeitsprüfungen (am längsten überfällige zuerst)',
  'review.what.lateRechecks': 'überfälligen Nachprüfungen (am längsten überfällige zuerst)',
  'review.what.ncsClosed':
    'im Zeitraum abgeschlossenen Nichtkonformitäten (nicht wirksame zuerst, dann die jüngsten)',
  'review.what.audit': 'offenen Auditbefunden (am längsten überfällige zuerst)',
  'review.what.risk': 'offenen Maßnahmen zur Risikobehandlung (am längsten überfällige zuerst)',
  'review.what.ofis': 'offenen Verbesserungspotenzialen (am längsten überfällige zuerst)',
  'review.print.header': 'Managementbewertung {date}',
  'review.print.snapshot': 'Eine Momentaufnahme: nicht aktualisiert, wenn sich das Register ändert',
  'review.print.page': 'Seite {page} von {pages}',
  'review.col.id': 'ID',
  'review.col.row': 'Zeile',
  'review.col.title': 'Titel',
  'review.col.type': 'Typ',
  'review.col.status': 'Status',
  'review.col.owner': 'Verantwortlich',
  'review.col.targetDate': 'Zieltermin',
  'review.col.daysOverdue': 'Tage überfällig',
  'review.col.measure': 'Kennzahl',
  'review.col.value': 'Wert',
  'review.col.note': 'Hinweis',
  'review.col.register': 'Register',
  'review.col.source': 'Quelle',
  'review.col.actions': 'Maßnahmen',
  'review.col.open': 'Offen',
  'review.col.overdue': 'Überfällig',
  'review.col.raised': 'Erfasst',
  'review.col.closed': 'Abgeschlossen',
  'review.col.merged': 'Zusammengeführt',
  'review.col.then': 'Damals',
  'review.col.now': 'Heute',
  'review.col.decision': 'Entscheidung',
  'review.col.dueDate': 'Termin',
  'review.col.actionId': 'Maßnahmen-ID',
  'review.col.actionIdInRegister': 'Maßnahmen-ID im Register',
  'review.col.statusNow': 'Status heute',
  'review.col.targetThen': 'Zieltermin damals',
  'review.col.targetNow': 'Zieltermin heute',
  'review.col.daysLater': 'Tage später',
  'review.col.all': 'Alle',
  'review.col.age': 'Alter (Tage)',
  'review.col.month': 'Monat',
  'review.col.shared': 'Gemeinsam',
  'review.col.ncs': 'Nichtkonformitäten',
  'review.col.ids': 'IDs',
  'review.col.checkDue': 'Prüfung fällig',
  'review.col.recheckDue': 'Nachprüfung fällig',
  'review.col.daysLate': 'Tage überfällig',
  'review.col.rootCause': 'Ursache',
  'review.col.correctiveAction': 'Korrekturmaßnahme',
  'review.col.effectiveness': 'Wirksamkeit',
  'review.col.date': 'Datum',

  'state.unknown': 'Nicht lesbar',
  'type.noColumn': 'Keine Typ-Spalte',
  'source.internal-audit': 'Internes Audit',
  'source.external-audit': 'Externes Audit',
  'source.risk-assessment': 'Risikobeurteilung',
  'source.incident': 'Sicherheitsvorfall',
  'source.management-review': 'Managementbewertung',
  'source.objectives': 'Ziele',
  'source.training': 'Schulung',
  'source.compliance-review': 'Compliance-Prüfung',
  'source.bc-exercise': 'BCM-Übung',
  'source.document-review': 'Dokumentenprüfung',
  'source.employee-suggestion': 'Mitarbeitervorschlag',
  'source.monitoring': 'Überwachung',
  'source.interested-party': 'Interessierte Partei',
  'source.supplier': 'Lieferant',
  'source.technical-test': 'Technischer Test',
  'source.other': 'Sonstiges',
  'source.noColumn': 'Keine Quellen-Spalte',

  'code.missing-id': 'Fehlende ID',
  'code.duplicate-id': 'Doppelte ID',
  'code.missing-owner': 'Fehlender Verantwortlicher',
  'code.missing-target-date': 'Fehlender Zieltermin',
  'code.missing-target-review-date': 'Fehlender Überprüfungstermin',
  'code.unknown-type': 'Unbekannter Typ',
  'code.unknown-status': 'Unbekannter Status',
  'code.unknown-source': 'Unbekannte Quelle',
  'code.invalid-date': 'Ungültiges Datum',
  'code.ambiguous-date': 'Mehrdeutiges Datum',
  'code.date-order': 'Datumsreihenfolge',
  'code.nc-closed-without-root-cause': 'Nichtkonformität ohne Ursache abgeschlossen',
  'code.nc-closed-without-effectiveness': 'Nichtkonformität ohne Wirksamkeitsprüfung abgeschlossen',
  'code.ofi-closed-without-remediation': 'Verbesserungspotenzial ohne Umsetzung abgeschlossen',
  'code.gate-missing-field': 'Pflichtfeld des Status fehlt',
  'code.closed-without-date': 'Abgeschlossen ohne Datum',
  'code.closed-without-evidence': 'Abgeschlossen ohne Nachweis',
  'code.overdue': 'Überfällig',
  'code.review-overdue': 'Überprüfung überfällig',
  'code.status-is-overdue': '„Überfällig“ als Status',
  'code.unknown-requirement': 'Unbekannte Anforderung',
  'code.effectiveness-check-overdue': 'Wirksamkeitsprüfung überfällig',
  'code.target-beyond-policy': 'Zieltermin über der Richtlinie',
  'code.recheck-overdue': 'Nachprüfung überfällig',
  'code.column-missing': 'Fehlende Spalte',
  'code.duplicate-across-registers': 'Doppelt in zwei Registern',
  'code.not-calculated': 'Formel ohne Wert',
  'code.header-not-found': 'Kopfzeile nicht gefunden',
};
