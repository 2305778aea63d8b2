#!/usr/bin/env node
// The metamorphic harness's dictionaries (lang.js) put to the reader word by word: for each usual
// register header and status word, whether its Spanish, French, German, Italian, Portuguese and
// Hungarian form is read as the English one is (same field; same state). A complement to the
// header-lang-* and status-lang-* runs: it names the unknown words behind their breaks.
//   node bench/registers/metamorphic/probe.js [--dist path/to/dist] [--json]
'use strict';

const path = require('node:path');
const { LANGS, HEADERS, STATUSES } = require('./lang.js');

const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const dist = path.resolve(at >= 0 ? args[at + 1] : path.join(__dirname, '..', '..', '..', 'dist'));
const { mapHeaderRow } = require(path.join(dist, 'core', 'mapping', 'headers.js'));
const { lookupWord, isStatusWord } = require(path.join(dist, 'core', 'mapping', 'vocabulary.js'));

/**
 * What a status word alone is read as: its state, else "a closing word" for the words whose state
 * the register decides ("Completed", "Mitigated": lookupWord leaves them undefined, isStatusWord
 * knows them), else "unknown" — so that an unknown translation of such a word is listed too.
 */
const stateOf = (word) => lookupWord('status', word) || (isStatusWord(word) ? 'a closing word' : 'unknown');

/** The field a header alone is read as (the best-scoring one), or "none". */
function fieldOf(header) {
  const cols = Object.values(mapHeaderRow([header], 1).columns);
  return cols.length ? cols.sort((a, b) => b.score - a.score)[0].field : 'none';
}

const headers = [];
for (const [forms, ...words] of HEADERS) {
  const want = fieldOf(forms[0]);
  if (want === 'none') continue;
  LANGS.forEach((lang, i) => {
    const got = fieldOf(words[i]);
    if (got !== want) headers.push({ lang, english: forms[0], word: words[i], want, got });
  });
}
const statuses = [];
for (const [forms, ...words] of STATUSES) {
  const want = stateOf(forms[0]);
  LANGS.forEach((lang, i) => {
    const got = stateOf(words[i]);
    if (got !== want) statuses.push({ lang, english: forms[0], word: words[i], want, got });
  });
}

if (args.includes('--json')) process.stdout.write(JSON.stringify({ headers, statuses }, null, 2) + '\n');
else {
  for (const lang of LANGS) {
    const h = headers.filter((x) => x.lang === lang);
    const s = statuses.filter((x) => x.lang === lang);
    process.stdout.write(`${lang}: ${h.length} headers, ${s.length} status words not read as in English\n`);
    for (const x of h)
      process.stdout.write(`  header "${x.word}" (${x.english}): ${x.got}, English ${x.want}\n`);
    for (const x of s)
      process.stdout.write(`  status "${x.word}" (${x.english}): ${x.got}, English ${x.want}\n`);
  }
}
