/**
 * A/B of two production builds of the pane, the way BENCHMARKS.md part 5 measures a change:
 * alternating cold loads (a new browser context each, the order swapped every pair and the two
 * builds' origins every two pairs) in one headless Chromium at 4× CPU throttle, the sample
 * register with its mapping saved, the host double as office.js. Per load: Office.onReady → first
 * view (tabs and the register's name), → findings shown, and status change → prompt; and from the
 * navigation's start, → Office.onReady and → first view; between the two, taskpane.js's evaluation
 * and render time (Long Animation Frames, below). Prints the medians of A and B, the paired
 * difference B − A (mean ± 95 % interval) and in how many pairs B was faster, with the load
 * average at the start and end: on a shared machine only the paired figures say what a change does.
 *
 *   node bench/paneAB.js <distA> <distB> [pairs=12]
 *
 * Build each side without touching the shared dist/, e.g. in a copy of the tree:
 *   node -e "require('./webpack.config.js')({ADDIN_PRODUCTION_URL: require('./scripts/manifest-url.js')
 *     .TEST_BASE_URL}, {mode: 'production'}).then(c => require('webpack')({...c, output: {...c.output,
 *     path: '/tmp/me/distB'}}, (e, s) => console.log(e || s.hasErrors() ? 'failed' : 'built')))"
 */
import os from 'os';
import path from 'path';
import { existsSync } from 'fs';
import { chromium } from 'playwright-core';
import { workbookFromXlsx } from '../test/host-double/xlsx';
import { serializeWorkbook } from '../test/e2e/double/modelJson';
import {
  CHROMIUM_ARGS,
  THROTTLE,
  doubleScript,
  marksScript,
  measureContext,
  sampleTarget,
  serveBench,
} from './pane';
import { median, round } from './timing';

const SAMPLE = path.join(__dirname, '..', 'examples/sample-register.xlsx');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Side = 'A' | 'B';
type Measure = 'firstView' | 'findings' | 'prompt' | 'onReady' | 'navToView' | 'evaluate' | 'render';
/**
 * The three goals' measures, then two from the navigation's start (the page's time origin): to
 * `Office.onReady` and to the first view. A change that only moves work from after `Office.onReady`
 * to before it shows there: first view shorter, onReady later, navToView the same.
 *
 * Then two of the pane's own work between `Office.onReady` and the first view, from the page's
 * Long Animation Frames (frames over 50 ms; at 4× the script's evaluation and the first render are
 * such frames): `evaluate`, taskpane.js's evaluation (its classic-script entries), and `render`,
 * taskpane.js's callbacks — React's render and commit of the first view, with the layout forced
 * inside them. They leave out what the first view waits for without working (a script compiling off
 * the main thread, other processes holding the cores between tasks), so they say what a change does
 * to that work with less noise than the wall time; a diagnosis beside the goal's measure, never it.
 */
const MEASURES: readonly Measure[] = [
  'firstView',
  'findings',
  'prompt',
  'onReady',
  'navToView',
  'evaluate',
  'render',
];

