import { SOURCES } from '../model';
import { type Rule } from './rule';
import { unknownWordFindings } from './unknownWords';

export const unknownSource: Rule = {
  code: 'unknown-source',
  severity: 'warning',
  description:
    'The source (audit, incident, risk assessment, …) is recognised, so the review summary can count it.',
  checkRegister(ctx) {
    return unknownWordFindings(
      this,
      ctx,
      'source',
      (a) => a.source === undefined,
      (word, rows) =>
        `source "${word}" is not recognised (${rows}), so the review summary counts it as unknown. Map it once to one of ${SOURCES.join(', ')} (command line: --source-map "${word}=internal-audit").`,
      undefined,
      { word: 'finding.unknown-source' },
      { sources: SOURCES.join(', ') },
    );
  },
};
