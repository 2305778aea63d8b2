/**
 * The target-date policy a run uses: `--policy <file.json>` when given, else the policy the Excel
 * add-in stored in the workbook (document settings, beside the mapping), else the defaults. Either
 * is laid over the defaults; a wrong part of a `--policy` file stops the run (exit 2), a wrong part
 * of a stored policy is left out with a note.
 */
import { promises as fs } from 'fs';
import path from 'path';
import {
  checkPolicy,
  DEFAULT_POLICY,
  POLICY_SETTING_KEY,
  type TargetDatePolicy,
} from '../core/followThrough/policy';
import { checkRecheckStore, RECHECKS_SETTING_KEY, type RecheckStore } from '../core/followThrough/rechecks';
import { MAX_CONFIG_BYTES } from './config';
import { readAddinSetting } from './io/addinSettings';
import { failure, type Outcome } from './runtime';

export interface ResolvedPolicy {
  policy: TargetDatePolicy;
  from: 'file' | 'workbook' | 'default';
  /** Sentences for stderr (a stored policy's parts that were left out). */
  notes: string[];
  /** Re-check dates the add-in keeps in the workbook for a register without a re-check column. */
  rechecks: RecheckStore;
}

async function readPolicyFile(file: string): Promise<Outcome<TargetDatePolicy>> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_CONFIG_BYTES)
      return failure('bad-policy', `--policy ${file} is too big for a policy (at most 1 MB).`);
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    return failure(
      'bad-policy',
      code === 'ENOENT'
        ? `--policy ${file}: no such file.`
        : `--policy ${file} cannot be read (${code || String(e)}).`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return failure(
      'bad-policy',
      `--policy ${file} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  const checked = checkPolicy(parsed);
  if (checked.problems.length > 0)
    return failure('bad-policy', `--policy ${file}: ${checked.problems.join('; ')}.`);
  return { ok: true, value: checked.policy };
}

/**
 * The policy for a run over `input`.
 *
 * @example await resolvePolicy('register.xlsx', 'policy.json') // { ok: true, value: { from: 'file', … } }
 */
export async function resolvePolicy(input: string, policyFile?: string): Promise<Outcome<ResolvedPolicy>> {
  let fromFile: TargetDatePolicy | undefined;
  if (policyFile !== undefined) {
    const read = await readPolicyFile(policyFile);
    if (!read.ok) return read;
    fromFile = read.value;
  }
  const none: ResolvedPolicy = fromFile
    ? { policy: fromFile, from: 'file', notes: [], rechecks: {} }
    : { policy: DEFAULT_POLICY, from: 'default', notes: [], rechecks: {} };
  if (!/\.xls[xm]$/i.test(input)) return { ok: true, value: none };
  let buf: Buffer;
  try {
    buf = await fs.readFile(input);
  } catch {
    return { ok: true, value: none }; // the reader says what is wrong with the file
  }
  const kept = readAddinSetting(buf, RECHECKS_SETTING_KEY);
  const rechecks = kept.kind === 'found' ? checkRecheckStore(kept.value) : {};
  if (fromFile) return { ok: true, value: { ...none, rechecks } };
  const stored = readAddinSetting(buf, POLICY_SETTING_KEY);
  if (stored.kind !== 'found') return { ok: true, value: { ...none, rechecks } };
  const checked = checkPolicy(stored.value);
  const notes =
    checked.problems.length > 0
      ? [
          `Parts of the target-date policy stored in ${path.basename(input)} are ignored: ${checked.problems.join('; ')}.`,
        ]
      : [];
  return { ok: true, value: { policy: checked.policy, from: 'workbook', notes, rechecks } };
}
