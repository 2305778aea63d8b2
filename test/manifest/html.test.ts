import * as fs from 'node:fs';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';

const ROOT = path.resolve(__dirname, '../..');
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';
const PAGES = ['src/taskpane/taskpane.html', 'src/commands/commands.html'];

/** Parses a page without running its scripts or fetching anything (jsdom's defaults). */
function load(page: string): Document {
  return new JSDOM(fs.readFileSync(path.join(ROOT, page), 'utf8')).window.document;
}

function cspMeta(document: Document): Element[] {
  return Array.from(document.querySelectorAll('meta[http-equiv]')).filter(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
}

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name.toLowerCase())) throw new Error(`directive ${name} appears twice`);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The only sources a directive may list: this add-in's origin and the office.js CDN, plus three named exceptions. */
function allowedSources(directive: string): string[] {
  const base = ["'self'", "'none'", CDN_ORIGIN];
  if (directive === 'img-src') return [...base, 'data:'];
  // Fluent UI (Griffel) and office.js insert <style> at run time; a static page cannot use a nonce.
  if (directive === 'style-src') return [...base, "'unsafe-inline'"];
  // office.js frames Microsoft's telemetry proxy outside Office and in Excel 2016 for Windows
  // (o15apptofilemappingtable.js, excel-win32-16.00.js): allowed, so that frame is not a CSP error.
  if (directive === 'frame-src') return [OFFICE_TELEMETRY];
  return base;
}

describe.each(PAGES)('%s', (page) => {
  const document = load(page);
  const metas = cspMeta(document);
  const csp = parseCsp(metas[0]?.getAttribute('content') ?? '');

  it('declares one Content-Security-Policy, in <head> before any script', () => {
    expect(metas).toHaveLength(1);
    const meta = metas[0];
    expect(meta.parentElement?.localName).toBe('head');
    const firstScript = document.querySelector('script');
    expect(firstScript).not.toBeNull();
    // A CSP <meta> only governs what comes after it.
    expect(meta.compareDocumentPosition(firstScript as Element) & 4).toBe(4);
  });

  it("allows only the add-in's own origin and Microsoft's office.js CDN", () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources)
        expect({ directive, source, allowed: allowedSources(directive).includes(source) }).toEqual({
          directive,
          source,
          allowed: true,
        });
    }
  });

  it('lets scripts come only from the add-in and the CDN, with no eval or inline script', () => {
    expect(csp.get('script-src')?.slice().sort()).toEqual(["'self'", CDN_ORIGIN].sort());
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual([OFFICE_TELEMETRY]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    const allSources = Array.from(csp.values()).flat();
    expect(allSources).not.toContain("'unsafe-eval'");
    expect(allSources).not.toContain("'wasm-unsafe-eval'");
  });

  it('loads office.js from the CDN, in <head>, and no other external script', () => {
    const scripts = Array.from(document.querySelectorAll('script'));
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual([OFFICE_JS]);
    expect(scripts[0].parentElement?.localName).toBe('head');
  });

  it('contains no inline script or inline event handler', () => {
    for (const script of Array.from(document.querySelectorAll('script'))) {
      expect(script.hasAttribute('src')).toBe(true);
      expect(script.textContent?.trim()).toBe('');
    }
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        expect({ element: element.localName, attribute: attribute.name }).not.toEqual(
          expect.objectContaining({ attribute: expect.stringMatching(/^on/i) }),
        );
        expect(attribute.value.trim()).not.toMatch(/^javascript:/i);
      }
    }
  });
});

describe('src/taskpane/taskpane.html', () => {
  const document = load('src/taskpane/taskpane.html');

  it('is an English page with a title, a mount point and a message shown until the app mounts', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.title.trim()).toBe('Improvement Plan');
    const rootElement = document.getElementById('root');
    expect(rootElement).not.toBeNull();
    expect(rootElement?.textContent).toMatch(/Loading Improvement Plan/);
    expect(rootElement?.querySelector('[role="status"]')).not.toBeNull();
  });

  it('tells the user when JavaScript is off', () => {
    expect(document.querySelector('noscript')?.textContent).toMatch(/JavaScript/);
  });
});

describe("src/help.html (the manifest's SupportUrl and Learn more link)", () => {
  const document = load('src/help.html');
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

  it('is where the manifest sends people for support and to learn more', () => {
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\.html"\/>/);
    expect(manifest).toMatch(/<bt:Url id="Help\.Url" DefaultValue="https:\/\/localhost:3000\/help\.html"\/>/);
  });

  it('has a support contact, a privacy statement and terms, each linked from the top of the page', () => {
    for (const id of ['support', 'privacy', 'terms', 'playground', 'install']) {
      const heading = document.getElementById(id);
      expect({ id, heading: heading?.localName }).toEqual({ id, heading: 'h2' });
      expect(document.querySelector(`nav a[href="#${id}"]`)).not.toBeNull();
    }
  });

  it('says that nothing leaves the workbook, and what the add-in stores where', () => {
    const privacy = sectionText(document, 'privacy');
    expect(privacy).toMatch(/Nothing leaves the workbook/);
    // Every place the code keeps something: document settings, the hidden state sheet, the history
    // sheet, and the pane's language in this browser's local storage.
    expect(privacy).toMatch(/document settings/);
    expect(privacy).toMatch(/ImprovementPlanState/);
    expect(privacy).toMatch(/Improvement Plan history/);
    expect(privacy).toMatch(/improvementPlan\.language/);
    expect(privacy).toMatch(/Office\.AutoShowTaskpaneWithDocument/);
  });

  it('runs no script and loads nothing from elsewhere', () => {
    expect(document.querySelectorAll('script')).toHaveLength(0);
    const csp = parseCsp(cspMeta(document)[0]?.getAttribute('content') ?? '');
    expect(csp.get('script-src')).toEqual(["'none'"]);
  });
});

/** The text from the heading with `id` to the next h2. */
function sectionText(document: Document, id: string): string {
  const parts: string[] = [];
  for (
    let node = document.getElementById(id)?.nextElementSibling;
    node && node.localName !== 'h2';
    node = node.nextElementSibling
  )
    parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ');
}
