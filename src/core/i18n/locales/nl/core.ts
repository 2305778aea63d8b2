import { shared } from './shared';
import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
  ...shared,
  'language.name': 'Nederlands',

  'finding.label.id': '{id} (rij {row})',
  'finding.label.row': 'Rij {row}',

  'finding.ambiguous-date':
    '{label}: {field} "{text}" kan {read} of {other} zijn; gelezen als {read}. Voer het in als echte datum of als jjjj-mm-dd.',
  'finding.blame-only-root-cause':
    '{label}: de grondoorzaak "{cause}" noemt alleen een persoon. Vraag waarom het mogelijk was (5 x waarom): welk proces, hulpmiddel, welke training of beheersmaatregel liet het toe?',
  'finding.closed-without-date':
    '{label} is afgesloten maar heeft geen afsluitdatum. Leg vast wanneer het is afgesloten.',
  'finding.closed-without-evidence':
    '{label} is afgesloten zonder bewijs. Voeg een link of documentverwijzing toe die een auditor kan controleren.',
  'finding.column-missing':
    'Het register heeft {parts}. Koppel een bestaande kolom aan het veld, of voeg de kolommen toe ("Register inrichten / herstellen" in de invoegtoepassing voegt ze in één keer toe).',
  'finding.column-missing.main':
    'geen kolom {fields}, dus de controles die die nodig hebben worden overgeslagen',
  'finding.column-missing.type-default':
    'geen kolom Type: elke rij wordt behandeld als {type} omdat {reason}',
  'finding.column-missing.type-unknown':
    'geen kolom Type: de rijen zijn acties van onbekend type, en de controles die alleen voor afwijkingen of verbeterkansen gelden worden overgeslagen',
  'finding.column-missing.gates': 'geen kolom voor de workflowstappen {gates}',
  'finding.column-missing.gate': '{field} (voor {states})',
  'finding.date-order.target-before-raised':
    '{label}: de streefdatum {target} ligt vóór de registratiedatum {raised}. Corrigeer een van beide.',
  'finding.date-order.completed-before-raised':
    '{label}: uitgevoerd op {completed}, vóór de registratie ({raised}). Corrigeer een van de datums.',
  'finding.date-order.closed-before-raised':
    '{label}: afgesloten op {closed}, vóór de registratie ({raised}). Corrigeer een van de datums.',
  'finding.date-order.closed-in-future':
    '{label}: de afsluitdatum {closed} ligt in de toekomst. Een actie kan alleen vandaag of eerder worden afgesloten.',
  'finding.duplicate-id':
    'ID "{id}" wordt al gebruikt in rij {first}. Geef deze actie een nieuwe, ongebruikte ID.',
  'finding.effectiveness-check-overdue':
    '{label} is uitgevoerd, maar de doeltreffendheidscontrole is {late, plural, one {# dag} other {# dagen}} te laat (gepland {due}) en er is geen resultaat vastgelegd. Controleer of de corrigerende maatregel heeft gewerkt en leg het resultaat vast (clausule 10.2 d), of spreek een nieuwe controledatum af.',
  'finding.gate-missing-field':
    '{label} heeft {cancel, select, yes {een reden voor annulering (in Opmerkingen)} other {{field}}} nodig voor {passed, select, yes {de doorlopen stap {state}} other {de status ({state})}}. Vul het in, of zet de actie terug.',
  'finding.invalid-date': '{label}: {field} — {reason}. Voer een echte datum in (bijvoorbeeld 2026-03-31).',
  'finding.legacy-2013-requirement':
    '{label}: {ref} is een beheersmaatregel uit ISO/IEC 27001:2013; in de editie 2022 is dat {mapped, select, no {geen enkele afzonderlijke beheersmaatregel} other {{to}}}. Werk de verwijzing bij de volgende herziening bij.',
  'finding.missing-id':
    'Rij {row} heeft geen actiereferentie. Geef het een unieke ID die nooit eerder is gebruikt.',
  'finding.missing-owner':
    '{label} staat open maar heeft geen eigenaar. Wijs de verantwoordelijke persoon aan.',
  'finding.missing-target-date':
    '{label} staat open maar heeft geen streefdatum. Spreek een datum af met de eigenaar.',
  'finding.missing-target-review-date':
    '{label} staat open maar heeft geen reviewdatum. Plan de datum van de volgende voortgangsreview.',
  'finding.nc-closed-without-effectiveness.result':
    '{label} is een afgesloten afwijking, maar het resultaat van de doeltreffendheidscontrole is "{word}", niet doeltreffend. Sluit het pas af als de actie doeltreffend is bevonden (clausule 10.2 d), of heropen het.',
  'finding.nc-closed-without-effectiveness.none':
    '{label} is een afgesloten afwijking zonder resultaat van de doeltreffendheidscontrole. Leg vast of de corrigerende maatregel doeltreffend was (clausule 10.2 d).',
  'finding.nc-closed-without-effectiveness.verifier':
    '{label} is een afgesloten afwijking, maar niemand is vastgelegd als degene die de doeltreffendheid heeft geverifieerd. Noem de verificateur.',
  'finding.nc-closed-without-root-cause':
    '{label} is een afgesloten afwijking, maar de grondoorzaak {said, select, yes {zegt alleen "{raw}"} other {is leeg}}. Leg de gevonden oorzaak vast (clausule 10.2 b), of heropen de actie.',
  'finding.ofi-closed-without-remediation':
    '{label} is {kind, select, ofi {een afgesloten verbeterkans} other {een afgesloten observatie}} zonder vastgelegde uitvoering. Beschrijf wat er is gedaan, of heropen het.',
  'finding.overdue':
    '{label} is {days, plural, one {# dag} other {# dagen}} over tijd (streefdatum {target}). Herinner de eigenaar, of spreek een nieuwe streefdatum af en leg die vast.',
  'finding.overdue.flag':
    '{label} is over tijd volgens de eigen kolom "{header}" van het register; zonder streefdatum is niet te zeggen hoeveel. Herinner de eigenaar en leg een streefdatum vast.',
  'finding.recurring-nc':
    '{label} kan een eerdere afwijking uit de 12 maanden ervoor herhalen: {links}. Controleer of de eerdere corrigerende maatregel de oorzaak heeft weggenomen, en of soortgelijke afwijkingen elders kunnen optreden (clausule 10.2 b 3).',
  'finding.recurring-nc.link': '{name} ({reasons})',
  'finding.recurring-nc.row': 'rij {row}',
  'finding.recurring-nc.requirement': 'dezelfde eis {refs}',
  'finding.recurring-nc.title': 'vergelijkbare titel',
  'finding.recurring-nc.cause': 'dezelfde oorzaakcategorie {causes}',
  'finding.review-overdue':
    '{label}: de voortgangsreview stond gepland op {review}. Review de actie en plan de volgende reviewdatum.',
  'finding.status-is-overdue':
    '{label}: "{word}" wordt als status gebruikt. Over tijd volgt uit de streefdatum; zet de echte status (bijvoorbeeld in uitvoering). De rij telt als open.',
  'finding.target-beyond-policy':
    '{label}: de streefdatum {target} ligt {days, plural, one {# dag} other {# dagen}} na de registratie ({raised}); het streefdatumbeleid staat {limit, plural, one {# dag} other {# dagen}} toe voor {because}, dus uiterlijk {latest}. Vervroeg de streefdatum, of leg vast waarom het langer duurt.',
  'finding.policy.major-nc': 'een grote afwijking',
  'finding.policy.minor-nc': 'een kleine afwijking',
  'finding.policy.nc': 'een afwijking',
  'finding.policy.observation': 'een observatie',
  'finding.policy.ofi': 'een verbeterkans',
  'finding.policy.priority': 'prioriteit {priority}',
  'priority.critical': 'kritiek',
  'priority.high': 'hoog',
  'priority.medium': 'middel',
  'priority.low': 'laag',
  'finding.target-missing-suggested':
    '{label}: het streefdatumbeleid stelt {suggested} voor als streefdatum ({limit, plural, one {# dag} other {# dagen}} voor {because}, vanaf de registratie op {raised}).{passed, select, yes { Die datum is al verstreken: spreek snel een datum af met de eigenaar.} other {}}',
  'finding.unknown-requirement':
    '{label}: "{ref}" is geen clausule van ISO/IEC 27001:2022 en geen beheersmaatregel uit bijlage A. Gebruik een clausule zoals 9.2 of een beheersmaatregel zoals A.5.15.',
  'finding.unknown-status':
    '{label}{count, plural, offset:1 =1 {} other { en # andere}}: status "{word}" wordt niet herkend ({count, plural, =1 {rij {rows}} other {# rijen: {rows}}}). Koppel "{word}" eenmaal aan een van {states} (opdrachtregel: --status-map "{word}=in-progress"), of gebruik de eigen statuswoorden van het register.',
  'finding.unknown-status.blank':
    '{label}{count, plural, offset:1 =1 {} other { en # andere}}: geen status ({count, plural, =1 {rij {rows}} other {# rijen: {rows}}}). Geef elke actie een status (bijvoorbeeld het woord van het register voor nieuw of open).',
  'finding.unknown-type':
    '{label}{count, plural, offset:1 =1 {} other { en # andere}}: type "{word}" wordt niet herkend ({count, plural, =1 {rij {rows}} other {# rijen: {rows}}}). Koppel "{word}" eenmaal aan een van {types} (opdrachtregel: --type-map "{word}=minor-nc").',
  'finding.unknown-type.blank':
    '{label}{count, plural, offset:1 =1 {} other { en # andere}}: geen type ({count, plural, =1 {rij {rows}} other {# rijen: {rows}}}). Geef aan of het een grote of kleine afwijking, een observatie of een verbeterkans is.',
  'finding.unknown-source':
    '{label}{count, plural, offset:1 =1 {} other { en # andere}}: bron "{word}" wordt niet herkend ({count, plural, =1 {rij {rows}} other {# rijen: {rows}}}), dus de directiebeoordeling telt die als onbekend. Koppel het eenmaal aan een van {sources} (opdrachtregel: --source-map "{word}=internal-audit").',
  'finding.recheck-overdue':
    '{label} is als doeltreffend afgesloten, maar de hercontrole is {late, plural, one {# dag} other {# dagen}} te laat (gepland op {due}). Controleer of de corrigerende maatregel nog werkt en leg het resultaat van de hercontrole vast: doeltreffend, of niet doeltreffend om hem te heropenen (clausule 10.2 d, e).',
  'finding.header-not-found':
    'In de eerste 60 rijen is geen kopregel met genoeg bekende kolommen (ID, Type, Status, Eigenaar, Streefdatum, …) gevonden. Kies de kopregel of koppel de kolommen met de hand.',
  'finding.header-not-found.row':
    'Rij {headerRow} lijkt niet op de kopregel van een register: geen van de cellen noemt een bekende kolom (ID, Type, Status, Eigenaar, Streefdatum, …). Kies een andere kopregel of koppel de kolommen met de hand.',
  'finding.duplicate-across-registers':
    'Dezelfde actie als „{sheet}” rij {otherRow} van {file} ({because, select, id {zelfde ID} other {zelfde titel en zelfde eis}}){changed, select, yes { (daar {there}, hier {here})} other {}}: één keer geteld, daar. Houd haar in één register bij, of geef beide een ander ID als het verschillende acties zijn.',
  'finding.not-calculated':
    '{label}: {field} is een formule die nooit is berekend ({address} heeft geen opgeslagen resultaat). Open het bestand in Excel en sla het op zodat het resultaat wordt bewaard, en voer het daarna opnieuw uit.',
  'finding.objective-missing-measure.none':
    'Doelstelling „{name}” zegt niets over hoe ze wordt gemeten. Voeg een kolom Meetwaarde (KPI) toe (clausule 6.2 b).',
  'finding.objective-missing-measure':
    'Doelstelling „{name}” heeft geen meetwaarde: geef aan hoe ze wordt gemeten (clausule 6.2 b).',
  'finding.objective-missing-target.text':
    'Doelstelling „{name}”: de streefwaarde „{text}” is geen getal, dus of ze is gehaald valt niet te zeggen. Schrijf haar als waarde, zoals 95% of ≤ 5.',
  'finding.objective-missing-target':
    'Doelstelling „{name}” heeft geen streefwaarde: zonder streefwaarde kan niemand zeggen of ze is gehaald.',
  'finding.objective-missing-owner':
    'Doelstelling „{name}” heeft geen eigenaar: wijs aan wie verantwoordelijk is (clausule 6.2 h).',
  'finding.objective-missing-due-date.text':
    'Doelstelling „{name}”: „{text}” is geen datum. Geef de datum waarop ze bereikt moet zijn (clausule 6.2 i).',
  'finding.objective-missing-due-date':
    'Doelstelling „{name}” heeft geen einddatum: geef aan wanneer ze bereikt wordt (clausule 6.2 i).',
  'finding.objective-measurement-overdue':
    'Doelstelling „{name}” is voor het laatst gemeten voor {latest}; ze wordt ongeveer elke {cadence} dagen gemeten, dus nieuwere cijfers zijn nodig. Leg ze vast.',
  'finding.objective-measurement-overdue.none':
    'Doelstelling „{name}” heeft nog geen meting, hoewel de eerste periode ({due}) voorbij is. Leg die vast.',
  'finding.objective-missed':
    'Doelstelling „{name}” moest op {due} bereikt zijn en de laatste meting haalt de streefwaarde {goal} niet.',
  'finding.verifier-is-owner':
    '{label} is door de eigen eigenaar geverifieerd. Een onafhankelijke controle (een andere persoon, of de interne audit) is sterker bewijs.',

  'cli.head':
    '{file}: blad "{sheet}", kopregel op rij {headerRow}, {rows, plural, one {# actierij} other {# actierijen}} onder de kopregel.',
  'cli.counts':
    '{errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}, {infos} info in {rows, plural, one {# actierij} other {# actierijen}} (per {asOf}).',
  'cli.counts.none':
    'Geen bevindingen in {rows, plural, one {# actierij} other {# actierijen}} (per {asOf}).',
  'cli.counts.hidden.warnings': ' Waarschuwingen en info niet getoond (--min-severity {min}).',
  'cli.counts.hidden.info': ' Info niet getoond (--min-severity {min}).',
  'cli.group.error': '{count, plural, one {# fout} other {# fouten}}',
  'cli.group.warning': '{count, plural, one {# waarschuwing} other {# waarschuwingen}}',
  'cli.group.info': '{count, plural, other {# info}}',
  'cli.rows': '{count, plural, one {rij} other {rijen}} {rows}',
  'cli.rows.more': '{shown}, … en nog {rest} (--format csv toont elke rij)',
  'cli.example': 'bijv. {message}',
  'cli.markdown.title': 'Registercontrole: {file}',
  'cli.markdown.sheet': 'Blad "{sheet}", {counts}',
  'cli.markdown.error': 'Fouten',
  'cli.markdown.warning': 'Waarschuwingen',
  'cli.markdown.info': 'Info',
  'cli.review-overdue-too':
    ' Ook de voortgangsreview is over tijd{due, select, none {} other { (gepland {due})}}.',
  'finding.column-missing.cli':
    'Het register heeft {parts}. Koppel een bestaande kolom met --map veld="Kop" (of "fields" in --config plan.json), of voeg de kolommen toe aan het blad; improvement-plan init toont alle kolommen.',

  'cli.figures.title': 'Cijfers voor de directiebeoordeling, periode {from} tot {to}, per {asOf}:',
  'cli.figures.unknown': 'Onbekend — {note}',
  'cli.figures.byStatus': 'Per status:',
  'cli.figures.byType': 'Per type:',
  'cli.figures.bySource': 'Per bron:',
  'cli.figures.age':
    'Leeftijd van open acties (dagen): 0-30 {a}, 31-60 {b}, 61-90 {c}, 90+ {d}{unknown, select, 0 {} other {, zonder geldige registratiedatum {unknown}}}',
  'cli.figures.lateChecks': 'Doeltreffendheidscontroles over tijd (10.2 d): {count} — ',
  'cli.figures.daysLate': '{who} {days, plural, one {# dag} other {# dagen}} te laat',
  'cli.figures.more': 'en nog {count}',
  'cli.due.none': 'Niets vervalt binnen {within} dagen en niets is te laat (per {asOf}).',
  'cli.due.summary':
    '{total, plural, one {# datum vervalt} other {# datums vervallen}} binnen {within} dagen of zijn verstreken, voor {owners, plural, one {# eigenaar} other {# eigenaren}} (per {asOf}): {soon} binnenkort, {overdue} te laat, {escalate} meer dan {after} dagen te laat (escaleren).',
  'cli.due.no-owner': '(geen eigenaar)',
  'cli.due.state.due-soon': 'vervalt',
  'cli.due.state.overdue': 'TE LAAT',
  'cli.due.state.escalate': 'ESCALEREN',
  'cli.due.today': 'vandaag',
  'cli.due.in': 'over {days, plural, one {# dag} other {# dagen}}',
  'cli.due.late': '{days, plural, one {# dag} other {# dagen}} te laat',
  'cli.due.kind.target': 'streefdatum',
  'cli.due.kind.review': 'voortgangscontrole',
  'cli.due.kind.effectiveness-check': 'doeltreffendheidscontrole',
  'cli.due.kind.recheck': 'hercontrole',
  'cli.evidence.none': 'Geen afwijking in het register (per {asOf}).',
  'cli.evidence.summary':
    '{ncs, plural, one {# afwijking} other {# afwijkingen}} (per {asOf}): {complete} met een volledig 10.2-spoor voor de bereikte fase, {withGaps} met hiaten.',
  'cli.evidence.nc': '{name} (rij {row}, {status})',
  'cli.evidence.wrote':
    '{out} geschreven: een kopie van {file} met het blad „{sheet}” erbij. Het invoerbestand is niet gewijzigd.',
  'cli.evidence.hint':
    "Voeg --out '<evidence.xlsx>' toe om het hele spoor te schrijven als blad dat een auditor kan meenemen.",
  'cli.calendar.wrote':
    '{out} geschreven: {events, plural, one {# afspraak} other {# afspraken}} — {target, plural, one {# streefdatum} other {# streefdatums}}, {review, plural, one {# voortgangscontrole} other {# voortgangscontroles}}, {checks, plural, one {# doeltreffendheidscontrole} other {# doeltreffendheidscontroles}}{recheck, plural, =0 {} one {, # hercontrole} other {, # hercontroles}} ({attendees} met de eigenaar als deelnemer). Opnieuw importeren werkt deze afspraken bij in plaats van kopieën toe te voegen.',
  'cli.review.hint':
    "Voeg --out '<beoordeling.xlsx>' toe om deze cijfers als blad voor de directiebeoordeling te schrijven.",
  'cli.todo.missing-id': 'Geef elke actie een ID',
  'cli.todo.duplicate-id': 'Geef elke actie een eigen ID',
  'cli.todo.missing-owner': 'Wijs voor elke open actie een eigenaar aan',
  'cli.todo.missing-target-date': 'Zet een streefdatum op elke open actie',
  'cli.todo.missing-target-review-date': 'Zet een volgende reviewdatum op elke open actie',
  'cli.todo.unknown-status': 'Koppel of corrigeer de statuswoorden',
  'cli.todo.unknown-type': 'Koppel of corrigeer de typewoorden',
  'cli.todo.unknown-source': 'Koppel of corrigeer de bronwoorden',
  'cli.todo.invalid-date': 'Corrigeer de cellen die geen datum zijn',
  'cli.todo.not-calculated': 'Open het bestand in Excel en sla het op, zodat de formules waarden hebben',
  'cli.todo.ambiguous-date': 'Schrijf dubbelzinnige datums als jjjj-mm-dd of als datumcellen',
  'cli.todo.date-order': 'Corrigeer datums die niet op volgorde staan',
  'cli.todo.nc-closed-without-root-cause':
    'Leg de grondoorzaak van afgesloten afwijkingen vast, of heropen ze (10.2 b)',
  'cli.todo.nc-closed-without-effectiveness':
    'Leg een doeltreffende, geverifieerde doeltreffendheidscontrole vast, of heropen (10.2 d)',
  'cli.todo.ofi-closed-without-remediation': 'Leg de uitvoering van afgesloten verbeterkansen vast',
  'cli.todo.gate-missing-field': 'Vul de velden in die de huidige status vereist',
  'cli.todo.closed-without-date': 'Leg de afsluitdatum vast',
  'cli.todo.closed-without-evidence': 'Koppel het bewijs van afgesloten acties',
  'cli.todo.overdue': 'Herinner de eigenaren van acties over tijd, of spreek nieuwe streefdatums af',
  'cli.todo.review-overdue': 'Review de acties waarvan de voortgangsreview verlopen is',
  'cli.todo.status-is-overdue': 'Vervang "Over tijd" als status door de echte status',
  'cli.todo.unknown-requirement': 'Corrigeer verwijzingen naar eisen die niet in ISO/IEC 27001:2022 staan',
  'cli.todo.legacy-2013-requirement':
    'Werk verwijzingen naar beheersmaatregelen uit 2013 bij naar die van 2022',
  'cli.todo.verifier-is-owner': 'Laat iemand anders dan de eigenaar de doeltreffendheid verifiëren',
  'cli.todo.effectiveness-check-overdue': 'Controleer nu de doeltreffendheid van uitgevoerde afwijkingen',
  'cli.todo.recurring-nc': 'Bekijk afwijkingen die terugkeren',
  'cli.todo.target-beyond-policy': 'Breng streefdatums binnen het streefdatumbeleid, of leg vast waarom niet',
  'cli.todo.target-missing-suggested': 'Zet de streefdatums die het beleid voorstelt',
  'cli.todo.blame-only-root-cause':
    'Zoek de oorzaak achter grondoorzaken die alleen een persoon de schuld geven',
  'cli.todo.column-missing': 'Koppel of voeg de ontbrekende kolommen toe',
  'cli.todo.duplicate-across-registers':
    'Houd elke actie in één register bij (de kopieën zijn één keer geteld)',
  'cli.todo.objective-missing-measure': 'Geef aan hoe elke doelstelling wordt gemeten (6.2 b)',
  'cli.todo.objective-missing-target': 'Stel voor elke doelstelling een streefwaarde vast',
  'cli.todo.objective-missing-owner': 'Wijs aan wie verantwoordelijk is voor elke doelstelling (6.2 h)',
  'cli.todo.objective-missing-due-date': 'Stel vast wanneer elke doelstelling gehaald moet zijn (6.2 i)',
  'cli.todo.objective-measurement-overdue':
    'Leg de metingen van doelstellingen vast die nu nodig zijn (6.2 e)',
  'cli.todo.objective-missed': 'Beoordeel de doelstellingen waarvan de datum onbehaald verstreek',

  'review.sheetName': 'Directiebeoordeling {date}',
  'review.title': 'Directiebeoordeling — continue verbetering (ISO/IEC 27001:2022 clausule 9.3)',
  'review.register': 'Register: {register}',
  'review.snapshot': 'Een momentopname van waarden, niet bijgewerkt als het register verandert.',
  'review.snapshot.since':
    'Een momentopname van waarden, niet bijgewerkt als het register verandert. De periode begint de dag na de vorige beoordeling ({date}).',
  'review.meeting': 'Vergadering',
  'review.meeting.date': 'Datum van de vergadering',
  'review.meeting.chair': 'Voorzitter',
  'review.meeting.attendees': 'Aanwezigen',
  'review.quality': 'Datakwaliteit — waar deze cijfers op rusten',
  'review.quality.errors.none': 'Fouten: geen.',
  'review.quality.errors': 'Fouten ({count}): {kinds}.',
  'review.quality.warnings.none': 'Waarschuwingen: geen.',
  'review.quality.warnings': 'Waarschuwingen ({count}): {kinds}.',
  'review.quality.where':
    ' Elke bevinding met haar rij: de weergave Bevindingen, of improvement-plan validate.',
  'review.quality.rowsNotRead': 'Rijen die niet gelezen konden worden: {list}.',
  'review.quality.rowsWith': '{rows} met {what}',
  'review.quality.noColumn': 'Velden zonder kolom: {fields}.',
  'review.figure.noneClosed': 'Geen afgesloten in de periode',
  'review.registers': 'Registers in deze beoordeling ({count})',
  'review.registers.noneMerged': 'Geen actie staat in twee registers.',
  'review.registers.merged':
    '{count, plural, one {# actie staat} other {# acties staan}} in twee registers: één keer geteld, in het eerst genoemde register (Samengevoegd: weggelaten kopieën; elk heeft een bevinding duplicate-across-registers).',
  'review.a.since': '(a) Sinds de vorige beoordeling ({date}, blad "{sheet}")',
  'review.a.title': '(a) Status van acties van vorige directiebeoordelingen',
  'review.a.first':
    'Er is geen eerder beoordelingsblad in deze werkmap gevonden: dit is de eerste beoordeling.',
  'review.a.openActions': 'Open acties',
  'review.a.overdueActions': 'Acties over tijd',
  'review.a.summary':
    'Sinds de vorige beoordeling: {raised} geregistreerd, {closed} afgesloten{unknownDate, select, 0 {} other { (en {unknownDate} afgesloten, datum onbekend)}}. Van de {overdueThen} die toen over tijd waren, zijn er {resolved} sindsdien afgesloten of geannuleerd en {still} nog steeds over tijd.',
  'review.a.decisions': 'Besluiten van de vorige beoordeling en hun status nu',
  'review.a.noDecisions': 'De vorige beoordeling heeft geen besluiten in haar tabel vastgelegd.',
  'review.a.slipped': 'Streefdatums verschoven sinds de vorige beoordeling',
  'review.a.noSlipped': 'Bij geen enkele open actie is de streefdatum naar later verschoven.',
  'review.a.reviewActions': 'Acties uit directiebeoordelingen',
  'review.a.reviewActions.count': '{total} in het register: {open} open, {closed} afgesloten of geannuleerd.',
  'review.b': '(b) Wijzigingen in externe en interne kwesties — in te vullen',
  'review.b.what':
    'Niet in het register. Vat wijzigingen in context, belanghebbenden en toepassingsgebied samen.',
  'review.c': '(c) Wijzigingen in behoeften en verwachtingen van belanghebbenden — in te vullen',
  'review.c.what': 'Niet in het register. Vat nieuwe of gewijzigde eisen samen.',
  'review.d1.status': '(d1) Afwijkingen en corrigerende maatregelen — status',
  'review.d1.overdueAsStatus': '"Over tijd" als status',
  'review.age.over90': 'meer dan 90',
  'review.age.unknown': 'registratiedatum onbekend',
  'review.chart.status': 'Acties per status',
  'review.d1.trend': '(d1) Trend — geregistreerd en afgesloten per maand',
  'review.chart.trend': 'Geregistreerd en afgesloten per maand',
  'review.d1.trendNote.raised': 'Geregistreerd: {note}; niet in de maanden hierboven.',
  'review.d1.trendNote.closed': 'Afgesloten: {note}; niet in de maanden hierboven.',
  'review.d1.recurring': '(d1) Terugkerende afwijkingen (clausule 10.2 b 3)',
  'review.d1.recurring.none': 'Geen afwijking met een geldige registratiedatum in de periode.',
  'review.d1.recurring.rate':
    '{recurring} van {ncs} afwijkingen uit de periode ({rate}) lijken op een afwijking uit de 12 maanden ervoor: dezelfde eis, een zeer vergelijkbare titel, of dezelfde oorzaakcategorie in hetzelfde eisengebied.',
  'review.ids.more': '{ids} en nog {count}',
  'review.d1.overdue': '(d1) Acties over tijd',
  'review.d1.overdue.unknown': 'Acties over tijd zijn niet te bepalen: {note}.',
  'review.d1.overdue.none': 'Geen open actie is voorbij haar streefdatum.',
  'review.flagged': 'gemarkeerd',
  'review.d1.checks':
    '(d1) Doeltreffendheidscontroles over tijd — uitgevoerd, nog geen resultaat (clausule 10.2 d)',
  'review.d1.rechecks':
    '(d1) Hercontroles over tijd — als doeltreffend afgesloten, hercontrole niet vastgelegd (clausule 10.2 d, e)',
  'review.d1.closed':
    '(d1) Afwijkingen afgesloten in de periode — grondoorzaak en doeltreffendheid (clausule 10.2)',
  'review.d1.closed.none': 'In de periode is geen afwijking afgesloten.',
  'review.d2': '(d2) Resultaten van monitoring en meting — in te vullen',
  'review.d2.what': 'Niet in het register. Voeg de resultaten van de ISMS-doelstellingen en indicatoren toe.',
  'review.d3': '(d3) Auditresultaten',
  'review.d3.line': 'Bevindingen uit interne en externe audits, open / afgesloten: {list}.',
  'review.d3.none': 'Geen open bevindingen uit interne of externe audits.',
  'review.d4.objectives': '(d4) Het voldoen aan informatiebeveiligingsdoelstellingen (clausule 6.2)',
  'review.d4': '(d4) Het voldoen aan informatiebeveiligingsdoelstellingen — in te vullen',
  'review.d4.what': 'Niet in het register. Geef aan of elke doelstelling is gehaald.',
  'review.e': '(e) Feedback van belanghebbenden — in te vullen',
  'review.e.what': 'Niet in het register. Vat klachten en feedback van klanten en toezichthouders samen.',
  'review.f': '(f) Resultaten van risicobeoordeling en status van het risicobehandelingsplan',
  'review.f.none': 'Geen open acties uit de risicobeoordeling.',
  'review.g': '(g) Kansen voor continue verbetering (open verbeterkansen)',
  'review.g.none': 'Geen open verbeterkansen.',
  'review.decisions': 'Besluiten en acties (clausule 9.3.3) — in te vullen tijdens de vergadering',
  'review.decisions.note':
    'Leg elk besluit vast met eigenaar en datum; neem het op in het register als actie (bron: directiebeoordeling) en noteer hier de ID, zodat de volgende beoordeling het kan opvolgen.',
  'review.signOff': 'Goedkeuring: goedgekeurd door (directie)',
  'review.generated': 'Gemaakt door Improvement Plan op {at}.',
  'review.more':
    '{shown} van {all} {what} getoond. Filter het register, of voer improvement-plan validate uit, voor de volledige lijst.',
  'review.what.decisions': 'besluiten',
  'review.what.slipped': 'verschoven streefdatums (meest verschoven eerst)',
  'review.what.reviewActions': 'open beoordelingsacties (langst over tijd eerst)',
  'review.what.groups': 'groepen (grootste eerst); elke afwijking heeft een bevinding recurring-nc',
  'review.what.overdue': 'acties over tijd (langst over tijd eerst)',
  'review.what.lateChecks': 'te late doeltreffendheidscontroles (langst over tijd eerst)',
  'review.what.lateRechecks': 'te late hercontroles (langst over tijd eerst)',
  'review.what.ncsClosed': 'afwijkingen afgesloten in de periode (niet doeltreffend eerst, dan de laatste)',
  'review.what.audit': 'open auditbevindingen (langst over tijd eerst)',
  'review.what.risk': 'open risicobehandelingsacties (langst over tijd eerst)',
  'review.what.ofis': 'open verbeterkansen (langst over tijd eerst)',
  'review.print.header': 'Directiebeoordeling {date}',
  'review.print.snapshot': 'Een momentopname: niet bijgewerkt als het register verandert',
  'review.print.page': 'Pagina {page} van {pages}',
  'review.col.id': 'ID',
  'review.col.row': 'Rij',
  'review.col.title': 'Titel',
  'review.col.type': 'Type',
  'review.col.status': 'Status',
  'review.col.owner': 'Eigenaar',
  'review.col.targetDate': 'Streefdatum',
  'review.col.daysOverdue': 'Dagen over tijd',
  'review.col.measure': 'Maatstaf',
  'review.col.value': 'Waarde',
  'review.col.note': 'Opmerking',
  'review.col.register': 'Register',
  'review.col.source': 'Bron',
  'review.col.actions': 'Acties',
  'review.col.open': 'Open',
  'review.col.overdue': 'Over tijd',
  'review.col.raised': 'Geregistreerd',
  'review.col.closed': 'Afgesloten',
  'review.col.merged': 'Samengevoegd',
  'review.col.then': 'Toen',
  'review.col.now': 'Nu',
  'review.col.decision': 'Besluit',
  'review.col.dueDate': 'Uiterste datum',
  'review.col.actionId': 'Actie-ID',
  'review.col.actionIdInRegister': 'Actie-ID in het register',
  'review.col.statusNow': 'Status nu',
  'review.col.targetThen': 'Streefdatum toen',
  'review.col.targetNow': 'Streefdatum nu',
  'review.col.daysLater': 'Dagen later',
  'review.col.all': 'Alle',
  'review.col.age': 'Leeftijd (dagen)',
  'review.col.month': 'Maand',
  'review.col.shared': 'Gemeenschappelijk',
  'review.col.ncs': 'Afwijkingen',
  'review.col.ids': 'ID’s',
  'review.col.checkDue': 'Controle gepland',
  'review.col.recheckDue': 'Hercontrole gepland',
  'review.col.daysLate': 'Dagen te laat',
  'review.col.rootCause': 'Grondoorzaak',
  'review.col.correctiveAction': 'Corrigerende maatregel',
  'review.col.effectiveness': 'Doeltreffendheid',
  'review.col.date': 'Datum',

  'state.unknown': 'Niet leesbaar',
  'type.noColumn': 'Geen kolom Type',
  'source.internal-audit': 'Interne audit',
  'source.external-audit': 'Externe audit',
  'source.risk-assessment': 'Risicobeoordeling',
  'source.incident': 'Incident',
  'source.management-review': 'Directiebeoordeling',
  'source.objectives': 'Doelstellingen',
  'source.training': 'Training',
  'source.compliance-review': 'Compliancebeoordeling',
  'source.bc-exercise': 'Continuïteitsoefening',
  'source.document-review': 'Documentbeoordeling',
  'source.employee-suggestion': 'Suggestie van medewerker',
  'source.monitoring': 'Monitoring',
  'source.interested-party': 'Belanghebbende',
  'source.supplier': 'Leverancier',
  'source.technical-test': 'Technische test',
  'source.other': 'Overig',
  'source.noColumn': 'Geen kolom Bron',

  'code.missing-id': 'ID ontbreekt',
  'code.duplicate-id': 'Dubbele ID',
  'code.missing-owner': 'Eigenaar ontbreekt',
  'code.missing-target-date': 'Streefdatum ontbreekt',
  'code.missing-target-review-date': 'Reviewdatum ontbreekt',
  'code.unknown-type': 'Onbekend type',
  'code.unknown-status': 'Onbekende status',
  'code.unknown-source': 'Onbekende bron',
  'code.invalid-date': 'Ongeldige datum',
  'code.ambiguous-date': 'Dubbelzinnige datum',
  'code.date-order': 'Volgorde van datums',
  'code.nc-closed-without-root-cause': 'Afwijking afgesloten zonder grondoorzaak',
  'code.nc-closed-without-effectiveness': 'Afwijking afgesloten zonder doeltreffendheidscontrole',
  'code.ofi-closed-without-remediation': 'Verbeterkans afgesloten zonder uitvoering',
  'code.gate-missing-field': 'Veld vereist door de status ontbreekt',
  'code.closed-without-date': 'Afgesloten zonder datum',
  'code.closed-without-evidence': 'Afgesloten zonder bewijs',
  'code.overdue': 'Over tijd',
  'code.review-overdue': 'Review over tijd',
  'code.status-is-overdue': '"Over tijd" als status',
  'code.unknown-requirement': 'Onbekende eis',
  'code.effectiveness-check-overdue': 'Doeltreffendheidscontrole over tijd',
  'code.target-beyond-policy': 'Streefdatum buiten het beleid',
  'code.recheck-overdue': 'Hercontrole over tijd',
  'code.column-missing': 'Ontbrekende kolom',
  'code.duplicate-across-registers': 'Dubbel in twee registers',
  'code.not-calculated': 'Formule zonder waarde',
  'code.header-not-found': 'Kopregel niet gevonden',
};
