import { shared } from './shared';
import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
  ...shared,
  'language.name': 'Italiano',

  'finding.label.id': '{id} (riga {row})',
  'finding.label.row': 'Riga {row}',

  'finding.ambiguous-date':
    '{label}: {field} «{text}» può essere {read} o {other}; è stata letta come {read}. Inseritela come data vera o come aaaa-mm-gg.',
  'finding.blame-only-root-cause':
    '{label}: la causa radice «{cause}» nomina solo una persona. Chiedete perché è stato possibile (5 perché): quale processo, strumento, formazione o controllo l’ha permesso?',
  'finding.closed-without-date':
    '{label} è chiusa ma non ha una data di chiusura. Registrate quando è stata chiusa.',
  'finding.closed-without-evidence':
    '{label} è chiusa senza evidenze. Aggiungete un link o un riferimento documentale che un auditor possa verificare.',
  'finding.column-missing':
    'Nel registro manca {parts}. Associate una colonna esistente al campo o aggiungete le colonne («Configura / ripara registro» nel componente aggiuntivo le aggiunge tutte insieme).',
  'finding.column-missing.main': 'la colonna {fields}, quindi i controlli che la richiedono vengono saltati',
  'finding.column-missing.type-default': 'la colonna Tipo: ogni riga è trattata come {type} perché {reason}',
  'finding.column-missing.type-unknown':
    'la colonna Tipo: le righe sono azioni di tipo sconosciuto e i controlli specifici per non conformità e opportunità di miglioramento vengono saltati',
  'finding.column-missing.gates': 'una colonna per i passaggi del flusso di lavoro {gates}',
  'finding.column-missing.gate': '{field} (per {states})',
  'finding.date-order.target-before-raised':
    '{label}: la scadenza {target} è precedente alla data di apertura {raised}. Correggete una delle due.',
  'finding.date-order.completed-before-raised':
    '{label}: attuata il {completed}, prima della sua apertura ({raised}). Correggete una delle date.',
  'finding.date-order.closed-before-raised':
    '{label}: chiusa il {closed}, prima della sua apertura ({raised}). Correggete una delle date.',
  'finding.date-order.closed-in-future':
    '{label}: la data di chiusura {closed} è nel futuro. Un’azione può essere chiusa solo oggi o prima.',
  'finding.duplicate-id':
    'L’ID «{id}» è già usato alla riga {first}. Assegnate a questa azione un ID nuovo, mai usato.',
  'finding.effectiveness-check-overdue':
    '{label} è attuata, ma la verifica di efficacia è in ritardo di {late, plural, one {# giorno} other {# giorni}} (prevista il {due}) e non è registrato alcun esito. Verificate se l’azione correttiva ha funzionato e registrate l’esito (punto 10.2 d), oppure concordate una nuova data di verifica.',
  'finding.gate-missing-field':
    '{label} richiede {cancel, select, yes {un motivo di annullamento (in Note)} other {{field}}} per {passed, select, yes {il passaggio {state} già superato} other {il suo stato ({state})}}. Compilatelo o riportate indietro l’azione.',
  'finding.invalid-date': '{label}: {field} — {reason}. Inserite una data vera (per esempio 2026-03-31).',
  'finding.legacy-2013-requirement':
    '{label}: {ref} è un controllo della ISO/IEC 27001:2013; nell’edizione 2022 è {mapped, select, no {nessun singolo controllo} other {{to}}}. Aggiornate il riferimento alla prossima revisione.',
  'finding.missing-id':
    'La riga {row} non ha un riferimento dell’azione. Assegnatele un ID univoco mai usato prima.',
  'finding.missing-owner': '{label} è aperta ma non ha un responsabile. Indicate la persona che ne risponde.',
  'finding.missing-target-date':
    '{label} è aperta ma non ha una scadenza. Concordate una data con il responsabile.',
  'finding.missing-target-review-date':
    '{label} è aperta ma non ha una data di riesame. Fissate la data del prossimo controllo di avanzamento.',
  'finding.nc-closed-without-effectiveness.result':
    '{label} è una non conformità chiusa, ma l’esito della verifica di efficacia è «{word}», non efficace. Chiudetela solo quando l’azione è verificata efficace (punto 10.2 d), oppure riapritela.',
  'finding.nc-closed-without-effectiveness.none':
    '{label} è una non conformità chiusa senza esito della verifica di efficacia. Registrate se l’azione correttiva è stata efficace (punto 10.2 d).',
  'finding.nc-closed-without-effectiveness.verifier':
    '{label} è una non conformità chiusa, ma nessuno risulta aver verificato la sua efficacia. Indicate chi l’ha verificata.',
  'finding.nc-closed-without-root-cause':
    '{label} è una non conformità chiusa, ma la sua causa radice {said, select, yes {dice solo «{raw}»} other {è vuota}}. Registrate la causa individuata (punto 10.2 b) o riaprite l’azione.',
  'finding.ofi-closed-without-remediation':
    '{label} è {kind, select, ofi {un’opportunità di miglioramento chiusa} other {un’osservazione chiusa}} senza attuazione registrata. Descrivete cosa è stato fatto o riapritela.',
  'finding.overdue':
    '{label} è in ritardo di {days, plural, one {# giorno} other {# giorni}} (scadenza {target}). Sollecitate il responsabile, oppure concordate e registrate una nuova scadenza.',
  'finding.overdue.flag':
    '{label} è in ritardo secondo la colonna «{header}» del registro; senza scadenza non si può dire di quanto. Sollecitate il responsabile e registrate una scadenza.',
  'finding.recurring-nc':
    '{label} potrebbe ripetere una non conformità aperta nei 12 mesi precedenti: {links}. Verificate se l’azione correttiva precedente ha eliminato la causa e se non conformità simili potrebbero verificarsi altrove (punto 10.2 b 3).',
  'finding.recurring-nc.link': '{name} ({reasons})',
  'finding.recurring-nc.row': 'riga {row}',
  'finding.recurring-nc.requirement': 'stesso requisito {refs}',
  'finding.recurring-nc.title': 'titolo simile',
  'finding.recurring-nc.cause': 'stessa categoria di causa {causes}',
  'finding.review-overdue':
    '{label}: il controllo di avanzamento era previsto il {review}. Riesaminatela e fissate la prossima data di riesame.',
  'finding.status-is-overdue':
    '{label}: «{word}» è usato come stato. Il ritardo si ricava dalla scadenza; indicate lo stato reale (per esempio in corso). La riga è contata come aperta.',
  'finding.target-beyond-policy':
    '{label}: la scadenza {target} cade {days, plural, one {# giorno} other {# giorni}} dopo l’apertura ({raised}); la politica delle scadenze consente {limit, plural, one {# giorno} other {# giorni}} per {because}, quindi al più tardi il {latest}. Anticipate la scadenza o motivate perché serve più tempo.',
  'finding.policy.major-nc': 'una non conformità maggiore',
  'finding.policy.minor-nc': 'una non conformità minore',
  'finding.policy.nc': 'una non conformità',
  'finding.policy.observation': 'un’osservazione',
  'finding.policy.ofi': 'un’opportunità di miglioramento',
  'finding.policy.priority': 'priorità {priority}',
  'priority.critical': 'critica',
  'priority.high': 'alta',
  'priority.medium': 'media',
  'priority.low': 'bassa',
  'finding.target-missing-suggested':
    '{label}: la politica delle scadenze propone il {suggested} come scadenza ({limit, plural, one {# giorno} other {# giorni}} per {because}, dall’apertura il {raised}).{passed, select, yes { Quella data è già passata: concordate presto una data con il responsabile.} other {}}',
  'finding.unknown-requirement':
    '{label}: «{ref}» non è un punto della ISO/IEC 27001:2022 né un controllo dell’Allegato A. Usate un punto come 9.2 o un controllo come A.5.15.',
  'finding.unknown-status':
    '{label}{count, plural, offset:1 =1 {} other { e altre #}}: lo stato «{word}» non è riconosciuto ({count, plural, =1 {riga {rows}} other {# righe: {rows}}}). Associate «{word}» una volta a uno tra {states} (riga di comando: --status-map "{word}=in-progress"), oppure usate le parole di stato del registro.',
  'finding.unknown-status.blank':
    '{label}{count, plural, offset:1 =1 {} other { e altre #}}: nessuno stato ({count, plural, =1 {riga {rows}} other {# righe: {rows}}}). Indicate lo stato di ogni azione (per esempio la parola del registro per nuova o aperta).',
  'finding.unknown-type':
    '{label}{count, plural, offset:1 =1 {} other { e altre #}}: il tipo «{word}» non è riconosciuto ({count, plural, =1 {riga {rows}} other {# righe: {rows}}}). Associate «{word}» una volta a uno tra {types} (riga di comando: --type-map "{word}=minor-nc").',
  'finding.unknown-type.blank':
    '{label}{count, plural, offset:1 =1 {} other { e altre #}}: nessun tipo ({count, plural, =1 {riga {rows}} other {# righe: {rows}}}). Indicate se ciascuna è una non conformità maggiore o minore, un’osservazione o un’opportunità di miglioramento.',
  'finding.unknown-source':
    '{label}{count, plural, offset:1 =1 {} other { e altre #}}: l’origine «{word}» non è riconosciuta ({count, plural, =1 {riga {rows}} other {# righe: {rows}}}), quindi il riesame della direzione la conta come sconosciuta. Associatela una volta a una tra {sources} (riga di comando: --source-map "{word}=internal-audit").',
  'finding.recheck-overdue':
    '{label} è stata chiusa come efficace, ma la sua nuova verifica è in ritardo di {late, plural, one {# giorno} other {# giorni}} (prevista il {due}). Verificate se l’azione correttiva funziona ancora e registrate l’esito della nuova verifica: efficace, oppure non efficace per riaprirla (punto 10.2 d, e).',
  'finding.header-not-found':
    'Nelle prime 60 righe non è stata trovata nessuna riga di intestazione con abbastanza colonne note (ID, Tipo, Stato, Responsabile, Data obiettivo, …). Scegliete la riga di intestazione o associate le colonne a mano.',
  'finding.header-not-found.row':
    'La riga {headerRow} non sembra l’intestazione di un registro: nessuna delle sue celle nomina una colonna nota (ID, Tipo, Stato, Responsabile, Data obiettivo, …). Scegliete un’altra riga di intestazione o associate le colonne a mano.',
  'finding.duplicate-across-registers':
    'La stessa azione di «{sheet}» riga {otherRow} di {file} ({because, select, id {stesso ID} other {stesso titolo e stesso requisito}}){changed, select, yes { (lì {there}, qui {here})} other {}}: contata una sola volta, lì. Tenetela in un solo registro, o date alle due ID diversi se sono azioni diverse.',
  'finding.not-calculated':
    '{label}: {field} è una formula mai calcolata ({address} non ha un risultato salvato). Aprite il file in Excel e salvatelo perché il risultato venga memorizzato, poi eseguite di nuovo.',
  'finding.objective-missing-measure.none':
    'L’obiettivo «{name}» non dice come viene misurato. Aggiungete una colonna Misura (KPI) (punto 6.2 b).',
  'finding.objective-missing-measure':
    'L’obiettivo «{name}» non ha una misura: indicate come viene misurato (punto 6.2 b).',
  'finding.objective-missing-target.text':
    'Obiettivo «{name}»: il valore obiettivo «{text}» non è un numero, quindi non si può dire se è raggiunto. Scrivetelo come valore, ad esempio 95% o ≤ 5.',
  'finding.objective-missing-target':
    'L’obiettivo «{name}» non ha un valore obiettivo: senza, nessuno può dire se è stato raggiunto.',
  'finding.objective-missing-owner':
    'L’obiettivo «{name}» non ha un responsabile: indicate chi ne risponde (punto 6.2 h).',
  'finding.objective-missing-due-date.text':
    'Obiettivo «{name}»: «{text}» non è una data. Indicate la data entro cui va raggiunto (punto 6.2 i).',
  'finding.objective-missing-due-date':
    'L’obiettivo «{name}» non ha una scadenza: indicate quando sarà raggiunto (punto 6.2 i).',
  'finding.objective-measurement-overdue':
    'L’obiettivo «{name}» è stato misurato l’ultima volta per il {latest}; viene misurato circa ogni {cadence} giorni, quindi servono dati più recenti. Registrateli.',
  'finding.objective-measurement-overdue.none':
    'L’obiettivo «{name}» non ha ancora misurazioni, benché il primo periodo ({due}) sia passato. Registratela.',
  'finding.objective-missed':
    'L’obiettivo «{name}» scadeva il {due} e la sua ultima misurazione non raggiunge il valore obiettivo {goal}.',
  'finding.verifier-is-owner':
    '{label} è stata verificata dal suo stesso responsabile. Una verifica indipendente (un’altra persona o l’audit interno) è un’evidenza più solida.',

  'cli.head':
    '{file}: foglio «{sheet}», intestazione alla riga {headerRow}, {rows, plural, one {# riga di azione} other {# righe di azioni}} sotto l’intestazione.',
  'cli.counts':
    '{errors, plural, one {# errore} other {# errori}}, {warnings, plural, one {# avviso} other {# avvisi}}, {infos} info in {rows, plural, one {# riga di azione} other {# righe di azioni}} (al {asOf}).',
  'cli.counts.none':
    'Nessun rilievo in {rows, plural, one {# riga di azione} other {# righe di azioni}} (al {asOf}).',
  'cli.counts.hidden.warnings': ' Avvisi e info non elencati (--min-severity {min}).',
  'cli.counts.hidden.info': ' Info non elencate (--min-severity {min}).',
  'cli.group.error': '{count, plural, one {# errore} other {# errori}}',
  'cli.group.warning': '{count, plural, one {# avviso} other {# avvisi}}',
  'cli.group.info': '{count, plural, other {# info}}',
  'cli.rows': '{count, plural, one {riga} other {righe}} {rows}',
  'cli.rows.more': '{shown}, … e altre {rest} (--format csv elenca ogni riga)',
  'cli.example': 'ad es. {message}',
  'cli.markdown.title': 'Controllo del registro: {file}',
  'cli.markdown.sheet': 'Foglio «{sheet}», {counts}',
  'cli.markdown.error': 'Errori',
  'cli.markdown.warning': 'Avvisi',
  'cli.markdown.info': 'Info',
  'cli.review-overdue-too':
    ' Anche il controllo di avanzamento è in ritardo{due, select, none {} other { (previsto il {due})}}.',
  'finding.column-missing.cli':
    'Nel registro manca {parts}. Associate una colonna esistente con --map campo="Intestazione" (o "fields" in --config plan.json), oppure aggiungete le colonne al foglio; improvement-plan init mostra tutte le colonne.',

  'cli.figures.title': 'Dati del riesame della direzione, periodo dal {from} al {to}, al {asOf}:',
  'cli.figures.unknown': 'Sconosciuto — {note}',
  'cli.figures.byStatus': 'Per stato:',
  'cli.figures.byType': 'Per tipo:',
  'cli.figures.bySource': 'Per origine:',
  'cli.figures.age':
    'Età delle azioni aperte (giorni): 0-30 {a}, 31-60 {b}, 61-90 {c}, 90+ {d}{unknown, select, 0 {} other {, senza data di apertura valida {unknown}}}',
  'cli.figures.lateChecks': 'Verifiche di efficacia in ritardo (10.2 d): {count} — ',
  'cli.figures.daysLate': '{who} in ritardo di {days, plural, one {# giorno} other {# giorni}}',
  'cli.figures.more': 'e altre {count}',
  'cli.due.none': 'Nulla in scadenza nei prossimi {within} giorni e nulla in ritardo (al {asOf}).',
  'cli.due.summary':
    '{total, plural, one {# data in scadenza} other {# date in scadenza}} nei prossimi {within} giorni o già passate, per {owners, plural, one {# responsabile} other {# responsabili}} (al {asOf}): {soon} in scadenza, {overdue} in ritardo, {escalate} in ritardo da più di {after} giorni (da segnalare).',
  'cli.due.no-owner': '(senza responsabile)',
  'cli.due.state.due-soon': 'scade',
  'cli.due.state.overdue': 'IN RITARDO',
  'cli.due.state.escalate': 'SEGNALARE',
  'cli.due.today': 'oggi',
  'cli.due.in': 'tra {days, plural, one {# giorno} other {# giorni}}',
  'cli.due.late': '{days, plural, one {# giorno} other {# giorni}} di ritardo',
  'cli.due.kind.target': 'data obiettivo',
  'cli.due.kind.review': 'verifica di avanzamento',
  'cli.due.kind.effectiveness-check': 'verifica di efficacia',
  'cli.due.kind.recheck': 'nuova verifica',
  'cli.evidence.none': 'Nessuna non conformità nel registro (al {asOf}).',
  'cli.evidence.summary':
    '{ncs, plural, one {# non conformità} other {# non conformità}} (al {asOf}): {complete} con la traccia 10.2 completa per la fase raggiunta, {withGaps} con lacune.',
  'cli.evidence.nc': '{name} (riga {row}, {status})',
  'cli.evidence.wrote':
    'Scritto {out}: una copia di {file} con il foglio «{sheet}» aggiunto. Il file di partenza non cambia.',
  'cli.evidence.hint':
    "Aggiungete --out '<evidence.xlsx>' per scrivere tutta la traccia in un foglio che un auditor può portare con sé.",
  'cli.calendar.wrote':
    'Scritto {out}: {events, plural, one {# evento} other {# eventi}} — {target, plural, one {# data obiettivo} other {# date obiettivo}}, {review, plural, one {# verifica di avanzamento} other {# verifiche di avanzamento}}, {checks, plural, one {# verifica di efficacia} other {# verifiche di efficacia}}{recheck, plural, =0 {} one {, # nuova verifica} other {, # nuove verifiche}} ({attendees} con il responsabile come partecipante). Importarlo di nuovo aggiorna questi eventi invece di aggiungerne copie.',
  'cli.review.hint':
    "Aggiungete --out '<riesame.xlsx>' per scrivere questi dati in un foglio di riesame della direzione.",
  'cli.todo.missing-id': 'Dare un ID a ogni azione',
  'cli.todo.duplicate-id': 'Dare a ogni azione il proprio ID',
  'cli.todo.missing-owner': 'Indicare un responsabile per ogni azione aperta',
  'cli.todo.missing-target-date': 'Fissare una scadenza per ogni azione aperta',
  'cli.todo.missing-target-review-date': 'Fissare la prossima data di riesame per ogni azione aperta',
  'cli.todo.unknown-status': 'Associare o correggere le parole di stato',
  'cli.todo.unknown-type': 'Associare o correggere le parole di tipo',
  'cli.todo.unknown-source': 'Associare o correggere le parole di origine',
  'cli.todo.invalid-date': 'Correggere le celle che non sono date',
  'cli.todo.not-calculated': 'Aprire il file in Excel e salvarlo, perché le formule abbiano valori',
  'cli.todo.ambiguous-date': 'Scrivere le date ambigue come aaaa-mm-gg o come celle data',
  'cli.todo.date-order': 'Correggere le date fuori ordine',
  'cli.todo.nc-closed-without-root-cause':
    'Registrare la causa radice delle non conformità chiuse, o riaprirle (10.2 b)',
  'cli.todo.nc-closed-without-effectiveness':
    'Registrare una verifica di efficacia positiva e verificata, o riaprire (10.2 d)',
  'cli.todo.ofi-closed-without-remediation':
    'Registrare l’attuazione delle opportunità di miglioramento chiuse',
  'cli.todo.gate-missing-field': 'Compilare i campi richiesti dallo stato attuale',
  'cli.todo.closed-without-date': 'Registrare la data di chiusura',
  'cli.todo.closed-without-evidence': 'Collegare le evidenze delle azioni chiuse',
  'cli.todo.overdue': 'Sollecitare i responsabili delle azioni in ritardo, o concordare nuove scadenze',
  'cli.todo.review-overdue': 'Riesaminare le azioni il cui controllo di avanzamento è scaduto',
  'cli.todo.status-is-overdue': 'Sostituire «In ritardo» come stato con lo stato reale',
  'cli.todo.unknown-requirement': 'Correggere i riferimenti a requisiti assenti dalla ISO/IEC 27001:2022',
  'cli.todo.legacy-2013-requirement': 'Aggiornare i riferimenti ai controlli 2013 con quelli 2022',
  'cli.todo.verifier-is-owner': 'Far verificare l’efficacia da una persona diversa dal responsabile',
  'cli.todo.effectiveness-check-overdue': 'Verificare ora l’efficacia delle non conformità attuate',
  'cli.todo.recurring-nc': 'Esaminare le non conformità ricorrenti',
  'cli.todo.target-beyond-policy':
    'Riportare le scadenze entro la politica delle scadenze, o motivare perché no',
  'cli.todo.target-missing-suggested': 'Fissare le scadenze proposte dalla politica',
  'cli.todo.blame-only-root-cause': 'Trovare la causa dietro le cause radice che incolpano solo una persona',
  'cli.todo.column-missing': 'Associare o aggiungere le colonne mancanti',
  'cli.todo.duplicate-across-registers':
    'Tenere ogni azione in un solo registro (le copie sono state contate una volta)',
  'cli.todo.objective-missing-measure': 'Indicare come si misura ogni obiettivo (6.2 b)',
  'cli.todo.objective-missing-target': 'Fissare un valore obiettivo per ogni obiettivo',
  'cli.todo.objective-missing-owner': 'Indicare il responsabile di ogni obiettivo (6.2 h)',
  'cli.todo.objective-missing-due-date': 'Fissare entro quando ogni obiettivo va raggiunto (6.2 i)',
  'cli.todo.objective-measurement-overdue': 'Registrare le misurazioni degli obiettivi ora dovute (6.2 e)',
  'cli.todo.objective-missed': 'Riesaminare gli obiettivi la cui scadenza è passata senza raggiungerli',

  'review.sheetName': 'Riesame direzione {date}',
  'review.title': 'Riesame della direzione — miglioramento continuo (ISO/IEC 27001:2022, punto 9.3)',
  'review.register': 'Registro: {register}',
  'review.snapshot': 'Un’istantanea dei valori, non aggiornata quando il registro cambia.',
  'review.snapshot.since':
    'Un’istantanea dei valori, non aggiornata quando il registro cambia. Il periodo inizia il giorno dopo l’ultimo riesame ({date}).',
  'review.meeting': 'Riunione',
  'review.meeting.date': 'Data della riunione',
  'review.meeting.chair': 'Presidente',
  'review.meeting.attendees': 'Partecipanti',
  'review.quality': 'Qualità dei dati — su cosa si basano questi numeri',
  'review.quality.errors.none': 'Errori: nessuno.',
  'review.quality.errors': 'Errori ({count}): {kinds}.',
  'review.quality.warnings.none': 'Avvisi: nessuno.',
  'review.quality.warnings': 'Avvisi ({count}): {kinds}.',
  'review.quality.where': ' Ogni rilievo e la sua riga: la vista Rilievi, o improvement-plan validate.',
  'review.quality.rowsNotRead': 'Righe che non è stato possibile leggere: {list}.',
  'review.quality.rowsWith': '{rows} con {what}',
  'review.quality.noColumn': 'Campi senza colonna: {fields}.',
  'review.figure.noneClosed': 'Nessuna chiusa nel periodo',
  'review.registers': 'Registri di questo riesame ({count})',
  'review.registers.noneMerged': 'Nessuna azione compare in due registri.',
  'review.registers.merged':
    '{count, plural, one {# azione compare} other {# azioni compaiono}} in due registri: contate una volta, nel registro elencato per primo (Unite: copie escluse; ognuna ha un rilievo duplicate-across-registers).',
  'review.a.since': '(a) Dall’ultimo riesame ({date}, foglio «{sheet}»)',
  'review.a.title': '(a) Stato delle azioni derivanti da precedenti riesami della direzione',
  'review.a.first':
    'In questa cartella non c’è un foglio di riesame precedente: questo è il suo primo riesame.',
  'review.a.openActions': 'Azioni aperte',
  'review.a.overdueActions': 'Azioni in ritardo',
  'review.a.summary':
    'Dall’ultimo riesame: {raised} aperte, {closed} chiuse{unknownDate, select, 0 {} other { (e {unknownDate} chiuse, data sconosciuta)}}. Delle {overdueThen} in ritardo allora, {resolved} chiuse o annullate da allora e {still} ancora in ritardo.',
  'review.a.decisions': 'Decisioni dell’ultimo riesame e il loro stato attuale',
  'review.a.noDecisions': 'L’ultimo riesame non ha registrato decisioni nella sua tabella.',
  'review.a.slipped': 'Scadenze posticipate dall’ultimo riesame',
  'review.a.noSlipped': 'Nessuna azione aperta ha posticipato la sua scadenza.',
  'review.a.reviewActions': 'Azioni nate dai riesami della direzione',
  'review.a.reviewActions.count': '{total} nel registro: {open} aperte, {closed} chiuse o annullate.',
  'review.b': '(b) Cambiamenti nei fattori esterni e interni — da compilare',
  'review.b.what':
    'Non presente nel registro. Riassumete i cambiamenti di contesto, parti interessate e campo di applicazione.',
  'review.c': '(c) Cambiamenti nelle esigenze e aspettative delle parti interessate — da compilare',
  'review.c.what': 'Non presente nel registro. Riassumete i requisiti nuovi o modificati.',
  'review.d1.status': '(d1) Non conformità e azioni correttive — stato',
  'review.d1.overdueAsStatus': '«In ritardo» come stato',
  'review.age.over90': 'oltre 90',
  'review.age.unknown': 'data di apertura sconosciuta',
  'review.chart.status': 'Azioni per stato',
  'review.d1.trend': '(d1) Andamento — aperte e chiuse per mese',
  'review.chart.trend': 'Aperte e chiuse per mese',
  'review.d1.trendNote.raised': 'Aperte: {note}; non nei mesi sopra.',
  'review.d1.trendNote.closed': 'Chiuse: {note}; non nei mesi sopra.',
  'review.d1.recurring': '(d1) Non conformità ricorrenti (punto 10.2 b 3)',
  'review.d1.recurring.none': 'Nessuna non conformità con data di apertura valida nel periodo.',
  'review.d1.recurring.rate':
    '{recurring} su {ncs} non conformità aperte nel periodo ({rate}) somigliano a una aperta nei 12 mesi precedenti: stesso requisito, titolo molto simile o stessa categoria di causa nella stessa area di requisiti.',
  'review.ids.more': '{ids} e altre {count}',
  'review.d1.overdue': '(d1) Azioni in ritardo',
  'review.d1.overdue.unknown': 'Non è possibile stabilire le azioni in ritardo: {note}.',
  'review.d1.overdue.none': 'Nessuna azione aperta ha superato la scadenza.',
  'review.flagged': 'segnalata',
  'review.d1.checks': '(d1) Verifiche di efficacia in ritardo — attuate, senza esito (punto 10.2 d)',
  'review.d1.rechecks':
    '(d1) Nuove verifiche in ritardo — chiuse come efficaci, nuova verifica non registrata (punto 10.2 d, e)',
  'review.d1.closed': '(d1) Non conformità chiuse nel periodo — causa radice ed efficacia (punto 10.2)',
  'review.d1.closed.none': 'Nessuna non conformità chiusa nel periodo.',
  'review.d2': '(d2) Risultati del monitoraggio e della misurazione — da compilare',
  'review.d2.what':
    'Non presente nel registro. Aggiungete i risultati degli obiettivi e degli indicatori del SGSI.',
  'review.d3': '(d3) Risultati di audit',
  'review.d3.line': 'Rilievi di audit interni ed esterni, aperti / chiusi: {list}.',
  'review.d3.none': 'Nessun rilievo aperto da audit interni o esterni.',
  'review.d4.objectives':
    '(d4) Conseguimento degli obiettivi per la sicurezza delle informazioni (punto 6.2)',
  'review.d4': '(d4) Conseguimento degli obiettivi per la sicurezza delle informazioni — da compilare',
  'review.d4.what': 'Non presente nel registro. Indicate se ogni obiettivo è stato raggiunto.',
  'review.e': '(e) Informazioni di ritorno dalle parti interessate — da compilare',
  'review.e.what': 'Non presente nel registro. Riassumete reclami e riscontri di clienti e autorità.',
  'review.f': '(f) Risultati della valutazione del rischio e stato del piano di trattamento del rischio',
  'review.f.none': 'Nessuna azione aperta deriva dalla valutazione del rischio.',
  'review.g': '(g) Opportunità di miglioramento continuo (opportunità di miglioramento aperte)',
  'review.g.none': 'Nessuna opportunità di miglioramento aperta.',
  'review.decisions': 'Decisioni e azioni (punto 9.3.3) — da compilare nella riunione',
  'review.decisions.note':
    'Registrate ogni decisione con responsabile e scadenza; inseritela nel registro come azione (origine: riesame della direzione) e annotatene qui l’ID, così il prossimo riesame potrà seguirla.',
  'review.signOff': 'Approvazione: approvato da (alta direzione)',
  'review.generated': 'Generato da Improvement Plan il {at}.',
  'review.more':
    'Mostrate {shown} di {all} {what}. Filtrate il registro, o eseguite improvement-plan validate, per l’elenco completo.',
  'review.what.decisions': 'decisioni',
  'review.what.slipped': 'scadenze posticipate (le più posticipate prima)',
  'review.what.reviewActions': 'azioni di riesame aperte (le più in ritardo prima)',
  'review.what.groups': 'gruppi (i più grandi prima); ogni non conformità ha un rilievo recurring-nc',
  'review.what.overdue': 'azioni in ritardo (le più in ritardo prima)',
  'review.what.lateChecks': 'verifiche di efficacia in ritardo (le più in ritardo prima)',
  'review.what.lateRechecks': 'nuove verifiche in ritardo (le più in ritardo prima)',
  'review.what.ncsClosed': 'non conformità chiuse nel periodo (prima le non efficaci, poi le più recenti)',
  'review.what.audit': 'rilievi di audit aperti (i più in ritardo prima)',
  'review.what.risk': 'azioni di trattamento del rischio aperte (le più in ritardo prima)',
  'review.what.ofis': 'opportunità di miglioramento aperte (le più in ritardo prima)',
  'review.print.header': 'Riesame della direzione {date}',
  'review.print.snapshot': 'Un’istantanea: non aggiornata quando il registro cambia',
  'review.print.page': 'Pagina {page} di {pages}',
  'review.col.id': 'ID',
  'review.col.row': 'Riga',
  'review.col.title': 'Titolo',
  'review.col.type': 'Tipo',
  'review.col.status': 'Stato',
  'review.col.owner': 'Responsabile',
  'review.col.targetDate': 'Scadenza',
  'review.col.daysOverdue': 'Giorni di ritardo',
  'review.col.measure': 'Indicatore',
  'review.col.value': 'Valore',
  'review.col.note': 'Nota',
  'review.col.register': 'Registro',
  'review.col.source': 'Origine',
  'review.col.actions': 'Azioni',
  'review.col.open': 'Aperte',
  'review.col.overdue': 'In ritardo',
  'review.col.raised': 'Aperte',
  'review.col.closed': 'Chiuse',
  'review.col.merged': 'Unite',
  'review.col.then': 'Allora',
  'review.col.now': 'Ora',
  'review.col.decision': 'Decisione',
  'review.col.dueDate': 'Scadenza',
  'review.col.actionId': 'ID azione',
  'review.col.actionIdInRegister': 'ID azione nel registro',
  'review.col.statusNow': 'Stato attuale',
  'review.col.targetThen': 'Scadenza allora',
  'review.col.targetNow': 'Scadenza ora',
  'review.col.daysLater': 'Giorni dopo',
  'review.col.all': 'Tutte',
  'review.col.age': 'Età (giorni)',
  'review.col.month': 'Mese',
  'review.col.shared': 'In comune',
  'review.col.ncs': 'Non conformità',
  'review.col.ids': 'ID',
  'review.col.checkDue': 'Verifica prevista',
  'review.col.recheckDue': 'Nuova verifica prevista',
  'review.col.daysLate': 'Giorni di ritardo',
  'review.col.rootCause': 'Causa radice',
  'review.col.correctiveAction': 'Azione correttiva',
  'review.col.effectiveness': 'Efficacia',
  'review.col.date': 'Data',

  'state.unknown': 'Illeggibile',
  'type.noColumn': 'Nessuna colonna Tipo',
  'source.internal-audit': 'Audit interno',
  'source.external-audit': 'Audit esterno',
  'source.risk-assessment': 'Valutazione del rischio',
  'source.incident': 'Incidente',
  'source.management-review': 'Riesame della direzione',
  'source.objectives': 'Obiettivi',
  'source.training': 'Formazione',
  'source.compliance-review': 'Verifica di conformità',
  'source.bc-exercise': 'Esercitazione di continuità',
  'source.document-review': 'Revisione documentale',
  'source.employee-suggestion': 'Suggerimento di un dipendente',
  'source.monitoring': 'Monitoraggio',
  'source.interested-party': 'Parte interessata',
  'source.supplier': 'Fornitore',
  'source.technical-test': 'Test tecnico',
  'source.other': 'Altro',
  'source.noColumn': 'Nessuna colonna Origine',

  'code.missing-id': 'ID mancante',
  'code.duplicate-id': 'ID duplicato',
  'code.missing-owner': 'Responsabile mancante',
  'code.missing-target-date': 'Scadenza mancante',
  'code.missing-target-review-date': 'Data di riesame mancante',
  'code.unknown-type': 'Tipo sconosciuto',
  'code.unknown-status': 'Stato sconosciuto',
  'code.unknown-source': 'Origine sconosciuta',
  'code.invalid-date': 'Data non valida',
  'code.ambiguous-date': 'Data ambigua',
  'code.date-order': 'Ordine delle date',
  'code.nc-closed-without-root-cause': 'Non conformità chiusa senza causa radice',
  'code.nc-closed-without-effectiveness': 'Non conformità chiusa senza verifica di efficacia',
  'code.ofi-closed-without-remediation': 'Opportunità di miglioramento chiusa senza attuazione',
  'code.gate-missing-field': 'Manca un campo richiesto dallo stato',
  'code.closed-without-date': 'Chiusa senza data',
  'code.closed-without-evidence': 'Chiusa senza evidenze',
  'code.overdue': 'In ritardo',
  'code.review-overdue': 'Riesame in ritardo',
  'code.status-is-overdue': '«In ritardo» come stato',
  'code.unknown-requirement': 'Requisito sconosciuto',
  'code.effectiveness-check-overdue': 'Verifica di efficacia in ritardo',
  'code.target-beyond-policy': 'Scadenza oltre la politica',
  'code.recheck-overdue': 'Nuova verifica in ritardo',
  'code.column-missing': 'Colonna mancante',
  'code.duplicate-across-registers': 'Duplicata in due registri',
  'code.not-calculated': 'Formula senza valore',
  'code.header-not-found': 'Intestazione non trovata',
};
