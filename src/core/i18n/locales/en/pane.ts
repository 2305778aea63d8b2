/**
 * English messages of the task pane (views, buttons, empty states, the prompt): the source
 * every other language translates. ICU MessageFormat; keys are `view.what`.
 * Add a key here first; TypeScript then requires it in every language.
 */
export const pane = {
  'pane.language': 'Language',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Keeps your ISO/IEC 27001 improvement plan — non-conformities and opportunities for improvement — in your own Excel workbook: it checks the register, guards the status workflow, asks for the root cause when a non-conformity is closed and writes the management-review summary.',
  'landing.outside':
    'This is the add-in’s task pane, opened outside Excel. It works inside Excel, on the workbook that holds your register; here it has nothing to work on.',
  'landing.install': 'Install it in Excel',
  'landing.install.windows':
    'Excel for Windows: Home › Add-ins, then Improvement Plan under Admin Managed or My add-ins. An administrator can also share the manifest from a network folder (File › Options › Trust Center › Trusted Add-in Catalogs).',
  'landing.install.mac':
    'Excel for Mac: Home › Add-ins, then Improvement Plan under Admin Managed or My add-ins; or copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.',
  'landing.install.web':
    'Excel on the web: open a workbook, then Home › Add-ins › More add-ins › My add-ins › Upload my add-in, and choose manifest.xml.',
  'landing.install.admin':
    'Administrators deploy it to everyone from the Microsoft 365 admin centre (Settings › Integrated apps › Upload custom apps) with the manifest.xml published beside this page.',
  'landing.open': 'Then, in a workbook, choose Home › Open Improvement Plan.',
  'landing.help': 'Help, privacy and terms',
  'landing.playground': 'Try it without Excel: the playground',
  'startup.openWithWorkbook': 'Open with this workbook',
  'startup.hint': 'Opens Improvement Plan whenever this workbook is opened, for everyone who opens it.',
  'startup.unavailable':
    'This Excel cannot open add-ins with a workbook (it lacks the shared runtime, SharedRuntime 1.1).',
  'startup.failed': 'The setting could not be saved. Try again.',
  'platform.unsupported': 'Not available in this Excel: it needs {set} {version}.',
} as const;

export type PaneKey = keyof typeof pane;
export type PaneMessages = Readonly<Record<PaneKey, string>>;
