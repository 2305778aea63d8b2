import { STATES } from '../model';
import { type Rule } from './rule';
import { unknownWordFindings } from './unknownWords';

export const unknownStatus: Rule = {
  code: 'unknown-status',
  severity: 'error',
  description: 'The status is a word mapped to a workflow state (reported once per word).',
  checkRegister(ctx) {
    return unknownWordFindings(
      this,
      ctx,
      'status',
      (a) => a.state === undefined && !a.statusIsOverdue,
      (word, rows) =>
        `status "${word}" is not recognised (${rows}). Map "${word}" once to one of ${STATES.join(', ')} in the mapping (command line: --status-map "${word}=in-progress"), or use the register's own status words.`,
      (rows) =>
        `no status (${rows}). Set each action's status (for example the register's word for new or open).`,
      { word: 'finding.unknown-status', blank: 'finding.unknown-status.blank' },
      { states: STATES.join(', ') },
    );
  },
};
