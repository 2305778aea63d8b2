import { formatPercent, keyFigures, type ReviewFigures as Figures } from '../../../core';
import { useReviewStyles } from './Review.styles';

/**
 * The key figures of a generated summary, as the sheet shows them: the same labels, the same
 * precision, and the same caveat where a figure rests on a missing field ("Unknown", never 0).
 */
export function ReviewFigures({ figures }: { figures: Figures }) {
  const styles = useReviewStyles();
  return (
    <dl className={styles.figures} aria-label="Key figures">
      {keyFigures(figures).map((k) => (
        <div key={k.key} className={styles.figure}>
          <dd className={styles.number}>
            {k.value === null
              ? 'Unknown'
              : k.key === 'effectivenessRate'
                ? formatPercent(k.value)
                : String(k.value)}
            {(k.value === null || k.note) && (
              <span className={styles.note}>
                {k.value === null ? k.text.replace(/^Unknown — /, '') : k.note}
              </span>
            )}
          </dd>
          <dt className={styles.label}>{k.label}</dt>
        </div>
      ))}
    </dl>
  );
}

/** What the figures rest on, and what the new sheet followed up, in a sentence each. */
export function reviewNotes(figures: Figures): string[] {
  const q = figures.quality;
  const errors = q.errors.reduce((n, k) => n + k.count, 0);
  const warnings = q.warnings.reduce((n, k) => n + k.count, 0);
  const notes: string[] = [];
  if (errors + warnings > 0)
    notes.push(
      `The register has ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}; the sheet opens with them by kind (the Findings view lists each).`,
    );
  if (q.fieldsWithoutColumn.length > 0)
    notes.push(`Fields without a column: ${q.fieldsWithoutColumn.join(', ')}.`);
  const fu = figures.followUp;
  if (fu)
    notes.push(
      `Followed up the review of ${fu.asOf} (“${fu.sheet}”): ${fu.decisions.length} decision${fu.decisions.length === 1 ? '' : 's'}, ${fu.raisedSince} raised and ${fu.closedSince} closed since, ${fu.slipped.length} target date${fu.slipped.length === 1 ? '' : 's'} moved later.`,
    );
  const r = figures.recurrence;
  if (r.rate !== null && r.recurring > 0)
    notes.push(
      `${r.recurring} of ${r.ncsRaisedInPeriod} NCs raised in the period (${formatPercent(r.rate)}) resemble an earlier NC.`,
    );
  return notes;
}
