// Builds the add-in pages into dist/:
//   npm run build       production: hashed bundles, dist/manifest.xml pointing at ADDIN_PRODUCTION_URL
//                       (refused, exit 2, when it is missing or still the placeholder)
//   npm run build:test  the production build for the browser tests, bench and playground
//                       (https://addin.test.invalid/: a name that never resolves, never distributed)
//   npm run build:dev   development: source maps, manifest.xml unchanged (https://localhost:3000/)
//   npm run dev-server  development served on https://localhost:3000 with office-addin-dev-certs
'use strict';

const path = require('node:path');
const { BannerPlugin, Compilation } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { releaseBaseUrl, toProductionManifest } = require('./scripts/manifest-url');

/** `--env ADDIN_PRODUCTION_URL=…` from webpack-cli, when given. */
function pickUrl(env) {
  return typeof env.ADDIN_PRODUCTION_URL === 'string'
    ? { ADDIN_PRODUCTION_URL: env.ADDIN_PRODUCTION_URL }
    : {};
}

/**
 * Puts the page's deferred bundles before office.js's `<script>` in <head>. Chromium's preload
 * scanner fetches nothing after a Content-Security-Policy `<meta>` until the parser has passed it,
 * and the parser stops at office.js (a parser-blocking script): bundles placed after office.js are
 * only requested once office.js has downloaded and run, about half a second of the pane's start at
 * 4× CPU throttle. Before it, the parser itself requests them while office.js loads. `defer` still
 * runs them after the document is parsed, so after office.js, in their own order.
 *
 * They are fetched at high priority (`fetchpriority="high"`): a deferred script is a low-priority
 * request, which Chromium holds back while the parser is still in <head> — here until office.js has
 * run — so in the bench taskpane.js reached the page about 0.1 s after `Office.onReady` at 4×
 * throttle and the first view waited for its compile. At high priority the three are fetched and
 * compiled in the background while office.js loads (BENCHMARKS.md part 5).
 */
class BundlesBeforeOfficeJs {
  apply(compiler) {
    const { htmlTagObjectToString } = require('html-webpack-plugin/lib/html-tags');
    compiler.hooks.compilation.tap('BundlesBeforeOfficeJs', (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).afterTemplateExecution.tap(
        'BundlesBeforeOfficeJs',
        (data) => {
          const officeJs = /<script\s+src="https:\/\/appsforoffice\.microsoft\.com\/[^"]+"\s*><\/script>/;
          const scripts = data.headTags.filter((tag) => tag.tagName === 'script');
          if (!officeJs.test(data.html) || scripts.length === 0) return data;
          const tags = scripts
            .map((tag) =>
              htmlTagObjectToString(
                { ...tag, attributes: { ...tag.attributes, fetchpriority: 'high' } },
                false,
              ),
            )
            .join('');
          return {
            ...data,
            html: data.html.replace(officeJs, (office) => tags + office),
            headTags: data.headTags.filter((tag) => tag.tagName !== 'script'),
          };
        },
      );
    });
  }
}

const DEV_SERVER_PORT = 3000; // must match https://localhost:3000/ in manifest.xml

/** Certificates are only needed to serve; requiring them lazily keeps `npm run build` offline and cert-free. */
async function httpsServerOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

