import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  'pane.language': 'Sprache',
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
};
