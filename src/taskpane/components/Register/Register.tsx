import { Button, MessageBar, MessageBarActions, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { OperationStatus } from '../common/OperationStatus';
import { MappingEditor } from './MappingEditor';
import { RegisterList } from './RegisterList';
import { RegisterSummary } from './RegisterSummary';
import { SetupPreview } from './SetupPreview';
import { SheetPicker } from './SheetPicker';
import { useRegister } from './useRegister';
import { VocabularyEditor } from './VocabularyEditor';
import { useRegisterStyles } from './Register.styles';
import { useT } from '../../i18n';
import { listOf } from '../../words';

/** Register view: which sheet and columns the add-in reads, and the buttons that change them. */
export function Register() {
  const styles = useRegisterStyles();
  const t = useT();
  const model = useRegister();
  const { info, detect, save, setup, create, preview, include } = model;
  const busy = [detect, save, setup, create, preview, include].some((op) => op.status === 'running');
  const several = (info?.registers?.length ?? 0) > 1;
  const notFound = !info && detect.status === 'error' && detect.error?.code === 'no-register';
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.t('register.heading')}
      </Subtitle2>
      <OperationStatus
        label={t.t('register.finding')}
        operation={detect}
        onCancel={detect.cancel}
        onRetry={detect.retry}
      />
      {/* The sheet picker, right where the user learns the register was not found. */}
      {notFound && <SheetPicker busy={busy} onUse={model.useSheet} />}
      {info && (
        <RegisterSummary key={info.sheetName} info={info} onUseSheet={model.chooseSheet} busy={busy} />
      )}
      {info?.registers && several && (
        <RegisterList
          registers={info.registers}
          shown={info.sheetName}
          busy={busy}
          onInclude={(name, included) => void model.includeSheet(name, included)}
          onShow={model.showSheet}
        />
      )}
      <OperationStatus label={t.t('register.including')} operation={include} onRetry={include.retry} />
      <div className={styles.actions}>
        {info && (
          <Button appearance="primary" disabled={busy} onClick={() => void model.saveMapping()}>
            {t.t('register.save')}
          </Button>
        )}
        <Button disabled={busy || !info} onClick={() => void model.showPreview()}>
          {t.t('register.setup')}
        </Button>
        <Button disabled={busy} onClick={() => void model.newRegister()}>
          {t.t('register.new')}
        </Button>
        <Button disabled={busy} onClick={model.redetect}>
          {t.t('register.detectAgain')}
        </Button>
      </div>
      {model.previewShown && (
        <OperationStatus label={t.t('register.listingSetup')} operation={preview} onRetry={preview.retry} />
      )}
      {model.previewShown && preview.status === 'done' && preview.value && (
        <SetupPreview
          preview={preview.value}
          busy={busy}
          onWrite={(addColumns) => void model.setupRegister(addColumns)}
          onCancel={model.hidePreview}
        />
      )}
      {model.missingColumns.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t.t('register.missingColumns', { columns: listOf(t, model.missingColumns) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => void model.setupRegister(true)}>
              {t.t('register.addColumns', { count: model.missingColumns.length })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <OperationStatus
        label={t.t('register.settingUp')}
        operation={setup}
        onCancel={setup.cancel}
        onRetry={setup.retry}
      />
      <OperationStatus label={t.t('register.creating')} operation={create} onRetry={create.retry} />
      <OperationStatus label={t.t('register.saving')} operation={save} onRetry={save.retry} />
      {model.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{model.notice}</MessageBarBody>
        </MessageBar>
      )}
      {info && (
        <>
          <VocabularyEditor
            notes={info.vocabularyNotes}
            draft={model.draft}
            onWordChange={model.setWord}
            present={(['status', 'type', 'source', 'priority'] as const).filter(
              (k) => info.mapping.columns[k],
            )}
          />
          <MappingEditor
            info={info}
            draft={model.draft}
            onFieldChange={model.setField}
            onHeaderRowChange={model.setHeaderRow}
            onLastRowChange={model.setLastRow}
          />
        </>
      )}
    </div>
  );
}
