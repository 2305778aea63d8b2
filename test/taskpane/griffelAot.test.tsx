import './setup';
import path from 'path';
import { readdirSync, statSync } from 'fs';
import { render } from '@testing-library/react';
import {
  RendererProvider,
  __styles,
  createDOMRenderer,
  type GriffelRenderer,
} from '@fluentui/react-components';

/**
 * The production build resolves the pane's own styles modules at build time
 * (scripts/griffel-aot-loader.js, webpack.config.js): each makeStyles becomes `__styles(classes,
 * cssRules)`. Here each hook the build emits is rendered beside the run-time makeStyles of the
 * same source, each with its own Griffel renderer: the classes of every slot and the CSS rules
 * inserted, in their order and buckets, must be the same.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { griffelAot } = require('../../scripts/griffel-aot-loader.js') as {
  griffelAot(file: string): { code?: string; reason?: string; dependencies: string[] };
};

const TASKPANE = path.resolve(__dirname, '../../src/taskpane');

function stylesModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return stylesModules(full);
    return name.endsWith('.styles.ts') ? [full] : [];
  });
}

type Hook = () => Record<string, string>;

/** The emitted module's exports: hooks made with the real `__styles`, and the plain data. */
function emitted(code: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const lines = code.trim().split('\n');
  expect(lines[0]).toBe("import { __styles } from '@fluentui/react-components';");
  for (const line of lines.slice(1)) {
    const styles = /^export const (\w+) = \/\*#__PURE__\*\/ __styles\((.*)\);$/.exec(line);
    const data = /^export const (\w+) = (.*);$/.exec(line);
    if (styles) {
      const [classes, cssRules] = JSON.parse(`[${styles[2]}]`) as Parameters<typeof __styles>;
      out[styles[1]!] = __styles(classes, cssRules);
    } else if (data) out[data[1]!] = JSON.parse(data[2]!);
    else throw new Error(`unexpected line: ${line}`);
  }
  return out;
}

/** The classes of every slot and the rules the renderer inserted, in order. */
function use(hook: Hook): { classes: Record<string, string>; rules: [string, unknown][] } {
  const renderer: GriffelRenderer = createDOMRenderer(document);
  let classes: Record<string, string> = {};
  function Probe() {
    classes = hook();
    return null;
  }
  const view = render(
    <RendererProvider renderer={renderer}>
      <Probe />
    </RendererProvider>,
  );
  view.unmount();
  return { classes, rules: Object.entries(renderer.insertionCache) };
}

describe("the pane's styles resolved at build time", () => {
  const files = stylesModules(TASKPANE);

  it('finds the styles modules of the first view and the views', () => {
    const names = files.map((f) => path.relative(TASKPANE, f));
    expect(names).toEqual(expect.arrayContaining(['App.styles.ts', 'components/Home/Home.styles.ts']));
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(stylesModules(TASKPANE).map((f) => [path.relative(TASKPANE, f), f]))(
    '%s: the same classes and CSS as makeStyles at run time',
    (_name, file) => {
      const result = griffelAot(file);
      expect(result.reason).toBeUndefined();
      const aot = emitted(result.code!);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const runtime = require(file) as Record<string, unknown>;
      expect(Object.keys(aot).sort()).toEqual(Object.keys(runtime).sort());
      let hooks = 0;
      for (const [name, value] of Object.entries(runtime)) {
        if (typeof value !== 'function') {
          expect(aot[name]).toEqual(value);
          continue;
        }
        hooks++;
        const built = use(aot[name] as Hook);
        const live = use(value as Hook);
        expect(Object.keys(built.classes).length).toBeGreaterThan(0);
        expect(built.classes).toEqual(live.classes);
        expect(built.rules.length).toBeGreaterThan(0);
        expect(built.rules).toEqual(live.rules);
      }
      expect(hooks).toBeGreaterThan(0);
    },
  );

  it('leaves a module it cannot reduce to styles and data to run-time makeStyles, saying why', () => {
    const result = griffelAot(path.join(TASKPANE, 'theme.ts'));
    expect(result.code).toBeUndefined();
    expect(result.reason).toMatch(/neither a makeStyles result nor plain data|could not be evaluated/);
  });
});
