import { useCallback, useEffect, useState } from 'react';
import type { FieldKey, RegisterConfig, VocabularyKind } from '../../../core';
import type { RegisterInfo } from '../../../commands/api';
import { useT } from '../../i18n';
import { usePane } from '../../PaneContext';
import { useOperation } from '../common/useOperation';
import { configFromDraft, EMPTY_DRAFT, type MappingDraft } from './mappingDraft';

/** State and commands of the Register view: detection, the unsaved mapping draft, and the buttons. */
export function useRegister() {
  const { commands, registerChanged } = usePane();
  const t = useT();
  // The sheet whose mapping is shown: the main register unless the user picked another in the list.
  const [shownSheet, setShownSheet] = useState<string>();
  const detect = useOperation((sheetName: string | undefined, options) =>
    commands.detectRegister(sheetName ? { ...options, sheetName } : options),
  );
  const include = useOperation((args: { sheetName: string; included: boolean }) =>
    commands.includeRegister
      ? commands.includeRegister(args.sheetName, args.included)
      : Promise.resolve({
          ok: false as const,
          error: {
            code: 'not-supported' as const,
            message: t.t('register.cannotInclude'),
            retry: false,
          },
        }),
  );
  const save = useOperation((config: RegisterConfig & { sheetName?: string }) => commands.saveConfig(config));
  const setup = useOperation((addColumns: boolean, options) =>
    commands.setupRegister({ ...options, addColumns }),
  );
  const create = useOperation((_: void) => commands.newRegister());
  const preview = useOperation((_: void, options) =>
    commands.previewSetup
      ? commands.previewSetup(options)
      : Promise.resolve({
          ok: false as const,
          error: {
            code: 'not-supported' as const,
            message: t.t('register.cannotPreview'),
            retry: false,
          },
        }),
  );
  const [previewShown, setPreviewShown] = useState(false);
  const [draft, setDraft] = useState<MappingDraft>(EMPTY_DRAFT);
  const [notice, setNotice] = useState<string>();
  const info = detect.value;

  // A new detection replaces the draft: its choices referred to the previous header row.
  const [draftFor, setDraftFor] = useState<RegisterInfo | undefined>(info);
  if (draftFor !== info) {
    setDraftFor(info);
    setDraft(EMPTY_DRAFT);
  }

  const { run: runDetect } = detect;
  useEffect(() => {
    void runDetect(shownSheet);
  }, [runDetect, shownSheet]);

  const redetect = useCallback(() => {
    setNotice(undefined);
    void runDetect(shownSheet);
  }, [runDetect, shownSheet]);

  const storeConfig = async (config: RegisterConfig & { sheetName?: string }, done: string) => {
    setNotice(undefined);
    const outcome = await save.run(config);
    if (!outcome?.ok) return;
    setNotice(done);
    registerChanged();
    // The mapping of the sheet shown stays shown; a newly chosen main register is shown.
    void runDetect(config.sheetName && config.sheetName === shownSheet ? shownSheet : undefined);
  };

  return {
    info,
    detect,
    include,
    /** Includes a register sheet in validation, the workflow and the review, or leaves it out. */
    includeSheet: async (sheetName: string, included: boolean) => {
      setNotice(undefined);
      const outcome = await include.run({ sheetName, included });
      if (!outcome?.ok) return;
      const count = outcome.value.filter((r) => r.included).length;
      setNotice(
        included
          ? t.t('register.includedNotice', { sheet: sheetName, count })
          : t.t('register.leftOutNotice', { sheet: sheetName, count }),
      );
      registerChanged();
      void runDetect(shownSheet);
    },
    /** Shows the mapping and words of another register sheet (each has its own). */
    showSheet: (sheetName: string) => {
      setNotice(undefined);
      setShownSheet(sheetName);
    },
    save,
    setup,
    create,
    draft,
    notice,
    redetect,
    setField: (field: FieldKey, letter: string) =>
      setDraft((d) => ({ ...d, fields: { ...d.fields, [field]: letter } })),
    setWord: (kind: VocabularyKind, word: string, value: string) =>
      setDraft((d) => ({
        ...d,
        vocabulary: { ...d.vocabulary, [kind]: { ...d.vocabulary[kind], [word]: value } },
      })),
    setHeaderRow: (headerRow: number | undefined) => setDraft((d) => ({ ...d, headerRow })),
    setLastRow: (lastRow: number | null) => setDraft((d) => ({ ...d, lastRow })),
    saveMapping: () => info && storeConfig(configFromDraft(info, draft), t.t('register.mappingSaved')),
    preview,
    previewShown,
    showPreview: async () => {
      setNotice(undefined);
      setPreviewShown(true);
      await preview.run();
    },
    hidePreview: () => setPreviewShown(false),
    /** A sheet named by the user when no register was found: read it with its header found again. */
    useSheet: (name: string) => {
      setShownSheet(undefined);
      void storeConfig({ sheetName: name }, t.t('register.nowReading', { sheet: name }));
    },
    chooseSheet: (name: string) => {
      const choice = info?.alternatives.find((a) => a.name === name);
      if (!choice) return;
      void storeConfig(
        { sheetName: choice.name, headerRow: choice.headerRow },
        t.t('register.nowUsing', { sheet: name }),
      );
    },
    missingColumns: setup.value?.missingColumns ?? [],
    setupRegister: async (addColumns = false) => {
      setNotice(undefined);
      setPreviewShown(false);
      const outcome = await setup.run(addColumns);
      if (!outcome?.ok) return;
      const { validations, conditionalFormats, addedColumns } = outcome.value;
      const added = addedColumns.length
        ? ` ${t.t('register.addedColumns', { columns: addedColumns.join(', ') })}`
        : '';
      setNotice(t.t('register.setUpNotice', { validations, rules: conditionalFormats }) + added);
      if (addedColumns.length) {
        registerChanged();
        void runDetect(shownSheet);
      }
    },
    newRegister: async () => {
      setNotice(undefined);
      const outcome = await create.run();
      if (!outcome?.ok) return;
      setNotice(t.t('register.createdNotice', { sheet: outcome.value.sheetName }));
      registerChanged();
      setShownSheet(undefined);
      void runDetect(undefined);
    },
  };
}

export type RegisterModel = ReturnType<typeof useRegister>;
