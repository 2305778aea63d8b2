import { FIELD_LABELS, keyFigures, type ReviewFigures as Figures } from '../../../core';
import { PERCENT_DECIMALS } from '../../../core/review/words';
import type { PaneKey, PaneTranslator } from '../../../core/i18n';
import { ENGLISH, useT } from '../../i18n';
import { fieldName, listOf } from '../../words';
import { useReviewStyles } from './Review.styles';

/**
 * The key figures of a generated summary, as the sheet shows them: the same figures, the same
 * precision, and the same caveat where a figure rests on a missing field ("Unknown", never 0).
 * Labels and numbers in the pane's language; the caveats come from the core.
 */
export function ReviewFigures({ figures }: { figures: Figures }) {
  const styles = useReviewStyles();
  const t = useT();
  return (
    <dl className={styles.figures} aria-label={t.t('review.keyFigures')}>
      {keyFigures(figures).map((k) => (
        <div key={k.key} className={styles.figure}>
          <dd className={styles.number}>
            {k.value === null
              ? t.t('review.unknown')
              : k.key === 'effectivenessRate'
                ? t.percent(k.value, PERCENT_DECIMALS)
                : t.number(k.value)}
            {(k.value === null || k.note) && (
              <span className={styles.note}>
                {k.value === null ? k.text.replace(/^Unknown — /, '') : k.note}
              </span>
            )}
          </dd>
          <dt className={styles.label}>{t.t(`review.figure.${k.key}` as PaneKey)}</dt>
        </div>
      ))}
    </dl>
  );
}

const FIELD_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([key, label]) => [label, key]));

/** A field the core names by its English label, in the pane's language. */
function fieldOf(t: PaneTranslator, label: string): string {
  const key = FIELD_BY_LABEL.get(label);
  return key ? fieldName(t, key) : label;
}

/** What the figures rest on, and what the new sheet followed up, in a sentence each. */
export function reviewNotes(figures: Figures, t: PaneTranslator = ENGLISH): string[] {
  const q = figures.quality;
  const errors = q.errors.reduce((n, k) => n + k.count, 0);
  const warnings = q.warnings.reduce((n, k) => n + k.count, 0);
  const notes: string[] = [];
  if (errors + warnings > 0) notes.push(t.t('review.note.quality', { errors, warnings }));
  if (q.fieldsWithoutColumn.length > 0)
    notes.push(
      t.t('review.note.noColumn', {
        fields: listOf(
          t,
          q.fieldsWithoutColumn.map((l) => fieldOf(t, l)),
        ),
      }),
    );
  const fu = figures.followUp;
  if (fu)
    notes.push(
      t.t('review.note.followUp', {
        asOf: t.date(fu.asOf),
        sheet: fu.sheet,
        decisions: fu.decisions.length,
        raised: fu.raisedSince,
        closed: fu.closedSince,
        slipped: fu.slipped.length,
      }),
    );
  const r = figures.recurrence;
  if (r.rate !== null && r.recurring > 0)
    notes.push(
      t.t('review.note.recurrence', {
        recurring: r.recurring,
        raised: r.ncsRaisedInPeriod,
        rate: t.percent(r.rate, PERCENT_DECIMALS),
      }),
    );
  return notes;
}
