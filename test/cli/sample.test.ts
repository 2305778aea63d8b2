/**
 * The bundled sample is made by a deterministic script: regenerating it gives the committed
 * files byte for byte (so the examples never drift from the generator).
 */
import { spawnSync } from 'child_process';
import path from 'path';
import { removeDir, ROOT, SAMPLE_CSV, SAMPLE_XLSX, sha256, tempDir } from './cliHarness';

describe('scripts/make-sample.js', () => {
  it('regenerates examples/sample-register.xlsx and .csv byte for byte', async () => {
    const dir = await tempDir();
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-sample.js'), dir], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(await sha256(path.join(dir, 'sample-register.xlsx'))).toBe(await sha256(SAMPLE_XLSX));
      expect(await sha256(path.join(dir, 'sample-register.csv'))).toBe(await sha256(SAMPLE_CSV));
    } finally {
      await removeDir(dir);
    }
  }, 30_000);
});
