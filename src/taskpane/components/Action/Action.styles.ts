import { makeStyles, tokens } from '@fluentui/react-components';

export const useActionStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    margin: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  facts: {
    display: 'grid',
    // The labels take at most 40 % (their longest word at least), so a long German label
    // ("Wirksamkeitsprüfung fällig") leaves the value room for whole words.
    gridTemplateColumns: 'minmax(min-content, 40%) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground2,
    hyphens: 'auto',
  },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  wrap: {
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  move: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    minWidth: 0,
  },
});
