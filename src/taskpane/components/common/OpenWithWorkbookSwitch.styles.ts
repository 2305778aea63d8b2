import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  row: {
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});
