import { shared } from './shared';
import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  ...shared,
  'pane.language': 'Taal',
  'pane.language.office': 'Zoals in Office ({language})',

  // The pane around the views
  'app.name': 'Improvement Plan',
  'app.views': 'Weergaven van Improvement Plan',
  'app.loading': '{view} wordt geladen…',
  'app.area.pane': 'Improvement Plan',
  'app.area.view': 'de weergave ‘{view}’',
  'app.area.prompt': 'de vraag naar de grondoorzaak',
  'app.area.pending': 'de lijst met af te ronden statuswijzigingen',
  'view.home': 'Start',
  'view.findings': 'Bevindingen',
  'view.action': 'Actie',
  'view.review': 'Beoordeling',
  'view.dueSoon': 'Binnenkort',
  'view.register': 'Register',
  'nav.more': 'Meer ({count, number})',

  // Shared by the views
  'error.title': 'Er ging iets mis in {area}.',
  'error.body':
    'Uw werkmap is door dit probleem niet gewijzigd. Probeer het opnieuw; blijft het gebeuren, sluit het deelvenster dan en open het opnieuw.',
  'error.tryAgain': 'Opnieuw proberen',
  'error.unexpected':
    'Er ging iets onverwachts mis in de communicatie met Excel. Het deelvenster heeft uw werkmap niet gewijzigd. Probeer het opnieuw; blijft het gebeuren, sluit het deelvenster dan en open het opnieuw.',
  'status.running': '{label}…',
  'status.failed': '{label}: niet voltooid.',
  'status.cancelled': '{label}: geannuleerd.',
  'common.cancel': 'Annuleren',
  'common.retry': 'Opnieuw',
  'common.back': 'Terug',
  'common.checking': 'Controle van het register',
  'common.chooseSheet': 'Registerblad kiezen',
  'common.noOwner': 'Geen eigenaar',
  'common.row': 'Rij {row}',
  'common.rowLower': 'rij {row}',
  'common.blank': '(leeg)',
  'common.unknown': 'onbekend',

  // Where a finding points
  'place.cell': 'Cel {cell}',
  'place.row': 'Rij {row}',
  'place.column': 'Kolom {column}',
  'place.register': 'Hele register',

  // Home
  'home.heading': 'Wat nu uw aandacht vraagt',
  'home.check': 'Register controleren',
  'home.checked': '{sheet}, gecontroleerd om {time} (per {asOf}). Controleren wijzigt uw blad nooit.',
  'home.checkHint': 'Controleren leest het register; het wijzigt uw blad nooit.',
  'home.selectingRow': 'Selecteren van de rij',
  'home.glance': 'Het register in één oogopslag',
  'home.figure.actions': 'Acties',
  'home.figure.open': 'Open',
  'home.figure.overdue': 'Achterstallig',
  'home.figure.effectivenessDue': 'Doeltreffendheids­controles te doen',
  'home.figure.errors': 'Fouten',
  'home.figure.warnings': 'Waarschuwingen',
  'home.allClear':
    'Niets vraagt nu uw aandacht: geen achterstallige acties, elke gesloten non-conformiteit heeft haar grondoorzaak en doeltreffendheidscontrole, en elke open actie heeft een eigenaar.',
  'home.seeAll': '{count, plural, one {De bevinding bekijken} other {Alle # bevindingen bekijken}}',
  'home.showAll': 'Alle {count, number} tonen in Bevindingen',
  'home.selectInSheet': '{detail} · selecteren in het blad',
  'home.daysLate': '{count, plural, one {# dag te laat} other {# dagen te laat}}',
  'need.overdue-nc':
    '{count, plural, one {# achterstallige non-conformiteit} other {# achterstallige non-conformiteiten}}',
  'need.nc-closed-without-root-cause':
    '{count, plural, one {# non-conformiteit gesloten zonder grondoorzaak} other {# non-conformiteiten gesloten zonder grondoorzaak}}',
  'need.nc-closed-without-effectiveness':
    '{count, plural, one {# non-conformiteit gesloten zonder doeltreffendheidscontrole} other {# non-conformiteiten gesloten zonder doeltreffendheidscontrole}}',
  'need.missing-owner':
    '{count, plural, one {# open actie zonder eigenaar} other {# open acties zonder eigenaar}}',
  'need.overdue':
    '{count, plural, one {# andere achterstallige actie} other {# andere achterstallige acties}}',

  // Findings
  'findings.heading': 'Bevindingen',
  'findings.run': 'Validatie uitvoeren',
  'findings.runAgain': 'Opnieuw valideren',
  'findings.summary': '{sheet}: {count, plural, one {# actie} other {# acties}}, per {asOf}',
  'findings.selectingCell': 'Selecteren van de cel',
  'findings.stale':
    'De koppeling of het register is na deze controle gewijzigd. Valideer opnieuw om de bevindingen bij te werken.',
  'findings.none': 'Geen bevindingen: het register doorstaat elke controle.',
  'findings.count': '{count, plural, one {# bevinding} other {# bevindingen}}',
  'findings.showing': '{shown, number} van {count, plural, one {# bevinding} other {# bevindingen}} getoond',
  'findings.section': '{severity} ({count, number})',
  'findings.toggle': '{severity} {count, number}',
  'findings.bySeverity': 'Bevindingen tonen per ernst',
  'findings.owner': 'Eigenaar',
  'findings.everyOwner': 'Alle eigenaren',
  'findings.filter': 'Bevindingen filteren',
  'findings.filterHint': 'ID, woord, kolom of regel',
  'findings.selectInSheet': '{place}: selecteren in het blad',
  'findings.showMore': 'Nog {page, number} tonen ({hidden, number} verborgen)',
  'findings.otherGroup': '{count, number} × {description}',
  'severity.error': 'Fouten',
  'severity.warning': 'Waarschuwingen',
  'severity.info': 'Info',

  // Each kind of finding as what to do, counted
  'group.not-a-register':
    '{count, plural, one {# blad dat geen register is} other {# bladen die geen register zijn}}',
  'group.header-not-found':
    '{count, plural, one {# kopregel niet gevonden} other {# kopregels niet gevonden}}',
  'group.column-missing':
    '{count, plural, one {# opmerking over kolommen die de workflow nodig heeft} other {# opmerkingen over kolommen die de workflow nodig heeft}}',
  'group.missing-id': '{count, plural, one {# actie zonder ID} other {# acties zonder ID}}',
  'group.duplicate-id': '{count, plural, one {# ID dubbel gebruikt} other {# ID’s meermaals gebruikt}}',
  'group.missing-owner':
    '{count, plural, one {# open actie zonder eigenaar} other {# open acties zonder eigenaar}}',
  'group.missing-target-date':
    '{count, plural, one {# open actie zonder streefdatum} other {# open acties zonder streefdatum}}',
  'group.missing-target-review-date':
    '{count, plural, one {# open actie zonder geplande reviewdatum} other {# open acties zonder geplande reviewdatum}}',
  'group.unknown-type': '{count, plural, one {# onbegrepen type} other {# onbegrepen types}}',
  'group.unknown-status': '{count, plural, one {# onbegrepen status} other {# onbegrepen statussen}}',
  'group.unknown-source': '{count, plural, one {# onbegrepen herkomst} other {# onbegrepen herkomsten}}',
  'group.invalid-date':
    '{count, plural, one {# datumcel die geen datum is} other {# datumcellen die geen datum zijn}}',
  'group.ambiguous-date':
    '{count, plural, one {# datum waarin dag en maand verwisseld kunnen zijn} other {# datums waarin dag en maand verwisseld kunnen zijn}}',
  'group.date-order':
    '{count, plural, one {# actie met datums in de verkeerde volgorde} other {# acties met datums in de verkeerde volgorde}}',
  'group.nc-closed-without-root-cause':
    '{count, plural, one {# non-conformiteit gesloten zonder grondoorzaak} other {# non-conformiteiten gesloten zonder grondoorzaak}}',
  'group.nc-closed-without-effectiveness':
    '{count, plural, one {# non-conformiteit gesloten zonder doeltreffendheidscontrole} other {# non-conformiteiten gesloten zonder doeltreffendheidscontrole}}',
  'group.ofi-closed-without-remediation':
    '{count, plural, one {# verbeterpunt gesloten zonder uitgevoerde verbetering} other {# verbeterpunten gesloten zonder uitgevoerde verbetering}}',
  'group.gate-missing-field':
    '{count, plural, one {# actie zonder een veld dat haar status vereist} other {# acties zonder een veld dat hun status vereist}}',
  'group.closed-without-date':
    '{count, plural, one {# gesloten actie zonder sluitingsdatum} other {# gesloten acties zonder sluitingsdatum}}',
  'group.closed-without-evidence':
    '{count, plural, one {# gesloten actie zonder bewijs} other {# gesloten acties zonder bewijs}}',
  'group.overdue': '{count, plural, one {# achterstallige actie} other {# achterstallige acties}}',
  'group.review-overdue':
    '{count, plural, one {# actie voorbij haar reviewdatum} other {# acties voorbij hun reviewdatum}}',
  'group.status-is-overdue':
    '{count, plural, one {# keer ‘Achterstallig’ als status} other {# keer ‘Achterstallig’ als status}}',
  'group.unknown-requirement':
    '{count, plural, one {# eisverwijzing niet gevonden} other {# eisverwijzingen niet gevonden}}',
  'group.legacy-2013-requirement':
    '{count, plural, one {# verwijzing naar een beheersmaatregel uit 2013 bij te werken} other {# verwijzingen naar beheersmaatregelen uit 2013 bij te werken}}',
  'group.verifier-is-owner':
    '{count, plural, one {# doeltreffendheidscontrole door de eigenaar van de actie} other {# doeltreffendheidscontroles door de eigenaar van de actie}}',
  'group.effectiveness-check-overdue':
    '{count, plural, one {# achterstallige doeltreffendheidscontrole} other {# achterstallige doeltreffendheidscontroles}}',
  'group.recurring-nc':
    '{count, plural, one {# non-conformiteit die op een eerdere lijkt} other {# non-conformiteiten die op eerdere lijken}}',
  'group.target-beyond-policy':
    '{count, plural, one {# streefdatum later dan het beleid toestaat} other {# streefdatums later dan het beleid toestaat}}',
  'group.target-missing-suggested':
    '{count, plural, one {# streefdatum in te stellen (voorgesteld)} other {# streefdatums in te stellen (voorgesteld)}}',
  'group.duplicate-across-registers':
    '{count, plural, one {# actie in twee registers} other {# acties in twee registers}}',
  'group.blame-only-root-cause':
    '{count, plural, one {# grondoorzaak die alleen een persoon noemt} other {# grondoorzaken die alleen een persoon noemen}}',

  // Action card
  'action.heading': 'Actie',
  'action.status': 'Status',
  'action.type': 'Type',
  'action.notClassified': 'Niet ingedeeld',
  'action.row': 'Rij',
  'action.owner': 'Eigenaar',
  'action.statusReadAs': '{word}, gelezen als {state}',
  'action.statusBlankReadAs': '(leeg), gelezen als {state}',
  'action.statusNotUnderstood': '{word} (niet begrepen: koppel het in de weergave Register)',
  'action.findings': 'Bevindingen ({count, number})',
  'action.notChecked': 'Het register is nog niet gecontroleerd.',
  'action.checkRegister': 'Register controleren',
  'action.noFindings': 'Geen bevindingen voor deze rij bij de laatste controle (per {asOf}).',
  'action.moveTo': '{name} zetten op',
  'action.noMoves': 'Geen verdere stappen: een geannuleerde actie blijft geannuleerd.',
  'action.ready': 'Klaar: er ontbreekt niets',
  'action.stillNeeds': 'Ontbreekt nog: {fields}',
  'action.notFollowing': 'Deze versie van Excel meldt de invoegtoepassing niet welke rij u selecteert.',
  'action.showSelected': 'Geselecteerde rij tonen',
  'action.noRegister':
    'De invoegtoepassing heeft het register nog niet gevonden en kan de geselecteerde rij dus niet tonen.',
  'action.reading': 'Lezen van de geselecteerde rij',
  'action.selectHint':
    'Selecteer een cel in een rij van het register: deze kaart toont die actie en volgt als u een andere rij selecteert.',
  'action.moveHeading': '{name} op {state} zetten',
  'action.moveButton': 'Op {state} zetten',
  'action.moving': 'Statuswijziging',
  'action.moved': '{name} staat nu op {state}.',
  'action.history': 'Geschiedenis',
  'action.noHistory': 'Nog geen statuswijzigingen vastgelegd voor deze actie.',
  'action.historyNone': '(geen)',
  'action.historyWithoutGate': '{how}, zonder de vereiste velden',
  'action.filledIn': 'Ingevuld: {fields}',
  'action.comment': 'Opmerking: {comment}',
  'via.prompt': 'in de vraag',
  'via.pane': 'in het deelvenster',
  'via.sheet': 'in het blad aanvaard',
  'via.reconciliation': 'later gevonden bij het vergelijken',
  'via.remote': 'door een medeauteur (op afstand)',

  // Review
  'review.heading': 'Directiebeoordeling',
  'review.intro':
    'Schrijft een nieuw, gedateerd blad met de cijfers voor ISO 27001 paragraaf 9.3.2. Bestaande bladen worden nooit vervangen.',
  'review.preset.since-last-review': 'Sinds de laatste beoordeling',
  'review.preset.last-12-months': 'Laatste 12 maanden',
  'review.preset.calendar-year': 'Dit kalenderjaar',
  'review.preset.custom': 'Eigen datums',
  'review.from': 'Periode van',
  'review.fromHint': 'Leeg: vanaf het laatste beoordelingsblad, anders de laatste 12 maanden.',
  'review.to': 'Periode tot',
  'review.datePattern': 'jjjj-mm-dd',
  'review.enterDate': 'Voer een datum in.',
  'review.endsBeforeStart': 'De periode eindigt voordat ze begint.',
  'review.generate': 'Samenvatting maken',
  'review.writing': 'Schrijven van de samenvatting',
  'review.created': 'Blad ‘{sheet}’ gemaakt voor {from} tot {to}, per {asOf}.',
  'review.goTo': 'Naar blad ‘{sheet}’',
  'review.opening': 'Openen van het blad',
  'review.note.quality':
    'Het register heeft {errors, plural, one {# fout} other {# fouten}} en {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}; het blad begint ermee, per soort (de weergave Bevindingen toont ze elk).',
  'review.note.noColumn': 'Velden zonder kolom: {fields}.',
  'review.note.followUp':
    'Opvolging van de beoordeling van {asOf} (‘{sheet}’): {decisions, plural, one {# besluit} other {# besluiten}}, sindsdien {raised, number} geopend en {closed, number} gesloten, {slipped, plural, one {# streefdatum} other {# streefdatums}} later gezet.',
  'review.note.recurrence':
    '{recurring, number} van de {raised, number} non-conformiteiten uit de periode ({rate}) lijken op een eerdere.',
  'calendar.goToToday': 'Naar vandaag',
  'calendar.prevMonth': 'Vorige maand',
  'calendar.nextMonth': 'Volgende maand',
  'calendar.prevYear': 'Vorig jaar',
  'calendar.nextYear': 'Volgend jaar',
  'calendar.close': 'Datumkiezer sluiten',

  // The register's vocabulary, in the pane's language

  // The status workflow: the root-cause prompt, its notes and the list of changes to complete
  'workflow.blameTitle': 'Dit noemt een persoon, geen oorzaak.',
  'workflow.blameBody':
    'Vraag waarom het mogelijk was: welk proces, hulpmiddel, welke opleiding of beheersmaatregel liet het gebeuren?',
  'workflow.notEffective':
    'De non-conformiteit kan pas sluiten als de doeltreffendheid van de actie is bevestigd (ISO 27001 paragraaf 10.2 d). Houd haar open en controleer later opnieuw, of plan een nieuwe corrigerende maatregel.',
  'workflow.noColumn':
    'Het register heeft geen kolom voor {fields}, die {state} normaal vereist. Voeg de kolom toe aan het blad om het vast te leggen; de weergave Register koppelt haar.',
  'workflow.title.rootCauseClose': '{name} sluiten: grondoorzaak en doeltreffendheid',
  'workflow.title.rootCause': 'Grondoorzaak van {name}',
  'workflow.title.ofiClose': '{name} sluiten: wat er is gedaan',
  'workflow.title.move': '{name} op {state} zetten',
  'workflow.saveHint':
    'Opslaan schrijft deze velden in rij {row} en behoudt de nieuwe status. Annuleren zet de status terug op ‘{word}’.',
  'workflow.saving': 'Opslaan',
  'workflow.restoring': 'Herstellen van de status',
  'workflow.save': 'Opslaan',
  'workflow.label.rcaMethod': 'Methode van oorzaakanalyse',
  'workflow.label.rootCause': 'Beschrijving van de grondoorzaak',
  'workflow.label.evidence': 'Link naar bewijs',
  'workflow.mustBeEffective':
    'Moet ‘{word}’ zijn: een non-conformiteit sluit pas als de doeltreffendheid van de actie is bevestigd.',
  'workflow.neededFor': 'Nodig om naar {state} te gaan.',
  'workflow.offerRaised':
    'Het streefdatumbeleid stelt {date} voor: {days, plural, one {# dag} other {# dagen}} voor {because}, vanaf de datum geopend ({from}). Wijzig het als de eigenaar een andere datum heeft afgesproken.',
  'workflow.offerToday':
    'Het streefdatumbeleid stelt {date} voor: {days, plural, one {# dag} other {# dagen}} voor {because}, vanaf vandaag ({from}); de rij heeft geen datum geopend. Wijzig het als de eigenaar een andere datum heeft afgesproken.',
  'workflow.notChosen': 'Niet gekozen',
  'workflow.commentMissing': 'Schrijf een paar woorden: ze gaan in de geschiedenis.',
  'workflow.comment.cancel': 'Reden voor annuleren',
  'workflow.comment.reopen': 'Waarom ze wordt heropend',
  'workflow.comment.noAction': 'Waarom geen corrigerende maatregel nodig is (paragraaf 10.2 b)',
  'workflow.comment.history': 'Opmerking voor de geschiedenis',
  'workflow.summary': '{type} {name}, rij {row}: {words}',
  'workflow.inWorkflow': 'In de workflow: {from} → {to}.',
  'workflow.action': 'Actie',
  'workflow.notAllowedTitle': '{name}: deze statuswijziging is niet toegestaan',
  'workflow.keepReason': 'Reden om haar toch te behouden',
  'workflow.keepHint': 'Vastgelegd in het geschiedenisblad, voor de auditor.',
  'workflow.keepMissing': 'Schrijf waarom de wijziging blijft.',
  'workflow.recording': 'Vastleggen van de wijziging',
  'workflow.undo': 'Wijziging ongedaan maken',
  'workflow.keep': 'Toch behouden',
  'workflow.missing': 'Ontbreekt: {fields}.',
  'workflow.itemTitle': '{name}, rij {row}: {words}',
  'workflow.origin.local': 'gewijzigd in deze werkmap (geplakt, doorgevoerd of getypt)',
  'workflow.origin.remote': 'gewijzigd door een medeauteur',
  'workflow.origin.reconciliation': 'als gewijzigd gevonden toen de invoegtoepassing het register vergeleek',
  'workflow.fillIn': 'Invullen',
  'workflow.review': 'Bekijken',
  'workflow.goToRow': 'Naar rij',
  'workflow.acceptAsIs': 'Zo aanvaarden',
  'workflow.acceptWhy': 'Waarom zo aanvaarden?',
  'workflow.acceptHint': 'Vastgelegd in het geschiedenisblad als niet conform de workflow.',
  'workflow.acceptMissing': 'Schrijf een reden: die gaat in de geschiedenis.',
  'workflow.accept': 'Aanvaarden',
  'workflow.accepting': 'Aanvaarden van de wijziging',
  'workflow.headline.gates':
    '{count, plural, one {# actie kreeg een andere status zonder de vereiste velden} other {# acties kregen een andere status zonder de vereiste velden}}',
  'workflow.headline.notAllowed':
    '{count, plural, one {# actie kreeg een status die de workflow niet toestaat} other {# acties kregen een status die de workflow niet toestaat}}',
  'workflow.headline.mixed':
    '{count, plural, one {# statuswijziging vraagt uw aandacht} other {# statuswijzigingen vragen uw aandacht}}',
  'workflow.banner': 'Af te ronden statuswijzigingen',
  'workflow.showList': 'Lijst tonen',
  'workflow.hideList': 'Lijst verbergen',
  'workflow.showMore': 'Nog {page, number} tonen ({hidden, number} verborgen)',
  'workflow.whyChain': 'Waarom-keten',
  'workflow.whyHint': 'Begin bij wat er misging; beantwoord elk ‘Waarom?’ over het vorige antwoord.',
  'workflow.why': 'Waarom? ({n, number} van {total, number})',

  // Due soon: dates by owner, the calendar export, the evidence sheet, the target-date policy, re-checks
  'due.heading': 'Binnenkort',
  'due.intro':
    'Streefdatums, voortgangsreviews, doeltreffendheidscontroles en hercontroles die eraan komen of verstreken zijn, per eigenaar.',
  'due.within': 'Binnen (dagen)',
  'due.withinHint': 'Datums tot zoveel dagen vooruit, en elke verstreken datum.',
  'due.escalateAfter': 'Escaleren na (dagen)',
  'due.escalateHint': 'Datums die meer dan dit verstreken zijn, worden geëscaleerd.',
  'due.show': 'Binnenkort tonen',
  'due.reading': 'Lezen van de datums',
  'due.nothing':
    'Niets vervalt binnen {within, plural, one {# dag} other {# dagen}} en niets is achterstallig (per {asOf}).',
  'due.summary':
    '{total, plural, one {# datum} other {# datums}} voor {owners, plural, one {# eigenaar} other {# eigenaren}} (per {asOf}): {dueSoon, number} binnenkort, {overdue, number} achterstallig, {escalate, number} te escaleren (meer dan {after, plural, one {# dag} other {# dagen}} achterstallig).',
  'due.state.escalate': 'Escaleren',
  'due.state.overdue': 'Achterstallig',
  'due.state.due-soon': 'Binnenkort',
  'due.kind.target': 'Streefdatum',
  'due.kind.review': 'Voortgangsreview',
  'due.kind.effectiveness-check': 'Doeltreffendheidscontrole',
  'due.kind.recheck': 'Hercontrole',
  'due.item': '{kind} {date}, {when}',
  'due.today': 'vandaag',
  'due.inDays': '{days, plural, one {over # dag} other {over # dagen}}',
  'due.daysLate': '{days, plural, one {# dag te laat} other {# dagen te laat}}',
  'due.calendar': 'Agenda',
  'due.calendarIntro':
    'De datums van de open acties als agenda-items, met een herinnering en de eigenaar als deelnemer als zijn cel een e-mailadres bevat.',
  'due.reminder': 'Herinnering (dagen vooraf)',
  'due.reminderHint': 'Wanneer de herinnering afgaat; 0 op de dag zelf.',
  'due.export': 'Naar agenda exporteren',
  'due.makingCalendar': 'Maken van het agendabestand',
  'due.evidence': 'Bewijs voor de auditor',
  'due.evidenceIntro':
    'Het spoor van elke non-conformiteit volgens ISO 27001 paragraaf 10.2 (a–g) op een nieuw, gedateerd blad, met de hiaten gemarkeerd. Bestaande bladen worden nooit vervangen.',
  'due.writeEvidence': 'Bewijsblad schrijven',
  'due.writingEvidence': 'Schrijven van het bewijsblad',
  'due.evidenceCreated':
    'Blad ‘{sheet}’ gemaakt: {ncs, plural, one {# non-conformiteit} other {# non-conformiteiten}}, {gaps, number} met hiaten.',
  'due.wholeDays': 'Voer een geheel aantal dagen in van 0 tot {max, number}.',
  'due.downloaded':
    '{file} gedownload: {events, plural, one {# afspraak} other {# afspraken}}. Importeer het in Outlook, Google of Apple Agenda; een latere export importeren werkt dezelfde afspraken bij in plaats van kopieën toe te voegen.',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Houdt uw verbeterplan volgens ISO/IEC 27001 — afwijkingen en verbeterkansen — bij in uw eigen Excel-werkmap: controleert het register, bewaakt de statusworkflow, vraagt naar de oorzaak wanneer een afwijking wordt gesloten en schrijft de samenvatting voor de directiebeoordeling.',
  'landing.outside':
    'Dit is het taakvenster van de invoegtoepassing, geopend buiten Excel. Het werkt in Excel, op de werkmap met uw register; hier is er niets om mee te werken.',
  'landing.install': 'Installeren in Excel',
  'landing.install.windows':
    'Excel voor Windows: Start › Invoegtoepassingen, dan Improvement Plan onder „Beheerd door beheerder” of „Mijn invoegtoepassingen”. Een beheerder kan het manifest ook delen vanuit een netwerkmap (Bestand › Opties › Vertrouwenscentrum › Catalogi met vertrouwde invoegtoepassingen).',
  'landing.install.mac':
    'Excel voor Mac: Start › Invoegtoepassingen, dan Improvement Plan onder „Beheerd door beheerder” of „Mijn invoegtoepassingen”; of kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ en start Excel opnieuw.',
  'landing.install.web':
    'Excel voor het web: open een werkmap, dan Start › Invoegtoepassingen › Meer invoegtoepassingen › Mijn invoegtoepassingen › Mijn invoegtoepassing uploaden, en kies manifest.xml.',
  'landing.install.admin':
    'Beheerders rollen het voor iedereen uit via het Microsoft 365-beheercentrum (Instellingen › Geïntegreerde apps › Aangepaste apps uploaden) met de manifest.xml die naast deze pagina is gepubliceerd.',
  'landing.open': 'Kies daarna in een werkmap Start › Improvement Plan openen.',
  'landing.help': 'Help, privacy en voorwaarden',
  'landing.playground': 'Probeer het zonder Excel: de speeltuin',
  'startup.openWithWorkbook': 'Openen met deze werkmap',
  'startup.hint':
    'Opent Improvement Plan telkens wanneer deze werkmap wordt geopend, voor iedereen die hem opent.',
  'startup.unavailable':
    'Deze Excel kan geen invoegtoepassingen met een werkmap openen (de gedeelde runtime, SharedRuntime 1.1, ontbreekt).',
  'startup.failed': 'De instelling kon niet worden opgeslagen. Probeer het opnieuw.',
  'platform.unsupported': 'Niet beschikbaar in deze Excel: vereist {set} {version}.',
  // The target-date policy and re-checks (Due soon)
  'policy.heading': 'Streefdatumbeleid',
  'policy.stored': 'Het beleid dat in deze werkmap is opgeslagen.',
  'policy.default': 'Het standaardbeleid (er is geen opgeslagen in deze werkmap).',
  'policy.explain':
    'Het maximale aantal dagen van de datum geopend tot de streefdatum; met ook een prioriteit geldt de strengste grens. Leeg: geen grens.',
  'policy.recheckExplain':
    'Een als doeltreffend gesloten non-conformiteit wordt zoveel dagen later opnieuw gecontroleerd (leeg: geen hercontroles).',
  'policy.days': '{label} (dagen)',
  'policy.noLimit': 'geen grens',
  'policy.save': 'Beleid opslaan',
  'policy.useDefaults': 'Standaardwaarden gebruiken',
  'policy.type:nc': 'Non-conformiteit (niet ingedeeld)',
  'policy.priority:critical': 'Prioriteit kritiek',
  'policy.priority:high': 'Prioriteit hoog',
  'policy.priority:medium': 'Prioriteit gemiddeld',
  'policy.priority:low': 'Prioriteit laag',
  'policy.recheck': 'Hercontrole na sluiting',
  'policy.wholeDays':
    'Voer een geheel aantal dagen in van 1 tot {max, number}, of laat het leeg voor geen limiet.',
  'policy.notSaved': 'Niet opgeslagen: {problems}.',
  'policy.defaultsAgain': 'Het standaardbeleid geldt weer.',
  'policy.saved':
    'Opgeslagen in de werkmap naast de koppeling: de validatie hier en op de opdrachtregel gebruikt het.',
  'recheck.stillEffectiveLabel': 'Hercontrole van {name}: nog steeds doeltreffend',
  'recheck.stillEffective': 'Nog doeltreffend',
  'recheck.notEffectiveLabel': 'Hercontrole van {name}: niet doeltreffend',
  'recheck.notEffective': 'Niet doeltreffend…',
  'recheck.why': 'Waarom is {name} niet doeltreffend? (wordt heropend)',
  'recheck.reopen': 'Heropenen',
  'recheck.sayWhy':
    'Zeg waarom ze niet doeltreffend is: het geschiedenisblad legt het vast met de heropening.',
  'recheck.recorded': 'Hercontrole van rij {row} als doeltreffend vastgelegd in het geschiedenisblad.',
  'recheck.reopened': 'Rij {row} heropend (status analyse) met de reden, in het geschiedenisblad.',
  // The Register view (the sheet and its buttons)
  'register.heading': 'Register',
  'register.finding': 'Zoeken van het register',
  'register.including': 'Opnemen van het register',
  'register.save': 'Koppeling opslaan',
  'register.setup': 'Register inrichten / herstellen…',
  'register.new': 'Nieuw register',
  'register.detectAgain': 'Opnieuw herkennen',
  'register.listingSetup': 'Opsommen wat de inrichting schrijft',
  'register.missingColumns':
    'De workflow heeft kolommen nodig die dit register niet heeft: {columns}. Ze kunnen als nieuwe kopcellen rechts van uw laatste kolom worden toegevoegd; niets wat u typte verschuift.',
  'register.addColumns': '{count, plural, one {# kolom} other {# kolommen}} toevoegen',
  'register.settingUp': 'Inrichten van het register',
  'register.creating': 'Maken van een nieuw register',
  'register.saving': 'Opslaan van de koppeling',
  'register.listingSheets': 'Opsommen van de bladen',
  'register.readThisSheet': 'Dit blad als register lezen',
  'register.chooseSheet': 'Kies een blad',
  'register.useSheet': 'Dit blad gebruiken',
  // The Register view: list, summary, mapping, words, set-up preview, notices
  'register.cannotInclude': 'Dit deelvenster kan niet meerdere registers samen lezen.',
  'register.cannotPreview': 'Dit deelvenster kan de cellen niet opsommen voordat het ze schrijft.',
  'register.includedNotice':
    '“{sheet}” is opgenomen: {count, plural, one {# register wordt} other {# registers worden}} samen gelezen.',
  'register.leftOutNotice':
    '“{sheet}” is weggelaten; {count, plural, one {één register wordt} other {# registers worden}} gelezen.',
  'register.mappingSaved':
    'Koppeling opgeslagen in de werkmap. Iedereen die hem met de invoegtoepassing opent, leest het register op dezelfde manier.',
  'register.nowReading': 'Het blad “{sheet}” wordt nu als register gelezen.',
  'register.nowUsing': 'Het blad “{sheet}” wordt nu gebruikt.',
  'register.setUpNotice':
    'Register ingericht: {validations, plural, one {# keuzelijst} other {# keuzelijsten}} en {rules, plural, one {# markeringsregel} other {# markeringsregels}} geïnstalleerd. Geen enkele waarde die je typte is gewijzigd.',
  'register.addedColumns': 'De kolommen {columns} zijn rechts van de kop toegevoegd.',
  'register.createdNotice': 'Het blad “{sheet}” is gemaakt met een schone registertabel.',
  'register.list.heading': 'Registers in deze werkmap',
  'register.list.together':
    '{count, number} registers worden samen gelezen: één lijst met bevindingen en één samenvatting voor de directiebeoordeling; dezelfde actie in twee registers telt één keer.',
  'register.list.includeOthers':
    'Neem andere bladen op om ze samen met dit blad te lezen: één lijst met bevindingen en één samenvatting.',
  'register.sheetAndRow': '{sheet} (koprij {row})',
  'register.list.best': 'Beste overeenkomst',
  'register.list.stored': 'Koppeling opgeslagen',
  'register.list.shownBelow': 'Koppeling hieronder getoond',
  'register.list.showOf': 'Koppeling van {sheet} tonen',
  'register.list.show': 'Koppeling tonen',
  'register.summary.read':
    'We hebben “{sheet}” gelezen, koprij {row}, {rows, plural, one {# actie} other {# acties}}; {found, plural, one {# veld} other {# velden}} gevonden, {uncertain, number} onzeker, {missing, number} ontbrekend.',
  'register.summary.sheet': 'Blad',
  'register.summary.headerRow': 'Koprij',
  'register.summary.actions': 'Acties',
  'register.summary.mapping': 'Koppeling',
  'register.summary.saved': 'Opgeslagen in de werkmap',
  'register.summary.detected': 'Herkend, nog niet opgeslagen',
  'register.summary.others': 'Andere bladen die op registers lijken',
  'setup.title': 'De inrichting schrijft naar “{sheet}”:',
  'setup.dropdown': '{range}: een keuzelijst met woorden voor {field} ({values})',
  'setup.highlight': '{range}: een markering voor {purpose} ({field})',
  'setup.purpose.overdue': 'achterstallige acties',
  'setup.purpose.missing-required': 'ontbrekende eigenaar of streefdatum',
  'setup.header': '{address}: de kop “{header}” (alleen als de kolommen worden toegevoegd)',
  'setup.noValueChanged':
    'Geen enkele waarde die je typte wordt gewijzigd; een keuzelijst waarschuwt, maar weigert nooit een woord dat al in een cel staat.',
  'setup.write': 'Deze schrijven',
  'setup.writeAndAdd': 'Deze schrijven en {count, plural, one {# kolom} other {# kolommen}} toevoegen',
  'confidence.edited': 'Gewijzigd: nog niet opgeslagen',
  'confidence.override': 'Door jou ingesteld',
  'confidence.exact': 'Exacte overeenkomst',
  'confidence.alias': 'Waarschijnlijke overeenkomst',
  'confidence.fuzzy': 'Gok: controleer het',
  'confidence.content': 'Gevonden aan de cellen: controleer het',
  'confidence.missing-required': 'Verplicht: niet gevonden',
  'confidence.missing': 'Niet gekoppeld',
  'words.heading': 'Te controleren woorden ({count, number})',
  'words.noColumns':
    'Het register heeft geen kolom {status}, {type} of {source}, dus er zijn geen woorden te controleren. Koppel hieronder een kolom als die onder een andere naam bestaat.',
  'words.allUnderstood':
    'Elk woord in {count, plural, one {de kolom} other {de kolommen}} {columns} is begrepen.',
  'words.kind.effectiveness': 'Doeltreffendheid',
  'words.effectiveness.effective': 'Doeltreffend',
  'words.effectiveness.partially-effective': 'Gedeeltelijk doeltreffend',
  'words.effectiveness.not-effective': 'Niet doeltreffend',
  'words.label': 'Woord voor {kind} “{word}”',
  'words.choose': 'Kies wat het betekent',
  'mapping.heading': 'Kolommen',
  'mapping.allCertain':
    'Elk veld dat de invoegtoepassing nodig heeft, is met zekerheid gevonden. Toon alle kolommen om er een te controleren of te wijzigen.',
  'mapping.toCheck':
    '{count, plural, one {# veld} other {# velden}} hieronder te controleren; de andere zijn met zekerheid gevonden.',
  'mapping.headerRowHint': 'De rij van het blad met de kolomkoppen.',
  'mapping.lastRow': 'Laatste rij van de acties',
  'mapping.lastRowSet': 'Door jou ingesteld. Maak het leeg om het einde van de tabel opnieuw te vinden.',
  'mapping.lastRowFound': 'Gevonden: rij {row}. Typ een rij om daar te stoppen.',
  'mapping.lastRowFoundEnd': 'Gevonden: rij {row} ({end}). Typ een rij om daar te stoppen.',
  'mapping.showAll': 'Alle kolommen tonen',
  'mapping.badOverride':
    'De opgeslagen koppeling noemt “{target}” voor {field}, maar de koprij heeft zo’n kolom niet.',
  'mapping.sure': '{percent} zeker',
  'mapping.nextBest': 'op één na beste: {letter} “{header}”',
  'mapping.why': 'Waarom deze kolom? {why}.',
  'mapping.noColumn': 'Geen kolom (automatisch herkennen)',
};
