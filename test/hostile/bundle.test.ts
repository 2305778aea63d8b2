/**
 * The production build, made here once with webpack's Node API into a temporary folder (CI runs
 * the unit tests before `npm run build`, so dist/ cannot be relied on): the bundles contain no
 * eval or Function constructor (the pages' CSP has no 'unsafe-eval'), no network API and no
 * browser storage of their own but the pane language's localStorage key, the built pages keep their CSP and load scripts only from the add-in and the office.js CDN,
 * and the built manifest asks for ReadWriteDocument and no more. test/manifest/html.test.ts checks
 * the source pages; test/manifest/manifest.test.ts the source manifest.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { JSDOM } from 'jsdom';
import webpack, { type Configuration, type Stats } from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const CDN = 'https://appsforoffice.microsoft.com';
const PRODUCTION_URL = 'https://addins.example.com/improvement-plan/';
type MakeConfig = (env: object, argv: { mode: string }) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig: MakeConfig = require('../../webpack.config.js');

/** Code that compiles strings at run time: what a CSP without 'unsafe-eval' blocks. */
const DYNAMIC_CODE: Record<string, RegExp> = {
  eval: /(?<![.\w$])eval\s*\(/,
  'new Function': /\bnew\s+Function\s*\(/,
  'Function(...)': /(?<![.\w$])Function\s*\(\s*["'`]/,
  'setTimeout/setInterval with a string': /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
};

/** Ways a page can send data anywhere: the add-in has none of its own (office.js is loaded by tag). */
const NETWORK: Record<string, RegExp> = {
  fetch: /\bfetch\s*\(/,
  XMLHttpRequest: /\bXMLHttpRequest\b/,
  WebSocket: /\bWebSocket\b/,
  EventSource: /\bnew\s+EventSource\s*\(/,
  sendBeacon: /\bsendBeacon\b/,
  RTCPeerConnection: /\bRTCPeerConnection\b/,
};

/** Browser storage: the add-in keeps its settings in the workbook, never in the browser. */
const STORAGE: Record<string, RegExp> = {
  localStorage: /\blocalStorage\b/,
  sessionStorage: /\bsessionStorage\b/,
  indexedDB: /\bindexedDB\b/,
  'document.cookie': /\bdocument\.cookie\b/,
};

let out: string;
let stats: Stats;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'improvement-plan-bundle-'));
  const previous = process.env.ADDIN_PRODUCTION_URL;
  process.env.ADDIN_PRODUCTION_URL = PRODUCTION_URL;
  try {
    const config = await makeConfig({}, { mode: 'production' });
    config.context = ROOT;
    config.output = { ...config.output, path: out };
    stats = await new Promise<Stats>((resolve, reject) =>
      webpack(config, (err, result) =>
        err || !result ? reject(err ?? new Error('no stats')) : resolve(result),
      ),
    );
  } finally {
    if (previous === undefined) delete process.env.ADDIN_PRODUCTION_URL;
    else process.env.ADDIN_PRODUCTION_URL = previous;
  }
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const bundles = () => fs.readdirSync(out).filter((f) => f.endsWith('.js'));

function hitsOf(pattern: RegExp): string[] {
  return bundles().flatMap((file) => {
    const text = fs.readFileSync(path.join(out, file), 'utf8');
    const m = pattern.exec(text);
    return m ? [`${file}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`] : [];
  });
}

it('the scanner finds what it looks for, and not look-alikes', () => {
  const found = (code: string) => Object.keys(DYNAMIC_CODE).filter((k) => DYNAMIC_CODE[k].test(code));
  expect(found('var x=eval("1+1")')).toEqual(['eval']);
  expect(found('g=new Function("return this")()')).toEqual(['new Function', 'Function(...)']);
  expect(found('g=Function("return this")()')).toEqual(['Function(...)']);
  expect(found('setTimeout("tick()",10)')).toEqual(['setTimeout/setInterval with a string']);
  expect(found('a.eval(x);evaluate(y);myeval(z);new FunctionRef(1);setTimeout(f,1)')).toEqual([]);
  expect(NETWORK.fetch.test('window.fetch(url)')).toBe(true);
  expect(NETWORK.EventSource.test('e.source===Excel.EventSource.remote')).toBe(false);
});

it('builds without errors', () => {
  expect(stats.toJson({ all: false, errors: true }).errors ?? []).toEqual([]);
  expect(bundles().length).toBeGreaterThanOrEqual(3); // runtime, taskpane, commands
});

it.each(Object.keys(DYNAMIC_CODE))('no bundle contains %s', (name) => {
  expect(hitsOf(DYNAMIC_CODE[name])).toEqual([]);
});

it.each(Object.keys(NETWORK))('no bundle calls the network itself (%s)', (name) => {
  expect(hitsOf(NETWORK[name])).toEqual([]);
});

/** The one thing a browser keeps: the pane language a user picked (src/taskpane/i18n.tsx). */
const LANGUAGE_KEY = 'improvementPlan.language';

it.each(Object.keys(STORAGE).filter((k) => k !== 'localStorage'))(
  'no bundle keeps anything in the browser (%s)',
  (name) => {
    expect(hitsOf(STORAGE[name])).toEqual([]);
  },
);

it('only the pane-language code touches localStorage, under its one key', () => {
  const users = bundles().filter((file) =>
    STORAGE.localStorage.test(fs.readFileSync(path.join(out, file), 'utf8')),
  );
  expect(users.length).toBeGreaterThan(0);
  for (const file of users) {
    const text = fs.readFileSync(path.join(out, file), 'utf8');
    expect({
      file,
      key: text.includes(JSON.stringify(LANGUAGE_KEY)) || text.includes(`'${LANGUAGE_KEY}'`),
    }).toEqual({
      file,
      key: true,
    });
    // getItem/setItem/removeItem calls in that bundle are the language's; nothing is enumerated or cleared.
    expect(text).not.toMatch(/localStorage\.(key|clear)\s*\(|localStorage\.length/);
  }
});

describe.each(['taskpane.html', 'commands.html'])('built %s', (page) => {
  const load = () => new JSDOM(fs.readFileSync(path.join(out, page), 'utf8')).window.document;
  const source = () =>
    new JSDOM(
      fs.readFileSync(
        path.join(ROOT, 'src', page.startsWith('task') ? 'taskpane' : 'commands', page),
        'utf8',
      ),
    ).window.document;
  const csp = (doc: Document) =>
    doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');

  it('keeps the Content-Security-Policy of its source page, ahead of every script', () => {
    const doc = load();
    expect(csp(doc)).toBe(csp(source()));
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    for (const script of Array.from(doc.querySelectorAll('script'))) {
      expect(meta.compareDocumentPosition(script) & 4).toBe(4);
    }
  });

  it('loads scripts only from the add-in itself and the office.js CDN, none inline', () => {
    const scripts = Array.from(load().querySelectorAll('script'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      const src = script.getAttribute('src') ?? '';
      expect(script.textContent?.trim()).toBe('');
      const local = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) && fs.existsSync(path.join(out, src));
      expect({ src, allowed: local || src.startsWith(`${CDN}/`) }).toEqual({ src, allowed: true });
    }
  });
});

it('the built manifest asks for ReadWriteDocument and nothing more', () => {
  const manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  const permissions = [...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim());
  expect(permissions).toEqual(['ReadWriteDocument']);
  expect(manifest).not.toContain('localhost');
});
