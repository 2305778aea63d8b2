import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { OperationStatus } from '../common/OperationStatus';
import { ReviewFigures, reviewNotes } from './ReviewFigures';
import { PRESET_LABEL, PRESETS, useReview, type Preset, type ReviewDates } from './useReview';
import { useReviewStyles } from './Review.styles';

const DATE_INPUTS: { key: keyof ReviewDates; label: string; hint?: string }[] = [
  { key: 'from', label: 'Period from', hint: 'Blank: from the last review sheet, else the last 12 months.' },
  { key: 'to', label: 'Period to' },
  { key: 'asOf', label: 'As of' },
];

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
            <Input
              type="date"
              className={styles.input}
              input={{ className: styles.dateText }}
              value={model.dates[key]}
              onChange={(_, data) => model.setDate(key, data.value)}
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
