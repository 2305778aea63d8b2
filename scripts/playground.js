#!/usr/bin/env node
// The playground: the production build of the task pane (dist/) running against the Excel host
// double, beside a simple grid view of the double's workbook, so the add-in can be tried in a
// browser without Excel. See playground/README.md.
//   npm run playground  (node scripts/playground.js [--port 3100] [--host 127.0.0.1]; builds dist/ if absent)
//
//   /                        playground/index.html (grid, sheet tabs, open / download)
//   /playground/…            playground/ files, the grid bundle, ExcelJS's browser build, the sample
//   /pane/taskpane.html      dist/taskpane.html with its office.js <script> pointed at /pane/office-double.js
//   /pane/office-double.js   the host double bundle, seeded from and attached to the parent page
//   /pane/…                  everything else from dist/, unchanged
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { URL } = require('node:url');
const { buildBundle } = require('./build-double');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PLAYGROUND = path.join(ROOT, 'playground');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** The pane's page as built, except that office.js comes from this server (CSP 'self' allows it). */
function paneHtml() {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  if (!html.includes(OFFICE_JS)) throw new Error(`dist/taskpane.html does not load ${OFFICE_JS}`);
  return html.split(OFFICE_JS).join('/pane/office-double.js');
}

/** The double, seeded with the parent page's workbook and handed back to it once installed. */
function officeDouble(bundle) {
  return [
    '// Excel host double (test/host-double) standing in for office.js in the playground.',
    'var __playground = window.parent !== window ? window.parent.__playground : undefined;',
    'window.__hostDoubleSeed = __playground ? __playground.seed() : undefined;',
    bundle,
    'if (__playground) __playground.attach(window.__hostDouble);',
  ].join('\n');
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendFile(res, file) {
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
}

/** `base` + `rel`, or undefined when `rel` climbs out of `base`. */
function inside(base, rel) {
  const file = path.normalize(path.join(base, rel));
  return file.startsWith(base + path.sep) ? file : undefined;
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    // The playground serves the production build as it is; make it once when there is none.
    // build:test: the production build with a test address in its manifest (a release build needs
    // ADDIN_PRODUCTION_URL, which the playground has no use for).
    console.log('dist/ has no build yet: running `npm run build:test` first…');
    const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:test'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) {
      console.error('The build failed; fix it (npm run build:test) and start the playground again.');
      process.exitCode = 1;
      return;
    }
  }
  console.log('Bundling the host double and the playground page (cached in test-results/.double/)…');
  const [doubleFile, gridFile] = [await buildBundle('host-double'), await buildBundle('playground')];
  const doubleJs = officeDouble(fs.readFileSync(doubleFile, 'utf8'));
  const gridJs = fs.readFileSync(gridFile, 'utf8');
  const files = {
    '/': path.join(PLAYGROUND, 'index.html'),
    '/playground/exceljs.min.js': path.join(ROOT, 'node_modules/exceljs/dist/exceljs.min.js'),
    '/playground/sample-register.xlsx': path.join(ROOT, 'examples/sample-register.xlsx'),
  };

  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'text/plain', 'Method not allowed');
      if (files[pathname]) return sendFile(res, files[pathname]);
      if (pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
      if (pathname === '/playground/playground.js') return send(res, 200, TYPES['.js'], gridJs);
      if (pathname === '/pane/office-double.js') return send(res, 200, TYPES['.js'], doubleJs);
      // Read per request, so a rebuild of dist/ shows after a reload of the page.
      if (pathname === '/pane/' || pathname === '/pane/taskpane.html')
        return send(res, 200, TYPES['.html'], paneHtml());
      if (pathname.startsWith('/pane/')) {
        const file = inside(DIST, decodeURIComponent(pathname.slice('/pane/'.length)));
        return file ? sendFile(res, file) : send(res, 403, 'text/plain', 'Forbidden');
      }
      if (pathname.startsWith('/playground/')) {
        const file = inside(PLAYGROUND, decodeURIComponent(pathname.slice('/playground/'.length)));
        return file ? sendFile(res, file) : send(res, 403, 'text/plain', 'Forbidden');
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    } catch (error) {
      console.error(error);
      return send(res, 500, 'text/plain; charset=utf-8', String(error.message ?? error));
    }
  });

  const host = option('host', process.env.HOST ?? '127.0.0.1');
  const port = Number(option('port', process.env.PORT ?? 3100));
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    console.log(`Improvement Plan playground: http://${host}:${actual}/  (Ctrl+C to stop)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
