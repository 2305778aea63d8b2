// Griffel's ahead-of-time step for the pane's own styles modules (src/taskpane/**/*.styles.ts), as a
// webpack loader (webpack.config.js). At run time `makeStyles(styles)` turns its style objects into
// atomic CSS on first use — Griffel's resolveStyleRules and stylis, run on the pane's one thread while
// the first view renders (about 30 ms of it at 4× CPU throttle in a profile). Fluent's own components
// ship that work done (`__styles(classes, cssRules)` in their published files); this does the same
// for ours at build time: the module is evaluated in Node with a `makeStyles` that records its
// argument, each recorded argument is resolved by @griffel/core's resolveStyleRulesForSlots (what
// makeStyles calls at run time, with the default renderer's empty hash salt) and the module is
// emitted as `__styles(classes, cssRules)` calls, its other exports as JSON.
//
// Only modules whose every export is a makeStyles result or plain data (a style object) are
// rewritten; any other module, or one that fails to evaluate, is left as ts-loader compiled it,
// with a build warning saying why. The classes are those the run-time makeStyles gives
// (test/taskpane/griffelAot.test.tsx compares them).
'use strict';

const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const ts = require('typescript');

const RECORDED = Symbol('makeStyles argument');
const FLUENT = '@fluentui/react-components';

/** Evaluates a TypeScript module in Node, with Fluent's makeStyles recording its argument. */
function evaluate(file, seen, dependencies) {
  if (seen.has(file)) return seen.get(file);
  dependencies.push(file);
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      isolatedModules: true,
    },
    reportDiagnostics: false,
  });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const realRequire = Module.createRequire(file);
  mod.require = (request) => {
    if (request === FLUENT) {
      const fluent = realRequire(FLUENT);
      return { ...fluent, makeStyles: (styles) => ({ [RECORDED]: styles }) };
    }
    if (request.startsWith('.')) {
      const base = path.resolve(path.dirname(file), request);
      const target = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
      if (target) return evaluate(target, seen, dependencies);
    }
    return realRequire(request);
  };
  seen.set(file, mod.exports);
  mod._compile(outputText, file);
  seen.set(file, mod.exports);
  return mod.exports;
}

/** Plain data only: what JSON.stringify gives back unchanged (no function, symbol, undefined…). */
function isPlainData(value) {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.prototype.toString.call(value) !== '[object Object]') return false;
  // An object literal (of any realm: the test evaluates this in jest's), not a class instance.
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  return Object.getOwnPropertySymbols(value).length === 0 && Object.values(value).every(isPlainData);
}

/**
 * The module's source with every makeStyles resolved, or a reason why it is left alone.
 * Exported for the test; `salt` is the renderer's class name hash salt (Fluent's default: none).
 */
function griffelAot(file, salt = '') {
  const dependencies = [];
  let exports;
  try {
    exports = evaluate(file, new Map(), dependencies);
  } catch (error) {
    return { dependencies, reason: `could not be evaluated in Node (${error && error.message})` };
  }
  const { resolveStyleRulesForSlots } = Module.createRequire(file)('@griffel/core');
  const lines = [`import { __styles } from '${FLUENT}';`];
  for (const [name, value] of Object.entries(exports)) {
    if (name === '__esModule') continue;
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return { dependencies, reason: `its export '${name}'` };
    if (value && typeof value === 'object' && RECORDED in value) {
      const [classes, cssRules] = resolveStyleRulesForSlots(value[RECORDED], salt);
      lines.push(
        `export const ${name} = /*#__PURE__*/ __styles(${JSON.stringify(classes)}, ${JSON.stringify(cssRules)});`,
      );
    } else if (isPlainData(value)) {
      lines.push(`export const ${name} = ${JSON.stringify(value)};`);
    } else {
      return { dependencies, reason: `its export '${name}' is neither a makeStyles result nor plain data` };
    }
  }
  return { dependencies, code: `${lines.join('\n')}\n` };
}

/** The webpack loader (enforce: 'post', after ts-loader): `source` is kept when the module is left alone. */
function griffelAotLoader(source) {
  const result = griffelAot(this.resourcePath);
  for (const file of result.dependencies) if (file !== this.resourcePath) this.addDependency(file);
  if (result.code === undefined) {
    this.emitWarning(
      new Error(`griffel-aot: ${this.resourcePath} is left to run-time makeStyles: ${result.reason}`),
    );
    return source;
  }
  return result.code;
}

module.exports = griffelAotLoader;
module.exports.griffelAot = griffelAot;
