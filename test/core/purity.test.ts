import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The lint rule that keeps the engine pure, proven on a probe file (not only on today's code).
 * ESLint runs in a child process: its flat config is an ES module, which Jest's VM cannot load.
 */
const ROOT = path.resolve(__dirname, '../..');
const PROBE = [
  "import React from 'react';",
  "import { Button } from '@fluentui/react-components';",
  "import fs from 'fs';",
  "import { readFile } from 'node:fs/promises';",
  "import ExcelJS from 'exceljs';",
  "import { readRegister } from '../excel/readRegister';",
  "import { main } from '../cli/main';",
  "import { FIELDS } from './model';",
  'export const probe = [React, Button, fs, readFile, ExcelJS, readRegister, main, FIELDS, Excel, Office, document];',
].join('\n');

interface Message {
  ruleId: string | null;
  line: number;
}

function lintProbe(): Message[] {
  const bin = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
  const run = spawnSync(
    process.execPath,
    [bin, '--stdin', '--stdin-filename', 'src/core/__probe.ts', '--format', 'json'],
    {
      cwd: ROOT,
      input: PROBE,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: Message[] }[];
  return result.messages;
}

describe('src/core stays pure', () => {
  const messages = lintProbe();
  const rulesOnLine = (line: number) => messages.filter((m) => m.line === line).map((m) => m.ruleId);

  it.each([1, 2, 3, 4, 5, 6, 7])(
    'rejects the import on probe line %i (UI, Node IO, file library, upper layers)',
    (line) => {
      expect(rulesOnLine(line)).toContain('no-restricted-imports');
    },
  );

  it('accepts imports inside the core', () => {
    expect(rulesOnLine(8)).toEqual([]);
  });

  it('rejects the Office.js and DOM globals', () => {
    expect(rulesOnLine(9).filter((id) => id === 'no-restricted-globals')).toHaveLength(3);
  });
});
