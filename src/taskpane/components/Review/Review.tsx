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
import { OperationStatus } from '../common/OperationStatus';
import { ReviewFigures, reviewNotes } from './ReviewFigures';
import { PRESET_LABEL, PRESETS, useReview, type Preset, type ReviewDates } from './useReview';
import { useReviewStyles } from './Review.styles';

const DATE_INPUTS: { key: keyof ReviewDates; label: string; hint?: string }[] = [
  { key: 'from', label: 'Period from', hint: 'Blank: from the last review sheet, else the last 12 months.' },
  { key: 'to', label: 'Period to' },
  { key: 'asOf', label: 'As of' },
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
  const model = useReview();
  const { generate, goToSheet } = model;
  const result = generate.status === 'done' ? generate.value : undefined;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        Management review
      </Subtitle2>
      <Text>
        Writes a new, dated sheet with the figures for ISO 27001 clause 9.3.2. Existing sheets are never
        replaced.
      </Text>
      <Field label="Period">
        <RadioGroup value={model.preset} onChange={(_, data) => model.choosePreset(data.value as Preset)}>
          {PRESETS.map((p) => (
            <Radio key={p} value={p} label={PRESET_LABEL[p]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.dates}>
        {DATE_INPUTS.map(({ key, label, hint }) => (
          <Field
            key={key}
            className={styles.date}
            label={label}
            hint={hint}
            validationMessage={model.errors[key]}
            validationState={model.errors[key] ? 'error' : 'none'}
          >
            <DatePicker
              className={styles.input}
              input={{ className: styles.dateText }}
              allowTextInput
              placeholder="yyyy-mm-dd"
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
          Generate summary
        </Button>
      </div>
      <OperationStatus
        label="Writing the summary"
        operation={generate}
        onCancel={generate.cancel}
        onRetry={generate.retry}
      />
      {result && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              {`Created the sheet “${result.sheetName}” for ${result.figures.period.from} to ${result.figures.period.to}, as of ${result.figures.asOf}.`}
              {reviewNotes(result.figures).map((note) => (
                <span key={note} className={styles.line}>
                  {note}
                </span>
              ))}
            </MessageBarBody>
          </MessageBar>
          <ReviewFigures figures={result.figures} />
          <div className={styles.actions}>
            <Button
              onClick={() => void goToSheet.run(result.sheetName)}
            >{`Go to sheet “${result.sheetName}”`}</Button>
          </div>
          <OperationStatus label="Opening the sheet" operation={goToSheet} onRetry={goToSheet.retry} quiet />
        </>
      )}
    </div>
  );
}
