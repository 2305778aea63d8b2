/**
 * The mapping the Excel add-in stored in a workbook. Office keeps a task-pane add-in's document
 * settings (`Office.context.document.settings`) in the package as
 * `xl/webextensions/webextension<N>.xml`, one `<we:property name="…" value="…"/>` per setting,
 * whose value is the setting serialised as JSON:
 *
 *   <we:properties><we:property name="improvementPlan.config" value="{&quot;headerRow&quot;:3}"/></we:properties>
 *
 * Read-only and bounded: only those parts are inflated, against a small budget.
 */
import { findEntry, inflateEntry, isZipProblem, openZip } from './zip';

/** The document-settings key the add-in stores its register configuration under (src/excel/settings.ts). */
export const ADDIN_CONFIG_KEY = 'improvementPlan.config';

/** Most bytes inflated while looking for the settings: web-extension parts are a few kilobytes. */
const BUDGET_BYTES = 4_000_000;

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/** XML attribute text → the string it stands for. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|quot|amp|lt|gt|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/**
 * The properties of one web-extension part, name → the JSON text of its value.
 *
 * @example webExtensionProperties('<we:property name="a" value="1"/>') // Map { 'a' => '1' }
 */
export function webExtensionProperties(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?property\b[^>]*>/g)) {
    const name = attribute(m[0], 'name');
    const value = attribute(m[0], 'value');
    if (name !== undefined && value !== undefined) out.set(name, value);
  }
  return out;
}

export type StoredSetting =
  | { kind: 'none' }
  | { kind: 'found'; value: unknown; part: string }
  | { kind: 'unreadable'; part: string; reason: string };

/**
 * The add-in's stored configuration in an .xlsx / .xlsm package, if any. A package that cannot be
 * opened says nothing here: the workbook reader reports that in its own words.
 *
 * @example readAddinSetting(fs.readFileSync('register.xlsx')) // { kind: 'found', value: { headerRow: 3 }, … }
 */
export function readAddinSetting(buf: Buffer, key = ADDIN_CONFIG_KEY): StoredSetting {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) return { kind: 'none' };
  const parts = pkg.entries
    .map((e) => e.name)
    .filter((n) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const budget = { remaining: BUDGET_BYTES };
  for (const part of parts) {
    const data = inflateEntry(buf, findEntry(pkg, part)!, budget);
    if (isZipProblem(data)) return { kind: 'unreadable', part, reason: data.message };
    const json = webExtensionProperties(data.toString('utf8')).get(key);
    if (json === undefined) continue;
    try {
      return { kind: 'found', value: JSON.parse(json) as unknown, part };
    } catch (e) {
      return {
        kind: 'unreadable',
        part,
        reason: `its value is not JSON (${e instanceof Error ? e.message : String(e)})`,
      };
    }
  }
  return { kind: 'none' };
}
