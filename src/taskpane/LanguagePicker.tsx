import { Field, Select } from '@fluentui/react-components';
import { LANGUAGE_NAMES, LANGUAGES, isLang } from '../core/i18n';
import { PSEUDO_LOCALE, usePaneLanguage, type LanguageChoice } from './i18n';
import { useLanguageStyles } from './LanguagePicker.styles';

/**
 * The pane's language, below every view: Office's display language by default, or one the user
 * chooses (kept in this browser profile for this user, never in the workbook, so co-authors each
 * keep their own). Each language is named in itself, so a user lost in a language finds theirs.
 */
export function LanguagePicker() {
  const styles = useLanguageStyles();
  const { t, choice, office, choose } = usePaneLanguage();
  return (
    <footer className={styles.footer}>
      <Field label={t.t('pane.language')} size="small" className={styles.language}>
        <Select
          size="small"
          className={styles.languageSelect}
          value={choice}
          onChange={(_, data) => {
            const next = data.value;
            if (next === 'office' || next === PSEUDO_LOCALE || isLang(next)) choose(next as LanguageChoice);
          }}
        >
          <option value="office">{t.t('pane.language.office', { language: LANGUAGE_NAMES[office] })}</option>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
          {/* Only while the pseudo-locale is in use (tests): never offered otherwise. */}
          {choice === PSEUDO_LOCALE && <option value={PSEUDO_LOCALE}>{PSEUDO_LOCALE}</option>}
        </Select>
      </Field>
    </footer>
  );
}
