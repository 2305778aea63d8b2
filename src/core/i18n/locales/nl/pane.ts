import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  'pane.language': 'Taal',
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
};
