import type { ReviewFigures as Figures } from '../../../core';
import { useReviewStyles } from './Review.styles';

/** The key figures of a generated summary; the full detail is on the new sheet. */
export function ReviewFigures({ figures }: { figures: Figures }) {
  const styles = useReviewStyles();
  const rate = figures.effectivenessRate;
  const items: [string, string][] = [
    ['Open', figures.open.toLocaleString()],
    ['Overdue', figures.overdue.toLocaleString()],
    ['Closed in period', figures.closedInPeriod.toLocaleString()],
    ['Effectiveness rate', rate === null ? 'No NC closed' : `${Math.round(rate * 100)} %`],
    ['Raised in period', figures.raisedInPeriod.toLocaleString()],
    [
      'Median days to close',
      figures.medianDaysToClose === null ? 'None closed' : String(figures.medianDaysToClose),
    ],
  ];
  return (
    <dl className={styles.figures} aria-label="Key figures">
      {items.map(([label, value]) => (
        <div key={label} className={styles.figure}>
          <dd className={styles.number}>{value}</dd>
          <dt className={styles.label}>{label}</dt>
        </div>
      ))}
    </dl>
  );
}
