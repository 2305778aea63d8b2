import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
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
  'finding.review-overdue':
    '{label}: de voortgangsreview stond gepland op {review}. Review de actie en plan de volgende reviewdatum.',
  'finding.status-is-overdue':
    '{label}: "{word}" wordt als status gebruikt. Over tijd volgt uit de streefdatum; zet de echte status (bijvoorbeeld in uitvoering). De rij telt als open.',
  'finding.target-beyond-policy':
    '{label}: de streefdatum {target} ligt {days, plural, one {# dag} other {# dagen}} na de registratie ({raised}); het streefdatumbeleid staat {limit, plural, one {# dag} other {# dagen}} toe voor {because}, dus uiterlijk {latest}. Vervroeg de streefdatum, of leg vast waarom het langer duurt.',
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

  'field.id': 'ID',
  'field.title': 'Titel',
  'field.description': 'Omschrijving',
  'field.type': 'Type',
  'field.source': 'Bron',
  'field.sourceRef': 'Bronverwijzing',
  'field.requirement': 'Eis / beheersmaatregel',
  'field.priority': 'Prioriteit',
  'field.owner': 'Eigenaar',
  'field.raisedDate': 'Registratiedatum',
  'field.targetReviewDate': 'Reviewdatum',
  'field.targetDate': 'Streefdatum',
  'field.status': 'Status',
  'field.correction': 'Correctie (beheersing)',
  'field.rootCause': 'Grondoorzaak',
  'field.rcaMethod': 'Methode oorzaakanalyse',
  'field.causeCategory': 'Oorzaakcategorie',
  'field.similarElsewhere': 'Kan het elders optreden?',
  'field.correctiveAction': 'Corrigerende maatregel',
  'field.remediation': 'Uitgevoerde maatregel',
  'field.completionDate': 'Uitvoeringsdatum',
  'field.effectivenessDueDate': 'Doeltreffendheidscontrole gepland',
  'field.effectivenessResult': 'Resultaat doeltreffendheidscontrole',
  'field.verifiedBy': 'Geverifieerd door',
  'field.evidence': 'Bewijs',
  'field.closedDate': 'Afsluitdatum',
  'field.recheckDate': 'Datum hercontrole',
  'field.lastUpdated': 'Laatst bijgewerkt',
  'field.notes': 'Opmerkingen',
};