/** Records the page's Long Animation Frames' scripts: [start, duration, file, invoker type]. */
const FRAMES_SCRIPT = `(() => {
  const scripts = (window.__benchMarks.scripts = []);
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries())
        for (const s of frame.scripts)
          scripts.push([s.startTime, s.duration, (s.sourceURL || '').split('/').pop(), s.invokerType]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

type FrameScript = [start: number, duration: number, file: string, invoker: string];

/** taskpane.js's time in [from, to]: its evaluation, or its callbacks. */
function scriptTime(
  scripts: readonly FrameScript[] | undefined,
  kind: 'evaluate' | 'render',
  from: number,
  to: number,
): number {
  if (!scripts) return NaN;
  return scripts
    .filter(
      ([, , file, invoker]) =>
        file.startsWith('taskpane.') && (invoker === 'classic-script') === (kind === 'evaluate'),
    )
    .reduce(
      (sum, [start, duration]) => sum + Math.max(0, Math.min(to, start + duration) - Math.max(from, start)),
      0,
    );
}

export async function paneAB(distA: string, distB: string, pairs: number): Promise<string> {
  for (const dist of [distA, distB])
    if (!existsSync(path.join(dist, 'taskpane.html'))) throw new Error(`${dist}/taskpane.html is missing`);
  const loadAtStart = os.loadavg().map((l) => round(l, 2));
  const target = await sampleTarget(await workbookFromXlsx(SAMPLE));
  const script = await doubleScript(JSON.stringify(serializeWorkbook(await workbookFromXlsx(SAMPLE))));
  // Two servers (two origins), and which build each serves swapped every two pairs: with the order
  // within a pair swapped every pair, each build is loaded first and second from each origin
  // equally often, so nothing of one server or origin leans on one side (an A/A run of one build
  // on two fixed servers gave B − A −61 ± 92 ms at load 8, B faster in 9 of 12).
  let swapped = false;
  const dists = { A: path.resolve(distA), B: path.resolve(distB) };
  const servers = {
    A: await serveBench(() => (swapped ? dists.B : dists.A), { kind: 'double', script }),
    B: await serveBench(() => (swapped ? dists.A : dists.B), { kind: 'double', script }),
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const figures: Record<Side, Record<Measure, number[]>> = {
    A: { firstView: [], findings: [], prompt: [], onReady: [], navToView: [], evaluate: [], render: [] },
    B: { firstView: [], findings: [], prompt: [], onReady: [], navToView: [], evaluate: [], render: [] },
  };
  const init = `${marksScript(target.sheet, target.settings)}\n${FRAMES_SCRIPT}`;
  const url = (side: Side) => `${servers[swapped === (side === 'A') ? 'B' : 'A'].origin}/taskpane.html`;
  try {
    // One load of each first (the server's files in the OS cache), not counted.
    for (const side of ['A', 'B'] as const)
      await measureContext(browser, url(side), init, 'findings', undefined, 1);
    for (let i = 0; i < pairs; i++) {
      swapped = Math.floor(i / 2) % 2 === 1;
      for (const side of (i % 2 ? ['B', 'A'] : ['A', 'B']) as Side[]) {
        const [s] = await measureContext(browser, url(side), init, 'findings', target, 1);
        if (s.errors.length) throw new Error(`${side}: ${s.errors.join('; ')}`);
        figures[side].firstView.push(s.name! - s.onReady!);
        figures[side].findings.push(s.findings! - s.onReady!);
        figures[side].prompt.push(s.prompt === undefined ? NaN : s.prompt - s.edit!);
        figures[side].onReady.push(s.onReady!);
        figures[side].navToView.push(s.name!);
        const scripts = (s as { scripts?: FrameScript[] }).scripts;
        figures[side].evaluate.push(scriptTime(scripts, 'evaluate', s.onReady!, s.name!));
        figures[side].render.push(scriptTime(scripts, 'render', s.onReady!, s.name!));
      }
      const last = (side: Side) => MEASURES.map((m) => round(figures[side][m][i]!, 0)).join(' / ');
      process.stderr.write(`pair ${i + 1} of ${pairs}: A ${last('A')}  B ${last('B')} ms\n`);
    }
  } finally {
    await browser.close();
    await Promise.all([servers.A.close(), servers.B.close()]);
  }
  const lines = [
    `${pairs} pairs of cold loads (order swapped every pair, origins every two), CPU ${THROTTLE}× slower, mapping saved; load ${loadAtStart.join(' / ')} → ${os
      .loadavg()
      .map((l) => round(l, 2))
      .join(' / ')}`,
  ];
  for (const m of MEASURES) {
    const ok = figures.A[m].map((a, i) => [a, figures.B[m][i]!]).filter(([a, b]) => Number.isFinite(a + b));
    const d = ok.map(([a, b]) => b - a);
    const mean = d.reduce((x, y) => x + y, 0) / d.length;
    const sd = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / Math.max(1, d.length - 1));
    lines.push(
      `${m.padEnd(9)}  A median ${round(median(ok.map(([a]) => a)), 0)} ms  B median ${round(
        median(ok.map(([, b]) => b)),
        0,
      )} ms  B − A ${round(mean, 0)} ± ${round((1.96 * sd) / Math.sqrt(d.length), 0)} ms (95 %), B faster in ${
        d.filter((x) => x < 0).length
      } of ${d.length}`,
    );
  }
  return lines.join('\n');
}
