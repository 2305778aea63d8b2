// A minimal require hook so the benchmark (plain Node, no ts-node) can load TypeScript: src/ and
// the Excel host double are transpiled on the fly with the project's own compiler, one file at a
// time (isolatedModules holds in this project, so per-file transpilation is exact). Type checking
// stays `npx tsc --noEmit -p tsconfig.json`.
'use strict';

const fs = require('node:fs');
const ts = require('typescript');

const COMPILER_OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
  isolatedModules: true,
  sourceMap: false,
  inlineSourceMap: false,
};

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: COMPILER_OPTIONS,
    reportDiagnostics: false,
  });
  module._compile(outputText, filename);
}

let installed = false;

/** Installs the hook for .ts and .tsx (idempotent). */
function register() {
  if (installed) return;
  installed = true;
  require.extensions['.ts'] = compile;
  require.extensions['.tsx'] = compile;
}

module.exports = { register };
