import { shared } from './shared';
import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  ...shared,
  'pane.language': 'Lingua',
  'pane.language.office': 'Come in Office ({language})',

  // The pane around the views
  'app.name': 'Improvement Plan',
  'app.views': 'Viste di Improvement Plan',
  'app.loading': 'Caricamento di {view}…',
  'app.area.pane': 'in Improvement Plan',
  'app.area.view': 'nella vista «{view}»',
  'app.area.prompt': 'nella richiesta della causa radice',
  'app.area.pending': 'nell’elenco dei cambi di stato da completare',
  'view.home': 'Home',
  'view.findings': 'Rilievi',
  'view.action': 'Azione',
  'view.review': 'Riesame',
  'view.dueSoon': 'In scadenza',
  'view.register': 'Registro',
  'nav.more': 'Altro ({count, number})',

  // Shared by the views
  'error.title': 'Si è verificato un problema {area}.',
  'error.body':
    'Questo problema non ha modificato la cartella di lavoro. Riprovi; se si ripete, chiuda e riapra il riquadro.',
  'error.tryAgain': 'Riprova',
  'error.unexpected':
    'Si è verificato un errore imprevisto nella comunicazione con Excel. Il riquadro non ha modificato la cartella di lavoro. Riprovi; se si ripete, chiuda e riapra il riquadro.',
  'status.running': '{label}…',
  'status.failed': '{label}: non completato.',
  'status.cancelled': '{label}: annullato.',
  'common.cancel': 'Annulla',
  'common.retry': 'Riprova',
  'common.back': 'Indietro',
  'common.checking': 'Verifica del registro',
  'common.chooseSheet': 'Scegli il foglio del registro',
  'common.noOwner': 'Nessun responsabile',
  'common.row': 'Riga {row}',
  'common.rowLower': 'riga {row}',
  'common.blank': '(vuoto)',
  'common.unknown': 'sconosciuto',

  // Where a finding points
  'place.cell': 'Cella {cell}',
  'place.row': 'Riga {row}',
  'place.column': 'Colonna {column}',
  'place.register': 'Intero registro',

  // Home
  'home.heading': 'Cosa richiede la sua attenzione',
  'home.check': 'Verifica registro',
  'home.checked': '{sheet}, verificato alle {time} (al {asOf}). La verifica non modifica mai il foglio.',
  'home.checkHint': 'La verifica legge il registro; non modifica mai il foglio.',
  'home.selectingRow': 'Selezione della riga',
  'home.glance': 'Il registro in sintesi',
  'home.figure.actions': 'Azioni',
  'home.figure.open': 'Aperte',
  'home.figure.overdue': 'Scadute',
  'home.figure.effectivenessDue': 'Verifiche di efficacia dovute',
  'home.figure.errors': 'Errori',
  'home.figure.warnings': 'Avvisi',
  'home.allClear':
    'Nulla richiede la sua attenzione: nessuna azione scaduta, ogni non conformità chiusa ha la sua causa radice e la verifica di efficacia, e ogni azione aperta ha un responsabile.',
  'home.seeAll': '{count, plural, one {Vedi il rilievo} other {Vedi tutti i # rilievi}}',
  'home.showAll': 'Mostra tutti i {count, number} in Rilievi',
  'home.selectInSheet': '{detail} · seleziona nel foglio',
  'home.daysLate': '{count, plural, one {# giorno di ritardo} other {# giorni di ritardo}}',
  'need.overdue-nc': '{count, plural, one {# non conformità scaduta} other {# non conformità scadute}}',
  'need.nc-closed-without-root-cause':
    '{count, plural, one {# non conformità chiusa senza causa radice} other {# non conformità chiuse senza causa radice}}',
  'need.nc-closed-without-effectiveness':
    '{count, plural, one {# non conformità chiusa senza verifica di efficacia} other {# non conformità chiuse senza verifica di efficacia}}',
  'need.missing-owner':
    '{count, plural, one {# azione aperta senza responsabile} other {# azioni aperte senza responsabile}}',
  'need.overdue': '{count, plural, one {# altra azione scaduta} other {# altre azioni scadute}}',

  // Findings
  'findings.heading': 'Rilievi',
  'findings.run': 'Esegui la convalida',
  'findings.runAgain': 'Esegui di nuovo la convalida',
  'findings.summary': '{sheet}: {count, plural, one {# azione} other {# azioni}}, al {asOf}',
  'findings.selectingCell': 'Selezione della cella',
  'findings.stale':
    'La mappatura o il registro sono cambiati dopo questa verifica. Esegua di nuovo la convalida per aggiornare i rilievi.',
  'findings.none': 'Nessun rilievo: il registro supera tutte le verifiche.',
  'findings.count': '{count, plural, one {# rilievo} other {# rilievi}}',
  'findings.showing': '{shown, number} mostrati su {count, plural, one {# rilievo} other {# rilievi}}',
  'findings.section': '{severity} ({count, number})',
  'findings.toggle': '{severity} {count, number}',
  'findings.bySeverity': 'Mostra i rilievi per gravità',
  'findings.owner': 'Responsabile',
  'findings.everyOwner': 'Tutti i responsabili',
  'findings.filter': 'Filtra i rilievi',
  'findings.filterHint': 'ID, parola, colonna o regola',
  'findings.selectInSheet': '{place}: seleziona nel foglio',
  'findings.showMore': 'Mostra altri {page, number} ({hidden, number} nascosti)',
  'findings.otherGroup': '{count, number} × {description}',
  'severity.error': 'Errori',
  'severity.warning': 'Avvisi',
  'severity.info': 'Informazioni',

  // Each kind of finding as what to do, counted
  'group.not-a-register':
    '{count, plural, one {# foglio che non è un registro} other {# fogli che non sono registri}}',
  'group.header-not-found':
    '{count, plural, one {# riga di intestazione non trovata} other {# righe di intestazione non trovate}}',
  'group.column-missing':
    '{count, plural, one {# nota sulle colonne che servono al flusso di lavoro} other {# note sulle colonne che servono al flusso di lavoro}}',
  'group.missing-id': '{count, plural, one {# azione senza ID} other {# azioni senza ID}}',
  'group.duplicate-id': '{count, plural, one {# ID usato due volte} other {# ID usati più volte}}',
  'group.missing-owner':
    '{count, plural, one {# azione aperta senza responsabile} other {# azioni aperte senza responsabile}}',
  'group.missing-target-date':
    '{count, plural, one {# azione aperta senza data obiettivo} other {# azioni aperte senza data obiettivo}}',
  'group.missing-target-review-date':
    '{count, plural, one {# azione aperta senza data di riesame prevista} other {# azioni aperte senza data di riesame prevista}}',
  'group.unknown-type': '{count, plural, one {# tipo non riconosciuto} other {# tipi non riconosciuti}}',
  'group.unknown-status': '{count, plural, one {# stato non riconosciuto} other {# stati non riconosciuti}}',
  'group.unknown-source':
    '{count, plural, one {# origine non riconosciuta} other {# origini non riconosciute}}',
  'group.invalid-date':
    '{count, plural, one {# cella data che non contiene una data} other {# celle data che non contengono una data}}',
  'group.ambiguous-date':
    '{count, plural, one {# data in cui giorno e mese potrebbero essere invertiti} other {# date in cui giorno e mese potrebbero essere invertiti}}',
  'group.date-order':
    '{count, plural, one {# azione con date in ordine errato} other {# azioni con date in ordine errato}}',
  'group.nc-closed-without-root-cause':
    '{count, plural, one {# non conformità chiusa senza causa radice} other {# non conformità chiuse senza causa radice}}',
  'group.nc-closed-without-effectiveness':
    '{count, plural, one {# non conformità chiusa senza verifica di efficacia} other {# non conformità chiuse senza verifica di efficacia}}',
  'group.ofi-closed-without-remediation':
    '{count, plural, one {# opportunità di miglioramento chiusa senza il miglioramento attuato} other {# opportunità di miglioramento chiuse senza il miglioramento attuato}}',
  'group.gate-missing-field':
    '{count, plural, one {# azione senza un campo richiesto dal suo stato} other {# azioni senza un campo richiesto dal loro stato}}',
  'group.closed-without-date':
    '{count, plural, one {# azione chiusa senza data di chiusura} other {# azioni chiuse senza data di chiusura}}',
  'group.closed-without-evidence':
    '{count, plural, one {# azione chiusa senza evidenza} other {# azioni chiuse senza evidenza}}',
  'group.overdue': '{count, plural, one {# azione scaduta} other {# azioni scadute}}',
  'group.review-overdue':
    '{count, plural, one {# azione oltre la data di riesame} other {# azioni oltre la data di riesame}}',
  'group.status-is-overdue':
    '{count, plural, one {# «Scaduta» usato come stato} other {# «Scaduta» usati come stato}}',
  'group.unknown-requirement':
    '{count, plural, one {# riferimento a requisito non trovato} other {# riferimenti a requisiti non trovati}}',
  'group.legacy-2013-requirement':
    '{count, plural, one {# riferimento a un controllo 2013 da aggiornare} other {# riferimenti a controlli 2013 da aggiornare}}',
  'group.verifier-is-owner':
    '{count, plural, one {# verifica di efficacia fatta dal responsabile dell’azione} other {# verifiche di efficacia fatte dal responsabile dell’azione}}',
  'group.effectiveness-check-overdue':
    '{count, plural, one {# verifica di efficacia scaduta} other {# verifiche di efficacia scadute}}',
  'group.recurring-nc':
    '{count, plural, one {# non conformità simile a una precedente} other {# non conformità simili a precedenti}}',
  'group.target-beyond-policy':
    '{count, plural, one {# data obiettivo oltre quanto consentito dalla politica} other {# date obiettivo oltre quanto consentito dalla politica}}',
  'group.target-missing-suggested':
    '{count, plural, one {# data obiettivo da fissare (suggerita)} other {# date obiettivo da fissare (suggerite)}}',
  'group.duplicate-across-registers':
    '{count, plural, one {# azione presente in due registri} other {# azioni presenti in due registri}}',
  'group.blame-only-root-cause':
    '{count, plural, one {# causa radice che nomina solo una persona} other {# cause radice che nominano solo una persona}}',

  // Action card
  'action.heading': 'Azione',
  'action.status': 'Stato',
  'action.type': 'Tipo',
  'action.notClassified': 'Non classificata',
  'action.row': 'Riga',
  'action.owner': 'Responsabile',
  'action.statusReadAs': '{word}, letto come {state}',
  'action.statusBlankReadAs': '(vuoto), letto come {state}',
  'action.statusNotUnderstood': '{word} (non riconosciuto: lo associ nella vista Registro)',
  'action.findings': 'Rilievi ({count, number})',
  'action.notChecked': 'Il registro non è ancora stato verificato.',
  'action.checkRegister': 'Verifica il registro',
  'action.noFindings': 'Nessun rilievo per questa riga all’ultima verifica (al {asOf}).',
  'action.moveTo': 'Porta {name} a',
  'action.noMoves': 'Nessun altro passaggio: un’azione annullata resta annullata.',
  'action.ready': 'Pronta: non manca nulla',
  'action.stillNeeds': 'Manca ancora: {fields}',
  'action.notFollowing': 'Questa versione di Excel non segnala al componente aggiuntivo la riga selezionata.',
  'action.showSelected': 'Mostra la riga selezionata',
  'action.noRegister':
    'Il componente aggiuntivo non ha ancora trovato il registro, quindi non può mostrare la riga selezionata.',
  'action.reading': 'Lettura della riga selezionata',
  'action.selectHint':
    'Selezioni una cella in una riga del registro: questa scheda mostra l’azione e segue la selezione.',
  'action.moveHeading': 'Porta {name} a {state}',
  'action.moveButton': 'Porta a {state}',
  'action.moving': 'Cambio di stato',
  'action.moved': '{name} è passata a {state}.',
  'action.history': 'Cronologia',
  'action.noHistory': 'Nessun cambio di stato registrato per questa azione.',
  'action.historyNone': '(nessuno)',
  'action.historyWithoutGate': '{how}, senza i campi richiesti',
  'action.filledIn': 'Compilato: {fields}',
  'action.comment': 'Commento: {comment}',
  'via.prompt': 'nella richiesta',
  'via.pane': 'nel riquadro',
  'via.sheet': 'accettato nel foglio',
  'via.reconciliation': 'rilevato in seguito dalla riconciliazione',
  'via.remote': 'da un coautore (remoto)',

  // Review
  'review.heading': 'Riesame della direzione',
  'review.intro':
    'Crea un nuovo foglio datato con i dati per il punto 9.3.2 della ISO 27001. I fogli esistenti non vengono mai sostituiti.',
  'review.preset.since-last-review': 'Dall’ultimo riesame',
  'review.preset.last-12-months': 'Ultimi 12 mesi',
  'review.preset.calendar-year': 'Quest’anno solare',
  'review.preset.custom': 'Date personalizzate',
  'review.from': 'Periodo dal',
  'review.fromHint': 'Vuoto: dall’ultimo foglio di riesame, altrimenti gli ultimi 12 mesi.',
  'review.to': 'Periodo al',
  'review.datePattern': 'aaaa-mm-gg',
  'review.enterDate': 'Inserisca una data.',
  'review.endsBeforeStart': 'Il periodo termina prima di iniziare.',
  'review.generate': 'Genera il riepilogo',
  'review.writing': 'Scrittura del riepilogo',
  'review.created': 'Creato il foglio «{sheet}» per il periodo dal {from} al {to}, al {asOf}.',
  'review.goTo': 'Vai al foglio «{sheet}»',
  'review.opening': 'Apertura del foglio',
  'review.note.quality':
    'Il registro ha {errors, plural, one {# errore} other {# errori}} e {warnings, plural, one {# avviso} other {# avvisi}}; il foglio si apre con questi, per tipo (la vista Rilievi li elenca uno per uno).',
  'review.note.noColumn': 'Campi senza colonna: {fields}.',
  'review.note.followUp':
    'Seguito del riesame del {asOf} («{sheet}»): {decisions, plural, one {# decisione} other {# decisioni}}, da allora {raised, number} aperte e {closed, number} chiuse, {slipped, plural, one {# data obiettivo posticipata} other {# date obiettivo posticipate}}.',
  'review.note.recurrence':
    '{recurring, number} delle {raised, number} non conformità aperte nel periodo ({rate}) somigliano a una precedente.',
  'calendar.goToToday': 'Vai a oggi',
  'calendar.prevMonth': 'Mese precedente',
  'calendar.nextMonth': 'Mese successivo',
  'calendar.prevYear': 'Anno precedente',
  'calendar.nextYear': 'Anno successivo',
  'calendar.close': 'Chiudi il selettore di data',

  // The register's vocabulary, in the pane's language

  // The status workflow: the root-cause prompt, its notes and the list of changes to complete
  'workflow.blameTitle': 'Questo nomina una persona, non una causa.',
  'workflow.blameBody':
    'Chieda perché è stato possibile: quale processo, strumento, formazione o controllo lo ha permesso?',
  'workflow.notEffective':
    'La non conformità non può essere chiusa finché l’efficacia dell’azione non è verificata (ISO 27001 punto 10.2 d). La lasci aperta e verifichi più tardi, oppure pianifichi una nuova azione correttiva.',
  'workflow.noColumn':
    'Il registro non ha una colonna per {fields}, che {state} di norma richiede. Aggiunga la colonna al foglio per registrarlo; la vista Registro la associa.',
  'workflow.title.rootCauseClose': 'Chiusura di {name}: causa radice ed efficacia',
  'workflow.title.rootCause': 'Causa radice di {name}',
  'workflow.title.ofiClose': 'Chiusura di {name}: cosa è stato fatto',
  'workflow.title.move': 'Passaggio di {name} a {state}',
  'workflow.saveHint':
    'Salva scrive questi campi nella riga {row} e mantiene il nuovo stato. Annulla riporta lo stato a «{word}».',
  'workflow.saving': 'Salvataggio',
  'workflow.restoring': 'Ripristino dello stato',
  'workflow.save': 'Salva',
  'workflow.label.rcaMethod': 'Metodo di analisi della causa radice',
  'workflow.label.rootCause': 'Descrizione della causa radice',
  'workflow.label.evidence': 'Link all’evidenza',
  'workflow.mustBeEffective':
    'Deve essere «{word}»: una non conformità si chiude solo quando l’efficacia dell’azione è verificata.',
  'workflow.neededFor': 'Necessario per passare a {state}.',
  'workflow.offerRaised':
    'La politica delle date obiettivo propone il {date}: {days, plural, one {# giorno} other {# giorni}} per {because}, dalla data di apertura ({from}). La modifichi se il responsabile ha concordato un’altra data.',
  'workflow.offerToday':
    'La politica delle date obiettivo propone il {date}: {days, plural, one {# giorno} other {# giorni}} per {because}, da oggi ({from}); la riga non ha data di apertura. La modifichi se il responsabile ha concordato un’altra data.',
  'workflow.notChosen': 'Non scelto',
  'workflow.commentMissing': 'Scriva qualche parola: va nella cronologia.',
  'workflow.comment.cancel': 'Motivo dell’annullamento',
  'workflow.comment.reopen': 'Perché viene riaperta',
  'workflow.comment.noAction': 'Perché non serve un’azione correttiva (punto 10.2 b)',
  'workflow.comment.history': 'Commento per la cronologia',
  'workflow.summary': '{type} {name}, riga {row}: {words}',
  'workflow.inWorkflow': 'Nel flusso di lavoro: {from} → {to}.',
  'workflow.action': 'Azione',
  'workflow.notAllowedTitle': '{name}: questo cambio di stato non è consentito',
  'workflow.keepReason': 'Motivo per mantenerlo comunque',
  'workflow.keepHint': 'Registrato nel foglio della cronologia, per l’auditor.',
  'workflow.keepMissing': 'Scriva perché il cambio resta.',
  'workflow.recording': 'Registrazione del cambio',
  'workflow.undo': 'Annulla il cambio',
  'workflow.keep': 'Mantieni comunque',
  'workflow.missing': 'Manca: {fields}.',
  'workflow.itemTitle': '{name}, riga {row}: {words}',
  'workflow.origin.local': 'cambiato in questa cartella di lavoro (incollato, compilato o digitato)',
  'workflow.origin.remote': 'cambiato da un coautore',
  'workflow.origin.reconciliation':
    'trovato cambiato quando il componente aggiuntivo ha confrontato il registro',
  'workflow.fillIn': 'Compila',
  'workflow.review': 'Esamina',
  'workflow.goToRow': 'Vai alla riga',
  'workflow.acceptAsIs': 'Accetta così',
  'workflow.acceptWhy': 'Perché accettarlo così?',
  'workflow.acceptHint': 'Registrato nel foglio della cronologia come non conforme al flusso di lavoro.',
  'workflow.acceptMissing': 'Scriva un motivo: va nella cronologia.',
  'workflow.accept': 'Accetta',
  'workflow.accepting': 'Accettazione del cambio',
  'workflow.headline.gates':
    '{count, plural, one {# azione ha cambiato stato senza i campi richiesti} other {# azioni hanno cambiato stato senza i campi richiesti}}',
  'workflow.headline.notAllowed':
    '{count, plural, one {# azione è passata a uno stato che il flusso di lavoro non consente} other {# azioni sono passate a uno stato che il flusso di lavoro non consente}}',
  'workflow.headline.mixed':
    '{count, plural, one {# cambio di stato richiede la sua attenzione} other {# cambi di stato richiedono la sua attenzione}}',
  'workflow.banner': 'Cambi di stato da completare',
  'workflow.showList': 'Mostra l’elenco',
  'workflow.hideList': 'Nascondi l’elenco',
  'workflow.showMore': 'Mostra altri {page, number} ({hidden, number} nascosti)',
  'workflow.whyChain': 'Catena dei perché',
  'workflow.whyHint':
    'Parta da ciò che è andato storto; risponda a ogni «Perché?» sulla risposta precedente.',
  'workflow.why': 'Perché? ({n, number} di {total, number})',

  // Due soon: dates by owner, the calendar export, the evidence sheet, the target-date policy, re-checks
  'due.heading': 'In scadenza',
  'due.intro':
    'Date obiettivo, riesami di avanzamento, verifiche di efficacia e nuove verifiche in arrivo o passate, per responsabile.',
  'due.within': 'In scadenza entro (giorni)',
  'due.withinHint': 'Le date fino a questi giorni in avanti, e tutte quelle passate.',
  'due.escalateAfter': 'Escalation dopo (giorni)',
  'due.escalateHint': 'Le date passate da più di così vanno in escalation.',
  'due.show': 'Mostra le scadenze',
  'due.reading': 'Lettura delle date',
  'due.nothing':
    'Nulla scade entro {within, plural, one {# giorno} other {# giorni}} e nulla è scaduto (al {asOf}).',
  'due.summary':
    '{total, plural, one {# data} other {# date}} per {owners, plural, one {# responsabile} other {# responsabili}} (al {asOf}): {dueSoon, number} in scadenza, {overdue, number} scadute, {escalate, number} da portare in escalation (scadute da più di {after, plural, one {# giorno} other {# giorni}}).',
  'due.state.escalate': 'Escalation',
  'due.state.overdue': 'Scaduta',
  'due.state.due-soon': 'In scadenza',
  'due.kind.target': 'Data obiettivo',
  'due.kind.review': 'Riesame di avanzamento',
  'due.kind.effectiveness-check': 'Verifica di efficacia',
  'due.kind.recheck': 'Nuova verifica',
  'due.item': '{kind} {date}, {when}',
  'due.today': 'oggi',
  'due.inDays': '{days, plural, one {tra # giorno} other {tra # giorni}}',
  'due.daysLate': '{days, plural, one {# giorno di ritardo} other {# giorni di ritardo}}',
  'due.calendar': 'Calendario',
  'due.calendarIntro':
    'Le date delle azioni aperte come eventi di calendario, con un promemoria e il responsabile come partecipante quando la sua cella contiene un indirizzo e-mail.',
  'due.reminder': 'Promemoria (giorni prima)',
  'due.reminderHint': 'Quando scatta il promemoria; 0 il giorno stesso.',
  'due.export': 'Esporta nel calendario',
  'due.makingCalendar': 'Creazione del file di calendario',
  'due.evidence': 'Evidenze per l’auditor',
  'due.evidenceIntro':
    'La traccia di ogni non conformità secondo il punto 10.2 (a–g) della ISO 27001 su un nuovo foglio datato, con le lacune evidenziate. I fogli esistenti non vengono mai sostituiti.',
  'due.writeEvidence': 'Scrivi il foglio delle evidenze',
  'due.writingEvidence': 'Scrittura del foglio delle evidenze',
  'due.evidenceCreated':
    'Creato il foglio «{sheet}»: {ncs, plural, one {# non conformità} other {# non conformità}}, {gaps, number} con lacune.',
  'due.wholeDays': 'Inserisca un numero intero di giorni tra 0 e {max, number}.',
  'due.downloaded':
    '{file} scaricato: {events, plural, one {# evento} other {# eventi}}. Lo importi in Outlook, Google o Apple Calendario; importare un’esportazione successiva aggiorna gli stessi eventi invece di aggiungere copie.',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Tiene il vostro piano di miglioramento ISO/IEC 27001 — non conformità e opportunità di miglioramento — nella vostra cartella di lavoro Excel: controlla il registro, sorveglia il flusso degli stati, chiede la causa radice alla chiusura di una non conformità e scrive la sintesi per il riesame della direzione.',
  'landing.outside':
    'Questo è il riquadro del componente aggiuntivo, aperto fuori da Excel. Funziona in Excel, sulla cartella di lavoro che contiene il registro; qui non ha nulla su cui lavorare.',
  'landing.install': 'Installarlo in Excel',
  'landing.install.windows':
    'Excel per Windows: Home › Componenti aggiuntivi, poi Improvement Plan in «Gestiti dall’amministratore» o «I miei componenti aggiuntivi». Un amministratore può anche condividere il manifesto da una cartella di rete (File › Opzioni › Centro protezione › Cataloghi di componenti aggiuntivi attendibili).',
  'landing.install.mac':
    'Excel per Mac: Home › Componenti aggiuntivi, poi Improvement Plan in «Gestiti dall’amministratore» o «I miei componenti aggiuntivi»; oppure copiare manifest.xml in ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ e riavviare Excel.',
  'landing.install.web':
    'Excel per il Web: aprire una cartella di lavoro, poi Home › Componenti aggiuntivi › Altri componenti aggiuntivi › I miei componenti aggiuntivi › Carica il mio componente aggiuntivo, e scegliere manifest.xml.',
  'landing.install.admin':
    'Gli amministratori lo distribuiscono a tutti dall’interfaccia di amministrazione di Microsoft 365 (Impostazioni › App integrate › Carica app personalizzate) con il manifest.xml pubblicato accanto a questa pagina.',
  'landing.open': 'Poi, in una cartella di lavoro, scegliere Home › Apri Improvement Plan.',
  'landing.help': 'Guida, privacy e condizioni',
  'landing.playground': 'Provarlo senza Excel: il playground',
  'startup.openWithWorkbook': 'Apri con questa cartella di lavoro',
  'startup.hint':
    'Apre Improvement Plan ogni volta che questa cartella di lavoro viene aperta, per chiunque la apra.',
  'startup.unavailable':
    'Questo Excel non può aprire componenti aggiuntivi con una cartella di lavoro (manca il runtime condiviso, SharedRuntime 1.1).',
  'startup.failed': 'Impossibile salvare l’impostazione. Riprovare.',
  'platform.unsupported': 'Non disponibile in questo Excel: richiede {set} {version}.',
  // The target-date policy and re-checks (Due soon)
  'policy.heading': 'Politica delle date obiettivo',
  'policy.stored': 'La politica salvata in questa cartella di lavoro.',
  'policy.default': 'La politica predefinita (nessuna salvata in questa cartella di lavoro).',
  'policy.explain':
    'I giorni massimi dalla data di apertura alla data obiettivo; se c’è anche una priorità, vale il limite più stretto. Vuoto: nessun limite.',
  'policy.recheckExplain':
    'Una non conformità chiusa come efficace viene verificata di nuovo dopo questi giorni (vuoto: nessuna nuova verifica).',
  'policy.days': '{label} (giorni)',
  'policy.noLimit': 'nessun limite',
  'policy.save': 'Salva la politica',
  'policy.useDefaults': 'Usa i valori predefiniti',
  'policy.type:nc': 'Non conformità (non classificata)',
  'policy.priority:critical': 'Priorità critica',
  'policy.priority:high': 'Priorità alta',
  'policy.priority:medium': 'Priorità media',
  'policy.priority:low': 'Priorità bassa',
  'policy.recheck': 'Nuova verifica dopo la chiusura',
  'policy.wholeDays':
    'Inserisca un numero intero di giorni tra 1 e {max, number}, oppure lasci vuoto per nessun limite.',
  'policy.notSaved': 'Non salvata: {problems}.',
  'policy.defaultsAgain': 'Si applica di nuovo la politica predefinita.',
  'policy.saved':
    'Salvata nella cartella di lavoro accanto alla mappatura: la convalida qui e dalla riga di comando la usa.',
  'recheck.stillEffectiveLabel': 'Nuova verifica di {name}: ancora efficace',
  'recheck.stillEffective': 'Ancora efficace',
  'recheck.notEffectiveLabel': 'Nuova verifica di {name}: non efficace',
  'recheck.notEffective': 'Non efficace…',
  'recheck.why': 'Perché {name} non è efficace? (viene riaperta)',
  'recheck.reopen': 'Riapri',
  'recheck.sayWhy': 'Dica perché non è efficace: il foglio della cronologia lo registra con la riapertura.',
  'recheck.recorded': 'Nuova verifica della riga {row} registrata come efficace nel foglio della cronologia.',
  'recheck.reopened': 'Riga {row} riaperta (stato analisi) con il motivo, nel foglio della cronologia.',
  // The Register view (the sheet and its buttons)
  'register.heading': 'Registro',
  'register.finding': 'Ricerca del registro',
  'register.including': 'Inclusione del registro',
  'register.save': 'Salva la mappatura',
  'register.setup': 'Configura / ripara il registro…',
  'register.new': 'Nuovo registro',
  'register.detectAgain': 'Rileva di nuovo',
  'register.listingSetup': 'Elenco di ciò che la configurazione scrive',
  'register.missingColumns':
    'Il flusso di lavoro richiede colonne che questo registro non ha: {columns}. Possono essere aggiunte come nuove celle di intestazione a destra dell’ultima colonna; nulla di ciò che ha digitato si sposta.',
  'register.addColumns': 'Aggiungi {count, plural, one {# colonna} other {# colonne}}',
  'register.settingUp': 'Configurazione del registro',
  'register.creating': 'Creazione di un nuovo registro',
  'register.saving': 'Salvataggio della mappatura',
  'register.listingSheets': 'Elenco dei fogli',
  'register.readThisSheet': 'Leggi questo foglio come registro',
  'register.chooseSheet': 'Scegli un foglio',
  'register.useSheet': 'Usa questo foglio',
  // The Register view: list, summary, mapping, words, set-up preview, notices
  'register.cannotInclude': 'Questo riquadro non può leggere più registri insieme.',
  'register.cannotPreview': 'Questo riquadro non può elencare le celle prima di scriverle.',
  'register.includedNotice':
    '«{sheet}» è incluso: {count, plural, one {si legge # registro} other {si leggono # registri}} insieme.',
  'register.leftOutNotice':
    '«{sheet}» è escluso; {count, plural, one {si legge un registro} other {si leggono # registri}}.',
  'register.mappingSaved':
    'Mappatura salvata nella cartella di lavoro. Chiunque la apra con il componente aggiuntivo legge il registro allo stesso modo.',
  'register.nowReading': 'Ora il foglio «{sheet}» viene letto come registro.',
  'register.nowUsing': 'Ora si usa il foglio «{sheet}».',
  'register.setUpNotice':
    'Registro configurato: {validations, plural, one {# elenco a discesa} other {# elenchi a discesa}} e {rules, plural, one {# regola di evidenziazione} other {# regole di evidenziazione}} installati. Nessun valore inserito è stato modificato.',
  'register.addedColumns': 'Aggiunte le colonne {columns} a destra dell’intestazione.',
  'register.createdNotice': 'Creato il foglio «{sheet}» con una tabella di registro pulita.',
  'register.list.heading': 'Registri in questa cartella di lavoro',
  'register.list.together':
    '{count, number} registri vengono letti insieme: un elenco di rilievi e un riepilogo per il riesame; la stessa azione in due registri conta una volta.',
  'register.list.includeOthers':
    'Includa altri fogli per leggerli insieme a questo: un elenco di rilievi e un riepilogo per il riesame.',
  'register.sheetAndRow': '{sheet} (riga di intestazione {row})',
  'register.list.best': 'Corrispondenza migliore',
  'register.list.stored': 'Mappatura salvata',
  'register.list.shownBelow': 'Mappatura mostrata sotto',
  'register.list.showOf': 'Mostra la mappatura di {sheet}',
  'register.list.show': 'Mostra mappatura',
  'register.summary.read':
    'Abbiamo letto «{sheet}», riga di intestazione {row}, {rows, plural, one {# azione} other {# azioni}}; {found, plural, one {# campo trovato} other {# campi trovati}}, {uncertain, number} incerti, {missing, number} mancanti.',
  'register.summary.sheet': 'Foglio',
  'register.summary.headerRow': 'Riga di intestazione',
  'register.summary.actions': 'Azioni',
  'register.summary.mapping': 'Mappatura',
  'register.summary.saved': 'Salvata nella cartella di lavoro',
  'register.summary.detected': 'Rilevata, non ancora salvata',
  'register.summary.others': 'Altri fogli che sembrano registri',
  'setup.title': 'La configurazione scriverà in «{sheet}»:',
  'setup.dropdown': '{range}: un elenco a discesa delle parole di {field} ({values})',
  'setup.highlight': '{range}: un’evidenziazione per {purpose} ({field})',
  'setup.purpose.overdue': 'azioni scadute',
  'setup.purpose.missing-required': 'responsabile o data obiettivo mancanti',
  'setup.header': '{address}: l’intestazione «{header}» (solo aggiungendo le colonne)',
  'setup.noValueChanged':
    'Nessun valore inserito viene modificato; un elenco a discesa avvisa ma non rifiuta mai una parola già presente in una cella.',
  'setup.write': 'Scrivi questi',
  'setup.writeAndAdd': 'Scrivi questi e aggiungi {count, plural, one {# colonna} other {# colonne}}',
  'confidence.edited': 'Modificato: non ancora salvato',
  'confidence.override': 'Impostato da Lei',
  'confidence.exact': 'Corrispondenza esatta',
  'confidence.alias': 'Corrispondenza probabile',
  'confidence.fuzzy': 'Ipotesi: la verifichi',
  'confidence.content': 'Trovato dalle sue celle: lo verifichi',
  'confidence.missing-required': 'Obbligatorio: non trovato',
  'confidence.missing': 'Non mappato',
  'words.heading': 'Parole da verificare ({count, number})',
  'words.noColumns':
    'Il registro non ha una colonna {status}, {type} o {source}, quindi non ci sono parole da verificare. Mappi una colonna qui sotto se ne ha una con un altro nome.',
  'words.allUnderstood':
    'Ogni parola {count, plural, one {della colonna} other {delle colonne}} {columns} è stata compresa.',
  'words.kind.effectiveness': 'Efficacia',
  'words.effectiveness.effective': 'Efficace',
  'words.effectiveness.partially-effective': 'Parzialmente efficace',
  'words.effectiveness.not-effective': 'Non efficace',
  'words.label': 'Parola di {kind} «{word}»',
  'words.choose': 'Scelga che cosa significa',
  'mapping.heading': 'Colonne',
  'mapping.allCertain':
    'Ogni campo necessario al componente aggiuntivo è stato trovato con certezza. Mostri tutte le colonne per verificarne o cambiarne una.',
  'mapping.toCheck':
    '{count, plural, one {# campo} other {# campi}} da verificare qui sotto; gli altri sono stati trovati con certezza.',
  'mapping.headerRowHint': 'La riga del foglio che contiene le intestazioni di colonna.',
  'mapping.lastRow': 'Ultima riga delle azioni',
  'mapping.lastRowSet': 'Impostato da Lei. Lo cancelli per ritrovare la fine della tabella.',
  'mapping.lastRowFound': 'Trovata: riga {row}. Digiti una riga per fermarsi lì.',
  'mapping.lastRowFoundEnd': 'Trovata: riga {row} ({end}). Digiti una riga per fermarsi lì.',
  'mapping.showAll': 'Mostra tutte le colonne',
  'mapping.badOverride':
    'La mappatura salvata indica «{target}» per {field}, ma la riga di intestazione non ha questa colonna.',
  'mapping.sure': 'sicuro al {percent}',
  'mapping.nextBest': 'seconda scelta: {letter} «{header}»',
  'mapping.why': 'Perché questa colonna? {why}.',
  'mapping.noColumn': 'Nessuna colonna (rileva automaticamente)',
};
