/**
 * The cell formats our sheets need, appended to a workbook's styles part. Existing fonts, fills,
 * borders, number formats and cell formats keep their indices (every cell of the user's sheets
 * points at them); ours are added after them, each only once.
 */
import { PLAN_FORMATS, type CellStyle, type PlanCell } from '../../core/review/sheetPlan';
import { escapeXml } from './xml';

export interface StyleKey {
  style?: CellStyle;
  kind: PlanCell['kind'] | 'general';
  wrap?: boolean;
}

interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

interface Look {
  font?: FontSpec;
  fill?: string;
  border?: 'bottom' | 'top';
  wrap?: boolean;
  top?: boolean;
}

/** The plan's named styles (colours are the Office theme's neutral tones). */
const LOOKS: Record<CellStyle, Look> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { italic: true, size: 11 } },
  section: { font: { bold: true, size: 12 }, fill: 'FFDDEBF7', border: 'bottom' },
  header: { font: { bold: true }, fill: 'FFF2F2F2', border: 'bottom', wrap: true },
  label: { font: { bold: true } },
  note: { font: { italic: true, color: 'FF595959' } },
  prompt: { font: { italic: true }, fill: 'FFFFF2CC', wrap: true, top: true },
  total: { font: { bold: true }, border: 'top' },
};

/** Excel's limit on cell formats in one workbook. */
export const MAX_CELL_FORMATS = 64_000;

/** Built-in number format ids; the others are custom formats added to the part. */
const BUILT_IN: Record<string, number> = { General: 0, '@': 49 };

/** A minimal styles part for a new workbook (Calibri 11, the two reserved fills). */
export const NEW_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface Section {
  start: number;
  end: number;
  open: string;
  inner: string;
  children: number;
}

export class StylesProblem extends Error {}

