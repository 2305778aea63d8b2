/**
 * The README's command-line section and the --help texts list every option the command line takes,
 * so neither can fall behind the parser again.
 */
import fs from 'fs';
import path from 'path';
import { COMMANDS, OPTIONS } from '../../src/cli/args';
import { usage } from '../../src/cli/usage';
import { ROOT } from './cliHarness';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Command line'), readme.indexOf('### Run it in Excel'));
const help = [usage(), ...COMMANDS.map((c) => usage(c))].join('\n');

describe('every option is documented', () => {
  it.each(Object.keys(OPTIONS))('--%s is in the README and in --help', (name) => {
    expect(section).toContain(`--${name}`);
    expect(help).toContain(`--${name}`);
  });

  it.each(COMMANDS)('the README names the %s command', (command) => {
    expect(section).toContain(`${command} <file`);
  });
});
