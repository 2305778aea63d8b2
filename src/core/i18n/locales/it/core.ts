import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
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
  'finding.review-overdue':
    '{label}: il controllo di avanzamento era previsto il {review}. Riesaminatela e fissate la prossima data di riesame.',
  'finding.status-is-overdue':
    '{label}: «{word}» è usato come stato. Il ritardo si ricava dalla scadenza; indicate lo stato reale (per esempio in corso). La riga è contata come aperta.',
  'finding.target-beyond-policy':
    '{label}: la scadenza {target} cade {days, plural, one {# giorno} other {# giorni}} dopo l’apertura ({raised}); la politica delle scadenze consente {limit, plural, one {# giorno} other {# giorni}} per {because}, quindi al più tardi il {latest}. Anticipate la scadenza o motivate perché serve più tempo.',
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

  'field.id': 'ID',
  'field.title': 'Titolo',
  'field.description': 'Descrizione',
  'field.type': 'Tipo',
  'field.source': 'Origine',
  'field.sourceRef': 'Riferimento dell’origine',
  'field.requirement': 'Requisito / controllo',
  'field.priority': 'Priorità',
  'field.owner': 'Responsabile',
  'field.raisedDate': 'Data di apertura',
  'field.targetReviewDate': 'Data di riesame',
  'field.targetDate': 'Scadenza',
  'field.status': 'Stato',
  'field.correction': 'Correzione (contenimento)',
  'field.rootCause': 'Causa radice',
  'field.rcaMethod': 'Metodo di analisi delle cause',
  'field.causeCategory': 'Categoria di causa',
  'field.similarElsewhere': 'Può verificarsi altrove?',
  'field.correctiveAction': 'Azione correttiva',
  'field.remediation': 'Intervento attuato',
  'field.completionDate': 'Data di attuazione',
  'field.effectivenessDueDate': 'Verifica di efficacia prevista',
  'field.effectivenessResult': 'Esito della verifica di efficacia',
  'field.verifiedBy': 'Verificato da',
  'field.evidence': 'Evidenze',
  'field.closedDate': 'Data di chiusura',
  'field.recheckDate': 'Data di nuova verifica',
  'field.lastUpdated': 'Ultimo aggiornamento',
  'field.notes': 'Note',
};
