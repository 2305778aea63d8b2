/**
 * Writing an output file so that it is either complete or absent. The bytes go to a temporary
 * file beside the target (`.<name>.<pid>.<time>.tmp`), are flushed to disk, and the temporary
 * file is renamed over the target. While that runs — and only then — SIGINT, SIGTERM and SIGHUP
 * remove the temporary file before the process ends with the signal's usual exit status, and an
 * exit caused by a crash removes it too. (SIGKILL cannot be caught: it can leave the temporary
 * file, never a partial output under the target's name.)
 */
import { closeSync, promises as fs, unlinkSync } from 'fs';
import path from 'path';
import { failure, type Outcome } from '../runtime';
import type { ZipSink } from './zipWriter';

/**
 * Fault injection for the tests of this guarantee: after `afterBytes` bytes have been written,
 * `throw` an error, send the process a signal, or `crash` it with an uncaught exception. Set from
 * `IMPROVEMENT_PLAN_FAULT=<bytes>:<throw|SIGINT|SIGTERM|crash>`; never set in normal use.
 */
export interface Fault {
  afterBytes: number;
  action: 'throw' | 'SIGINT' | 'SIGTERM' | 'crash';
}

export function faultFromEnv(env: Record<string, string | undefined>): Fault | undefined {
  const m = /^(\d+):(throw|SIGINT|SIGTERM|crash)$/.exec(env.IMPROVEMENT_PLAN_FAULT ?? '');
  return m ? { afterBytes: Number(m[1]), action: m[2] as Fault['action'] } : undefined;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** Removes `temp` on signals and on exit while installed; {@link uninstall} removes the handlers. */
function guard(temp: string, fd: () => number | undefined): { uninstall: () => void } {
  const removeTemp = () => {
    const open = fd();
    if (open !== undefined) {
      try {
        closeSync(open);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or never created
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    uninstall();
    // Raised again with no handler of ours: the process ends as the signal says (130, 143, …).
    process.kill(process.pid, signal);
  };
  const uninstall = () => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.removeListener('exit', removeTemp);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeTemp);
  return { uninstall };
}

async function fire(fault: Fault): Promise<never> {
  if (fault.action === 'throw') throw new Error(`injected fault after ${fault.afterBytes} bytes`);
  if (fault.action === 'crash') {
    setImmediate(() => {
      throw new Error(`injected crash after ${fault.afterBytes} bytes`);
    });
  } else {
    process.kill(process.pid, fault.action);
  }
  // The signal or the crash ends the process before this wait does.
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  throw new Error('the injected fault did not end the process');
}

/**
 * Runs `write` against a temporary file beside `target`, then renames it over `target`. On any
 * error the temporary file is removed and the target left as it was.
 *
 * @example await writeAtomicallyWith('/tmp/out.xlsx', async (sink) => sink.write(bytes))
 */
export async function writeAtomicallyWith(
  target: string,
  write: (sink: ZipSink) => Promise<void>,
  options: { fault?: Fault } = {},
): Promise<Outcome<string>> {
  const temp = tempPathFor(target);
  let handle: fs.FileHandle | undefined;
  const { uninstall } = guard(temp, () => handle?.fd);
  let written = 0;
  const fault = options.fault;
  const writeAll = async (chunk: Buffer, position: number | null) => {
    let done = 0;
    while (done < chunk.length) {
      const { bytesWritten } = await handle!.write(
        chunk,
        done,
        chunk.length - done,
        position === null ? null : position + done,
      );
      done += bytesWritten;
    }
  };
  const sink: ZipSink = {
    write: async (chunk) => {
      if (fault && written + chunk.length >= fault.afterBytes) {
        await writeAll(chunk.subarray(0, fault.afterBytes - written), null);
        await fire(fault);
      }
      await writeAll(chunk, null);
      written += chunk.length;
    },
    writeAt: (chunk, position) => writeAll(chunk, position),
  };
  try {
    handle = await fs.open(temp, 'wx');
    await write(sink);
    if (fault && fault.afterBytes >= written) await fire(fault);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
    return { ok: true, value: target };
  } catch (e) {
    await handle?.close().catch(() => undefined);
    handle = undefined;
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const detail = e instanceof Error ? e.message : String(e);
    return failure(
      'write-failed',
      `${target} could not be written (${detail}). Nothing was written under that name; check the folder's permissions and free space.`,
    );
  } finally {
    uninstall();
  }
}