/**
 * Collects our formats while sheets are written ({@link id}) and renders the styles part with
 * them appended ({@link render}).
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly sections = new Map<string, Section | undefined>();
  private readonly keys = new Map<string, number>();
  private readonly xfs: string[] = [];
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly numFmts = new Map<string, number>();
  private readonly baseFont: { name: string; size: number; family?: string };
  private nextNumFmt: number;
  /** False when the workbook has no room for our formats: cells are then written unformatted. */
  readonly styled: boolean;
  /** The cell formats the workbook held before ours. */
  readonly formats: number;

  constructor(private readonly xml: string) {
    const root = /<(\w+:)?styleSheet[\s>]/.exec(xml);
    if (!root) throw new StylesProblem('its styles part has no styleSheet element');
    this.prefix = root[1] ?? '';
    for (const tag of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      this.sections.set(tag, this.section(tag));
    }
    for (const tag of ['fonts', 'fills', 'borders', 'cellXfs']) {
      if (!this.sections.get(tag)) throw new StylesProblem(`its styles part has no ${tag} list`);
    }
    const p = this.prefix;
    const fontsInner = this.sections.get('fonts')!.inner;
    const first = new RegExp(`<${p}font[\\s>][\\s\\S]*?</${p}font>`).exec(fontsInner)?.[0] ?? '';
    const attr = (tag: string) => new RegExp(`<${p}${tag}\\s+val="([^"]*)"`).exec(first)?.[1];
    this.baseFont = {
      name: attr('name') ?? 'Calibri',
      size: Number(attr('sz')) || 11,
      family: attr('family'),
    };
    // Our formats get ids after the highest custom one (164 is the first custom id).
    const ids = [...(this.sections.get('numFmts')?.inner ?? '').matchAll(/numFmtId="(\d+)"/g)];
    this.nextNumFmt = ids.reduce((max, m) => Math.max(max, Number(m[1])), 163) + 1;
    this.formats = this.count('cellXfs');
    this.styled = this.formats + 40 <= MAX_CELL_FORMATS;
  }

  private section(tag: string): Section | undefined {
    const p = this.prefix;
    const re = new RegExp(`<${p}${tag}(\\s[^>]*?)?(/>|>([\\s\\S]*?)</${p}${tag}>)`);
    const m = re.exec(this.xml);
    if (!m) return undefined;
    const child = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' }[tag]!;
    const inner = m[3] ?? '';
    const children = (inner.match(new RegExp(`<${p}${child}[\\s/>]`, 'g')) ?? []).length;
    return { start: m.index, end: m.index + m[0].length, open: m[1] ?? '', inner, children };
  }

  private count(tag: string): number {
    return this.sections.get(tag)?.children ?? 0;
  }

  private add(list: string[], tag: string, xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return this.count(tag) + i;
    list.push(xml);
    return this.count(tag) + list.length - 1;
  }

  private numFmtId(code: string): number {
    if (code in BUILT_IN) return BUILT_IN[code];
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private fontXml(f: FontSpec): string {
    const p = this.prefix;
    return (
      `<${p}font>${f.bold ? `<${p}b/>` : ''}${f.italic ? `<${p}i/>` : ''}` +
      `<${p}sz val="${f.size ?? this.baseFont.size}"/>${f.color ? `<${p}color rgb="${f.color}"/>` : ''}` +
      `<${p}name val="${escapeXml(this.baseFont.name)}"/>` +
      `${this.baseFont.family ? `<${p}family val="${escapeXml(this.baseFont.family)}"/>` : ''}</${p}font>`
    );
  }

  private fillXml(rgb: string): string {
    const p = this.prefix;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  private borderXml(side: 'top' | 'bottom'): string {
    const p = this.prefix;
    const line = `style="thin"><${p}color rgb="FF7F7F7F"/>`;
    const top = side === 'top' ? `<${p}top ${line}</${p}top>` : `<${p}top/>`;
    const bottom = side === 'bottom' ? `<${p}bottom ${line}</${p}bottom>` : `<${p}bottom/>`;
    return `<${p}border><${p}left/><${p}right/>${top}${bottom}<${p}diagonal/></${p}border>`;
  }

  /** The cell format index for a key (0, the workbook's default, when unstyled). */
  id(key: StyleKey): number {
    if (!this.styled) return 0;
    const name = `${key.style ?? ''}|${key.kind}|${key.wrap ? 1 : 0}`;
    const known = this.keys.get(name);
    if (known !== undefined) return known;
    const look: Look = key.style ? LOOKS[key.style] : {};
    const p = this.prefix;
    const numFmt = this.numFmtId(key.kind === 'general' ? 'General' : PLAN_FORMATS[key.kind]);
    const fontId = look.font ? this.add(this.fonts, 'fonts', this.fontXml(look.font)) : 0;
    const fillId = look.fill ? this.add(this.fills, 'fills', this.fillXml(look.fill)) : 0;
    const borderId = look.border ? this.add(this.borders, 'borders', this.borderXml(look.border)) : 0;
    const wrap = key.wrap || look.wrap;
    const align = wrap || look.top ? `<${p}alignment${wrap ? ' wrapText="1"' : ''} vertical="top"/>` : '';
    const xf =
      `<${p}xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      ` applyNumberFormat="1"${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}` +
      `${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1">' + align + `</${p}xf>` : '/>'}`;
    const id = this.add(this.xfs, 'cellXfs', xf);
    this.keys.set(name, id);
    return id;
  }

  /** Whether anything was added (the styles part is then rewritten). */
  get changed(): boolean {
    return this.xfs.length > 0;
  }

  /** The styles part with our formats appended; everything else of it as it was. */
  render(): string {
    const p = this.prefix;
    const numFmtXml = [...this.numFmts].map(
      ([code, id]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    const edits: { start: number; end: number; text: string }[] = [];
    const grow = (tag: string, added: string[]) => {
      const s = this.sections.get(tag);
      if (added.length === 0) return;
      if (!s) {
        // Only numFmts may be missing: it comes first, right after the root's opening tag.
        const at = this.xml.indexOf('>', /<(\w+:)?styleSheet[\s>]/.exec(this.xml)!.index) + 1;
        const text = `<${p}${tag} count="${added.length}">${added.join('')}</${p}${tag}>`;
        edits.push({ start: at, end: at, text });
        return;
      }
      const count = s.children + added.length;
      const open = /\bcount="\d*"/.test(s.open)
        ? s.open.replace(/\bcount="\d*"/, `count="${count}"`)
        : `${s.open} count="${count}"`;
      edits.push({
        start: s.start,
        end: s.end,
        text: `<${p}${tag}${open}>${s.inner}${added.join('')}</${p}${tag}>`,
      });
    };
    grow('numFmts', numFmtXml);
    grow('fonts', this.fonts);
    grow('fills', this.fills);
    grow('borders', this.borders);
    grow('cellXfs', this.xfs);
    let out = this.xml;
    for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
    }
    return out;
  }
}
