import {
  Button,
  Field,
  Radio,
  RadioGroup,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import type { PaneKey } from '../../../core/i18n';
import { useT } from '../../i18n';
import { OperationStatus } from '../common/OperationStatus';
import { useCalendarStrings } from './calendarStrings';
import { ReviewFigures, reviewNotes } from './ReviewFigures';
import { PRESETS, useReview, type Preset, type ReviewDates } from './useReview';
import { useReviewStyles } from './Review.styles';

const DATE_INPUTS: { key: keyof ReviewDates; label: PaneKey; hint?: PaneKey }[] = [
  { key: 'from', label: 'review.from', hint: 'review.fromHint' },
  { key: 'to', label: 'review.to' },
  { key: 'asOf', label: 'review.asOf' },
];

/** An ISO date (yyyy-mm-dd) as a local Date for the picker, or undefined when blank or not one. */
function dateOf(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getMonth() === Number(m[2]) - 1 ? date : undefined;
}

/** A picked Date as the ISO date the review works in (never the browser's mm/dd/yyyy). */
function isoOf(date?: Date): string {
  if (!date) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Review view: choose the period, write the management-review sheet, see its key figures. */
export function Review() {
  const styles = useReviewStyles();
  const t = useT();
  const calendar = useCalendarStrings();
  const model = useReview();
  const { generate, goToSheet } = model;
  const result = generate.status === 'done' ? generate.value : undefined;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.t('review.heading')}
      </Subtitle2>
      <Text>{t.t('review.intro')}</Text>
      <Field label={t.t('review.period')}>
        <RadioGroup value={model.preset} onChange={(_, data) => model.choosePreset(data.value as Preset)}>
          {PRESETS.map((p) => (
            <Radio key={p} value={p} label={t.t(`review.preset.${p}`)} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.dates}>
        {DATE_INPUTS.map(({ key, label, hint }) => (
          <Field
            key={key}
            className={styles.date}
            label={t.t(label)}
            hint={hint && t.t(hint)}
            validationMessage={model.errors[key] && t.t(model.errors[key])}
            validationState={model.errors[key] ? 'error' : 'none'}
          >
            <DatePicker
              className={styles.input}
              input={{ className: styles.dateText }}
              allowTextInput
              placeholder={t.t('review.datePattern')}
              strings={calendar}
              value={dateOf(model.dates[key])}
              formatDate={isoOf}
              parseDateFromString={(text) => dateOf(text.trim()) ?? null}
              onSelectDate={(date) => model.setDate(key, date ? isoOf(date) : '')}
            />
          </Field>
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={generate.status === 'running'} onClick={model.submit}>
          {t.t('review.generate')}
        </Button>
      </div>
      <OperationStatus
        label={t.t('review.writing')}
        operation={generate}
        onCancel={generate.cancel}
        onRetry={generate.retry}
      />
      {result && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              {t.t('review.created', {
                sheet: result.sheetName,
                from: t.date(result.figures.period.from),
                to: t.date(result.figures.period.to),
                asOf: t.date(result.figures.asOf),
              })}
              {reviewNotes(result.figures, t).map((note) => (
                <span key={note} className={styles.line}>
                  {note}
                </span>
              ))}
            </MessageBarBody>
          </MessageBar>
          <ReviewFigures figures={result.figures} />
          <div className={styles.actions}>
            <Button onClick={() => void goToSheet.run(result.sheetName)}>
              {t.t('review.goTo', { sheet: result.sheetName })}
            </Button>
          </div>
          <OperationStatus
            label={t.t('review.opening')}
            operation={goToSheet}
            onRetry={goToSheet.retry}
            quiet
          />
        </>
      )}
    </div>
  );
}
