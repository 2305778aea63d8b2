/**
 * Streamed output (issue 16): validate's JSON and CSV are written in chunks as the findings are
 * said, never as one string, and are the same bytes JSON.stringify and the CSV formatter give.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { ChunkedSink, writeJson } from '../../src/cli/jsonOut';
import { AS_OF, NOW, removeDir, SAMPLE_CSV, tempDir } from './cliHarness';

function collect(): { writes: string[]; write: (t: string) => void } {
  const writes: string[] = [];
  return { writes, write: (t: string) => void writes.push(t) };
}

describe('writeJson', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['an empty object', {}, []],
    ['a list first and empty', { findings: [], b: 1 }, ['findings']],
    ['a list last', { a: 'x', findings: [{ a: 1, b: [1, { c: null }] }, 'two', 3] }, ['findings']],
    [
      'members JSON leaves out, text that needs escapes, nested objects and empty ones',
      {
        a: undefined,
        b: () => 1,
        text: 'line\nbreak "quoted" \\ \u0000 \u2028 é',
        nested: { deep: { deeper: [1, [2, []], {}] } },
        findings: [{ message: 'a\nb', row: null }, undefined, { x: undefined }],
        c: [],
        d: {},
      },
      ['findings'],
    ],
    ['two lists', { one: [1, 2], mid: true, two: [{ a: 'b' }] }, ['one', 'two']],
  ];

  it.each(cases)('writes %s as JSON.stringify(value, null, 2) does', (_name, value, listed) => {
    const sink = collect();
    const lists = Object.fromEntries(listed.map((k) => [k, (value[k] as unknown[]).values()]));
    writeJson(sink, value, lists);
    expect(sink.writes.join('')).toBe(JSON.stringify(value, null, 2) + '\n');
  });

  it('writes a long list in chunks of about 64 K characters, making each item as it goes', () => {
    const sink = collect();
    let made = 0;
    function* items(): Generator<{ n: number; text: string }> {
      for (let n = 0; n < 20_000; n++) {
        made++;
        yield { n, text: `item ${n}` };
      }
    }
    const value = { head: 'h', findings: [] as unknown[] };
    writeJson(sink, value, { findings: items() });
    expect(made).toBe(20_000);
    expect(sink.writes.length).toBeGreaterThan(5);
    expect(Math.max(...sink.writes.map((w) => w.length))).toBeLessThan(70_000);
    const all = Array.from({ length: 20_000 }, (_, n) => ({ n, text: `item ${n}` }));
    expect(sink.writes.join('')).toBe(JSON.stringify({ head: 'h', findings: all }, null, 2) + '\n');
  });

  it('ChunkedSink writes nothing until a chunk is full or flushed', () => {
    const sink = collect();
    const out = new ChunkedSink(sink);
    out.write('a');
    out.write('b');
    expect(sink.writes).toEqual([]);
    out.flush();
    out.flush();
    expect(sink.writes).toEqual(['ab']);
  });
});

describe('validate --format json and csv on a register of 3,000 rows', () => {
  let dir: string;
  let csv: string;
  beforeAll(async () => {
    dir = await tempDir();
    // The sample's rows, repeated with their IDs made unique: many findings of every kind.
    const [head, ...rows] = (await fs.readFile(SAMPLE_CSV, 'utf8')).trimEnd().split(/\r?\n/);
    const lines = [head];
    for (let i = 0; lines.length <= 3_000; i++)
      for (const row of rows) if (lines.length <= 3_000) lines.push(row.replace(/^([^,]*)/, `$1-${i}`));
    csv = path.join(dir, 'register.csv');
    await fs.writeFile(csv, lines.join('\n') + '\n');
  });
  afterAll(() => removeDir(dir));

  async function run(format: string): Promise<{ code: number; writes: string[] }> {
    const stdout = collect();
    const code = await main(['validate', csv, '--format', format, '--as-of', AS_OF], {
      stdout,
      stderr: { write: () => undefined },
      isTTY: false,
      now: NOW,
      env: {},
    });
    return { code, writes: stdout.writes };
  }

  it('writes the JSON in several chunks, the same bytes as JSON.stringify of the whole', async () => {
    const { code, writes } = await run('json');
    expect(code).toBe(1);
    const text = writes.join('');
    const report = JSON.parse(text) as { findings: unknown[]; rows: number };
    expect(report.rows).toBe(3_000);
    expect(report.findings.length).toBeGreaterThan(1_000);
    expect(text).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(writes.length).toBeGreaterThan(3);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(80_000);
  });

  it('writes the CSV in several chunks: a header, then one line per finding', async () => {
    const json = JSON.parse((await run('json')).writes.join('')) as { findings: unknown[] };
    const { writes } = await run('csv');
    const text = writes.join('');
    expect(text.startsWith('\uFEFFDone,Severity,What to do,Code,Row,Column,ID,Field,Message\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(writes.length).toBeGreaterThan(3);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(80_000);
    // One line per finding (messages hold no line breaks here).
    expect(text.split('\r\n').length - 2).toBe(json.findings.length);
  });
});
