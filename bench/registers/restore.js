#!/usr/bin/env node
// Restores the benchmark's files from local git copies of their repositories.
// The files are not in this repository (bench/registers/README.md); each entry of registers.json
// names its source as `owner/repo@commit path`. Given a folder holding bare git copies named
// `owner+repo` (with the git directory at `owner+repo/repo` or `owner+repo/repo/.git`), this writes
// each listed file, byte for byte as committed, to $REGISTERS_DIR (else ../shared/registers) under
// the benchmark's name. Files already present are left alone.
//   node bench/registers/restore.js --mirror DIR [--repos owner/a,owner/b] [--list-repos]
// --list-repos prints the repositories whose files are still missing, one per line, and stops.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const mirror = option('--mirror');
const onlyRepos = option('--repos') ? new Set(option('--repos').split(',')) : undefined;
const dir = process.env.REGISTERS_DIR || path.resolve(root, '..', 'shared', 'registers');
const entries = JSON.parse(fs.readFileSync(path.join(__dirname, 'registers.json'), 'utf8'));

function parseSource(source) {
  const match = /^([^@\s]+)@([0-9a-f]{40}) (.+)$/.exec(source);
  return match ? { repo: match[1], commit: match[2], file: match[3] } : undefined;
}

function gitDir(repo) {
  const base = path.join(mirror, repo.replace('/', '+'));
  for (const candidate of [path.join(base, 'repo', '.git'), path.join(base, 'repo')]) {
    if (fs.existsSync(path.join(candidate, 'HEAD'))) return candidate;
  }
  return undefined;
}

const missing = entries.filter((entry) => !fs.existsSync(path.join(dir, entry.file)));
if (args.includes('--list-repos')) {
  const repos = new Set(missing.map((entry) => parseSource(entry.source)?.repo).filter(Boolean));
  process.stdout.write([...repos].join('\n') + (repos.size ? '\n' : ''));
  process.exit(0);
}
if (!mirror) {
  process.stderr.write('restore: give --mirror DIR, the folder of git copies named owner+repo\n');
  process.exit(2);
}

fs.mkdirSync(dir, { recursive: true });
let restored = 0;
const notFound = [];
for (const entry of missing) {
  const source = parseSource(entry.source);
  if (!source || (onlyRepos && !onlyRepos.has(source.repo))) continue;
  const git = gitDir(source.repo);
  if (!git) continue;
  const shown = spawnSync('git', ['--git-dir', git, 'show', `${source.commit}:${source.file}`], {
    maxBuffer: 512 * 1024 * 1024,
  });
  if (shown.status !== 0) {
    notFound.push(`${entry.file}: ${String(shown.stderr).trim().split('\n')[0]}`);
    continue;
  }
  fs.writeFileSync(path.join(dir, entry.file), shown.stdout);
  restored += 1;
}
process.stdout.write(`restored ${restored} file(s) into ${dir}\n`);
for (const line of notFound) process.stdout.write(`not at its commit: ${line}\n`);
const still = entries.filter((entry) => !fs.existsSync(path.join(dir, entry.file))).length;
process.stdout.write(`${entries.length - still} of ${entries.length} present\n`);
