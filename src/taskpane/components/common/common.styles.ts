import { makeStyles, tokens } from '@fluentui/react-components';

export const useCommonStyles = makeStyles({
  progressRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  progressField: {
    flexGrow: 1,
    minWidth: '160px',
  },
  /** Cell text can be one long word (a URL, an id): let it wrap instead of widening the pane. */
  wrap: {
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
});
