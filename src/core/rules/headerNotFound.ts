import type { Finding } from '../findings';

/**
 * `header-not-found` is decided by the register reader ({@link parseRegister}); when it fails,
 * this is the only finding (nothing else can be checked without a header).
 */
export const headerNotFound = {
  code: 'header-not-found',
  severity: 'error' as const,
  description: 'The sheet has a header row with enough known columns.',
  finding(message: string): Finding {
    return { code: 'header-not-found', severity: 'error', row: null, column: '', field: '', id: '', message };
  },
};
