import type { Finding } from '../findings';

/** The reader's message when it was told which row is the header ("Row 3 does not look like …"). */
const GIVEN_ROW = /^Row (\d+) does not look like a register header/;

/**
 * `header-not-found` is decided by the register reader ({@link parseRegister}); when it fails,
 * this is the only finding (nothing else can be checked without a header). Its catalogue key
 * follows from the reader's message: the header row the user gave, or none.
 */
export const headerNotFound = {
  code: 'header-not-found',
  severity: 'error' as const,
  description: 'The sheet has a header row with enough known columns.',
  finding(message: string): Finding {
    const given = GIVEN_ROW.exec(message);
    return {
      code: 'header-not-found',
      severity: 'error',
      row: null,
      column: '',
      field: '',
      id: '',
      message,
      ...(given
        ? { key: 'finding.header-not-found.row', values: { headerRow: Number(given[1]) } }
        : { key: 'finding.header-not-found' }),
    };
  },
};
