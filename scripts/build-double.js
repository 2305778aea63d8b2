#!/usr/bin/env node
// Bundles the Excel host double (test/host-double) for the browser with webpack's Node API:
//   host-double.js  one IIFE that stands in for office.js (installs Office / Excel, window.__hostDouble)
//   playground.js   the playground's grid page (workbook view, .xlsx / .csv open and download)
// Output and a content-hash cache live in test-results/.double/ (git-ignored). A bundle is rebuilt
// only when one of the files it was built from changed.
//   node scripts/build-double.js [host-double|playground ...]
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'test-results', '.double');
const SELF = path.join(__dirname, 'build-double.js');

const BUNDLES = {
  'host-double': { entry: 'test/e2e/double/browser.ts' },
  // ExcelJS is not bundled: the playground page loads its browser build (window.ExcelJS).
  playground: { entry: 'playground/src/main.ts', externals: { exceljs: 'ExcelJS' } },
};

function hashFile(file) {
  try {
    return crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return 'missing';
  }
}

function cachePath(name) {
  return path.join(OUT_DIR, `${name}.deps.json`);
}

function upToDate(name) {
  const out = path.join(OUT_DIR, `${name}.js`);
  if (!fs.existsSync(out) || !fs.existsSync(cachePath(name))) return false;
  const deps = JSON.parse(fs.readFileSync(cachePath(name), 'utf8'));
  return Object.entries(deps).every(([file, hash]) => hashFile(path.join(ROOT, file)) === hash);
}

function config(name) {
  const webpack = require('webpack');
  const bundle = BUNDLES[name];
  return {
    mode: 'development',
    devtool: false, // never eval: the pane's CSP has no 'unsafe-eval'
    target: ['web', 'es2020'],
    context: ROOT,
    entry: { [name]: path.join(ROOT, bundle.entry) },
    output: { path: OUT_DIR, filename: '[name].js', iife: true, clean: false },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // xlsx.ts imports node:fs/promises lazily, only to save to a path: never in a browser.
      alias: { 'fs/promises': false },
    },
    externals: bundle.externals ?? {},
    module: {
      // One file per bundle: the lazy import in xlsx.ts (Node only) is inlined, not a chunk.
      parser: { javascript: { dynamicImportMode: 'eager' } },
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // type checking is tsc (tsconfig.json, playground/tsconfig.json)
              configFile: path.join(ROOT, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', sourceMap: false },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      // xlsx.ts returns Buffer.from(bytes); in the browser a Uint8Array is what Blob needs.
      new webpack.ProvidePlugin({ Buffer: [path.join(ROOT, 'playground/src/bufferShim.ts'), 'Buffer'] }),
    ],
    optimization: { minimize: false },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  };
}

function compile(name) {
  const webpack = require('webpack');
  return new Promise((resolve, reject) => {
    webpack(config(name), (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) {
        const info = stats.toJson({ all: false, errors: true });
        return reject(new Error(`bundling ${name} failed:\n${info.errors.map((e) => e.message).join('\n')}`));
      }
      // This file is the bundle's configuration: a change here rebuilds too.
      const deps = { [path.relative(ROOT, SELF)]: hashFile(SELF) };
      for (const file of stats.compilation.fileDependencies) {
        if (!path.isAbsolute(file) || file.includes(`${path.sep}node_modules${path.sep}`)) continue;
        if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
        deps[path.relative(ROOT, file)] = hashFile(file);
      }
      fs.writeFileSync(cachePath(name), JSON.stringify(deps, null, 1));
      resolve();
    });
  });
}

/**
 * Builds (or reuses) a bundle; resolves with its path.
 * @param {'host-double' | 'playground'} name
 * @returns {Promise<string>}
 */
async function buildBundle(name) {
  if (!BUNDLES[name]) throw new Error(`unknown bundle '${name}'; known: ${Object.keys(BUNDLES).join(', ')}`);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  if (!upToDate(name)) await compile(name);
  return path.join(OUT_DIR, `${name}.js`);
}

module.exports = { buildBundle, OUT_DIR };

if (require.main === module) {
  const names = process.argv.slice(2);
  (async () => {
    for (const name of names.length > 0 ? names : Object.keys(BUNDLES)) {
      const started = Date.now();
      const file = await buildBundle(name);
      console.log(`${path.relative(ROOT, file)} (${Date.now() - started} ms)`);
    }
  })().catch((error) => {
    console.error(error.message ?? error);
    process.exitCode = 1;
  });
}
