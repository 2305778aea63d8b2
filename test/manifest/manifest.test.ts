import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import { paneTranslator } from '../../src/core/i18n';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const SCHEMAS_DIR = path.resolve(__dirname, '../../../shared/schemas');
const DEV_BASE_URL = 'https://localhost:3000/';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

interface ManifestUrlModule {
  DEFAULT_PRODUCTION_URL: string;
  normaliseBaseUrl(raw: string): string;
  TEST_BASE_URL: string;
  productionBaseUrl(env: Record<string, string | undefined>): { url: string; isDefault: boolean };
  releaseBaseUrl(
    env: Record<string, string | undefined>,
  ): { ok: true; url: string } | { ok: false; message: string };
  toProductionManifest(manifestXml: string, productionUrl: string): string;
}
// Plain CommonJS, shared with webpack.config.js (tsconfig.json has no allowJs, hence require).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifestUrl: ManifestUrlModule = require('../../scripts/manifest-url');

const { window } = new JSDOM('');

function parseXml(xml: string): Document {
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const source = fs.readFileSync(MANIFEST_PATH, 'utf8');
const doc = parseXml(source);

function elements(scope: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, localName));
}

function only(scope: Document | Element, ns: string, localName: string): Element {
  const found = elements(scope, ns, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

function childElements(parent: Element, localName?: string): Element[] {
  return Array.from(parent.children).filter(
    (child) => localName === undefined || child.localName === localName,
  );
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, 'type');
}

const allElements = Array.from(doc.getElementsByTagName('*'));
const root = doc.documentElement;
const versionOverrides = only(doc, NS.ov, 'VersionOverrides');
const resourcesElement = only(versionOverrides, NS.ov, 'Resources');

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_KINDS: ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

const resources: Resource[] = RESOURCE_KINDS.flatMap((kind) =>
  elements(resourcesElement, NS.bt, kind).flatMap((collection) =>
    childElements(collection).map((entry) => ({
      id: entry.getAttribute('id') ?? '',
      kind,
      value: entry.getAttribute('DefaultValue') ?? '',
    })),
  ),
);
const resourceById = new Map(resources.map((resource) => [resource.id, resource]));

/** Which resource collection a `resid` on a given element must point into. */
function expectedKind(element: Element): ResourceKind {
  switch (element.localName) {
    case 'Image':
      return 'Images';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
    case 'LearnMoreUrl':
      return 'Urls';
    case 'Label':
    case 'Title':
      return 'ShortStrings';
    case 'Description':
      return 'LongStrings';
    default:
      throw new Error(`no rule for resid on <${element.localName}>: add one to this test`);
  }
}

function urlOf(resid: string): string {
  const resource = resourceById.get(resid);
  if (!resource || resource.kind !== 'Urls') throw new Error(`${resid} is not a Urls resource`);
  return resource.value;
}

/** Every absolute URL in the manifest: attribute values and element text. */
function allUrls(document: Document): string[] {
  const urls: string[] = [];
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value) && !attribute.name.startsWith('xmlns')) {
        urls.push(attribute.value);
      }
    }
    if (element.children.length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(element.textContent?.trim() ?? '')) {
      urls.push((element.textContent ?? '').trim());
    }
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file under the repository that a dev-server URL serves (assets are copied as-is). */
function assetFileFor(url: string): string {
  expect(url.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
  return path.join(ROOT, decodeURIComponent(new URL(url).pathname));
}

describe('manifest.xml', () => {
  it('is a task-pane add-in for Excel with a fixed GUID, display name and version in step with package.json', () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
    expect(only(root, NS.app, 'Id').textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(only(root, NS.app, 'DisplayName').getAttribute('DefaultValue')).toBe('Improvement Plan');
    const hosts = elements(root, NS.app, 'Host').map((host) => host.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);

    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const version = only(root, NS.app, 'Version').textContent ?? '';
    expect(version.split('.').slice(0, 3).join('.')).toBe(pkg.version);
  });

  it('requires ExcelApi 1.9 and nothing else to install', () => {
    const baseRequirements = childElements(root, 'Requirements');
    expect(baseRequirements).toHaveLength(1);
    const sets = elements(baseRequirements[0], NS.app, 'Set').map((set) => ({
      name: set.getAttribute('Name'),
      minVersion: set.getAttribute('MinVersion'),
    }));
    expect(sets).toEqual([{ name: 'ExcelApi', minVersion: '1.9' }]);
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(only(root, NS.app, 'Permissions').textContent?.trim()).toBe('ReadWriteDocument');
  });

  it('has a support URL and opens taskpane.html by default', () => {
    expect(only(root, NS.app, 'SupportUrl').getAttribute('DefaultValue')).toMatch(/^https:\/\//);
    const defaultSettings = only(root, NS.app, 'DefaultSettings');
    expect(only(defaultSettings, NS.app, 'SourceLocation').getAttribute('DefaultValue')).toBe(
      `${DEV_BASE_URL}taskpane.html`,
    );
  });

  it('serves every URL from the one dev origin https://localhost:3000', () => {
    const urls = allUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });

  it('resolves every resid to a resource of the right kind', () => {
    const referencing = allElements.filter((element) => element.hasAttribute('resid'));
    expect(referencing.length).toBeGreaterThan(10);
    for (const element of referencing) {
      const resid = element.getAttribute('resid') ?? '';
      expect(resid.length).toBeLessThanOrEqual(32);
      const resource = resourceById.get(resid);
      expect({ resid, kind: resource?.kind }).toEqual({ resid, kind: expectedKind(element) });
    }
  });

  it('has unique resource ids and strings within the schema limits', () => {
    const ids = resources.map((resource) => resource.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, kind, value } of resources) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(32);
      expect(value.trim().length).toBeGreaterThan(0);
      if (kind === 'ShortStrings') expect(value.length).toBeLessThanOrEqual(125);
      if (kind === 'LongStrings') expect(value.length).toBeLessThanOrEqual(250);
    }
  });

  it('has unique group and control ids', () => {
    const ids = allElements
      .filter((element) => ['Group', 'Control', 'CustomTab'].includes(element.localName))
      .map((element) => element.getAttribute('id'));
    expect(ids.every((id) => id && id.length <= 125)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('adds one Improvement Plan group with three buttons to the Home tab', () => {
    const extensionPoint = only(versionOverrides, NS.ov, 'ExtensionPoint');
    expect(xsiType(extensionPoint)).toBe('PrimaryCommandSurface');
    const tab = only(extensionPoint, NS.ov, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = only(tab, NS.ov, 'Group');
    expect(resourceById.get(childElements(group, 'Label')[0].getAttribute('resid') ?? '')?.value).toBe(
      'Improvement Plan',
    );

    const buttons = childElements(group, 'Control').map((control) => {
      const action = childElements(control, 'Action')[0];
      const label = childElements(control, 'Label')[0].getAttribute('resid') ?? '';
      return {
        type: xsiType(control),
        label: resourceById.get(label)?.value,
        action: xsiType(action),
        functionName: childElements(action, 'FunctionName')[0]?.textContent ?? null,
        taskpaneId: childElements(action, 'TaskpaneId')[0]?.textContent ?? null,
      };
    });
    expect(buttons).toEqual([
      {
        type: 'Button',
        label: 'Open Improvement Plan',
        action: 'ShowTaskpane',
        functionName: null,
        // The id Office opens by itself when the document setting of the same name is true
        // ("Open with this workbook", src/excel/startup.ts).
        taskpaneId: 'Office.AutoShowTaskpaneWithDocument',
      },
      {
        type: 'Button',
        label: 'Validate register',
        action: 'ExecuteFunction',
        functionName: 'validateRegister',
        taskpaneId: null,
      },
      {
        type: 'Button',
        label: 'Management review summary',
        action: 'ExecuteFunction',
        functionName: 'reviewSummary',
        taskpaneId: null,
      },
    ]);
  });

  it('runs pane and ribbon functions in one long-lived shared runtime, only where SharedRuntime 1.1 exists', () => {
    const host = only(versionOverrides, NS.ov, 'Host');
    expect(xsiType(host)).toBe('Workbook');
    // Office requires Runtimes as the first child of Host.
    expect(host.firstElementChild?.localName).toBe('Runtimes');
    const runtime = only(host, NS.ov, 'Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');

    const runtimeResid = runtime.getAttribute('resid') ?? '';
    const showTaskpane = allElements.find((element) => xsiType(element) === 'ShowTaskpane');
    const paneResid = childElements(showTaskpane as Element, 'SourceLocation')[0].getAttribute('resid');
    expect(only(host, NS.ov, 'FunctionFile').getAttribute('resid')).toBe(runtimeResid);
    expect(paneResid).toBe(runtimeResid);
    const defaultPage = only(only(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
    expect(urlOf(runtimeResid)).toBe(defaultPage.getAttribute('DefaultValue'));

    // SharedRuntime is required by the VersionOverrides only: without it Office drops the ribbon
    // buttons but still installs the add-in (base manifest, pane only).
    const overrideRequirements = childElements(versionOverrides, 'Requirements');
    expect(overrideRequirements).toHaveLength(1);
    const sets = elements(overrideRequirements[0], NS.bt, 'Set').map((set) => [
      set.getAttribute('Name'),
      set.getAttribute('MinVersion'),
    ]);
    expect(sets).toEqual([['SharedRuntime', '1.1']]);
    // A nested VersionOverrides V1_1 exists for Outlook only; a task-pane add-in would ignore it.
    expect(elements(versionOverrides, '*', 'VersionOverrides')).toHaveLength(0);
  });

  it('states the run-time requirement-set checks the code makes, and nothing else', () => {
    const comment = (source.match(/<!--([\s\S]*?)-->/) ?? ['', ''])[1];
    const sourceFiles = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? sourceFiles(path.join(dir, e.name))
            : /\.tsx?$/.test(e.name)
              ? [path.join(dir, e.name)]
              : [],
        );
    const checks = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/isSetSupported\('(\w+)', '([\d.]+)'\)/g))
        checks.add(`isSetSupported('${m[1]}', '${m[2]}')`);
      // Every Office.addin call (SharedRuntime 1.1) sits in a file that checks for the shared runtime.
      if (/Office\.addin\.\w+\(/.test(text))
        expect({ file, checked: text.includes("isSetSupported('SharedRuntime', '1.1')") }).toEqual({
          file,
          checked: true,
        });
    }
    expect([...checks].sort()).toEqual([
      "isSetSupported('ExcelApi', '1.9')",
      "isSetSupported('SharedRuntime', '1.1')",
    ]);
    for (const check of checks) expect(comment).toContain(check);
  });

  describe('translations', () => {
    const LOCALES = ['de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-PT'];
    /** Names that stay as they are in every language. */
    const PRODUCT_NAME = 'Improvement Plan';

    function overrides(element: Element, ns: string): Map<string, string> {
      const found = childElements(element, 'Override').filter((o) => o.namespaceURI === ns);
      const byLocale = new Map(
        found.map((o) => [o.getAttribute('Locale') ?? '', o.getAttribute('Value') ?? '']),
      );
      expect(byLocale.size).toBe(found.length); // no locale twice
      return byLocale;
    }

    it('gives the display name and the description an Override in every language', () => {
      for (const name of ['DisplayName', 'Description']) {
        const element = only(root, NS.app, name);
        const english = element.getAttribute('DefaultValue') ?? '';
        const byLocale = overrides(element, NS.app);
        expect([...byLocale.keys()].sort()).toEqual([...LOCALES].sort());
        for (const [locale, value] of byLocale) {
          expect({ name, locale, length: value.trim().length > 0 }).toEqual({ name, locale, length: true });
          expect(value.length).toBeLessThanOrEqual(name === 'Description' ? 250 : 125);
          if (english !== PRODUCT_NAME)
            expect({ name, locale, value }).not.toEqual({ name, locale, value: english });
        }
      }
    });

    it('gives every ribbon label and tooltip a bt:Override in every language, within the length limits', () => {
      const strings = RESOURCE_KINDS.filter((k) => k === 'ShortStrings' || k === 'LongStrings').flatMap(
        (kind) =>
          elements(resourcesElement, NS.bt, kind).flatMap((collection) =>
            childElements(collection, 'String').map((element) => ({ kind, element })),
          ),
      );
      expect(strings.length).toBe(9);
      for (const { kind, element } of strings) {
        const id = element.getAttribute('id');
        const english = element.getAttribute('DefaultValue') ?? '';
        const byLocale = overrides(element, NS.bt);
        expect({ id, locales: [...byLocale.keys()].sort() }).toEqual({ id, locales: [...LOCALES].sort() });
        for (const [locale, value] of byLocale) {
          expect(value.trim().length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(kind === 'ShortStrings' ? 125 : 250);
          if (english !== PRODUCT_NAME)
            expect({ id, locale, value }).not.toEqual({ id, locale, value: english });
        }
      }
    });

    it("names the Open button as the pane's landing page tells people to choose it, in every language", async () => {
      const open = allElements.find(
        (e) => e.localName === 'String' && e.getAttribute('id') === 'OpenPane.Label',
      );
      const labels = new Map([['en', open?.getAttribute('DefaultValue') ?? '']]);
      for (const [locale, value] of overrides(open as Element, NS.bt)) labels.set(locale.slice(0, 2), value);
      for (const [lang, label] of labels) {
        const t = await paneTranslator(lang);
        expect({ lang, text: t.t('landing.open').includes(label) }).toEqual({ lang, text: true });
      }
    });
  });

  describe('icons', () => {
    it('exist in assets/ with the pixel size every reference declares', () => {
      const references = elements(versionOverrides, NS.bt, 'Image').filter((image) =>
        image.hasAttribute('resid'),
      );
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        const size = Number(reference.getAttribute('size'));
        const file = assetFileFor(resourceById.get(reference.getAttribute('resid') ?? '')?.value ?? '');
        expect({ file, ...pngSize(file) }).toEqual({ file, width: size, height: size });
      }
    });

    it('use a 32 px IconUrl and a 64 px HighResolutionIconUrl', () => {
      for (const [element, size] of [
        ['IconUrl', 32],
        ['HighResolutionIconUrl', 64],
      ] as const) {
        const file = assetFileFor(only(root, NS.app, element).getAttribute('DefaultValue') ?? '');
        expect(pngSize(file)).toEqual({ width: size, height: size });
      }
    });

    it('are all real PNGs of the size their name says', () => {
      const files = fs.readdirSync(path.join(ROOT, 'assets')).filter((name) => /^icon-\d+\.png$/.test(name));
      expect(files.sort()).toEqual([
        'icon-128.png',
        'icon-16.png',
        'icon-32.png',
        'icon-64.png',
        'icon-80.png',
      ]);
      for (const name of files) {
        const size = Number(/\d+/.exec(name)?.[0]);
        expect(pngSize(path.join(ROOT, 'assets', name))).toEqual({ width: size, height: size });
      }
    });
  });
});

describe('production manifest', () => {
  const PRODUCTION = 'https://addins.contoso.example/improvement-plan';

  it('points every URL at the production base and leaves no localhost', () => {
    const production = manifestUrl.toProductionManifest(source, PRODUCTION);
    expect(production).not.toMatch(/localhost/i);
    const urls = allUrls(parseXml(production));
    expect(urls).toHaveLength(allUrls(doc).length);
    for (const url of urls) expect(url.startsWith(`${PRODUCTION}/`)).toBe(true);
    expect(production).toContain(`"${PRODUCTION}/taskpane.html"`);
  });

  it('normalises the trailing slash and rejects URLs Office cannot use', () => {
    expect(manifestUrl.normaliseBaseUrl('https://addins.contoso.example')).toBe(
      'https://addins.contoso.example/',
    );
    expect(manifestUrl.normaliseBaseUrl(' https://a.example/x/ ')).toBe('https://a.example/x/');
    expect(() => manifestUrl.normaliseBaseUrl('http://addins.contoso.example/')).toThrow(/https/);
    expect(() => manifestUrl.normaliseBaseUrl('https://a.example/?v=1')).toThrow(/query/);
    expect(() => manifestUrl.normaliseBaseUrl('addins.contoso.example')).toThrow(/absolute/);
    expect(() => manifestUrl.toProductionManifest(source, 'https://localhost:8443/')).toThrow(/this machine/);
  });

  it('fails rather than ship a localhost reference it could not rewrite', () => {
    const stray = source.replace('</OfficeApp>', '<!-- https://localhost:3000 --></OfficeApp>');
    expect(() => manifestUrl.toProductionManifest(stray, PRODUCTION)).toThrow(/localhost/);
  });

  it('takes the URL from ADDIN_PRODUCTION_URL, else a reserved placeholder', () => {
    expect(manifestUrl.productionBaseUrl({ ADDIN_PRODUCTION_URL: PRODUCTION })).toEqual({
      url: `${PRODUCTION}/`,
      isDefault: false,
    });
    const fallback = manifestUrl.productionBaseUrl({});
    expect(fallback).toEqual({ url: manifestUrl.DEFAULT_PRODUCTION_URL, isDefault: true });
    expect(new URL(fallback.url).hostname).toMatch(/\.example(\.org)?$/);
  });

  describe('a release build cannot ship placeholders', () => {
    it('accepts a real https address and refuses a missing one, the placeholder, http and localhost', () => {
      expect(manifestUrl.releaseBaseUrl({ ADDIN_PRODUCTION_URL: PRODUCTION })).toEqual({
        ok: true,
        url: `${PRODUCTION}/`,
      });
      const refused = [
        {},
        { ADDIN_PRODUCTION_URL: '   ' },
        { ADDIN_PRODUCTION_URL: manifestUrl.DEFAULT_PRODUCTION_URL },
        { ADDIN_PRODUCTION_URL: 'https://improvement-plan.example.org/other/' },
        { ADDIN_PRODUCTION_URL: 'http://addins.contoso.example/' },
        { ADDIN_PRODUCTION_URL: 'https://localhost:8443/' },
      ];
      for (const env of refused) {
        const result = manifestUrl.releaseBaseUrl(env);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.message).toMatch(/^Release build refused: /);
          expect(result.message).not.toContain('\n');
        }
      }
    });

    it('npm run build stops with one line and exit 2 without ADDIN_PRODUCTION_URL or with the placeholder', () => {
      const webpackCli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
      for (const url of [undefined, manifestUrl.DEFAULT_PRODUCTION_URL]) {
        const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
        delete env.ADDIN_PRODUCTION_URL;
        if (url) env.ADDIN_PRODUCTION_URL = url;
        const run = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], {
          cwd: ROOT,
          env,
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(run.status).toBe(2);
        const lines = run.stderr.trim().split('\n');
        expect(lines).toEqual([expect.stringMatching(/^Release build refused: ADDIN_PRODUCTION_URL /)]);
        expect(run.stdout.trim()).toBe('');
      }
    }, 240_000);

    it('npm run build:test builds for the test address, which never resolves', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      };
      expect(pkg.scripts.build).toBe('webpack --mode production');
      expect(pkg.scripts['build:test']).toBe(
        `webpack --mode production --env ADDIN_PRODUCTION_URL=${manifestUrl.TEST_BASE_URL}`,
      );
      expect(pkg.scripts['test:e2e']).toMatch(/^npm run build:test && /);
      expect(new URL(manifestUrl.TEST_BASE_URL).hostname).toMatch(/\.invalid$/);
      expect(manifestUrl.releaseBaseUrl({ ADDIN_PRODUCTION_URL: manifestUrl.TEST_BASE_URL }).ok).toBe(true);
    });
  });

  describe('webpack.config.js', () => {
    type Config = {
      devtool?: unknown;
      devServer?: unknown;
      output?: { filename?: string };
      plugins?: Array<{ patterns?: Array<{ from: string; transform?: (content: Buffer) => string }> }>;
    };
    type MakeConfig = (env: object, argv: { mode: string }) => Promise<Config>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig: MakeConfig = require('../../webpack.config');

    it('writes dist/manifest.xml through the same rewrite, and needs no certificates to build', async () => {
      const previous = process.env.ADDIN_PRODUCTION_URL;
      process.env.ADDIN_PRODUCTION_URL = PRODUCTION;
      try {
        const config = await makeConfig({}, { mode: 'production' });
        expect(config.devServer).toBeUndefined();
        expect(config.devtool).toBe(false);
        expect(config.output?.filename).toContain('[contenthash]');
        const patterns = (config.plugins ?? []).flatMap((plugin) => plugin.patterns ?? []);
        const manifestPattern = patterns.find((pattern) => pattern.from === 'manifest.xml');
        const built = manifestPattern?.transform?.(Buffer.from(source, 'utf8')) ?? '';
        expect(built).toBe(manifestUrl.toProductionManifest(source, PRODUCTION));
      } finally {
        if (previous === undefined) delete process.env.ADDIN_PRODUCTION_URL;
        else process.env.ADDIN_PRODUCTION_URL = previous;
      }
    });

    it('refuses a production configuration without ADDIN_PRODUCTION_URL, and takes it from --env', async () => {
      const previous = process.env.ADDIN_PRODUCTION_URL;
      delete process.env.ADDIN_PRODUCTION_URL;
      try {
        await expect(makeConfig({}, { mode: 'production' })).rejects.toThrow(/^Release build refused: /);
        const config = await makeConfig({ ADDIN_PRODUCTION_URL: PRODUCTION }, { mode: 'production' });
        const patterns = (config.plugins ?? []).flatMap((plugin) => plugin.patterns ?? []);
        const manifestPattern = patterns.find((pattern) => pattern.from === 'manifest.xml');
        expect(manifestPattern?.transform?.(Buffer.from(source, 'utf8'))).toContain(
          `"${PRODUCTION}/taskpane.html"`,
        );
      } finally {
        if (previous !== undefined) process.env.ADDIN_PRODUCTION_URL = previous;
      }
    });

    it('uses plain source maps in development, never an eval devtool', async () => {
      const config = await makeConfig({}, { mode: 'development' });
      expect(config.devtool).toBe('source-map');
    });
  });
});

