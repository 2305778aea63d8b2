import {
  Fragment,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  EN_PANE,
  createTranslator,
  isLang,
  paneTranslator,
  resolveLanguage,
  type Lang,
  type PaneKey,
  type PaneTranslator,
} from '../core/i18n';
import { firstViewShown } from './firstView';

/** Where the user's choice of language is kept: this browser profile, never the workbook. */
export const LANGUAGE_STORAGE_KEY = 'improvementPlan.language';
/** The pseudo-locale's tag (see src/core/i18n/pseudo.ts): set in localStorage or `?lang=` by tests. */
export const PSEUDO_LOCALE = 'qps-ploc';

/** What the user chose: a language, or `office` (follow Office's display language). */
export type LanguageChoice = Lang | 'office' | typeof PSEUDO_LOCALE;

/** The pane's English, available at once: the default before anything else is known. */
export const ENGLISH: PaneTranslator = createTranslator<PaneKey>('en', EN_PANE, EN_PANE);

/** Office's display language ("de-DE"), or the browser's outside Office; undefined when neither says. */
export function officeLanguage(): string | undefined {
  try {
    const tag = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
    if (tag) return tag;
  } catch {
    // Office.context throws in some hosts before initialisation: the browser's language below.
  }
  return typeof navigator === 'undefined' ? undefined : navigator.language || undefined;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can be blocked (a sandboxed frame, privacy settings): the choice is then per session.
    return undefined;
  }
}

/** The stored choice, a `?lang=` query parameter winning (tests and support links use it). */
export function storedChoice(): LanguageChoice {
  let value: string | null | undefined;
  try {
    value = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  } catch {
    value = null;
  }
  if (!value) {
    try {
      value = storage()?.getItem(LANGUAGE_STORAGE_KEY);
    } catch {
      value = null;
    }
  }
  return value === PSEUDO_LOCALE || isLang(value) ? value : 'office';
}

function storeChoice(choice: LanguageChoice): void {
  try {
    if (choice === 'office') storage()?.removeItem(LANGUAGE_STORAGE_KEY);
    else storage()?.setItem(LANGUAGE_STORAGE_KEY, choice);
  } catch {
    // Not stored (full or blocked storage): the pane still switches for this session.
  }
}

/**
 * The translator for a choice. Office's own tag is kept for a language we speak (so `de-CH`
 * formats numbers the Swiss way); a chosen language uses its default locale. The pseudo-locale
 * is its own lazy chunk, loaded only when a test asks for it.
 */
export async function loadPaneLanguage(choice: LanguageChoice = storedChoice()): Promise<PaneTranslator> {
  if (choice === PSEUDO_LOCALE) {
    const { pseudoMessages } = await import(/* webpackChunkName: "i18n-pseudo" */ '../core/i18n/pseudo');
    return createTranslator<PaneKey>('en', pseudoMessages(EN_PANE), EN_PANE, 'en-GB');
  }
  const office = officeLanguage();
  if (choice === 'office') return paneTranslator(office);
  return paneTranslator(resolveLanguage(office) === choice ? office : choice);
}

/** `<html lang>` follows the pane's language (screen readers pick their voice from it; hyphenation too). */
export function applyDocumentLanguage(t: PaneTranslator, choice: LanguageChoice = 'office'): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = choice === PSEUDO_LOCALE ? PSEUDO_LOCALE : t.locale.split('-')[0]!;
}

/**
 * Everything the pane needs before its first view renders: the chosen language's messages (a
 * small lazy chunk, fetched while the "Loading…" text of taskpane.html still shows) and `lang`.
 */
export async function startPaneLanguage(): Promise<PaneTranslator> {
  const choice = storedChoice();
  let t: PaneTranslator;
  try {
    t = await loadPaneLanguage(choice);
  } catch (error) {
    // A chunk that fails to load must not stop the pane: English is built in.
    console.error('Improvement Plan: the pane’s language could not be loaded; using English', error);
    t = ENGLISH;
  }
  applyDocumentLanguage(t, choice);
  return t;
}

export interface PaneLanguage {
  t: PaneTranslator;
  /** The stored choice, for the picker. */
  choice: LanguageChoice;
  /** Office's display language as a language we speak, for the picker's first option. */
  office: Lang;
  /** Switches the pane's language and stores the choice for this user. */
  choose: (choice: LanguageChoice) => void;
}

const PaneLanguageContext = createContext<PaneLanguage | undefined>(undefined);

/** Holds the pane's language; `initial` is what startPaneLanguage loaded (English when omitted). */
export function PaneLanguageProvider({
  initial,
  children,
}: {
  initial?: PaneTranslator;
  children: ReactNode;
}) {
  const [t, setT] = useState(initial ?? ENGLISH);
  const [choice, setChoice] = useState<LanguageChoice>(() => storedChoice());
  const latest = useRef(0);
  const choose = useCallback((next: LanguageChoice) => {
    storeChoice(next);
    setChoice(next);
    const call = ++latest.current;
    loadPaneLanguage(next).then(
      (loaded) => {
        if (call !== latest.current) return;
        setT(loaded);
      },
      (error: unknown) => console.error('Improvement Plan: the language could not be loaded', error),
    );
  }, []);
  useEffect(() => applyDocumentLanguage(t, choice), [t, choice]);
  // The core's messages (the findings) are not in the first view's script: the views that show
  // them load them (coreLanguage.ts, useCoreT). Another language's are requested once the first
  // view is on screen, so they are in by the time a check ends.
  useEffect(() => {
    if (t.lang === 'en') return;
    firstViewShown()
      .then(() => import(/* webpackChunkName: "core-language" */ './coreLanguage'))
      .then((m) => m.loadCoreT(t))
      .catch((error: unknown) =>
        console.error('Improvement Plan: the findings’ language could not be loaded', error),
      );
  }, [t]);
  const value = useMemo(
    () => ({ t, choice, office: resolveLanguage(officeLanguage()), choose }),
    [t, choice, choose],
  );
  return <PaneLanguageContext.Provider value={value}>{children}</PaneLanguageContext.Provider>;
}

/** The pane's language and the picker's state. */
export function usePaneLanguage(): PaneLanguage {
  const value = useContext(PaneLanguageContext);
  return value ?? { t: ENGLISH, choice: 'office', office: 'en', choose: () => undefined };
}

/**
 * The pane's translator: `t(key, values)`, `number`, `percent`, `date`. English outside a
 * provider (a component rendered on its own in a test).
 */
export function useT(): PaneTranslator {
  return useContext(PaneLanguageContext)?.t ?? ENGLISH;
}

/** The context itself, for class components (the error boundary). */
export { PaneLanguageContext };

/**
 * A message with React elements in place of some arguments (a `<time>` for a date, so tests and
 * assistive tools read the ISO date while the user reads it in their language).
 *
 * @example formatRich(t, 'home.checked', { sheet, time }, { asOf: <time dateTime={iso}>{t.date(iso)}</time> })
 */
export function formatRich(
  t: PaneTranslator,
  key: PaneKey,
  values: Record<string, string | number>,
  nodes: Record<string, ReactNode>,
): ReactNode[] {
  const names = Object.keys(nodes);
  // Private-use characters (no message or cell holds them) mark where an element goes.
  const marks = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
  const text = t.t(key, { ...values, ...marks });
  return text
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{nodes[names[Number(part)]!]}</Fragment>));
}
