import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  'pane.language': 'Lingua',
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
};
