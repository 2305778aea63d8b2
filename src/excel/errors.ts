import type { UserError } from './types';

/**
 * Turns an Office.js error into words a user understands, with what to do next. Office.js
 * errors carry a `code` (`RequestPayloadSizeLimitExceeded`, `EditConflict`, `ItemNotFound`, …).
 */
/** The `code` of an Office.js error (`ItemNotFound`, …), or '' for anything else. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

export function toUserError(error: unknown): UserError {
  const code = errorCode(error);
  const name =
    typeof error === 'object' && error !== null && 'name' in error
      ? String((error as { name: unknown }).name)
      : '';
  if (name === 'AbortError' || code === 'Cancelled') {
    return { code: 'cancelled', message: 'Stopped. Nothing was changed.', retry: true };
  }
  switch (code) {
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return {
        code: 'payload-too-large',
        message:
          'Excel refused a request as too large. Nothing was changed. Try again; if it happens again, report it with the number of rows in your register.',
        retry: true,
      };
    case 'EditConflict':
    case 'Conflict':
      return {
        code: 'edit-conflict',
        message: 'Someone else changed the workbook at the same moment. Nothing was changed. Try again.',
        retry: true,
      };
    case 'ItemNotFound':
    case 'InvalidReference':
      return {
        code: 'sheet-missing',
        message:
          'The register sheet was not found — it may have been renamed or deleted. Choose the register sheet again.',
        retry: true,
      };
    case 'ApiNotFound':
    case 'NotImplemented':
      return {
        code: 'not-supported',
        message:
          'This version of Excel does not support this feature. Update Excel, or use Excel on the web.',
        retry: false,
      };
    case 'GeneralException':
    case 'ServiceNotAvailable':
    case 'NetworkError':
    case 'Timeout':
      return {
        code: 'network',
        message:
          'Excel could not be reached (connection or service problem). Nothing was changed. Try again in a moment.',
        retry: true,
      };
    default:
      return {
        code: 'unexpected',
        message: `Something went wrong${code ? ` (${code})` : ''}. Nothing was changed. Try again; if it keeps happening, reload the add-in.`,
        retry: true,
      };
  }
}

/** Throws an AbortError when the operation was cancelled (checked between Excel round trips). */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) {
    const e = new Error('Cancelled');
    e.name = 'AbortError';
    throw e;
  }
}
