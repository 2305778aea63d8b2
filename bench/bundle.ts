/**
 * Part 4 — bundle sizes: the production build (`webpack --mode production`, the project's own
 * webpack.config.js) written to a temporary folder so the shared dist/ is left alone. "Initial"
 * JavaScript is what an HTML page loads by its own <script> tags (runtime, entry bundles); lazy
 * chunks (views loaded on first use) are listed apart. Sizes are gzip level 9.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import type { Configuration, Stats, StatsModule } from 'webpack';
import { emptyPart, type Options, type PartResult } from './report';
import { KIB, round } from './timing';
import { benchTempDir } from './xlsxFixture';

const ROOT = path.resolve(__dirname, '..');
export const GOAL_PANE_KIB = 250;
export const GOAL_COMMANDS_KIB = 30;
/** Where the bench's production build goes (the pane part serves it). */
export const BENCH_DIST = path.join(benchTempDir(), 'webpack-dist');
/** The blank Fluent pane (bench/blankPane), built with the same settings beside it. */
export const BLANK_DIST = path.join(benchTempDir(), 'webpack-blank');

export interface PageScripts {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The scripts a built page loads itself (not office.js from the CDN, not lazy chunks). */
export function pageScripts(dir: string, html: string): PageScripts {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const srcs = [...text.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/i.test(s));
  const files = srcs.map((s) => {
    const full = path.join(dir, s);
    return { file: s, bytes: statSync(full).size, gzip: gzipSize(full) };
  });
  return {
    files,
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
  };
}

type MakeConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

async function build(outputPath: string, blank = false): Promise<Stats> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as MakeConfig;
  // The release build's configuration with the test address (a release build refuses to run
  // without ADDIN_PRODUCTION_URL); the manifest's URLs change nothing the bench measures.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TEST_BASE_URL } = require(path.join(ROOT, 'scripts/manifest-url.js')) as { TEST_BASE_URL: string };
  const config = await makeConfig({ ADDIN_PRODUCTION_URL: TEST_BASE_URL }, { mode: 'production' });
  config.context = ROOT;
  config.output = { ...config.output, path: outputPath, clean: true };
  config.infrastructureLogging = { level: 'error' };
  if (blank) {
    // The blank pane: the same loaders, target, runtime chunk, minifier and compile hint; its own
    // entry and page instead of the add-in's (and none of its copied files).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const HtmlWebpackPlugin = require('html-webpack-plugin') as typeof import('html-webpack-plugin');
    config.entry = { blank: './bench/blankPane/index.tsx' };
    config.plugins = [
      ...(config.plugins ?? []).filter((p) => p?.constructor?.name === 'BannerPlugin'),
      new HtmlWebpackPlugin({ filename: 'blank.html', template: './bench/blankPane/blank.html' }),
    ];
  }
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) reject(error ?? new Error('webpack returned no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve(stats);
    });
  });
}

/** Module names (concatenated modules expanded) and sizes of one chunk. */
function chunkModules(stats: Stats, chunkName: string): { name: string; size: number }[] {
  const json = stats.toJson({
    all: false,
    chunks: true,
    chunkModules: true,
    nestedModules: true,
    dependentModules: true,
    chunkModulesSpace: Infinity,
    nestedModulesSpace: Infinity,
  });
  const chunk = json.chunks?.find((c) => c.names?.includes(chunkName));
  const out: { name: string; size: number }[] = [];
  const visit = (m: StatsModule) => {
    if (m.modules?.length) m.modules.forEach(visit);
    else out.push({ name: m.name ?? m.identifier ?? '?', size: m.size ?? 0 });
  };
  chunk?.modules?.forEach(visit);
  return out;
}

