/**
 * Results, not exceptions, for user data (zod's issue model): parsing and validation return
 * `{ ok: true, value }` or `{ ok: false, issues }`. Throwing is kept for programmer errors.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; issues: E[] };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(...issues: E[]): { ok: false; issues: E[] } {
  return { ok: false, issues };
}