/**
 * @param {Record<string, unknown>} env webpack-cli env (`WEBPACK_SERVE` is set by `webpack serve`)
 * @param {{ mode?: string }} argv
 * @returns {Promise<import('webpack').Configuration>}
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);

  let transformManifest;
  if (!dev) {
    // A release build must name where dist/ is hosted: ADDIN_PRODUCTION_URL (environment, or
    // `--env ADDIN_PRODUCTION_URL=…`). Without it, or with the placeholder, the build stops here
    // rather than ship a manifest that store and admin-centre validation reject.
    const release = releaseBaseUrl({ ...process.env, ...pickUrl(env) });
    if (!release.ok) {
      // From the command line: one line and a non-zero exit, not webpack-cli's stack trace.
      if (env.WEBPACK_BUILD || env.WEBPACK_BUNDLE || serving) {
        console.error(release.message);
        process.exit(2);
      }
      throw new Error(release.message);
    }
    transformManifest = (content) => toProductionManifest(content.toString('utf8'), release.url);
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode,
    // es2020 tells webpack it may use globalThis, so its runtime needs no `new Function` fallback (CSP: no eval).
    target: ['web', 'es2020'],
    entry: {
      // taskpane.html loads both entries; `dependOn` puts a module both import (core, Excel adapter,
      // ribbon result channel) only in the commands chunk, so the pane downloads and parses it once.
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'commands' },
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash].js',
      // dist/ is shared with the CLI build (tsconfig.cli.json writes dist/cli and dist/core): keep those.
      clean: { keep: /^(cli|core)[\\/]/ },
    },
    // Never an eval-based devtool, even in development: the pages' CSP has no 'unsafe-eval'.
    devtool: dev ? 'source-map' : false,
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    // office.js is loaded by a <script> tag from Microsoft's CDN, never bundled.
    externals: {
      'office-js': 'Office',
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // type checking is `npm run typecheck`
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules (tsconfig.json says commonjs for Node/Jest) so webpack can tree-shake Fluent UI.
              compilerOptions: { module: 'esnext', sourceMap: dev },
            },
          },
        },
        {
          // The core is pure (no module does anything when loaded but define its exports): an
          // import of one function from src/core/index.ts brings that function's modules, not the
          // whole core. Keeps the ribbon's commands chunk and the pane's first view small.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        // The pane's own styles resolved to CSS at build time (Griffel's ahead-of-time step, as
        // Fluent's published components have it), not by makeStyles while the first view renders.
        ...(dev
          ? []
          : [
              {
                test: /[\\/]src[\\/]taskpane[\\/].+\.styles\.ts$/,
                enforce: 'post',
                use: path.resolve(__dirname, 'scripts/griffel-aot-loader.js'),
              },
            ]),
      ],
    },
    optimization: {
      // One webpack runtime per page: taskpane.html loads both entries in the shared runtime, and a
      // module both import (e.g. the command list) must be one instance, not one per entry.
      runtimeChunk: 'single',
      // At most four files per lazy import: with webpack's default (30) Home and the backend came
      // in about 25 small shared chunks, each a <script> appended and run on the pane's one thread
      // (several ms each at 4× CPU throttle). Fewer, larger chunks: a few modules are in two chunks.
      splitChunks: { maxAsyncRequests: 4 },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // With the shared runtime (manifest.xml: FunctionFile = Taskpane.Url) the ribbon functions
        // are registered by the commands entry inside this page.
        chunks: ['commands', 'taskpane'],
        chunksSortMode: 'manual', // runtime, commands, taskpane: the order the pane runs them in
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new BundlesBeforeOfficeJs(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]', globOptions: { ignore: ['**/.*'] } },
          { from: 'src/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            ...(transformManifest ? { transform: transformManifest } : {}),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };

  if (!dev) {
    // V8 explicit compile hint (Chromium 136+, so Edge WebView2 and Office on the web in Edge or Chrome;
    // other engines read a comment): compile every function of the bundle while the file streams in,
    // on a background thread, instead of on the main thread at first call. The pane calls most of
    // its start-up code at once (React, Fluent UI, the register detection), so this takes work off
    // the critical path. Added after minification (which would strip it) and after the content hash.
    config.plugins.push(
      new BannerPlugin({
        banner: '//# allFunctionsCalledOnLoad',
        raw: true,
        test: /\.js$/,
        stage: Compilation.PROCESS_ASSETS_STAGE_REPORT,
      }),
    );
  }

  if (serving) {
    config.devServer = {
      port: DEV_SERVER_PORT,
      server: { type: 'https', options: await httpsServerOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false, // everything served is emitted by this build (assets are copied above)
    };
  }
  return config;
};
