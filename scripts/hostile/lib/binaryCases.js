// @ts-check
/** Files that are not usable workbooks: encrypted, truncated. */
'use strict';

const { encryptedWorkbookBytes } = require('./cfb');
const { clean } = require('./xlsx');
const { fillRegister, xlsxBytes } = require('./xlsx');

/** @typedef {import('./xlsx').Case} Case */

const registerBytes = (/** @type {string} */ asOf) =>
  xlsxBytes((wb) => fillRegister(wb.addWorksheet('Register'), clean(20, asOf)));

/** @type {Case[]} */
const BINARY_CASES = [
  {
    name: 'encrypted-password.xlsx',
    what: 'a password-protected workbook: a compound file with EncryptionInfo and EncryptedPackage streams',
    build: async () => encryptedWorkbookBytes(),
  },
  {
    name: 'truncated-half.xlsx',
    what: 'a register workbook cut in half (central directory gone)',
    build: async ({ asOf }) => {
      const whole = await registerBytes(asOf);
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
  },
  {
    name: 'truncated-tail.xlsx',
    what: 'a register workbook missing its last 10 bytes (end-of-central-directory record cut)',
    build: async ({ asOf }) => {
      const whole = await registerBytes(asOf);
      return whole.subarray(0, whole.length - 10);
    },
  },
];

module.exports = { BINARY_CASES };
