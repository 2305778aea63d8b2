/**
 * Installable on its own: the tarball `npm pack` makes holds the built command line, and runs from
 * an empty folder with nothing of the repository around it — `--version`, and `validate` on the
 * sample register it carries. Its runtime dependencies come from this checkout's node_modules (no
 * network: CI runs after `npm ci`), copied, not linked, so nothing outside the folder is reachable.
 */
import { spawnSync } from 'child_process';
import { builtinModules } from 'module';
import fs from 'fs';
import path from 'path';
import { AS_OF, removeDir, ROOT, STACK_TRACE, tempDir } from './cliHarness';

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
}

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return r;
}

/** Bare module names the compiled files require (not Node's own, not relative). */
function requiredPackages(dir: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.js')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)) {
          const name = m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0];
          if (!name.startsWith('node:') && !builtinModules.includes(name)) out.add(name);
        }
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * Copies a package and everything it depends on from this checkout into `target`, at the same place
 * in node_modules (nested versions stay nested, as npm laid them out).
 */
function copyWithDependencies(name: string, from: string, target: string, seen: Set<string>): void {
  const source = path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
  if (seen.has(source)) return;
  seen.add(source);
  const dest = path.join(target, path.relative(ROOT, source));
  if (!fs.existsSync(dest)) fs.cpSync(source, dest, { recursive: true, dereference: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as Manifest;
  for (const dep of Object.keys(manifest.dependencies ?? {})) copyWithDependencies(dep, source, target, seen);
}

describe('the packed package', () => {
  let dir: string;
  let installed: string;
  beforeAll(() => {
    // Build first: the tarball must carry the compiled command line (npm pack runs the prepare script, which builds it too).
    const tsc = run(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'],
      ROOT,
    );
    if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  }, 60_000);
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('packs the built command line, its schemas and the sample, and no sources or tests', async () => {
    dir = await tempDir();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
    expect(packed.status).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout) as {
      filename: string;
      files: { path: string }[];
    }[];
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'bin/improvement-plan.js',
        'dist/cli/main.js',
        'schemas/validate.schema.json',
        'schemas/review.schema.json',
        'schemas/plan-config.schema.json',
        'examples/sample-register.xlsx',
        'package.json',
      ]),
    );
    expect(paths.filter((p) => /^(src|test|node_modules)\//.test(p) || p.endsWith('.ts'))).toEqual([]);

    // An empty folder: the tarball extracted where npm installs it, plus its runtime dependencies.
    installed = path.join(dir, 'app', 'node_modules', 'improvement-plan');
    fs.mkdirSync(installed, { recursive: true });
    const tar = run('tar', ['-xzf', path.join(dir, filename), '-C', installed, '--strip-components=1'], dir);
    expect(tar.status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as Manifest;
    const needed = requiredPackages(path.join(installed, 'dist'));
    // Everything the compiled files require is a declared dependency of the package.
    expect([...needed].filter((n) => !(n in (manifest.dependencies ?? {})))).toEqual([]);
    const seen = new Set<string>();
    for (const name of needed) copyWithDependencies(name, ROOT, path.join(dir, 'app'), seen);
  }, 60_000);

  it('runs --version and validate on the sample it carries, from the empty folder', () => {
    const app = path.join(dir, 'app');
    const bin = path.join(installed, 'bin', 'improvement-plan.js');
    const version = run(process.execPath, [bin, '--version'], app);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    expect(version.stdout.trim()).toBe(pkg.version);
    const sample = path.join('node_modules', 'improvement-plan', 'examples', 'sample-register.xlsx');
    const validate = run(
      process.execPath,
      [bin, 'validate', sample, '--as-of', AS_OF, '--format', 'json'],
      app,
    );
    expect(validate.stderr).not.toMatch(STACK_TRACE);
    if (validate.status !== 1) throw new Error(`exit ${validate.status}:\n${validate.stderr}`);
    expect(validate.status).toBe(1);
    expect(JSON.parse(validate.stdout)).toMatchObject({ sheet: 'Improvement plan', rows: 200 });
    // Nothing of the checkout is reachable from there.
    const resolved = run(process.execPath, ['-e', 'console.log(require.resolve("exceljs"))'], app);
    expect(resolved.stdout.trim().startsWith(app)).toBe(true);
  }, 60_000);
});