const schemasPresent = fs.existsSync(path.join(SCHEMAS_DIR, 'OfficeAppManifestV1_1.xsd'));
const xmllintPresent = !spawnSync('xmllint', ['--version']).error;
// CI must really validate; a developer machine without libxml2-utils skips.
const runSchemaTests = schemasPresent && (xmllintPresent || Boolean(process.env.CI));

/** Elements newer than ../shared/schemas (see ../shared/corpus/README.md): removed before validating. */
const NEWER_THAN_SCHEMAS = ['Runtimes'];

function xmllint(xml: string): { status: number | null; output: string } {
  if (!xmllintPresent)
    throw new Error('xmllint not found: install Debian package libxml2-utils (required in CI)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  try {
    fs.writeFileSync(file, xml);
    const schema = path.join(SCHEMAS_DIR, 'OfficeAppManifestV1_1.xsd');
    const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(runSchemaTests ? describe : describe.skip)('manifest.xml against ../shared/schemas', () => {
  it('validates once the elements newer than the schemas are taken out', () => {
    const copy = parseXml(source);
    for (const name of NEWER_THAN_SCHEMAS) {
      const found = elements(copy, NS.ov, name);
      expect(found.length).toBeGreaterThan(0);
      for (const element of found) element.remove();
    }
    const result = xmllint(new window.XMLSerializer().serializeToString(copy));
    expect(result.output).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  it('fails only on those newer elements as it stands', () => {
    const result = xmllint(source);
    const errors = result.output.split('\n').filter((line) => line.includes('validity error'));
    for (const line of errors) {
      expect(NEWER_THAN_SCHEMAS.some((name) => line.includes(`}${name}'`))).toBe(true);
    }
  });
});
