// @ts-check
/** The register rows that carry the formula-injection and markup strings (xlsx and csv alike). */
'use strict';

const { FIELDS, TEXT_FIELDS, cleanAction, isoDay, dayIso } = require('./register');
const { INJECTIONS } = require('./payloads');

/**
 * Rows whose every text field holds an injection string: overdue open actions (listed on the
 * summary with id, title and owner), closed NCs (listed with root cause and corrective action),
 * and one row with hostile status, type, source and priority words too.
 * @param {string} asOf
 * @returns {Record<string, string>[]}
 */
function injectionActions(asOf) {
  const today = isoDay(asOf);
  /** @type {Record<string, string>[]} */
  const rows = INJECTIONS.flatMap((payload, k) => {
    const base = cleanAction(k, asOf);
    const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, payload]));
    const open = {
      ...base,
      ...text,
      id: payload,
      type: 'Minor NC',
      status: 'In progress',
      remediation: '',
      completionDate: '',
      closedDate: '',
      targetDate: dayIso(today - 10 - k),
    };
    const closed = {
      ...cleanAction(5, asOf),
      ...text,
      id: `${payload} (closed)`,
      type: 'Major NC',
      verifiedBy: 'Internal auditor',
    };
    return [open, closed];
  });
  rows.push({
    ...cleanAction(0, asOf),
    ...Object.fromEntries(FIELDS.map((f) => [f, INJECTIONS[0]])),
    id: 'ALL-FIELDS',
    status: INJECTIONS[1],
    type: INJECTIONS[2],
  });
  return rows;
}

module.exports = { injectionActions };
