import { ACTION_TYPES } from '../model';
import { type Rule } from './rule';
import { unknownWordFindings } from './unknownWords';

export const unknownType: Rule = {
  code: 'unknown-type',
  severity: 'error',
  description: 'The type is one the add-in understands (major NC, minor NC, NC, observation, OFI).',
  checkRegister(ctx) {
    return unknownWordFindings(
      this,
      ctx,
      'type',
      (a) => a.type === undefined,
      (word, rows) =>
        `type "${word}" is not recognised (${rows}). Map "${word}" once to one of ${ACTION_TYPES.join(', ')} in the mapping (command line: --type-map "${word}=minor-nc").`,
      (rows) => `no type (${rows}). Say whether each is a major NC, minor NC, observation or OFI.`,
      { word: 'finding.unknown-type', blank: 'finding.unknown-type.blank' },
      { types: ACTION_TYPES.join(', ') },
    );
  },
};
