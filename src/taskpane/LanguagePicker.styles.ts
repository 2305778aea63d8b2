import { makeStyles, tokens } from '@fluentui/react-components';

export const useLanguageStyles = makeStyles({
  footer: {
    marginTop: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  language: {
    minWidth: 0,
    maxWidth: '320px',
  },
  /** As wide as the pane allows, never wider: an option's name never widens the page. */
  languageSelect: {
    minWidth: 0,
    maxWidth: '100%',
    '& select': { minWidth: 0, maxWidth: '100%' },
  },
});