/** Source bytes (before minification) by package or src/ folder. */
function byOrigin(modules: { name: string; size: number }[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const m of modules) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m.name)?.[1];
    const key = pkg ? `node_modules/${pkg}` : path.dirname(m.name.replace(/^\.\//, ''));
    totals.set(key, (totals.get(key) ?? 0) + m.size);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

export async function runBundle(options: Options): Promise<PartResult> {
  const part = emptyPart('bundle', '4. Bundle: gzipped JavaScript of the pane and of the ribbon commands');
  options.log(`bundle: webpack --mode production → ${BENCH_DIST}`);
  rmSync(BENCH_DIST, { recursive: true, force: true });
  const stats = await build(BENCH_DIST);
  options.log(`bundle: the blank Fluent pane (bench/blankPane) → ${BLANK_DIST}`);
  rmSync(BLANK_DIST, { recursive: true, force: true });
  await build(BLANK_DIST, true);
  const blank = pageScripts(BLANK_DIST, 'blank.html');
  const pane = pageScripts(BENCH_DIST, 'taskpane.html');
  const commands = pageScripts(BENCH_DIST, 'commands.html');
  const initial = new Set([...pane.files, ...commands.files].map((f) => f.file));
  const lazy = readdirSync(BENCH_DIST)
    .filter((f) => f.endsWith('.js') && !initial.has(f))
    .map((f) => ({
      file: f,
      bytes: statSync(path.join(BENCH_DIST, f)).size,
      gzip: gzipSize(path.join(BENCH_DIST, f)),
    }));
  const commandModules = chunkModules(stats, 'commands');
  const paneModules = chunkModules(stats, 'taskpane');
  const paneNames = new Set(paneModules.map((m) => m.name));
  // The core's messages (findings, review sheet) are shown by lazy views only (src/taskpane/coreLanguage.ts).
  const coreCatalogues = [...paneModules, ...commandModules].filter((m) =>
    /src\/core\/i18n\/locales\/[^/]+\/core\.ts$/.test(m.name),
  );
  // Both entries are initial chunks of taskpane.html: modules in both are downloaded twice.
  const duplicated = commandModules.filter((m) => paneNames.has(m.name));
  const forbidden = commandModules.filter((m) =>
    /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel)\//.test(m.name),
  );
  const kib = (b: number) => round(b / KIB, 1);
  part.tables.push({
    columns: ['page / chunk', 'files', 'raw KiB', 'gzip KiB', 'goal gzip KiB'],
    rows: [
      [
        'taskpane.html (initial)',
        pane.files.map((f) => f.file.replace(/\.[0-9a-f]{20}\.js$/, '.js')).join(' + '),
        kib(pane.bytes),
        kib(pane.gzip),
        GOAL_PANE_KIB,
      ],
      [
        'commands.html (initial)',
        commands.files.map((f) => f.file.replace(/\.[0-9a-f]{20}\.js$/, '.js')).join(' + '),
        kib(commands.bytes),
        kib(commands.gzip),
        GOAL_COMMANDS_KIB,
      ],
      [
        'blank Fluent pane (bench/blankPane, not shipped)',
        blank.files.map((f) => f.file.replace(/\.[0-9a-f]{20}\.js$/, '.js')).join(' + '),
        kib(blank.bytes),
        kib(blank.gzip),
        '',
      ],
      [
        'lazy chunks (views, on first use)',
        `${lazy.length} files`,
        kib(lazy.reduce((a, f) => a + f.bytes, 0)),
        kib(lazy.reduce((a, f) => a + f.gzip, 0)),
        '',
      ],
    ],
  });
  part.tables.push({
    title: 'Per file (gzip KiB)',
    columns: ['file', 'raw KiB', 'gzip KiB'],
    rows: [
      ...pane.files,
      ...commands.files.filter((f) => !pane.files.some((p) => p.file === f.file)),
      ...lazy,
    ].map((f) => [f.file, kib(f.bytes), kib(f.gzip)]),
  });
  part.tables.push({
    title: 'commands chunk: source bytes by origin (before minification), largest first',
    columns: ['origin', 'source KiB'],
    rows: byOrigin(commandModules)
      .slice(0, 10)
      .map(([k, v]) => [k, kib(v)]),
  });
  part.notes.push(
    'KiB = 1,024 bytes; gzip level 9 of each file, summed. taskpane.html loads runtime + taskpane + commands (the shared runtime registers the ribbon functions in the pane).',
    `React / Fluent UI modules in the commands chunk: ${forbidden.length === 0 ? 'none' : forbidden.map((m) => m.name).join(', ')}.`,
    `Modules in both the taskpane and the commands chunk (taskpane.html downloads them twice): ${duplicated.length}, ` +
      `${kib(duplicated.reduce((a, m) => a + m.size, 0))} KiB of source before minification.`,
    `The core's message catalogues in taskpane.html's initial chunks (the first view shows none of their words): ${
      coreCatalogues.length === 0 ? 'none' : coreCatalogues.map((m) => m.name).join(', ')
    }.`,
  );
  part.data = {
    outputPath: BENCH_DIST,
    blankPath: BLANK_DIST,
    blank,
    pane,
    commands,
    lazy,
    commandsForbiddenModules: forbidden.map((m) => m.name),
    duplicatedModules: duplicated.map((m) => m.name),
    initialCoreCatalogues: coreCatalogues.map((m) => m.name),
  };
  part.goals.push(
    {
      goal: `pane initial JS ≤ ${GOAL_PANE_KIB} KiB gzip`,
      measured: `${kib(pane.gzip)} KiB`,
      met: pane.gzip <= GOAL_PANE_KIB * KIB,
    },
    {
      goal: `commands JS ≤ ${GOAL_COMMANDS_KIB} KiB gzip, without React / Fluent`,
      measured: `${kib(commands.gzip)} KiB; ${forbidden.length} React/Fluent modules`,
      met: commands.gzip <= GOAL_COMMANDS_KIB * KIB && forbidden.length === 0,
      why:
        commands.gzip <= GOAL_COMMANDS_KIB * KIB
          ? undefined
          : 'the commands entry imports the whole core through src/core/index.ts (rules, requirement tables, review sheet plan).',
    },
  );
  return part;
}
